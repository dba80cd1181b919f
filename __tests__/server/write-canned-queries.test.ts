/**
 * Writable canned queries (`write: true`), after datasette/tests/test_stored_queries.py: the page is a
 * form and runs nothing; a POST runs the query on the writer and answers with a redirect and a flash
 * message in the signed ds_messages cookie, or with JSON. Real servers on port 0 over real SQLite files.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server.js";
import { Signer } from "../../src/server/signer.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";

const SECRET = "writable-canned-queries-test-secret";
const signer = new Signer(SECRET);
const actorCookie = (id: string) => `ds_actor=${signer.sign({ a: { id } }, "actor")}`;

const QUERIES = {
  add_name: { sql: "insert into names (name) values (:name)", write: true },
  add_name_redirect: {
    sql: "insert into names (name) values (:name)",
    write: true,
    on_success_message: "Name saved",
    on_success_redirect: "/data/names?added",
  },
  add_name_specify_id: {
    sql: "insert into names (rowid, name) values (:rowid, :name)",
    write: true,
    on_success_message_sql: "select 'Name added: ' || :name || ' with rowid ' || :rowid",
    on_error_redirect: "/data/add_name_specify_id?error",
  },
  add_name_bad_message_sql: {
    sql: "insert into names (name) values (:name)",
    write: true,
    on_success_message_sql: "select this is bad SQL",
  },
  add_doc: {
    sql: "insert into docs (title) values (:title)",
    write: true,
    on_error_message: "That title is taken",
  },
  add_nowhere: { sql: "insert into nowhere (x) values (:x)", write: true },
  delete_name: {
    sql: "delete from names where name = :name",
    write: true,
    on_success_message: "Name deleted",
    allow: { id: "alice" },
  },
  sign_name: { sql: "insert into names (name) values (:_actor_id || ': ' || :note)", write: true },
  update_name: {
    sql: "update names set name = :name where rowid = :rowid",
    params: ["rowid", "name", "extra"],
    write: true,
  },
  count_names: "select count(*) as n from names",
};

let server: TestServer;
let immutable: TestServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dx-canned-write-"));
  const file = path.join(dir, "data.db");
  const db = new Database(file);
  db.exec(`
    create table names (name text);
    create table docs (id integer primary key, title text not null unique);
  `);
  db.close();
  await writeFile(
    path.join(dir, "metadata.json"),
    JSON.stringify({ databases: { data: { queries: QUERIES } } }),
  );
  server = await startServer({ files: [file], metadata: path.join(dir, "metadata.json"), secret: SECRET });

  // The same database and queries, opened immutably.
  const frozenDir = path.join(dir, "frozen");
  await mkdir(frozenDir);
  await copyFile(file, path.join(frozenDir, "data.db"));
  immutable = await startServer({
    files: [],
    immutable: [path.join(frozenDir, "data.db")],
    metadata: path.join(dir, "metadata.json"),
    secret: SECRET,
  });
});

afterAll(async () => {
  await server?.close();
  await immutable?.close();
  await rm(dir, { recursive: true, force: true });
});

/** POSTs a form (an object) or a raw body (a string) the way a same-origin page would. */
function post(
  target: TestServer,
  pathname: string,
  body: Record<string, string> | string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return target.get(pathname, {
    method: "POST",
    headers: {
      "content-type": typeof body === "string" ? "application/json" : "application/x-www-form-urlencoded",
      ...headers,
    },
    body: typeof body === "string" ? body : new URLSearchParams(body).toString(),
  });
}

/** The messages a response signed into ds_messages, or null when it set none. */
function messagesSet(response: Response): unknown {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("ds_messages="));
  if (!cookie) return null;
  const value = cookie.slice("ds_messages=".length).split(";")[0]!;
  return value ? signer.unsign(value, "messages") : [];
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith("ds_messages="))!
    .split(";")[0]!;

