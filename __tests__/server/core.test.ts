import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, fixturesCopy, type TestServer } from "../helpers/server.js";

let fixtures: Awaited<ReturnType<typeof fixturesCopy>>;
let site: string;
let server: TestServer;

beforeAll(async () => {
  fixtures = await fixturesCopy();
  site = await mkdtemp(path.join(tmpdir(), "dx-site-"));
  await mkdir(path.join(site, "templates", "pages", "hello"), { recursive: true });
  await mkdir(path.join(site, "static"));
  await writeFile(path.join(site, "static", "site.css"), "body { color: red }");
  await writeFile(path.join(site, "templates", "pages", "about.html"), "<h1>About {{ request.path }}</h1>");
  await writeFile(path.join(site, "templates", "pages", "hello", "{name}.html"), "<p>Hello {{ name }}</p>");
  await writeFile(path.join(site, "metadata.yml"), "title: Fixture site\nlicense: MIT\n");
  server = await startServer({ files: [fixtures.file, site], settings: [["base_url", "/repo/"]] });
});

afterAll(async () => {
  await server.close();
  await fixtures.cleanup();
  await rm(site, { recursive: true, force: true });
});

describe("index", () => {
  it("lists databases with tables and counts as Datasette's /.json does", async () => {
    const res = await server.get(".json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = await res.json();
    expect(Object.keys(body)).toEqual(["ok", "unstable", "databases", "metadata"]);
    const db = body.databases.find((d: { name: string }) => d.name === "fixtures");
    expect(db.path).toBe("/repo/fixtures");
    expect(db.tables_and_views_truncated.length).toBe(5);
    expect(db.tables_and_views_more).toBe(true);
    expect(body.metadata.title).toBe("Fixture site");
  });

  it("renders HTML with the base_url on every link and an alternate JSON link", async () => {
    const res = await server.get("");
    const html = await res.text();
    expect(res.status).toBe(200);
    // Datasette's index title names the databases after the site's title.
    expect(html).toContain("<title>Fixture site: fixtures</title>");
    expect(html).toContain('href="/repo/fixtures"');
    expect(html).toContain('href="/repo/-/static/app.css"');
    expect(html).toMatch(
      /<link rel="alternate" type="application\/json\+datasette" href="http:\/\/127\.0\.0\.1:\d+\/repo\/\.json">/,
    );
  });

  it("answers 404 outside base_url", async () => {
    const res = await fetch(new URL("/fixtures", server.url));
    expect(res.status).toBe(404);
  });
});

describe("database page", () => {
  it("lists tables (hidden last), views and the SQL permission", async () => {
    const body = await (await server.get("fixtures.json")).json();
    expect(body.database).toBe("fixtures");
    expect(body.allow_execute_sql).toBe(true);
    const names = body.tables.map((t: { name: string }) => t.name);
    expect(names).toContain("facetable");
    const firstHidden = body.tables.findIndex((t: { hidden: boolean }) => t.hidden);
    expect(firstHidden).toBeGreaterThan(0);
    expect(body.tables.slice(firstHidden).every((t: { hidden: boolean }) => t.hidden)).toBe(true);
    expect(body.views.map((v: { name: string }) => v.name)).toContain("simple_view");
    expect(body.hidden_count).toBe(body.tables.length - firstHidden);
  });

  it("redirects ?sql= to the query page, keeping the format and query string", async () => {
    const res = await server.get("fixtures.json?sql=select+1");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/repo/fixtures/-/query.json?sql=select+1");
  });

  it("answers 404 for a missing database in the format asked for", async () => {
    const res = await server.get("nope.json");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      ok: false,
      error: "Database not found: nope",
      errors: ["Database not found: nope"],
      status: 404,
    });
    const html = await server.get("nope");
    expect(html.status).toBe(404);
    expect(await html.text()).toContain("Database not found: nope");
  });
});

describe("special pages, static files and custom pages", () => {
  it("serves /-/settings.json, /-/databases.json and /-/versions.json", async () => {
    const settings = await (await server.get("-/settings.json")).json();
    expect(settings).toMatchObject({
      ok: true,
      default_page_size: 100,
      base_url: "/repo/",
      sql_time_limit_ms: 1000,
    });
    const databases = await (await server.get("-/databases.json")).json();
    expect(databases.databases[0]).toMatchObject({
      name: "fixtures",
      route: "fixtures",
      is_memory: false,
      is_mutable: true,
    });
    const versions = await (await server.get("-/versions.json")).json();
    expect(versions.sqlite.fts_versions).toContain("FTS5");
  });

  it("serves built-in and mounted static files, and nothing outside them", async () => {
    const css = await server.get("-/static/app.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await (await server.get("static/site.css")).text()).toBe("body { color: red }");
    // A %-escaped path that is not found is sent to its tilde spelling (Datasette's handle_404), which is
    // not found either: the file outside the folder is never served.
    const escaped = await server.get("static/..%2Fmetadata.yml");
    expect(escaped.status).toBe(302);
    const location = escaped.headers.get("location")!;
    expect(location).toBe("/repo/static/~2E~2E~2Fmetadata~2Eyml");
    expect((await fetch(new URL(location, server.url))).status).toBe(404);
  });

  it("renders custom pages, with {name} segments as variables", async () => {
    const about = await server.get("about");
    expect(about.status).toBe(200);
    expect(await about.text()).toBe("<h1>About /repo/about</h1>");
    expect(await (await server.get("hello/world")).text()).toBe("<p>Hello world</p>");
  });

  it("redirects a trailing slash away, as Datasette does", async () => {
    const res = await server.get("fixtures/?a=1");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/repo/fixtures?a=1");
  });
});
