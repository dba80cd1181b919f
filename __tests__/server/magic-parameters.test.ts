import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";
import { Signer } from "../../src/server/signer.js";
import { HttpError } from "../../src/server/http-error.js";
import { magicParameterValues } from "../../src/server/table/magic-parameters.js";

// Mirrors datasette/tests/test_stored_queries.py test_magic_parameters (the GET half; the POST half is in
// write-canned-queries.test.ts) and test_magic_parameters_cannot_be_used_in_arbitrary_queries.
const SECRET = "magic-parameters-test-secret";
const MAGIC = [
  ["_actor_id", /^root$/],
  ["_header_host", /^127\.0\.0\.1:\d+$/],
  ["_header_not_a_thing", /^$/],
  ["_header_user_agent", /^magic-test$/],
  ["_cookie_foo", /^bar$/],
  ["_now_epoch", /^\d+$/],
  ["_now_date_utc", /^\d{4}-\d{2}-\d{2}$/],
  ["_now_datetime_utc", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/],
  ["_random_chars_1", /^\w$/],
  ["_random_chars_10", /^\w{10}$/],
] as const;

let server: TestServer;

beforeAll(async () => {
  const queries = Object.fromEntries(MAGIC.map(([name]) => [`q${name}`, `select :${name} as result`]));
  queries.mixed = "select :_actor_id as who, :_underscored as plain, :name as name";
  server = await startFixturesServer({ metadata: { databases: { fixtures: { queries } } }, secret: SECRET });
});
afterAll(async () => {
  await server?.close();
});

const cookies = () => `ds_actor=${new Signer(SECRET).sign({ a: { id: "root" } }, "actor")}; foo=bar`;

describe("magic parameters in canned queries", () => {
  it.each(MAGIC)("binds %s from the request (test_magic_parameters)", async (name, expected) => {
    const r = await server.get(`fixtures/q${name}.json?_shape=array`, {
      headers: { cookie: cookies(), "user-agent": "magic-test" },
    });
    expect(r.status).toBe(200);
    const [row] = await r.json();
    expect(String(row.result)).toMatch(expected);
  });

  it("cannot be overridden from the query string, and leaves other _names to it", async () => {
    const r = await server.get("fixtures/mixed.json?_shape=array&_actor_id=mallory&_underscored=u&name=n", {
      headers: { cookie: cookies() },
    });
    expect(await r.json()).toEqual([{ who: "root", plain: "u", name: "n" }]);
  });

  it("does not show magic parameters as form fields", async () => {
    const html = await (await server.get("fixtures/mixed", { headers: { cookie: cookies() } })).text();
    expect(html).toContain('name="name"');
    expect(html).not.toContain('name="_actor_id"');
  });

  it("answers 400 when the request has no such value (Datasette's KeyError is a 500)", async () => {
    const r = await server.get("fixtures/q_actor_id.json?_shape=array");
    expect(r.status).toBe(400);
    expect((await r.json()).error).toBe("No value for :_actor_id in this request");
  });

  it("are not available to arbitrary SQL (test_magic_parameters_cannot_be_used_in_arbitrary_queries)", async () => {
    const r = await server.get("fixtures/-/query.json?sql=select+:_header_host&_shape=array");
    expect(r.status).toBe(400);
    expect((await r.json()).error).toMatch(/^You did not supply a value for binding/);
  });
});

describe("magicParameterValues", () => {
  const request = {
    headers: { "accept-language": "en" },
    cookies: {},
    actor: { id: 7, name: "Seven" },
    now: () => new Date("2020-06-24T18:01:07.500Z"),
  };

  it("computes only the magic names the SQL uses, with an injected clock", () => {
    expect(
      magicParameterValues(
        "select :_now_epoch, :_now_date_utc, :_now_datetime_utc, :_actor_name, :_header_accept_language, :_plain, :x, ':_now_epoch'",
        request,
      ),
    ).toEqual({
      _now_epoch: 1593021667,
      _now_date_utc: "2020-06-24",
      _now_datetime_utc: "2020-06-24T18:01:07Z",
      _actor_name: "Seven",
      _header_accept_language: "en",
    });
  });

  it("refuses names its family cannot answer", () => {
    for (const sql of [
      "select :_actor_email",
      "select :_cookie_lang",
      "select :_now_tomorrow",
      "select :_random_x",
    ]) {
      expect(() => magicParameterValues(sql, request)).toThrow(HttpError);
    }
  });
});
