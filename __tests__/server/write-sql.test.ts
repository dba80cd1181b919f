/** The write API's pure parts: Python-compatible JSON parsing, value binding and sqlite-utils' SQL. */
import { describe, expect, test } from "vitest";
import BetterSqlite3 from "better-sqlite3";
import { parseJson, parseJsonSlowly, type FloatMarks } from "../../src/server/write/json-parse.js";
import {
  bindValue,
  pythonFloat,
  pythonJson,
  suggestColumnTypes,
} from "../../src/server/write/sqlite-values.js";
import { createTableSql, insertRows, upsertRows, updateRow } from "../../src/server/write/sqlite-tables.js";
import { validateInsert } from "../../src/server/write/validate-insert.js";

describe("JSON as Python's json.loads reads it", () => {
  test("1.0 is marked a float, 1 is not; big integers stay exact", () => {
    const { value, floats } = parseJson('{"a": 1.0, "b": 1, "c": [2.5e3, 7], "d": 12345678901234567890}');
    const v = value as { a: number; b: number; c: number[]; d: bigint };
    expect(v).toEqual({ a: 1, b: 1, c: [2500, 7], d: 12345678901234567890n });
    expect(floats.get(v)).toEqual(new Set(["a"]));
    expect(floats.get(v.c)).toEqual(new Set([0]));
  });

  /** Every container's marks, by path, so two parses can be compared. */
  const marksOf = (value: unknown, floats: FloatMarks, at = "$"): Record<string, unknown[]> => {
    if (value === null || typeof value !== "object") return {};
    const own = floats.get(value);
    const out: Record<string, unknown[]> = own?.size ? { [at]: [...own].sort() } : {};
    for (const [k, v] of Object.entries(value)) Object.assign(out, marksOf(v, floats, `${at}.${k}`));
    return out;
  };

  test.each([
    '{"rows": [{"a": 1, "b": 1.5, "c": 2.0, "d": -0.0, "e": 3e2, "f": 1.0000000000000001}]}',
    '{"a": "x", "b": 1, "a": 2.0}',
    '{"a": 1.0, "a": 2}',
    '{"1": 1.0, "a": 2, "0": 3}',
    '{"s": "quote \\" 1.0 : and \\\\", "n": 1.0, "t": "\\\\", "m": [4, 5.0]}',
    '[[1.0], {"x": [2, 3.0e0, {"y": -4.00}]}, 9007199254740993, 9007199254740991.0]',
    '{"__proto__": 1.0, "b": [true, null, 1E3]}',
  ])("the quick path marks %s as the full parser does", (text) => {
    const quick = parseJson(text);
    const full = parseJsonSlowly(text);
    expect(quick.value).toEqual(full.value);
    expect(marksOf(quick.value, quick.floats)).toEqual(marksOf(full.value, full.floats));
  });

  test("marks only numbers whose value JSON.parse cannot tell from an integer", () => {
    const { value, floats } = parseJson('{"rows": [{"a": 1.0, "b": 1.5, "c": 1, "d": 1.0000000000000001}]}');
    const row = (value as { rows: object[] }).rows[0]!;
    expect(floats.get(row)).toEqual(new Set(["a", "d"]));
  });

  test.each([
    ["{bad json", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
    ["", "Expecting value: line 1 column 1 (char 0)"],
    ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
    ['{"a": 1 "b"}', "Expecting ',' delimiter: line 1 column 9 (char 8)"],
    ['{"a": 1,}', "Illegal trailing comma before end of object: line 1 column 8 (char 7)"],
    ["[1,]", "Illegal trailing comma before end of array: line 1 column 3 (char 2)"],
    ['{"a": "x', "Unterminated string starting at: line 1 column 7 (char 6)"],
    ["{}\n x", "Extra data: line 2 column 2 (char 4)"],
    ['"\\q"', "Invalid \\escape: 'q': line 1 column 2 (char 1)"],
  ])("%j → %s", (text, message) => {
    expect(() => parseJson(text)).toThrow(message);
  });

  test("NaN and Infinity are accepted, as Python accepts them", () => {
    expect(parseJson("[NaN, -Infinity]").value).toEqual([NaN, -Infinity]);
  });

  test('"__proto__" is an ordinary key', () => {
    const { value } = parseJson('{"__proto__": {"x": 1}}');
    expect(Object.keys(value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("values", () => {
  test("integers bind as INTEGER, floats as REAL, containers as Python's JSON text", () => {
    const { value, floats } = parseJson('{"i": 5, "f": 5.0, "o": {"x": [1, 2.0, "é"]}, "b": true}');
    const row = value as Record<string, unknown>;
    expect(bindValue(row.i, false, floats)).toBe(5n);
    expect(bindValue(row.f, true, floats)).toBe(5);
    expect(bindValue(row.b, false, floats)).toBe(1n);
    expect(bindValue(row.o, false, floats)).toBe('{"x": [1, 2.0, "é"]}');
    const numbers = parseJson("[1e16, 1e-5, 0.5, -0.0001, 10000000000000000]");
    expect(pythonJson(numbers.value, numbers.floats)).toBe("[1e+16, 1e-05, 0.5, -0.0001, 10000000000000000]");
    expect(pythonFloat(100)).toBe("100.0");
  });

  test("column types follow sqlite-utils' suggest_column_types", () => {
    const { value, floats } = parseJson(
      '[{"i": 1, "f": 1.5, "s": "x", "n": null, "mix": 1, "num": 1, "j": {"a": 1}, "bool": true}, {"mix": "y", "num": 2.5}]',
    );
    expect(Object.fromEntries(suggestColumnTypes(value as Record<string, unknown>[], floats))).toEqual({
      i: "INTEGER",
      f: "REAL",
      s: "TEXT",
      n: "TEXT",
      mix: "TEXT",
      num: "REAL",
      j: "TEXT",
      bool: "INTEGER",
    });
  });
});

describe("SQL on a real connection", () => {
  test("create, insert (with NULL for missing columns), upsert and update", () => {
    const conn = new BetterSqlite3(":memory:");
    const sql = createTableSql(
      conn,
      "t",
      [{ name: "name", type: "TEXT", notNull: true, defaultSql: "'x'" }],
      "id",
    );
    expect(sql).toBe(
      'CREATE TABLE "t" (\n   "id" INTEGER PRIMARY KEY,\n   "name" TEXT NOT NULL DEFAULT \'x\'\n)',
    );
    conn.exec(sql);
    const parsed = parseJson('[{"name": "a", "score": 1.0}, {"id": 10, "name": "b"}]');
    insertRows(conn, "t", parsed.value as Record<string, unknown>[], parsed.floats, { alter: true });
    expect(conn.prepare("select id, name, score, typeof(score) ts from t").all()).toEqual([
      { id: 1, name: "a", score: 1, ts: "real" },
      { id: 10, name: "b", score: null, ts: "null" },
    ]);
    const up = parseJson('[{"id": 10, "score": 2}, {"id": 11, "name": "c"}]');
    upsertRows(conn, "t", up.value as Record<string, unknown>[], up.floats, ["id"]);
    expect(conn.prepare("select id, name, score from t where id >= 10").all()).toEqual([
      { id: 10, name: "b", score: 2 },
      { id: 11, name: "c", score: null },
    ]);
    const upd = parseJson('{"name": "z", "new_col": [1]}');
    expect(() =>
      updateRow(conn, "t", ["id"], [1n], upd.value as Record<string, unknown>, upd.floats, false),
    ).toThrow("no such column: new_col");
    updateRow(conn, "t", ["id"], [1n], upd.value as Record<string, unknown>, upd.floats, true);
    expect(conn.prepare("select name, new_col from t where id = 1").get()).toEqual({
      name: "z",
      new_col: "[1]",
    });
    conn.close();
  });

  test("bracketed column names are refused as sqlite-utils refuses them", () => {
    const conn = new BetterSqlite3(":memory:");
    expect(() => createTableSql(conn, "t", [{ name: "a[0]", type: "TEXT" }], null)).toThrow(
      "'[' and ']' cannot be used in column names",
    );
    conn.close();
  });
});

describe("insert validation", () => {
  test("a single row is always returned; unknown columns pass with alter", () => {
    const result = validateInsert(
      { row: { title: "x", extra: 1 }, alter: true },
      { columns: ["id", "title"], pks: ["id"], upsert: false, maxInsertRows: 100 },
    );
    expect(result).toEqual({
      request: {
        rows: [{ title: "x", extra: 1 }],
        returnRows: true,
        ignore: false,
        replace: false,
        alter: true,
      },
    });
  });
});