async function names(name: string): Promise<unknown[]> {
  const r = await server.get(`data/names.json?_shape=array&name=${encodeURIComponent(name)}`);
  return ((await r.json()) as { name: string }[]).map((row) => row.name);
}

describe("the page of a writable canned query", () => {
  it("shows a form that posts its parameters, and runs nothing", async () => {
    const response = await server.get("data/add_name?name=Prepopulated");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<form class="sql core" action="\/data\/add_name" method="post"/);
    expect(html).toContain('name="name" value="Prepopulated"');
    expect(html).not.toContain("0 results");
    expect(await names("Prepopulated")).toEqual([]);
  });

  it("shows the fields listed in params, filled from the query string (test_custom_params)", async () => {
    const html = await (await server.get("data/update_name?extra=foo")).text();
    expect(html).toContain(
      '<input type="text" id="qp3" name="extra" value="foo" data-parameter-control data-parameter-name="extra">',
    );
  });

  it("answers JSON without running the query", async () => {
    const response = await server.get("data/add_name.json?name=FromJsonGet");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, rows: [], truncated: false });
    expect(await names("FromJsonGet")).toEqual([]);
  });

  it("keeps a read-only canned query's form a GET", async () => {
    const html = await (await server.get("data/count_names")).text();
    expect(html).toMatch(/action="\/data\/count_names" method="get"/);
  });
});

