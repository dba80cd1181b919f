import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startFixturesServer, startServer, type TestServer } from "../helpers/server.js";

// Expectations mirror datasette/tests/test_api.py (test_row*) and docs/json_api.rst on fixtures.db.
let server: TestServer;

beforeAll(async () => {
  server = await startFixturesServer();
});
afterAll(async () => {
  await server?.close();
});

async function json(path: string): Promise<{ status: number; body: any }> {
  const r = await server.get(path);
  return { status: r.status, body: await r.json() };
}

describe("row pages", () => {
  it("answers a row as JSON with its keys (test_row)", async () => {
    const { status, body } = await json("fixtures/simple_primary_key/1.json");
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual([
      "ok",
      "database",
      "table",
      "rows",
      "primary_keys",
      "primary_key_values",
      "query_ms",
      "truncated",
    ]);
    expect(body).toMatchObject({
      ok: true,
      database: "fixtures",
      table: "simple_primary_key",
      rows: [{ id: 1, content: "hello" }],
      primary_keys: ["id"],
      primary_key_values: ["1"],
      truncated: false,
    });
  });

  it("decodes tilde-encoded compound keys (test_row_strange_table_name / compound keys)", async () => {
    const { body } = await json("fixtures/compound_primary_key/a~2Fb,~2Ec-d.json");
    expect(body.rows).toEqual([{ pk1: "a/b", pk2: ".c-d", content: "c" }]);
    expect(body.primary_key_values).toEqual(["a/b", ".c-d"]);
  });

  it("finds rows of rowid tables by rowid", async () => {
    const { body } = await json("fixtures/no_primary_key/1.json");
    expect(body.primary_keys).toEqual(["rowid"]);
    expect(body.rows[0].rowid).toBe(1);
  });

  it("answers missing rows and wrong key counts with Datasette's errors", async () => {
    expect(await json("fixtures/simple_primary_key/999.json")).toMatchObject({
      status: 404,
      body: { error: "Row not found" },
    });
    expect((await json("fixtures/compound_primary_key/a.json")).body.error).toBe(
      "URL row identifier does not match the primary key for this table",
    );
    expect((await json("fixtures/nope/1.json")).body.error).toBe("Table not found");
  });

  it("lists incoming foreign keys with counts and links (test_row_foreign_key_tables)", async () => {
    const { body } = await json("fixtures/simple_primary_key/1.json?_extra=foreign_key_tables");
    // Sorted by (other_table, column, other_column), as the test says.
    expect(body.foreign_key_tables.map((f: any) => [f.other_table, f.other_column, f.count, f.link])).toEqual(
      [
        ["complex_foreign_keys", "f1", 1, "/fixtures/complex_foreign_keys?f1=1"],
        ["complex_foreign_keys", "f2", 0, "/fixtures/complex_foreign_keys?f2=1"],
        ["complex_foreign_keys", "f3", 1, "/fixtures/complex_foreign_keys?f3=1"],
        [
          "foreign_key_references",
          "foreign_key_with_blank_label",
          0,
          "/fixtures/foreign_key_references?foreign_key_with_blank_label=1",
        ],
        [
          "foreign_key_references",
          "foreign_key_with_label",
          1,
          "/fixtures/foreign_key_references?foreign_key_with_label=1",
        ],
      ],
    );
    expect(Object.keys(body.foreign_key_tables[0])).toEqual([
      "other_table",
      "column",
      "other_column",
      "count",
      "link",
    ]);
  });

  it("reports the row query and debug extras (test_row_extras)", async () => {
    const { body } = await json(
      "fixtures/simple_primary_key/1.json?_extra=database,table,primary_keys,query,debug",
    );
    expect(body.query).toEqual({
      sql: 'select * from simple_primary_key where "id"=:p0',
      params: { p0: "1" },
    });
    expect(body.debug.url_vars).toEqual({
      database: "fixtures",
      table: "simple_primary_key",
      pks: "1",
      format: "json",
    });
  });

  it("renders row.html with the links from other tables", async () => {
    const r = await server.get("fixtures/simple_primary_key/1");
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain("<strong>1</strong>");
    expect(html).toContain('<a href="/fixtures/complex_foreign_keys?f1=1">1 row</a>');
  });
});

describe("a row whose column is named __proto__", () => {
  it("keeps the column as an own key, in JSON and on the HTML page", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dx-proto-row-"));
    const file = path.join(dir, "odd.db");
    const db = new Database(file);
    db.exec(
      "create table t (id integer primary key, \"__proto__\" text, name text); insert into t values (1, 'P', 'n')",
    );
    db.close();
    const odd = await startServer({ files: [file] });
    try {
      // The row view builds each row's object by assignment (views/row.ts, rowObject): `__proto__` must
      // become a key, as Object.fromEntries made it, not the object's prototype.
      const body = (await (await odd.get("odd/t/1.json")).json()) as { rows: Record<string, unknown>[] };
      expect(Object.keys(body.rows[0]!)).toEqual(["id", "__proto__", "name"]);
      const html = await (await odd.get("odd/t/1")).text();
      expect(html).toContain('<td class="col-proto__-1f4e0a type-str">P</td>');
    } finally {
      await odd.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
