/**
 * Requests other software sends, or that are simply wrong, are answered with a 4xx (or served), never a
 * 500: a cookie another app set with bad %-encoding, a malformed Host header, a facet on a missing column.
 * A real 500 is logged with its cause, the request line as data (a `%d` in a URL is not a format), and
 * no credentials.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { format } from "node:util";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import BetterSqlite3 from "better-sqlite3";
import { startFixturesServer, startServer, type TestServer } from "../helpers/server.js";
import { rawRequest } from "../helpers/raw-request.js";

const BOOM_PLUGIN = `
export default {
  name: "boom",
  registerRoutes: () => [
    { pattern: /^\\/-\\/boom$/, handler() { throw new Error("the real cause"); } },
  ],
};
`;

let server: TestServer;
let pluginsDir: string;
beforeAll(async () => {
  pluginsDir = await mkdtemp(path.join(tmpdir(), "dx-hostile-plugins-"));
  await writeFile(path.join(pluginsDir, "boom.mjs"), BOOM_PLUGIN);
  server = await startFixturesServer({
    pluginsDir,
    secret: "not-in-the-log",
    // Under load a facet can run out of time before SQLite even reads it: a timed-out facet, not the 400.
    settings: [["facet_time_limit_ms", "10000"]],
  });
});
afterAll(async () => {
  await server.close();
  await rm(pluginsDir, { recursive: true, force: true });
});

describe("cookies another application set", () => {
  test.each(["analytics=100%", "a=%E0%A4%A", "x=%ZZ; ds_actor=%", "=novalue; %%=1", "__proto__=1"])(
    "Cookie: %s leaves HTML pages and the error page working",
    async (cookie) => {
      for (const [page, status] of [
        ["/", 200],
        ["/fixtures/facetable", 200],
        ["/no/such/page", 404],
      ] as const) {
        const answer = await rawRequest(server.url, page, { headers: { cookie } });
        expect(answer.status, `${page} with ${cookie}`).toBe(status);
        expect(answer.body).toContain("</html>");
      }
    },
  );
});

describe("Host headers", () => {
  test.each(["a b", "127.0.0.1:99999", "[::1", "x/y", "x?y", "x#y", "a,b", "héllo"])(
    "Host: %j is a 400 with the HTML error page",
    async (host) => {
      for (const page of ["/", "/fixtures/facetable?_facet=state", "/fixtures/facetable.json"]) {
        const answer = await rawRequest(server.url, page, { headers: { host } });
        expect(answer.status, `${page} with Host ${host}`).toBe(400);
        expect(answer.body).toContain("malformed Host header");
      }
    },
  );

  test.each(["", "localhost", "localhost:8001", "127.0.0.1:65535", "[::1]:80", "my-site.example"])(
    "Host: %j is served",
    async (host) => {
      const answer = await rawRequest(server.url, "/fixtures/facetable.json?_size=1", { headers: { host } });
      expect(answer.status, host).toBe(200);
      expect(JSON.parse(answer.body).rows).toHaveLength(1);
    },
  );

  test("the query string is read from the request line whatever the Host says", async () => {
    const answer = await rawRequest(server.url, "/fixtures/facetable.json?_size=2", {
      headers: { host: "example.org" },
    });
    expect(JSON.parse(answer.body).rows).toHaveLength(2);
  });
});

test("a facet on a missing column is a 400 with SQLite's message", async () => {
  for (const arg of ["_facet=nope", "_facet_array=nope", "_facet_date=nope"]) {
    const response = await server.get(`fixtures/facetable.json?${arg}`);
    expect(response.status, arg).toBe(400);
    expect((await response.json()).error).toMatch(/no such column/);
    expect((await server.get(`fixtures/facetable?${arg}`)).status, arg).toBe(400);
  }
});

describe("names a database may hold", () => {
  // SQLite allows any name; the write API refuses these, but a database made elsewhere has them.
  let odd: TestServer;
  beforeAll(async () => {
    const conn = new BetterSqlite3(path.join(pluginsDir, "odd.db"));
    conn.exec(`create table [a\r\nb"c] (id integer primary key, v text);
      insert into [a\r\nb"c] values (1, 'x');
      create table [ünï ☃] (id integer primary key);
      insert into [ünï ☃] values (1);`);
    conn.close();
    odd = await startServer({ files: [path.join(pluginsDir, "odd.db")] });
  });
  afterAll(() => odd.close());

  test.each([
    ["a~0D~0Ab~22c.csv?_dl=1", "attachment; filename=\"a__b_c.csv\"; filename*=UTF-8''a%0D%0Ab%22c.csv"],
    ["a~0D~0Ab~22c/1.csv?_dl=1", "attachment; filename=\"a__b_c.csv\"; filename*=UTF-8''a%0D%0Ab%22c.csv"],
    [
      "~C3~BCn~C3~AF+~E2~98~83.csv?_dl=1",
      `attachment; filename="_n_ _.csv"; filename*=UTF-8''${encodeURIComponent("ünï ☃")}.csv`,
    ],
  ])("a CSV download of odd/%s names the file safely", async (target, disposition) => {
    const response = await odd.get(`odd/${target}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(disposition);
  });

  test("a plain name is sent as Datasette sends it", async () => {
    const response = await server.get("fixtures/facetable.csv?_dl=1");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="facetable.csv"');
  });
});

describe("the log of a 500", () => {
  test("shows the request as written and the cause, and no credentials", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const answer = await rawRequest(
        server.url,
        "/-/boom?n=%d%s%o&token=tok-secret&_csrftoken=csrf-secret",
        {
          headers: {
            authorization: "Bearer header-secret",
            cookie: "ds_actor=cookie-secret",
          },
        },
      );
      expect(answer.status).toBe(500);
      expect(answer.body).not.toContain("the real cause");
      const text = logged.mock.calls.map((args) => format(...args)).join("\n");
      expect(text).toContain("GET /-/boom?n=%d%s%o&token=***&_csrftoken=*** failed:");
      expect(text).toContain("the real cause");
      for (const secret of ["tok-secret", "csrf-secret", "header-secret", "cookie-secret", "not-in-the-log"])
        expect(text).not.toContain(secret);
    } finally {
      logged.mockRestore();
    }
  });
});
