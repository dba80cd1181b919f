import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

// Expectations mirror datasette/tests/test_table_api.py, adjusted for default settings (page size 100,
// max_returned_rows 1000) and no metadata, which is how the comparison serves fixtures.db.
let server: TestServer;

beforeAll(async () => {
  // Facet time limits are Datasette's defaults (200 ms, 50 ms) in production; here they are raised so a
  // loaded test machine cannot time a suggestion out and make the expected lists flaky.
  server = await startFixturesServer({
    settings: [
      ["facet_time_limit_ms", "5000"],
      ["facet_suggest_time_limit_ms", "5000"],
    ],
  });
});
afterAll(async () => {
  await server?.close();
});

async function json(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const r = await server.get(path);
  return { status: r.status, body: await r.json(), headers: r.headers };
}

/** Follows next_url until the last page, as test_paginate_* do. */
async function allPages(path: string): Promise<{ rows: any[]; pages: number }> {
  const rows: any[] = [];
  let pages = 0;
  let url: string | null = path;
  while (url) {
    pages++;
    const r: Response = await server.get(url.replace(/^https?:\/\/[^/]+\//, ""));
    const body = await r.json();
    rows.push(...body.rows);
    url = body.next_url;
    expect(pages).toBeLessThan(100);
  }
  return { rows, pages };
}

describe("table JSON", () => {
  it("answers ok, next, next_url, rows and truncated by default (test_table_json)", async () => {
    const { status, body, headers } = await json("fixtures/simple_primary_key.json?_extra=query");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(Object.keys(body)).toEqual(["ok", "next", "next_url", "query", "rows", "truncated"]);
    expect(body.query).toEqual({
      sql: "select id, content from simple_primary_key order by id limit 101",
      params: {},
    });
    expect(body.rows).toEqual([
      { id: 1, content: "hello" },
      { id: 2, content: "world" },
      { id: 3, content: "" },
      { id: 4, content: "RENDER_CELL_DEMO" },
      { id: 5, content: "RENDER_CELL_ASYNC" },
    ]);
  });

  it("answers a missing table with Datasette's 404 body (test_table_not_exists_json)", async () => {
    expect(await json("fixtures/blah.json")).toMatchObject({
      status: 404,
      body: { ok: false, error: "Table not found", errors: ["Table not found"], status: 404 },
    });
    expect((await json("nope/blah.json")).body.error).toBe("Database not found");
  });

  it("shapes rows as arrays, array, object and rejects unknown shapes", async () => {
    expect((await json("fixtures/simple_primary_key.json?_shape=arrays")).body.rows[0]).toEqual([1, "hello"]);
    expect((await json("fixtures/simple_primary_key.json?_shape=array")).body[1]).toEqual({
      id: 2,
      content: "world",
    });
    const object = await json("fixtures/compound_primary_key.json?_shape=object");
    expect(Object.keys(object.body).slice(0, 2)).toEqual(["a,b", "a~2Fb,~2Ec-d"]);
    const invalid = await json("fixtures/simple_primary_key.json?_shape=invalid");
    expect(invalid).toMatchObject({
      status: 400,
      body: { ok: false, error: "Invalid _shape: invalid", status: 400 },
    });
    const noPk = await json("fixtures/no_primary_key.json?_shape=object");
    expect(noPk.body.error).toBe("_shape=object not available for tables with no primary keys");
  });

  it("validates _size (test_validate_page_size)", async () => {
    expect((await json("fixtures/no_primary_key.json?_size=-4")).body.error).toBe(
      "_size must be a positive integer",
    );
    expect((await json("fixtures/no_primary_key.json?_size=dog")).status).toBe(400);
    expect((await json("fixtures/no_primary_key.json?_size=1001")).body.error).toBe("_size must be <= 1000");
    const zero = await json("fixtures/no_primary_key.json?_size=0&_extra=count");
    expect(zero.body).toMatchObject({ rows: [], count: 202, next: null, next_url: null });
  });

  it("paginates compound keys through next_url with a Link header (test_paginate_compound_keys)", async () => {
    const first = await json("fixtures/compound_three_primary_keys.json");
    expect(first.headers.get("link")).toBe(`<${first.body.next_url}>; rel="next"`);
    const { rows, pages } = await allPages("fixtures/compound_three_primary_keys.json?_shape=objects");
    expect(rows).toHaveLength(1001);
    expect(pages).toBe(11);
    const keys = rows.map((r) => [r.pk1, r.pk2, r.pk3].join(","));
    expect(keys).toEqual([...keys].sort());
  });

  it.each([
    ["_sort=sortable", "sorted by sortable"],
    ["_sort_desc=sortable", "sorted by sortable descending"],
    ["_sort=sortable_with_nulls", "sorted by sortable_with_nulls"],
    ["_sort_desc=sortable_with_nulls", "sorted by sortable_with_nulls descending"],
    ["_sort=text", "sorted by text"],
    ["_sort=text&_col=content", "sorted by text"],
  ])("keyset-paginates every row when sorted: %s (test_sortable)", async (qs, description) => {
    const first = await json(`fixtures/sortable.json?_size=50&_extra=human_description_en&${qs}`);
    expect(first.body.human_description_en).toBe(description);
    const { rows, pages } = await allPages(`fixtures/sortable.json?_size=50&${qs}`);
    expect(pages).toBe(5);
    expect(new Set(rows.map((r) => `${r.pk1},${r.pk2}`)).size).toBe(201);
  });

  it("refuses bad sorts with a 400 naming the column (test_sortable_argument_errors)", async () => {
    expect((await json("fixtures/sortable.json?_sort=badcolumn")).body.error).toBe(
      "Cannot sort table by badcolumn",
    );
    expect((await json("fixtures/sortable.json?_sort=sortable&_sort_desc=sortable")).body.error).toBe(
      "Cannot use _sort and _sort_desc at the same time",
    );
  });

  it.each([
    ["content__contains=d&_sort_desc=sortable", 'where content contains "d" sorted by sortable descending'],
    ["sortable__gt=50&sortable__lte=60", "where sortable > 50 and sortable ≤ 60"],
    ["content__in=a,b", 'where content in ["a", "b"]'],
    ["sortable_with_nulls__isnull=1", "where sortable_with_nulls is null"],
  ])("filters and describes %s", async (qs, description) => {
    const { body } = await json(`fixtures/sortable.json?_extra=human_description_en,count&${qs}`);
    expect(body.human_description_en).toBe(description);
    expect(body.count).toBe(body.rows.length);
  });

  it.each([
    ["fixtures/simple_primary_key.json?content__not=world", [1, 3, 4, 5]],
    ["fixtures/simple_primary_key.json?content__startswith=RENDER", [4, 5]],
    ["fixtures/simple_primary_key.json?content__endswith=d", [2]],
    ["fixtures/simple_primary_key.json?content__isblank=1", [3]],
    ["fixtures/simple_primary_key.json?content__notblank=1", [1, 2, 4, 5]],
    ["fixtures/simple_primary_key.json?id__in=[1,3]", [1, 3]],
    ["fixtures/simple_primary_key.json?id__notin=1,2,3", [4, 5]],
    ["fixtures/simple_primary_key.json?content__glob=w*", [2]],
    ["fixtures/simple_primary_key.json?_where=id>3", [4, 5]],
  ])("filters %s (test_table_filter_queries)", async (path, ids) => {
    expect((await json(path)).body.rows.map((r: any) => r.id)).toEqual(ids);
  });

  it("filters JSON arrays with __arraycontains (test_table_filter_json_arraycontains)", async () => {
    const { body } = await json("fixtures/facetable.json?tags__arraycontains=tag1&_col=tags");
    expect(body.rows.map((r: any) => r.pk)).toEqual([1, 2]);
    const not = await json("fixtures/facetable.json?tags__arraynotcontains=tag1&_col=tags");
    expect(not.body.rows).toHaveLength(13);
  });

  it("searches FTS tables, escaped by default and raw on request (test_searchable)", async () => {
    const ids = async (qs: string) =>
      (await json(`fixtures/searchable.json?${qs}`)).body.rows.map((r: any) => r.pk);
    expect(await ids("_search=dog")).toEqual([1, 2]);
    expect(await ids("_search=weasel")).toEqual([2]);
    expect(await ids("_search_text2=dog")).toEqual([1]);
    expect(await ids("_search=te*+AND+do*&_searchmode=raw")).toEqual([1, 2]);
    expect(await ids("_search=te*+AND+do*")).toEqual([]);
    expect((await json("fixtures/searchable.json?_search_invalid=x")).body.error).toBe(
      "Cannot search by that column",
    );
  });

  it("selects columns with _col and _nocol (test_col_nocol)", async () => {
    expect(
      Object.keys((await json("fixtures/facetable.json?_col=state&_col=created&_size=1")).body.rows[0]),
    ).toEqual(["pk", "state", "created"]);
    const nocol = await json("fixtures/facetable.json?_nocol=state&_size=1&_extra=columns");
    expect(nocol.body.columns).not.toContain("state");
    expect((await json("fixtures/facetable.json?_col=bad")).body.error).toBe("_col=bad - invalid columns");
    expect((await json("fixtures/facetable.json?_nocol=pk")).body.error).toBe("_nocol=pk - invalid columns");
  });

  it("expands foreign keys with _labels and _label (test_expand_labels)", async () => {
    const { body } = await json(
      "fixtures/facetable.json?_shape=object&_labels=1&_size=1&_neighborhood__contains=c",
    );
    expect(body["2"]._city_id).toEqual({ value: 1, label: "San Francisco" });
    const one = await json(
      "fixtures/foreign_key_references.json?_shape=object&_label=foreign_key_with_label&_size=1",
    );
    expect(one.body["1"].foreign_key_with_label).toEqual({ value: 1, label: "hello" });
    expect(one.body["1"].foreign_key_with_blank_label).toBe(3);
  });

  it("computes column facets with labels and toggle URLs (test_facets)", async () => {
    const { body } = await json("fixtures/facetable.json?_facet=state&_facet=_city_id&state=MI");
    const results = body.facet_results.results;
    expect(results.state.toggle_url).toBe("/fixtures/facetable.json?_facet=_city_id&state=MI");
    expect(results.state.results[0]).toMatchObject({ value: "MI", label: "MI", count: 4, selected: true });
    expect(results.state.results[0].toggle_url.split("?")[1]).toBe("_facet=state&_facet=_city_id");
    expect(results._city_id.results).toHaveLength(1);
    expect(results._city_id.results[0]).toMatchObject({
      value: 3,
      label: "Detroit",
      count: 4,
      selected: false,
    });
    expect(results._city_id.results[0].toggle_url.split("?")[1]).toBe(
      "_facet=state&_facet=_city_id&state=MI&_city_id__exact=3",
    );
    expect(body.facet_results.timed_out).toEqual([]);
  });

  it("computes array and date facets (test_facets_array)", async () => {
    const { body } = await json("fixtures/facetable.json?_facet_array=tags&_facet_date=created");
    expect(body.facet_results.results.tags.results.map((r: any) => [r.value, r.count])).toEqual([
      ["tag1", 2],
      ["tag2", 1],
      ["tag3", 1],
    ]);
    expect(body.facet_results.results.created.results[0]).toMatchObject({ value: "2019-01-14", count: 4 });
  });

  it("suggests facets (test_suggested_facets)", async () => {
    const { body } = await json("fixtures/facetable.json?_extra=suggested_facets");
    const suggestions = body.suggested_facets.map((s: any) => [s.name, s.toggle_url.split("?")[1]]);
    expect(suggestions).toEqual([
      ["created", "_extra=suggested_facets&_facet=created"],
      ["planet_int", "_extra=suggested_facets&_facet=planet_int"],
      ["on_earth", "_extra=suggested_facets&_facet=on_earth"],
      ["state", "_extra=suggested_facets&_facet=state"],
      ["_city_id", "_extra=suggested_facets&_facet=_city_id"],
      ["_neighborhood", "_extra=suggested_facets&_facet=_neighborhood"],
      ["tags", "_extra=suggested_facets&_facet=tags"],
      ["complex_array", "_extra=suggested_facets&_facet=complex_array"],
      ["created", "_extra=suggested_facets&_facet_date=created"],
      ["tags", "_extra=suggested_facets&_facet_array=tags"],
    ]);
  });

  it("refuses unknown and HTML-only extras (test_html_only_extras_are_not_available_via_json)", async () => {
    for (const extra of ["filters", "actions", "display_rows", "nope"]) {
      const { status, body } = await json(`fixtures/facetable.json?_extra=${extra}`);
      expect(status).toBe(400);
      expect(body.errors).toEqual([`Unknown _extra: ${extra}`]);
    }
  });

  it("pages through views by offset (test_paginate_tables_and_views)", async () => {
    const { rows, pages } = await allPages("fixtures/paginated_view.json?_size=50");
    expect(rows).toHaveLength(202);
    expect(pages).toBe(5);
  });

  it("sets Cache-Control from _ttl (test_ttl_parameter)", async () => {
    expect((await server.get("fixtures/facetable.json?_ttl=0")).headers.get("cache-control")).toBe(
      "no-cache",
    );
    expect((await server.get("fixtures/facetable.json?_ttl=10")).headers.get("cache-control")).toBe(
      "max-age=10",
    );
    expect((await server.get("fixtures/facetable.json")).headers.get("cache-control")).toBe("max-age=5");
  });

  it("decodes _json columns only when columns are in the data, as Datasette's json_renderer does", async () => {
    expect((await json("fixtures/facetable.json?_json=tags&_size=1")).body.rows[0].tags).toBe(
      '["tag1", "tag2"]',
    );
    const { body } = await json("fixtures/facetable.json?_json=tags&_size=1&_extra=columns");
    expect(body.rows[0].tags).toEqual(["tag1", "tag2"]);
  });
});

describe("table CSV and HTML", () => {
  it("streams every row of a table as CSV with _stream=1 (test_csv.py test_csv_stream)", async () => {
    const r = await server.get("fixtures/compound_three_primary_keys.csv?_stream=1&_size=100");
    expect(r.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const lines = (await r.text()).trim().split("\r\n");
    expect(lines[0]).toBe("pk1,pk2,pk3,content");
    expect(lines).toHaveLength(1002);
  });

  it("adds label columns to CSV with _labels (test_table_csv_with_labels)", async () => {
    const text = await (await server.get("fixtures/facetable.csv?_labels=1&_size=1")).text();
    expect(text.split("\r\n")[0]).toBe(
      "pk,created,planet_int,on_earth,state,_city_id,_city_id_label,_neighborhood,tags,complex_array,distinct_some_null,n",
    );
    expect(text.split("\r\n")[1]).toContain(",CA,1,San Francisco,Mission,");
  });

  it("renders the HTML table with row links, labels and facets", async () => {
    const r = await server.get("fixtures/facetable?_facet=state");
    expect(r.status).toBe(200);
    expect(r.headers.get("link")).toContain('rel="alternate"');
    const html = await r.text();
    expect(html).toContain('<a href="/fixtures/facetable/1">1</a>');
    expect(html).toContain('<a href="/fixtures/facet_cities/1">San Francisco</a>&nbsp;<em>1</em>');
    expect(html).toContain('data-facet-value="CA"');
    expect(html).toContain("15 rows");
  });

  it("redirects the filter form to column filters (filters_should_redirect)", async () => {
    const r = await server.get("fixtures/facetable?_filter_column=state&_filter_op=exact&_filter_value=CA");
    expect(r.status).toBe(302);
    expect(r.headers.get("location")).toBe("/fixtures/facetable?state__exact=CA");
  });

  it("answers every table and view of fixtures.db, and each table's first row, in HTML, JSON and CSV", async () => {
    const db = (await json("fixtures.json")).body;
    const names: string[] = [...db.tables.map((t: any) => t.name), ...db.views.map((v: any) => v.name)];
    const failures: string[] = [];
    for (const name of names) {
      const base = `fixtures/${encodeURIComponent(name).replace(/%/g, "~").replace(/\./g, "~2E")}`;
      for (const suffix of ["", ".json?_extra=count,suggested_facets", ".csv"]) {
        const r = await server.get(base + suffix);
        if (r.status !== 200) failures.push(`${base}${suffix} → ${r.status}`);
        await r.arrayBuffer();
      }
      const page = await json(`${base}.json?_size=1&_extra=primary_keys`);
      const row = page.body.rows?.[0];
      if (!row || !db.tables.some((t: any) => t.name === name)) continue;
      const pks: string[] = page.body.primary_keys.length ? page.body.primary_keys : ["rowid"];
      // Keys that are BLOBs (FTS shadow tables) cannot be written in a URL.
      if (!pks.every((pk) => pk in row && typeof row[pk] !== "object")) continue;
      const key = pks
        .map((pk) => encodeURIComponent(String(row[pk])).replace(/%/g, "~").replace(/\./g, "~2E"))
        .join(",");
      for (const suffix of ["", ".json"]) {
        const r = await server.get(`${base}/${key}${suffix}`);
        if (r.status !== 200) failures.push(`${base}/${key}${suffix} → ${r.status}`);
        await r.arrayBuffer();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
