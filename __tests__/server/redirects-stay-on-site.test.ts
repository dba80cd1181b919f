/**
 * No answer redirects to another site (GHSA-w832-gg5g-x44m in Datasette): the trailing-slash redirect,
 * the table's filter form, `?sql=` on a database, a canned query's write, a template's custom_redirect
 * and the root sign-in all send the browser to a path on this server, whatever the request path holds.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";
import { rawRequest } from "../helpers/raw-request.js";

/** Where a browser would go: the Location resolved as the WHATWG parser does (`\` counts as `/`). */
function destination(server: TestServer, location: string): URL {
  return new URL(location, `${new URL(server.url).origin}/some/page`);
}

async function expectOnSite(server: TestServer, target: string, init: Parameters<typeof rawRequest>[2] = {}) {
  const answer = await rawRequest(server.url, target, init);
  expect(answer.status, target).toBeGreaterThanOrEqual(300);
  expect(answer.status, target).toBeLessThan(400);
  const location = answer.headers.location!;
  expect(location, target).toBeTruthy();
  expect(destination(server, location).origin, `${target} → ${location}`).toBe(new URL(server.url).origin);
  return location;
}

const HOSTILE_PATHS = [
  "//evil.example/",
  "///evil.example/",
  "/\\evil.example/",
  "/\\/evil.example/",
  "//127.0.0.1@evil.example/",
  "//evil.example/%2e%2e/",
  "/%5Cevil.example/",
  "//evil.example/fixtures/?x=1",
];

describe("redirects stay on this site", () => {
  let server: TestServer;
  let templates: string;
  beforeAll(async () => {
    templates = await mkdtemp(path.join(tmpdir(), "dx-redirect-templates-"));
    await mkdir(path.join(templates, "pages"));
    // A template that redirects where the query string says: only a path on this site may come of it.
    await writeFile(
      path.join(templates, "pages", "go.html"),
      `{{ custom_redirect(request.args.get("to")) }}`,
    );
    server = await startFixturesServer({
      templateDir: templates,
      metadata: {
        databases: {
          fixtures: {
            queries: {
              add_name: {
                sql: "update facetable set state = state where _city_id = :name",
                write: true,
                on_success_redirect: "//evil.example/done",
                on_error_redirect: "//evil.example/failed",
              },
            },
          },
        },
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(templates, { recursive: true, force: true });
  });

  test.each(HOSTILE_PATHS)("the trailing-slash redirect of %s is a path here", async (target) => {
    const location = await expectOnSite(server, target);
    expect(location).toMatch(/^\/[^/\\]/);
  });

  test("the trailing-slash redirect still removes the slash and keeps the query", async () => {
    expect(await expectOnSite(server, "/fixtures/facetable/?_size=1")).toBe("/fixtures/facetable?_size=1");
  });

  test("the table's filter form and a database's ?sql= redirect on this site", async () => {
    expect(
      await expectOnSite(
        server,
        "/fixtures/facetable?_filter_column=state&_filter_op=exact&_filter_value=CA",
      ),
    ).toMatch(/^\/fixtures\/facetable\?/);
    expect(await expectOnSite(server, "/fixtures?sql=select+1")).toMatch(/^\/fixtures\/-\/query\?sql=/);
  });

  test.each(["//evil.example", "/\\evil.example", "\\\\evil.example", "/\t/evil.example"])(
    "a template's custom_redirect to %j stays on this site",
    async (to) => {
      await expectOnSite(server, `/go?to=${encodeURIComponent(to)}`);
    },
  );

  test("a canned query's on_success_redirect that reads as another host is kept on this site", async () => {
    const location = await expectOnSite(server, "/fixtures/add_name", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "name=x",
    });
    expect(location).toBe("/evil.example/done");
  });
});

describe("redirects stay on this site under a base_url", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startFixturesServer({ settings: [["base_url", "/prefix/"]] });
  });
  afterAll(() => server.close());

  test.each(["/prefix//evil.example/", "/prefix/\\evil.example/", "/prefix/fixtures/"])(
    "%s redirects to a path here",
    async (target) => {
      const location = await expectOnSite(server, target);
      expect(location.startsWith("/prefix/")).toBe(true);
    },
  );
});
