/** The schema pages of Datasette 1.0a37: `/-/schema`, `/DB/-/schema`, `/DB/TABLE/-/schema`, as HTML, JSON and Markdown. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

// Answers as the real Datasette 1.0a37 gives them for fixtures.db.
const SIMPLE_PRIMARY_KEY = "CREATE TABLE simple_primary_key (\n  id integer primary key,\n  content text\n)";

describe("schema pages", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startFixturesServer({ settings: [["sql_time_limit_ms", "20000"]] });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers a table's CREATE statement as JSON and Markdown", async () => {
    const json = await server.get("fixtures/simple_primary_key/-/schema.json");
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({
      ok: true,
      database: "fixtures",
      table: "simple_primary_key",
      schema: SIMPLE_PRIMARY_KEY,
    });
    const md = await server.get("fixtures/simple_primary_key/-/schema.md");
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await md.text()).toBe(
      `# Schema for fixtures.simple_primary_key\n\n\`\`\`sql\n${SIMPLE_PRIMARY_KEY}\n\`\`\`\n`,
    );
  });

  it("answers a view's statement too", async () => {
    const body = await (await server.get("fixtures/paginated_view/-/schema.json")).json();
    expect(body.schema).toMatch(/^CREATE VIEW paginated_view AS\n/);
  });

  it("joins a database's statements in sqlite_master order with ';' and a newline", async () => {
    const body = await (await server.get("fixtures/-/schema.json")).json();
    expect(Object.keys(body)).toEqual(["ok", "database", "schema"]);
    expect(
      body.schema.startsWith(`${SIMPLE_PRIMARY_KEY};\nCREATE TABLE primary_key_multiple_columns (`),
    ).toBe(true);
    const md = await (await server.get("fixtures/-/schema.md")).text();
    expect(md).toBe(`# Schema for fixtures\n\n\`\`\`sql\n${body.schema}\n\`\`\`\n`);
  });

  it("lists every database on the instance page", async () => {
    const body = await (await server.get("-/schema.json")).json();
    expect(body.schemas.map((s: { database: string }) => s.database)).toEqual(["fixtures"]);
    const md = await (await server.get("-/schema.md")).text();
    expect(md.startsWith("# Schema for fixtures\n\n```sql\nCREATE TABLE simple_primary_key")).toBe(true);
    expect(md.endsWith("\n```")).toBe(true);
  });

  it("draws schema.html with Datasette's title, heading and crumbs", async () => {
    const table = await (await server.get("fixtures/simple_primary_key/-/schema")).text();
    expect(table).toContain("<title>Schema for fixtures.simple_primary_key</title>");
    expect(table).toContain('<body class="schema">');
    expect(table).toMatch(/<h1>Schema for simple_primary_key<\/h1>/);
    expect(table).toContain('<a href="/fixtures/simple_primary_key">simple_primary_key</a>');
    expect(table).toContain("<pre><code>CREATE TABLE simple_primary_key (");
    const database = await (await server.get("fixtures/-/schema")).text();
    expect(database).toContain("<title>Schema for fixtures</title>");
    const instance = await (await server.get("-/schema")).text();
    expect(instance).toContain("<h1>Schema for all databases</h1>");
    expect(instance).toContain("<h2>fixtures</h2>");
  });

  it("answers 404 for a missing table or database", async () => {
    const table = await server.get("fixtures/no_such_table/-/schema.json");
    expect(table.status).toBe(404);
    expect(await table.json()).toMatchObject({ ok: false, error: "Table not found" });
    expect((await server.get("no_such_db/-/schema.json")).status).toBe(404);
    expect((await server.get("no_such_db/-/schema")).status).toBe(404);
  });

  it("is linked from the database page's Tables heading", async () => {
    const page = await (await server.get("fixtures")).text();
    expect(page).toMatch(/<h2 id="tables">Tables <a [^>]*href="\/fixtures\/-\/schema">schema<\/a><\/h2>/);
  });
});

describe("schema pages and permissions", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startFixturesServer({
      metadata: { databases: { fixtures: { tables: { facetable: { allow: false } } } } },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses a table the actor may not view, and only that one", async () => {
    const refused = await server.get("fixtures/facetable/-/schema.json");
    expect(refused.status).toBe(403);
    expect((await server.get("fixtures/simple_primary_key/-/schema.json")).status).toBe(200);
  });
});

describe("schema pages of a database the actor may not view", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startFixturesServer({ metadata: { databases: { fixtures: { allow: false } } } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses it before saying whether it exists, and leaves it out of the instance page", async () => {
    expect((await server.get("fixtures/-/schema.json")).status).toBe(403);
    expect((await server.get("fixtures/-/schema.md")).status).toBe(403);
    expect((await server.get("fixtures/simple_primary_key/-/schema")).status).toBe(403);
    expect((await (await server.get("-/schema.json")).json()).schemas).toEqual([]);
    expect(await (await server.get("-/schema")).text()).toContain(
      "No databases with viewable schemas found.",
    );
  });
});
