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
      insert into items values (1, 10, 10, 2.5, '7'), (2, 1e20, 3, 0, 'x');
      create view priced as select id, price * 2 as doubled, qty + 0.0 as qty_float, qty from items;
      create table untyped (id integer primary key, v);
      insert into untyped values (1, 4.0), (2, 5.0), (3, 7);
      create table mixed (id integer primary key, v);
      insert into mixed values (1, 4.0), (2, 5.0), (3, 6.5);`);
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

  it("are floats from expressions, views and untyped columns, told by SQLite's storage class", async () => {
    const query = (sql: string) => get(`shop/-/query.json?_shape=array&sql=${encodeURIComponent(sql)}`);
    expect(await query("select 1.0 as x, 2 as y, 1.5 as z, 1e20 as w, -0.0 as v, 2.0 * 3 as p")).toBe(
      '[{"x":1.0,"y":2,"z":1.5,"w":1e+20,"v":-0.0,"p":6.0}]',
    );
    expect(await get("shop/priced.json?_shape=array&_size=1")).toBe(
      '[{"id":1,"doubled":20.0,"qty_float":10.0,"qty":10}]',
    );
    expect(await get("shop/mixed.json?_shape=array")).toBe(
      '[{"id":1,"v":4.0},{"id":2,"v":5.0},{"id":3,"v":6.5}]',
    );
    // A column mixing INTEGERs and REALs: each number as it is stored.
    expect(await get("shop/untyped.json?_shape=array")).toBe(
      '[{"id":1,"v":4.0},{"id":2,"v":5.0},{"id":3,"v":7}]',
    );
    expect(await query("select v from untyped union all select 8")).toBe(
      '[{"v":4.0},{"v":5.0},{"v":7},{"v":8}]',
    );
    // An integer past 2^53 keeps every digit, written as a number as Python's json writes it.
    expect(await query("select 9007199254740993 as v")).toBe('[{"v":9007199254740993}]');
    expect(
      await get(
        `shop/-/query.json?_shape=array&_nl=on&sql=${encodeURIComponent("select -9007199254740993 as v")}`,
      ),
    ).toBe('{"v": -9007199254740993}');
  });

  it("print as Python prints them on HTML pages", async () => {
    const cells = (html: string) =>
      [...html.matchAll(/<td class="col-(\w+)[^"]*">([^<]*)<\/td>/g)].map((m) => `${m[1]}=${m[2]}`);
    const query = await get(
      `shop/-/query?sql=${encodeURIComponent("select 1.0 as x, 2 as y, 1.5 as z, 1e20 as w, -0.0 as v")}`,
    );
    expect(cells(query)).toEqual(["x=1.0", "y=2", "z=1.5", "w=1e+20", "v=-0.0"]);
    expect(cells(await get("shop/untyped"))).toEqual(["v=4.0", "v=5.0", "v=7"]);
    expect(cells(await get("shop/priced?_size=1"))).toEqual([
      "id=1",
      "doubled=20.0",
      "qty_float=10.0",
      "qty=10",
    ]);
    // The row page's key is <strong>: left out by the pattern.
    expect(cells(await get("shop/items/1"))).toEqual(["price=10.0", "qty=10", "weight=2.5", "code=7"]);
  });

  it("are written as Python writes them in CSV, as Datasette's CSV has them", async () => {
    const sql = "select 1.0 as x, 2 as y, 1e20 as w, -0.0 as v";
    expect(await get(`shop/-/query.csv?sql=${encodeURIComponent(sql)}`)).toBe(
      "x,y,w,v\r\n1.0,2,1e+20,-0.0\r\n",
    );
    expect(await get("shop/untyped.csv")).toBe("id,v\r\n1,4.0\r\n2,5.0\r\n3,7\r\n");
    expect(await get("shop/items.csv")).toBe(
      "id,price,qty,weight,code\r\n1,10.0,10,2.5,7\r\n2,1e+20,3,0.0,x\r\n",
    );
    expect(await get("shop/items/1.csv")).toBe("id,price,qty,weight,code\r\n1,10.0,10,2.5,7\r\n");
    expect(await get("shop/priced.csv?_stream=1")).toContain("\r\n1,20.0,10.0,10\r\n");
  });

  it("are floats in newline-delimited JSON too", async () => {
    expect(await get("shop/items.json?_shape=array&_nl=on&_col=price")).toBe(
      '{"id": 1, "price": 10.0}\n{"id": 2, "price": 1e+20}',
    );
  });
});
