/**
 * The JSON write API against a real server and real SQLite files, mirroring Datasette's
 * tests/test_api_write.py: statuses, bodies and error messages.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import BetterSqlite3 from "better-sqlite3";
import { errorBody, writeFixture, type WriteFixture } from "./write-helpers.js";

let fx: WriteFixture;
beforeAll(async () => {
  fx = await writeFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  // Each test starts from Datasette's fixture: an empty docs table and nothing else.
  const conn = new BetterSqlite3(fx.dataPath);
  for (const { name } of conn.prepare("select name from sqlite_master where type = 'table'").all() as {
    name: string;
  }[]) {
    conn.exec(`drop table "${name}"`);
  }
  conn.exec("create table docs (id integer primary key, title text, score float, age integer)");
  conn.close();
});

describe("insert", () => {
  test("a single row is inserted and returned with a 201", async () => {
    const { status, json } = await fx.post("data/docs/-/insert", {
      row: { title: "Test", score: 1.2, age: 5 },
    });
    expect(status).toBe(201);
    expect(json).toEqual({ ok: true, rows: [{ id: 1, title: "Test", score: 1.2, age: 5 }] });
    expect(fx.query("select * from docs")).toEqual([{ id: 1, title: "Test", score: 1.2, age: 5 }]);
  });

  test.each([true, false])("20 rows are inserted (return: %s)", async (returnRows) => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ title: `Test ${i}`, score: 1.0, age: 5 }));
    const { status, json } = await fx.post("data/docs/-/insert", {
      rows,
      ...(returnRows ? { return: true } : {}),
    });
    expect(status).toBe(201);
    const actual = fx.query("select * from docs");
    expect(actual).toEqual(rows.map((r, i) => ({ id: i + 1, ...r })));
    expect(json).toEqual(returnRows ? { ok: true, rows: actual } : { ok: true });
  });

  test("integers stay integers and 1.0 stays a float, as Python would bind them", async () => {
    await fx.post("data/docs/-/insert", { row: { title: 5, score: 2, age: 7 } });
    await fx.post("data/docs/-/insert", { row: { title: 1.5, score: 2.0, age: true } });
    expect(
      fx.query("select title, typeof(title) t, typeof(score) s, age, typeof(age) a from docs order by id"),
    ).toEqual([
      { title: "5", t: "text", s: "real", age: 7, a: "integer" },
      { title: "1.5", t: "text", s: "real", age: 1, a: "integer" },
    ]);
  });

  test("alter: true adds the columns the row brings", async () => {
    const { status, json } = await fx.post("data/docs/-/insert", {
      row: { title: "Test", extra: "extra", n: 2.5 },
      alter: true,
    });
    expect(status).toBe(201);
    expect(json.rows[0].extra).toBe("extra");
    expect(fx.query("select name, type from pragma_table_info('docs') where name in ('extra', 'n')")).toEqual(
      [
        { name: "extra", type: "TEXT" },
        { name: "n", type: "REAL" },
      ],
    );
  });

  test("$base64 cells become BLOBs and come back encoded", async () => {
    const { json } = await fx.post("data/-/create", {
      table: "blobs",
      row: { id: 1, data: { $base64: true, encoded: "AAEC/f7/" } },
      pk: "id",
    });
    expect(json.schema).toContain('"data" BLOB');
    expect(fx.query("select hex(data) h from blobs")).toEqual([{ h: "000102FDFEFF" }]);
    const bad = await fx.post("data/blobs/-/insert", {
      row: { id: 2, data: { $base64: true, encoded: "!!" } },
    });
    expect(bad).toEqual({ status: 400, json: errorBody(["Invalid $base64 encoded value"], 400) });
  });

  test("ignore keeps the existing row, replace overwrites it", async () => {
    const conn = new BetterSqlite3(fx.dataPath);
    conn.exec("insert into docs (id, title) values (1, 'Exists')");
    conn.close();
    const ignored = await fx.post("data/docs/-/insert", {
      rows: [{ id: 1, title: "One" }],
      ignore: true,
      return: true,
    });
    expect(ignored).toEqual({
      status: 201,
      json: { ok: true, rows: [{ id: 1, title: "Exists", score: null, age: null }] },
    });
    const replaced = await fx.post("data/docs/-/insert", {
      rows: [{ id: 1, title: "One" }],
      replace: true,
      return: true,
    });
    expect(replaced).toEqual({
      status: 201,
      json: { ok: true, rows: [{ id: 1, title: "One", score: null, age: null }] },
    });
  });

  test("a batch that fails part-way changes nothing", async () => {
    const rows = [
      { id: 1, title: "a" },
      { id: 2, title: "b" },
      { id: 1, title: "dup" },
    ];
    const { status, json } = await fx.post("data/docs/-/insert", { rows });
    expect(status).toBe(400);
    expect(json).toEqual(errorBody(["UNIQUE constraint failed: docs.id"], 400));
    expect(fx.query("select count(*) n from docs")).toEqual([{ n: 0 }]);
  });
});

describe("insert and upsert refusals", () => {
  const cases: [string, string, unknown, string | null, number, string[]][] = [
    ["unknown database", "data2/docs/-/insert", {}, null, 404, ["Database not found"]],
    ["unknown table", "data/docs2/-/insert", {}, null, 404, ["Table not found"]],
    [
      "tampered token",
      "data/docs/-/insert",
      { rows: [{ title: "Test" }] },
      "bad_token",
      401,
      ["Invalid token signature"],
    ],
    [
      "malformed JSON",
      "data/docs/-/insert",
      "{bad json",
      null,
      400,
      ["Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
    ],
    ["not an object", "data/docs/-/insert", [], null, 400, ["JSON must be a dictionary"]],
    ["row not an object", "data/docs/-/insert", { row: "blah" }, null, 400, ['"row" must be a dictionary']],
    [
      "no row or rows",
      "data/docs/-/insert",
      { blah: "blah" },
      null,
      400,
      ['JSON must have one or other of "row" or "rows"'],
    ],
    ["rows not a list", "data/docs/-/insert", { rows: "blah" }, null, 400, ['"rows" must be a list']],
    [
      "rows of strings",
      "data/docs/-/insert",
      { rows: ["blah"] },
      null,
      400,
      ['"rows" must be a list of dictionaries'],
    ],
    [
      "101 rows",
      "data/docs/-/insert",
      { rows: Array(101).fill({ title: "Test" }) },
      null,
      400,
      ["Too many rows, maximum allowed is 100"],
    ],
    [
      "ignore and replace",
      "data/docs/-/insert",
      { rows: [{ title: "Test" }], ignore: true, replace: true },
      null,
      400,
      ['Cannot use "ignore" and "replace" at the same time'],
    ],
    [
      "replace without update-row",
      "data/docs/-/insert",
      { rows: [{ title: "Test" }], replace: true },
      "ir,vi",
      403,
      ['Permission denied: need update-row to use "replace"'],
    ],
    [
      "an unknown parameter",
      "data/docs/-/insert",
      { rows: [{ title: "Test" }], invalid_param: true },
      null,
      400,
      ['Invalid parameter: "invalid_param"'],
    ],
    [
      "two unknown parameters",
      "data/docs/-/insert",
      { rows: [{ title: "Test" }], one: true, two: true },
      null,
      400,
      ['Invalid parameter: "one", "two"'],
    ],
    [
      "an immutable database",
      "immutable/docs/-/insert",
      { rows: [{ title: "Test" }] },
      null,
      403,
      ["Database is immutable"],
    ],
    [
      "unknown columns",
      "data/docs/-/insert",
      {
        rows: [
          { title: "Test", bad: 1, worse: 2 },
          { title: "Test", bad: 1, worse: 2 },
        ],
      },
      null,
      400,
      ["Row 0 has invalid columns: bad, worse", "Row 1 has invalid columns: bad, worse"],
    ],
    [
      "upsert to an immutable database",
      "immutable/docs/-/upsert",
      { rows: [{ title: "Test" }] },
      null,
      403,
      ["Database is immutable"],
    ],
    [
      "upsert to an unknown table",
      "data/badtable/-/upsert",
      { rows: [{ title: "Test" }] },
      null,
      404,
      ["Table not found"],
    ],
    [
      "upsert without the key",
      "data/docs/-/upsert",
      { rows: [{ title: "Missing PK" }] },
      null,
      400,
      ['Row 0 is missing primary key column(s): "id"'],
    ],
    [
      "upsert with a null key",
      "data/docs/-/upsert",
      { rows: [{ id: null, title: "Null PK" }] },
      null,
      400,
      ['Row 0 has null primary key column(s): "id"'],
    ],
    [
      "upsert with ignore",
      "data/docs/-/upsert",
      { rows: [{ id: 1, title: "Bad" }], ignore: true },
      null,
      400,
      ["Upsert does not support ignore or replace"],
    ],
    [
      "upsert without update-row",
      "data/docs/-/upsert",
      { rows: [{ id: 1, title: "x" }] },
      "ir,vi",
      403,
      ["Permission denied: need both insert-row and update-row"],
    ],
    [
      "upsert without insert-row",
      "data/docs/-/upsert",
      { rows: [{ id: 1, title: "x" }] },
      "ur,vi",
      403,
      ["Permission denied: need both insert-row and update-row"],
    ],
    [
      "upsert alter without alter-table",
      "data/docs/-/upsert",
      { rows: [{ id: 1, title: "One", extra: "extra" }], alter: true },
      "ur,ir",
      403,
      ["Permission denied for alter-table"],
    ],
    [
      "no token at all",
      "data/docs/-/insert",
      { rows: [{ title: "Test" }] },
      "none",
      403,
      ["Permission denied"],
    ],
  ];
  test.each(cases)("%s", async (_name, pathname, body, special, status, errors) => {
    let token: string | null = fx.token();
    if (special === "bad_token") token += "bad";
    else if (special === "none") token = null;
    else if (special) token = fx.token("root", { all: special.split(",") });
    const result = await fx.post(pathname, body, token);
    expect(result).toEqual({ status, json: errorBody(errors, status) });
    expect(fx.query("select count(*) n from docs")).toEqual([{ n: 0 }]);
  });

  test("a body over the 2 MiB limit is refused with a 413", async () => {
    const { status, json } = await fx.post("data/docs/-/insert", {
      rows: [{ title: "x".repeat(2 * 1024 * 1024) }],
    });
    expect({ status, json }).toEqual({
      status: 413,
      json: errorBody(["Request body exceeded maximum size of 2097152 bytes"], 413),
    });
  });

  test("GET on a write endpoint is a JSON 405", async () => {
    for (const pathname of ["data/-/create", "data/docs/-/drop", "data/docs/-/insert"]) {
      const response = await fx.server.get(pathname, { headers: { "content-type": "application/json" } });
      expect(response.status).toBe(405);
      expect(await response.json()).toEqual(errorBody(["Method not allowed"], 405));
    }
  });
});

describe("upsert", () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>[]][] = [
    [
      "by primary key",
      { rows: [{ id: 1, title: "One" }], pk: "id" },
      { rows: [{ id: 1, title: "Two" }] },
      [{ id: 1, title: "Two" }],
    ],
    [
      "one of several rows",
      {
        rows: [
          { id: 1, title: "One" },
          { id: 2, title: "Two" },
        ],
        pk: "id",
      },
      { rows: [{ id: 1, title: "Three" }] },
      [
        { id: 1, title: "Three" },
        { id: 2, title: "Two" },
      ],
    ],
    [
      "by rowid",
      { rows: [{ title: "One" }] },
      { rows: [{ rowid: 1, title: "Two" }] },
      [{ rowid: 1, title: "Two" }],
    ],
    [
      "by compound key",
      { rows: [{ id: 1, title: "One", score: 1 }], pks: ["id", "score"] },
      { rows: [{ id: 1, title: "Two", score: 1 }] },
      [{ id: 1, title: "Two", score: 1 }],
    ],
    [
      "with alter",
      { rows: [{ id: 1, title: "One" }], pk: "id" },
      { rows: [{ id: 1, title: "Two", extra: "extra" }], alter: true },
      [{ id: 1, title: "Two", extra: "extra" }],
    ],
  ];
  test.each(cases)("%s", async (_name, initial, input, expected) => {
    expect((await fx.post("data/-/create", { ...initial, table: "upsert_test" })).status).toBe(201);
    const { status, json } = await fx.post("data/upsert_test/-/upsert", { ...input, return: true });
    expect(status).toBe(200);
    expect(json.rows).toEqual(expected.slice(0, (input.rows as unknown[]).length));
    const rowid = "rowid" in expected[0]! ? "rowid, " : "";
    expect(fx.query(`select ${rowid}* from upsert_test order by rowid`)).toEqual(expected);
  });
});

describe("update and delete", () => {
  const insertOne = async () =>
    (await fx.post("data/docs/-/insert", { row: { title: "Row one", score: 1.2, age: 5 } })).json.rows[0]
      .id as number;

  test.each([
    [{ title: "New title" }],
    [{ title: null }],
    [{ score: 1.6 }],
    [{ age: 10 }],
    [{ title: "New title", score: 1.6 }],
  ])("update %j", async (update) => {
    const pk = await insertOne();
    const { status, json } = await fx.post(`data/docs/${pk}/-/update`, { update, return: true });
    expect(status).toBe(200);
    expect(json.rows[0]).toMatchObject({ id: pk, ...update });
    expect(fx.query("select * from docs where id = ?", pk)[0]).toMatchObject(update);
  });

  test("refusals: unknown column, unknown key, alter without permission, missing row", async () => {
    const pk = await insertOne();
    expect(await fx.post(`data/docs/${pk}/-/update`, { update: { title2: "x" } })).toEqual({
      status: 400,
      json: errorBody(["no such column: title2"], 400),
    });
    expect(await fx.post(`data/docs/${pk}/-/update`, { update: { title: "x" }, bad_key: 1 })).toEqual({
      status: 400,
      json: errorBody(["Invalid keys: bad_key"], 400),
    });
    expect(
      await fx.post(
        `data/docs/${pk}/-/update`,
        { update: { extra: 1 }, alter: true },
        fx.token("root", { all: ["ur"] }),
      ),
    ).toEqual({
      status: 403,
      json: errorBody(["Permission denied for alter-table"], 403),
    });
    expect(await fx.post(`data/docs/${pk}/-/update`, { update: {} }, fx.token("not-root"))).toEqual({
      status: 403,
      json: errorBody(["Permission denied"], 403),
    });
    expect(await fx.post("data/docs/999/-/update", { update: { title: "x" } })).toEqual({
      status: 404,
      json: errorBody(["Record not found: ['999']"], 404),
    });
    expect(await fx.post(`data/bad_table/${pk}/-/delete`)).toEqual({
      status: 404,
      json: errorBody(["Table not found: bad_table"], 404),
    });
  });

  test("update with alter adds the column", async () => {
    const pk = await insertOne();
    const result = await fx.post(
      `data/docs/${pk}/-/update`,
      { update: { title: "New", extra: "extra" }, alter: true },
      fx.token("root", { all: ["ur", "at"] }),
    );
    expect(result).toEqual({ status: 200, json: { ok: true } });
    expect(fx.query("select extra from docs")).toEqual([{ extra: "extra" }]);
  });

  test.each([
    ["rowid_table", { name: "rowid row" }, {}, null],
    ["pk_table", { id: 1, name: "ID table" }, { pk: "id" }, "1"],
    ["compound_pk_table", { type: "article", key: "k" }, { pks: ["type", "key"] }, "article,k"],
  ])("delete from %s", async (table, row, keys, deletePath) => {
    expect((await fx.post("data/-/create", { table, row, ...keys })).status).toBe(201);
    const path = deletePath ?? String(fx.query(`select rowid from ${table}`)[0]!.rowid);
    expect(await fx.post(`data/${table}/${path}/-/delete`)).toEqual({ status: 200, json: { ok: true } });
    expect(fx.query(`select count(*) n from ${table}`)).toEqual([{ n: 0 }]);
  });
});

describe("drop", () => {
  test("asks for confirmation, then drops", async () => {
    await fx.post("data/docs/-/insert", { row: { title: "Row 1" } });
    const first = await fx.post("data/docs/-/drop");
    expect(first).toEqual({
      status: 200,
      json: {
        ok: true,
        database: "data",
        table: "docs",
        row_count: 1,
        message: 'Pass "confirm": true to confirm',
      },
    });
    expect(await fx.post("data/docs/-/drop", { confirm: true })).toEqual({ status: 200, json: { ok: true } });
    expect(fx.query("select name from sqlite_master where name = 'docs'")).toEqual([]);
  });

  test.each([
    ["no token", "data/docs/-/drop", null, 403, "Permission denied"],
    ["not root", "data/docs/-/drop", "not-root", 403, "Permission denied"],
    ["unknown table", "data/bad_table/-/drop", "root", 404, "Table not found"],
    ["immutable", "immutable/docs/-/drop", "root", 403, "Database is immutable"],
  ])("refused: %s", async (_name, pathname, actor, status, error) => {
    expect(await fx.post(pathname, { confirm: true }, actor ? fx.token(actor) : null)).toEqual({
      status,
      json: errorBody([error], status),
    });
    expect(fx.query("select count(*) n from sqlite_master where name = 'docs'")).toEqual([{ n: 1 }]);
  });
});
