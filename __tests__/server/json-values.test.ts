/**
 * JSON values as Datasette 1.0a37 writes them (compared with the real Datasette on fixtures.db):
 * infinities are null unless `?_json_infinity=1` asks for Python's `Infinity`/`-Infinity`; whole numbers
 * from REAL columns keep their decimal point.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, startServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  // A loaded CI machine must not turn these small queries into time-limit errors.
  server = await startFixturesServer({ settings: [["sql_time_limit_ms", "20000"]] });
});
afterAll(() => server?.close());

const INFINITIES = "select 1e999 as inf, -1e999 as ninf, 1.5 as x";

async function text(path: string): Promise<string> {
  const res = await server.get(path);
  expect(res.status).toBe(200);
  return res.text();
}

describe("infinities", () => {
  it("are null by default", async () => {
    const body = await text(`fixtures/-/query.json?_shape=array&sql=${encodeURIComponent(INFINITIES)}`);
    expect(JSON.parse(body)).toEqual([{ inf: null, ninf: null, x: 1.5 }]);
  });

  it("are Infinity and -Infinity with _json_infinity=1, as Python's json.dumps writes them", async () => {
    const body = await text(
      `fixtures/-/query.json?_shape=array&_json_infinity=1&sql=${encodeURIComponent(INFINITIES)}`,
    );
    expect(body).toMatch(/^\[\{"inf": ?Infinity, ?"ninf": ?-Infinity, ?"x": ?1\.5\}\]$/);
  });

  it("keep the same spelling in newline-delimited JSON", async () => {
    const body = await text(
      `fixtures/-/query.json?_shape=array&_nl=on&_json_infinity=1&sql=${encodeURIComponent(INFINITIES)}`,
    );
    expect(body.trim()).toBe('{"inf": Infinity, "ninf": -Infinity, "x": 1.5}');
  });

  it("cannot be forged by a string value", async () => {
    const body = await text(
      `fixtures/-/query.json?_shape=array&sql=${encodeURIComponent("select char(0) || 'x:Infinity' as s")}`,
    );
    expect(JSON.parse(body)).toEqual([{ s: "\u0000x:Infinity" }]);
  });
});

describe("whole numbers from REAL columns", () => {
  let dir: string;
  let prices: TestServer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dx-json-floats-"));
    const db = new Database(path.join(dir, "shop.db"));
    db.exec(`create table items (id integer primary key, price real, qty integer, weight double precision, code text);
      insert into items values (1, 10, 10, 2.5, '7'), (2, 1e20, 3, 0, 'x');`);
    db.close();
    prices = await startServer({ files: [dir], settings: [["sql_time_limit_ms", "20000"]] });
  });
  afterAll(async () => {
    await prices?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (p: string) => {
    const res = await prices.get(p);
    expect(res.status).toBe(200);
    return res.text();
  };

  it("are floats in table, row and query JSON; integers stay integers", async () => {
    expect(await get("shop/items.json?_shape=array")).toBe(
      '[{"id":1,"price":10.0,"qty":10,"weight":2.5,"code":"7"},{"id":2,"price":1e+20,"qty":3,"weight":0.0,"code":"x"}]',
    );
    expect(await get("shop/items/1.json?_shape=array")).toContain('"price":10.0,"qty":10');
    expect(
      await get(`shop/-/query.json?_shape=arrays&sql=${encodeURIComponent("select price, qty from items")}`),
    ).toContain('"rows":[[10.0,10],[1e+20,3]]');
  });

  it("are floats in newline-delimited JSON too", async () => {
    expect(await get("shop/items.json?_shape=array&_nl=on&_col=price")).toBe(
      '{"id": 1, "price": 10.0}\n{"id": 2, "price": 1e+20}',
    );
  });
});
