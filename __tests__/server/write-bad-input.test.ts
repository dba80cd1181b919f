/**
 * Write API input the server cannot store is a 400 in Datasette's error shape, not a 500: integers
 * beyond SQLite's 64 bits, JSON nested thousands deep, an object or list as a column default.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeFixture, errorBody, type WriteFixture } from "./write-helpers.js";

let fx: WriteFixture;
beforeAll(async () => {
  fx = await writeFixture();
});
afterAll(() => fx.close());

const TOO_BIG = "99999999999999999999999";

describe("integers beyond 64 bits", () => {
  test.each([
    ["insert", "data/docs/-/insert", `{"row": {"id": 1, "age": ${TOO_BIG}}}`, "age", TOO_BIG],
    ["insert (negative)", "data/docs/-/insert", `{"rows": [{"age": -${TOO_BIG}}]}`, "age", `-${TOO_BIG}`],
    ["upsert key", "data/docs/-/upsert", `{"rows": [{"id": ${TOO_BIG}, "title": "x"}]}`, "id", TOO_BIG],
    ["$raw", "data/docs/-/insert", `{"row": {"age": {"$raw": ${TOO_BIG}}}}`, "age", TOO_BIG],
    ["create", "data/-/create", `{"table": "big", "rows": [{"id": 1, "n": ${TOO_BIG}}]}`, "n", TOO_BIG],
  ])("%s: a 400 naming the column", async (_name, pathname, body, column, value) => {
    const { status, json } = await fx.post(pathname, body);
    expect(status).toBe(400);
    expect(json).toEqual(
      errorBody([`Column "${column}": integer ${value} is outside SQLite's 64-bit range`], 400),
    );
  });

  test("update: a 400, and the row is unchanged", async () => {
    await fx.post("data/docs/-/insert", { row: { id: 7, age: 1 } });
    const { status, json } = await fx.post("data/docs/7/-/update", `{"update": {"age": ${TOO_BIG}}}`);
    expect(status).toBe(400);
    expect(json.ok).toBe(false);
    expect(fx.query("select age from docs where id = 7")).toEqual([{ age: 1 }]);
  });

  test("the largest and smallest 64-bit integers, and larger ones inside JSON values, are stored", async () => {
    const body = `{"rows": [{"id": 9223372036854775807, "title": "[${TOO_BIG}]"}, {"id": -9223372036854775808, "title": {"n": ${TOO_BIG}}}]}`;
    const { status } = await fx.post("data/docs/-/insert", body);
    expect(status).toBe(201);
    const stored = fx.query(
      "select cast(id as text) as id, title from docs where id in (9223372036854775807, -9223372036854775808) order by id",
    );
    expect(stored).toEqual([
      { id: "-9223372036854775808", title: `{"n": ${TOO_BIG}}` },
      { id: "9223372036854775807", title: `[${TOO_BIG}]` },
    ]);
  });
});

describe("deeply nested JSON", () => {
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

  test.each([
    ["a valid document", `{"row": {"title": ${deep(10_000)}}}`],
    ["an invalid one", `{"row": {"title": ${"[".repeat(10_000)}}}`],
    ["a bare one", deep(100_000)],
  ])("%s 10,000 deep is a 400", async (_name, body) => {
    const { status, json } = await fx.post("data/docs/-/insert", body);
    expect(status).toBe(400);
    expect(json).toEqual(errorBody(["Invalid JSON: Nested more than 1000 levels deep"], 400));
  });

  test("nesting up to the limit is stored as JSON text", async () => {
    const { status } = await fx.post("data/docs/-/insert", `{"row": {"id": 500, "title": ${deep(998)}}}`);
    expect(status).toBe(201);
    expect(fx.query("select length(title) as n from docs where id = 500")).toEqual([{ n: 998 * 2 }]);
  });
});

describe("column defaults", () => {
  test.each([
    ["an object", { a: 1 }],
    ["a list", [1]],
    ["an empty list", []],
  ])("%s as a default is a 400", async (_name, value) => {
    const { status, json } = await fx.post("data/-/create", {
      table: "with_default",
      columns: [
        { name: "id", type: "integer" },
        { name: "x", type: "text", default: value },
      ],
    });
    expect(status).toBe(400);
    expect(json).toEqual(
      errorBody(["columns.1.default: Input should be a valid string, number or boolean"], 400),
    );
    expect(fx.query("select name from sqlite_master where name = 'with_default'")).toEqual([]);
  });

  test("an integer default beyond 64 bits is a 400", async () => {
    const { status, json } = await fx.post(
      "data/-/create",
      `{"table": "big_default", "columns": [{"name": "n", "type": "integer", "default": ${TOO_BIG}}]}`,
    );
    expect(status).toBe(400);
    expect(json.errors).toEqual([`columns.0.default: integer ${TOO_BIG} is outside SQLite's 64-bit range`]);
  });
});