describe("posting a form", () => {
  it("inserts the row, redirects back and shows the message once on the next page (test_insert)", async () => {
    const response = await post(server, "data/add_name", { name: "Hello" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/data/add_name");
    expect(messagesSet(response)).toEqual([["Query executed, 1 row affected", 1]]);
    expect(await names("Hello")).toEqual(["Hello"]);

    const next = await server.get("data/add_name", { headers: { cookie: cookieOf(response) } });
    const html = await next.text();
    expect(html).toContain('<p class="message-info">Query executed, 1 row affected</p>');
    // Shown once: the page clears the cookie.
    expect(next.headers.getSetCookie().find((c) => c.startsWith("ds_messages="))).toMatch(
      /^ds_messages=;.*expires=Thu, 01 Jan 1970/,
    );
    const again = await (await server.get("data/add_name")).text();
    expect(again).not.toContain("message-info");
  });

  it("ignores a ds_messages cookie signed with another secret", async () => {
    const forged = new Signer("another secret").sign([["forged", 1]], "messages");
    const html = await (
      await server.get("data/add_name", { headers: { cookie: `ds_messages=${forged}` } })
    ).text();
    expect(html).not.toContain("forged");
  });

  it("follows on_success_redirect with on_success_message", async () => {
    const response = await post(server, "data/add_name_redirect", { name: "Redirected" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/data/names?added");
    expect(messagesSet(response)).toEqual([["Name saved", 1]]);
    expect(await names("Redirected")).toEqual(["Redirected"]);
  });

  it("takes the message from on_success_message_sql (test_on_success_message_sql)", async () => {
    const response = await post(server, "data/add_name_specify_id", { rowid: "5", name: "Should be OK" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/data/add_name_specify_id");
    expect(messagesSet(response)).toEqual([["Name added: Should be OK with rowid 5", 1]]);
  });

  it("escapes a message built from posted values", async () => {
    const response = await post(server, "data/add_name_specify_id", { rowid: "6", name: "<b>bold</b>" });
    const html = await (
      await server.get("data/add_name", { headers: { cookie: cookieOf(response) } })
    ).text();
    expect(html).toContain("Name added: &lt;b&gt;bold&lt;/b&gt; with rowid 6");
    expect(html).not.toContain("<b>bold</b>");
  });

  it("reports an error in on_success_message_sql, the write kept (test_error_in_on_success_message_sql)", async () => {
    const response = await post(server, "data/add_name_bad_message_sql", { name: "Despite bad message" });
    expect(messagesSet(response)).toEqual([["Error running on_success_message_sql: no such column: bad", 3]]);
    expect(await names("Despite bad message")).toEqual(["Despite bad message"]);
  });

  it("reports a constraint failure and follows on_error_redirect (test_insert_error)", async () => {
    await post(server, "data/add_name_specify_id", { rowid: "1", name: "First" });
    const response = await post(server, "data/add_name_specify_id", { rowid: "1", name: "Should fail" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/data/add_name_specify_id?error");
    expect(messagesSet(response)).toEqual([["UNIQUE constraint failed: names.rowid", 3]]);
    expect(await names("Should fail")).toEqual([]);
  });

  it("shows on_error_message instead of SQLite's", async () => {
    expect((await post(server, "data/add_doc", { title: "Taken" })).status).toBe(302);
    const response = await post(server, "data/add_doc", { title: "Taken" });
    expect(messagesSet(response)).toEqual([["That title is taken", 3]]);
  });

  it("shows SQLite's error for SQL that cannot run, on the page it redirects to", async () => {
    expect((await server.get("data/add_nowhere")).status).toBe(200);
    const response = await post(server, "data/add_nowhere", { x: "1" });
    expect(response.status).toBe(302);
    expect(messagesSet(response)).toEqual([["no such table: nowhere", 3]]);
    const html = await (
      await server.get("data/add_nowhere", { headers: { cookie: cookieOf(response) } })
    ).text();
    expect(html).toContain('<p class="message-error">no such table: nowhere</p>');
  });

  it("reports a missing parameter in Python's words", async () => {
    const response = await post(server, "data/add_name", {});
    expect(messagesSet(response)).toEqual([["You did not supply a value for binding parameter :name.", 3]]);
  });

  it("binds magic parameters, which a posted field cannot override", async () => {
    const response = await post(
      server,
      "data/sign_name",
      { note: "hi", _actor_id: "mallory" },
      { cookie: actorCookie("bob"), "sec-fetch-site": "same-origin" },
    );
    expect(response.status).toBe(302);
    expect(await names("bob: hi")).toEqual(["bob: hi"]);
  });

  it("is refused for a table, as Datasette's table view refuses POST", async () => {
    const response = await post(server, "data/names", { name: "x" });
    expect(response.status).toBe(405);
    expect(await response.text()).toBe("Method not allowed");
  });
});

describe("the JSON API for writable queries", () => {
  it.each([
    ["?_json=1", "name=Json1", {}],
    ["", "name=Json2", { accept: "application/json" }],
    ["", "name=Json3&_json=1", {}],
    ["", '{"name": "Json4", "_json": 1}', {}],
  ] as const)("answers JSON when asked with %s %s %j (test_json_response)", async (qs, body, headers) => {
    const response = await server.get(`data/add_name_redirect${qs}`, {
      method: "POST",
      headers: {
        "content-type": body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded",
        ...headers,
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({ ok: true, message: "Name saved", redirect: "/data/names?added" });
    expect(messagesSet(response)).toBeNull();
    const name = /Json\d/.exec(body)![0];
    expect(await names(name)).toEqual([name]);
  });

  it("gives the default message and a null redirect", async () => {
    const response = await post(server, "data/add_name?_json=1", { name: "DefaultJson" });
    expect(await response.json()).toEqual({
      ok: true,
      message: "Query executed, 1 row affected",
      redirect: null,
    });
  });

  it("turns JSON values into strings as Python's str() does (test_json_post_body)", async () => {
    const response = await post(server, "data/add_name", JSON.stringify({ name: ["Hello", "there"] }));
    expect(response.status).toBe(302);
    expect(await names("['Hello', 'there']")).toEqual(["['Hello', 'there']"]);
    await post(server, "data/add_name", '{"name": 1.0}');
    expect(await names("1.0")).toEqual(["1.0"]);
    await post(server, "data/add_name", '{"name": true}');
    expect(await names("True")).toEqual(["True"]);
  });

  it("answers a failure in the standard error format with a 400 and the error redirect", async () => {
    await post(server, "data/add_doc", { title: "Twice" });
    const response = await post(server, "data/add_doc", JSON.stringify({ title: "Twice" }), {
      accept: "application/json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: "That title is taken",
      errors: ["That title is taken"],
      status: 400,
      redirect: null,
    });
    const sqlite = await post(server, "data/add_name_specify_id?_json=1", { rowid: "1", name: "Again" });
    expect(sqlite.status).toBe(400);
    expect(await sqlite.json()).toMatchObject({
      error: "UNIQUE constraint failed: names.rowid",
      redirect: "/data/add_name_specify_id?error",
    });
  });

  it("refuses malformed JSON with a 400", async () => {
    const response = await post(server, "data/add_name?_json=1", '{"name": }');
    expect(response.status).toBe(400);
  });
});

describe("who may post", () => {
  it("needs view-query: the query's allow block governs the page and the POST", async () => {
    await post(server, "data/add_name", { name: "Keep me" });
    expect((await server.get("data/delete_name")).status).toBe(403);
    const refused = await post(server, "data/delete_name", { name: "Keep me" });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("You do not have permission to view this query");
    expect(await names("Keep me")).toEqual(["Keep me"]);

    const alice = { cookie: actorCookie("alice"), "sec-fetch-site": "same-origin" };
    expect((await server.get("data/delete_name", { headers: alice })).status).toBe(200);
    const allowed = await post(server, "data/delete_name", { name: "Keep me" }, alice);
    expect(allowed.status).toBe(302);
    expect(messagesSet(allowed)).toEqual([["Name deleted", 1]]);
    expect(await names("Keep me")).toEqual([]);
  });

  it.each([
    ["a cross-site Sec-Fetch-Site", { "sec-fetch-site": "cross-site" }],
    ["a foreign Origin", { origin: "http://evil.example" }],
  ])("refuses a cross-site post from %s (test_insert_blocked_cross_site)", async (_label, headers) => {
    const response = await post(
      server,
      "data/add_name",
      { name: "Cross site" },
      {
        cookie: actorCookie("alice"),
        ...headers,
      },
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Cross-site request refused");
    expect(await names("Cross site")).toEqual([]);
  });

  it("accepts a same-origin post and one with no browser headers (test_insert_no_cookies_no_csrf)", async () => {
    const origin = new URL(server.url).origin;
    expect((await post(server, "data/add_name", { name: "Same origin" }, { origin })).status).toBe(302);
    expect((await post(server, "data/add_name", { name: "No headers" })).status).toBe(302);
    expect(await names("Same origin")).toEqual(["Same origin"]);
    expect(await names("No headers")).toEqual(["No headers"]);
  });
});

describe("an immutable database", () => {
  it("shows the form disabled and refuses the POST (test_stored_write_query_disabled_for_immutable_database)", async () => {
    const page = await immutable.get("data/add_name");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("This query cannot be executed because the database is immutable.");
    expect(html).toContain('<input type="submit" value="Run SQL" disabled>');
    const response = await post(immutable, "data/add_name", { name: "Frozen" });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Database is immutable");
    const rows = await (await immutable.get("data/names.json?_shape=array&name=Frozen")).json();
    expect(rows).toEqual([]);
  });
});

describe("in a real browser", () => {
  it("submits our own form and shows the message after the redirect", async () => {
    const browser = await launchBrowser(findBrowser(null));
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(new URL("data/add_name", server.url).href);
      await page.fill('input[name="name"]', "From the browser");
      await Promise.all([page.waitForURL(/\/data\/add_name$/), page.click('input[type="submit"]')]);
      expect(await page.textContent("p.message-info")).toBe("Query executed, 1 row affected");
      expect(await names("From the browser")).toEqual(["From the browser"]);
      // Shown once.
      await page.reload();
      expect(await page.locator("p.message-info").count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
