/** POST /DB/-/create against a real server, mirroring Datasette's test_create_table cases. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import BetterSqlite3 from "better-sqlite3";
import { errorBody, writeFixture, type WriteFixture } from "./write-helpers.js";

let fx: WriteFixture;
beforeAll(async () => {
  fx = await writeFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  const conn = new BetterSqlite3(fx.dataPath);
  for (const { name } of conn
    .prepare("select name from sqlite_master where type = 'table' and name != 'docs'")
    .all() as { name: string }[]) {
    conn.exec(`drop table "${name}"`);
  }
  conn.close();
});

const urls = (table: string) => ({
  table_url: `${fx.server.url}data/${table}`,
  table_api_url: `${fx.server.url}data/${table}.json`,
});

describe("create succeeds", () => {
  test("from columns, with sqlite-utils' schema text", async () => {
    const columns = [
      { name: "id", type: "integer" },
      { name: "title", type: "text" },
      { name: "score", type: "integer" },
      { name: "weight", type: "float" },
      { name: "thumbnail", type: "blob" },
    ];
    const { status, json } = await fx.post("data/-/create", { table: "one", columns, pk: "id" });
    expect(status).toBe(201);
    expect(json).toEqual({
      ok: true,
      database: "data",
      table: "one",
      ...urls("one"),
      schema:
        'CREATE TABLE "one" (\n   "id" INTEGER PRIMARY KEY,\n   "title" TEXT,\n   "score" INTEGER,\n   "weight" REAL,\n   "thumbnail" BLOB\n)',
    });
  });

  test("from rows, typing columns from their values", async () => {
    const rows = [
      { id: 1, title: "Row 1", score: 1.5 },
      { id: 2, title: "Row 2", score: 1.5 },
    ];
    const { status, json } = await fx.post("data/-/create", { table: "two", rows, pk: "id" });
    expect(status).toBe(201);
    expect(json).toEqual({
      ok: true,
      database: "data",
      table: "two",
      ...urls("two"),
      schema: 'CREATE TABLE "two" (\n   "id" INTEGER PRIMARY KEY,\n   "title" TEXT,\n   "score" REAL\n)',
      row_count: 2,
    });
    expect(fx.query("select * from two")).toEqual(rows);
  });

  test("from one row without a key, and with a compound key", async () => {
    expect((await fx.post("data/-/create", { table: "four", row: { name: "Row 1" } })).json.schema).toBe(
      'CREATE TABLE "four" (\n   "name" TEXT\n)',
    );
    const five = await fx.post("data/-/create", {
      table: "five",
      row: { type: "article", key: 123, title: "Article 1" },
      pks: ["type", "key"],
    });
    expect(five.json.schema).toBe(
      'CREATE TABLE "five" (\n   "type" TEXT,\n   "key" INTEGER,\n   "title" TEXT,\n   PRIMARY KEY ("type", "key")\n)',
    );
  });

  test("a key the rows lack becomes an INTEGER PRIMARY KEY, and later rows' columns are added", async () => {
    const rows = [...Array(100).fill({ name: "Row 1" }), { name: "Row 2", extra: "Extra" }];
    const { status, json } = await fx.post("data/-/create", { table: "new_table", rows, pk: "id" });
    expect(status).toBe(201);
    expect(json.schema).toBe(
      'CREATE TABLE "new_table" (\n   "id" INTEGER PRIMARY KEY,\n   "name" TEXT,\n   "extra" TEXT\n)',
    );
    expect(fx.query("select count(*) n, max(id) m from new_table")).toEqual([{ n: 101, m: 101 }]);
  });

  test("foreign keys, NOT NULL, literal defaults and default expressions", async () => {
    await fx.post("data/-/create", {
      table: "owners",
      columns: [{ name: "id", type: "integer" }, { name: "name" }],
      pk: "id",
    });
    const { status, json } = await fx.post("data/-/create", {
      table: "constrained",
      columns: [
        { name: "id", type: "integer" },
        { name: "owner_id", type: "integer", fk_table: "owners" },
        { name: "title", type: "text", not_null: true, default: "Untitled" },
        { name: "created", type: "text", default_expr: "current_timestamp" },
        { name: "score", type: "integer", default: 0 },
        { name: "literal_default", type: "text", default: "hello)" },
        { name: "unix", type: "integer", default_expr: "current_unixtime" },
      ],
      pk: "id",
    });
    expect(status).toBe(201);
    for (const fragment of [
      '"owner_id" INTEGER REFERENCES "owners"("id")',
      "NOT NULL DEFAULT 'Untitled'",
      "DEFAULT CURRENT_TIMESTAMP",
      "DEFAULT 0",
      "DEFAULT 'hello)'",
      "strftime('%s', 'now')",
    ]) {
      expect(json.schema).toContain(fragment);
    }
    const conn = new BetterSqlite3(fx.dataPath);
    conn.exec("insert into constrained default values");
    const row = conn.prepare("select title, typeof(created) c, score, unix from constrained").get() as Record<
      string,
      unknown
    >;
    conn.close();
    expect(row).toMatchObject({ title: "Untitled", c: "text", score: 0 });
    expect(row.unix as number).toBeGreaterThan(1_600_000_000);
  });

  test("an existing table takes more rows; alter needs alter-table", async () => {
    const token = fx.token("root", { all: ["ir", "ct"] });
    expect(
      (await fx.post("data/-/create", { table: "t", rows: [{ name: "Row 1" }], pk: "id" }, token)).status,
    ).toBe(201);
    const denied = await fx.post(
      "data/-/create",
      { table: "t", rows: [{ name: "Row 2", extra: "x" }], pk: "id", alter: true },
      token,
    );
    expect(denied).toEqual({ status: 403, json: errorBody(["Permission denied: need alter-table"], 403) });
    const allowedToken = fx.token("root", { all: ["ir", "ct", "at"] });
    const ok = await fx.post(
      "data/-/create",
      { table: "t", rows: [{ name: "Row 2", extra: "x" }], pk: "id", alter: true },
      allowedToken,
    );
    expect(ok.status).toBe(201);
    expect(fx.query("select id, name, extra from t")).toEqual([
      { id: 1, name: "Row 1", extra: null },
      { id: 2, name: "Row 2", extra: "x" },
    ]);
  });
});

describe("create refusals", () => {
  const cases: [string, unknown, number, string][] = [
    ["bad token", { table: "bad", row: { id: 1 } }, 403, "Permission denied"],
    ["no table", { row: { id: 1 } }, 400, "Table is required"],
    ["sqlite_ name", { table: "sqlite_bad_name", row: { id: 1 } }, 400, "Invalid table name"],
    ["not an object", [], 400, "JSON must be an object"],
    [
      "columns and rows",
      { table: "bad", columns: [{ name: "id", type: "integer" }], rows: [{ id: 1 }] },
      400,
      "Cannot specify columns with rows or row",
    ],
    ["nothing to create from", { table: "bad" }, 400, "columns, rows or row is required"],
    [
      "columns not a list",
      { table: "bad", columns: { name: "id", type: "integer" } },
      400,
      "columns must be a list",
    ],
    ["columns of strings", { table: "bad", columns: ["id"] }, 400, "columns must be a list of objects"],
    ["a nameless column", { table: "bad", columns: [{ type: "integer" }] }, 400, "Column name is required"],
    [
      "an unknown type",
      { table: "bad", columns: [{ name: "id", type: "bad" }] },
      400,
      "Unsupported column type: bad",
    ],
    [
      "duplicate columns",
      {
        table: "bad",
        columns: [
          { name: "id", type: "integer" },
          { name: "id", type: "integer" },
        ],
      },
      400,
      "Duplicate column name: id",
    ],
    ["rows not a list", { table: "bad", rows: { id: 1 } }, 400, "rows must be a list"],
    ["rows of strings", { table: "bad", rows: ["id"] }, 400, "rows must be a list of objects"],
    ["pk not a string", { table: "bad", row: { id: 1 }, pk: 1 }, 400, "pk must be a string"],
    [
      "pk and pks",
      { table: "bad", row: { id: 1, name: "Row 1" }, pk: "id", pks: ["id", "name"] },
      400,
      "Cannot specify both pk and pks",
    ],
    ["pks not a list", { table: "bad", row: { id: 1, name: "Row 1" }, pks: "id" }, 400, "pks must be a list"],
    [
      "pks of numbers",
      { table: "bad", row: { id: 1, name: "Row 1" }, pks: [1, 2] },
      400,
      "pks must be a list of strings",
    ],
    [
      "ignore and replace",
      { table: "bad", row: { id: 1 }, pk: "id", ignore: true, replace: true },
      400,
      "ignore and replace are mutually exclusive",
    ],
    [
      "ignore with columns",
      { table: "bad", columns: [{ name: "id", type: "integer" }], ignore: true },
      400,
      "ignore and replace require row or rows",
    ],
    [
      "ignore without pk",
      { table: "bad", row: { id: 1 }, ignore: true },
      400,
      "ignore and replace require pk or pks",
    ],
    [
      "replace without pk",
      { table: "bad", row: { id: 1 }, replace: true },
      400,
      "ignore and replace require pk or pks",
    ],
    ["unknown keys", { table: "bad", row: { id: 1 }, zzz: 1, aaa: 2 }, 400, "Invalid keys: aaa, zzz"],
    [
      "fk_column without fk_table",
      { table: "p", columns: [{ name: "owner_id", type: "integer", fk_column: "id" }] },
      400,
      "columns.0: fk_column requires fk_table",
    ],
    [
      "an fk to a missing table",
      { table: "p", columns: [{ name: "owner_id", type: "integer", fk_table: "owners" }] },
      400,
      "Could not detect single primary key for table 'owners'",
    ],
    [
      "an unknown default_expr",
      { table: "p", columns: [{ name: "created", type: "text", default_expr: "datetime('now')" }] },
      400,
      "columns.0.default_expr: Input should be 'current_timestamp', 'current_date', 'current_time', 'current_unixtime' or 'current_unixtime_ms'",
    ],
    [
      "default and default_expr",
      {
        table: "p",
        columns: [{ name: "created", type: "text", default: "x", default_expr: "current_timestamp" }],
      },
      400,
      "columns.0: Value error, default and default_expr cannot both be provided",
    ],
  ];
  test.each(cases)("%s", async (_name, body, status, error) => {
    const result = await fx.post("data/-/create", body, status === 403 ? "bad_token" : undefined);
    expect(result).toEqual({ status, json: errorBody([error], status) });
    expect(fx.query("select name from sqlite_master where name in ('bad', 'p')")).toEqual([]);
  });

  test.each([
    [["create-table"], { table: "t", columns: [{ name: "c" }] }, 201, null],
    [["create-table"], { table: "t", rows: [{ name: "c" }] }, 403, "Permission denied: need insert-row"],
    [["create-table", "insert-row"], { table: "t", rows: [{ name: "c" }] }, 201, null],
    [
      ["create-table", "insert-row"],
      { table: "t", rows: [{ id: 1 }], pk: "id", replace: true },
      403,
      "Permission denied: need update-row",
    ],
  ])("a token restricted to %j", async (actions, body, status, error) => {
    const result = await fx.post(
      "data/-/create",
      body,
      fx.token("root", { all: ["view-instance", ...actions] }),
    );
    expect(result.status).toBe(status);
    if (error) expect(result.json).toEqual(errorBody([error], status));
  });

  test("the key of an existing table cannot change; duplicate rows are refused", async () => {
    const rows = [
      { id: 1, name: "Row 1" },
      { id: 2, name: "Row 2" },
    ];
    expect((await fx.post("data/-/create", { table: "twice", rows, pk: "id" })).status).toBe(201);
    expect(await fx.post("data/-/create", { table: "twice", rows, pk: "name", replace: true })).toEqual({
      status: 400,
      json: errorBody(["pk cannot be changed for existing table"], 400),
    });
    expect(await fx.post("data/-/create", { table: "twice", rows, pk: "id" })).toEqual({
      status: 400,
      json: errorBody(["UNIQUE constraint failed: twice.id"], 400),
    });
    const replaced = await fx.post("data/-/create", {
      table: "twice",
      rows: [
        { id: 1, name: "new" },
        { id: 3, name: "three" },
      ],
      pk: "id",
      replace: true,
    });
    expect(replaced.status).toBe(201);
    expect(fx.query("select * from twice order by id")).toEqual([
      { id: 1, name: "new" },
      { id: 2, name: "Row 2" },
      { id: 3, name: "three" },
    ]);
  });
});
