import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

// Expectations mirror datasette/tests/test_api.py and test_table_api.py (test_table_shape_arrayfirst,
// test_query_extras_for_arbitrary_sql, test_query_extras_for_stored_query).
let server: TestServer;

beforeAll(async () => {
  server = await startFixturesServer({
    metadata: {
      databases: {
        fixtures: {
          queries: {
            neighborhood_search: {
              sql: "select _neighborhood, facet_cities.name, state from facetable join facet_cities on facetable._city_id = facet_cities.id where _neighborhood like '%' || :text || '%' order by _neighborhood;",
              title: "Search neighborhoods",
            },
            // As in Datasette's fixtures: a stored query is the site's own SQL, not held to ?sql='s rules.
            pragma_cache_size: "PRAGMA cache_size;",
            été: "select 'summer' as season",
            sneaky_write: "delete from simple_primary_key",
          },
        },
      },
    },
    settings: [["max_returned_rows", "100"]],
  });
});
afterAll(async () => {
  await server?.close();
});

async function json(p: string): Promise<{ status: number; body: any }> {
  const r = await server.get(p);
  return { status: r.status, body: await r.json() };
}
const q = (sql: string, extra = "") => `fixtures/-/query.json?sql=${encodeURIComponent(sql)}${extra}`;

describe("SQL query pages", () => {
  it("answers ok, rows and truncated", async () => {
    const { status, body } = await json(q("select 1 as one"));
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, rows: [{ one: 1 }], truncated: false });
  });

  it("shapes arrayfirst (test_table_shape_arrayfirst)", async () => {
    const { body } = await json(
      q("select content from simple_primary_key order by id", "&_shape=arrayfirst"),
    );
    expect(body).toEqual(["hello", "world", "", "RENDER_CELL_DEMO", "RENDER_CELL_ASYNC"]);
  });

  it("resolves query extras (test_query_extras_for_arbitrary_sql)", async () => {
    const { body } = await json(q("select 1 as one", "&_extra=columns,database,query,request,debug"));
    expect(body.columns).toEqual(["one"]);
    expect(body.database).toBe("fixtures");
    expect(body.query).toEqual({ sql: "select 1 as one", params: {} });
    expect(body.request.path).toBe("/fixtures/-/query.json");
    expect(body.debug.url_vars).toEqual({ database: "fixtures", format: "json" });
  });

  it("binds :named parameters from the query string", async () => {
    const { body } = await json(q("select :a || :b as ab", "&a=x&b=y&_extra=query"));
    expect(body.rows).toEqual([{ ab: "xy" }]);
    expect(body.query.params).toEqual({ a: "x", b: "y" });
  });

  it("answers SQL errors with a 400 and SQLite's message", async () => {
    const { status, body } = await json(q("select * from nope"));
    expect(status).toBe(400);
    expect(body).toEqual({
      ok: false,
      rows: [],
      error: "no such table: nope",
      errors: ["no such table: nope"],
      status: 400,
      truncated: false,
    });
    const write = await json(q("delete from facetable"));
    expect(write).toMatchObject({ status: 400, body: { error: "Statement must be a SELECT" } });
  });

  it("marks results past max_returned_rows as truncated (test_max_returned_rows)", async () => {
    const { body } = await json(q("select * from no_primary_key"));
    expect(body.rows).toHaveLength(100);
    expect(body.truncated).toBe(true);
  });

  it("needs ?sql= for data formats", async () => {
    expect(await json("fixtures/-/query.json")).toMatchObject({
      status: 400,
      body: { error: "?sql= is required" },
    });
  });

  it("runs canned queries from metadata (test_query_extras_for_stored_query)", async () => {
    const { status, body } = await json(
      "fixtures/neighborhood_search.json?text=town&_extra=columns,query,metadata",
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(["_neighborhood", "name", "state"]);
    expect(body.rows[0]).toEqual({ _neighborhood: "Corktown", name: "Detroit", state: "MI" });
    expect(body.query.params).toEqual({ text: "town" });
    expect(body.metadata.title).toBe("Search neighborhoods");
  });

  it("runs a stored query that ?sql= would refuse (test_canned_query_with_pragma), but never a write", async () => {
    expect(await json("fixtures/pragma_cache_size.json?_shape=array")).toEqual({
      status: 200,
      body: [{ cache_size: -2000 }],
    });
    expect((await json(q("PRAGMA cache_size;"))).status).toBe(400);
    const rows = async () => (await json("fixtures/simple_primary_key.json?_shape=array")).body.length;
    const before = await rows();
    const write = await json("fixtures/sneaky_write.json");
    expect(write.status).toBe(400);
    expect(write.body.error).toBe("Statement must be a SELECT");
    expect(await rows()).toBe(before);
  });

  it("sends a percent-encoded name, as a browser spells it, to its tilde-encoded URL (Datasette's handle_404)", async () => {
    const typed = await server.get("fixtures/%C3%A9t%C3%A9.json?_shape=array");
    expect(typed.status).toBe(302);
    expect(typed.headers.get("location")).toBe("/fixtures/~C3~A9t~C3~A9~2Ejson?_shape=array");
    const page = await server.get("fixtures/%C3%A9t%C3%A9");
    expect(page.headers.get("location")).toBe("/fixtures/~C3~A9t~C3~A9");
    expect(await (await server.get("fixtures/~C3~A9t~C3~A9.json?_shape=array")).json()).toEqual([
      { season: "summer" },
    ]);
  });

  it("answers CSV and renders the HTML form with parameter fields", async () => {
    const csv = await (await server.get("fixtures/-/query.csv?sql=select+1+as+one,+'a,b'+as+two")).text();
    expect(csv).toBe('one,two\r\n1,"a,b"\r\n');
    const html = await (await server.get("fixtures/neighborhood_search?text=town")).text();
    expect(html).toContain('name="text" value="town"');
    expect(html).toContain("Corktown");
  });
});
