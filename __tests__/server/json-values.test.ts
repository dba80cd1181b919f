/**
 * JSON values as Datasette 1.0a37 writes them (compared with the real Datasette on fixtures.db):
 * infinities are null unless `?_json_infinity=1` asks for Python's `Infinity`/`-Infinity`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

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
