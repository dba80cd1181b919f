import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturesCopy, startFixturesServer, startServer, type TestServer } from "../helpers/server.js";

// Mirrors datasette/tests/test_table_api.py (test_table_shape_array_nl, test_binary_data_in_json,
// test_paginate_using_link_header) and tests/test_csv.py (test_table_csv_no_header) on fixtures.db.
let server: TestServer;

beforeAll(async () => {
  server = await startFixturesServer();
});
afterAll(async () => {
  await server?.close();
});

describe("newline-delimited JSON (_shape=array&_nl=on)", () => {
  it("answers one JSON object per line as bare text/plain (test_table_shape_array_nl)", async () => {
    const r = await server.get("fixtures/simple_primary_key.json?_shape=array&_nl=on");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/plain");
    const text = await r.text();
    expect(text.split("\n").map((line) => JSON.parse(line))).toEqual([
      { id: 1, content: "hello" },
      { id: 2, content: "world" },
      { id: 3, content: "" },
      { id: 4, content: "RENDER_CELL_DEMO" },
      { id: 5, content: "RENDER_CELL_ASYNC" },
    ]);
  });

  it("writes each line as Python's json.dumps does, BLOBs included (test_binary_data_in_json)", async () => {
    const r = await server.get("fixtures/binary_data.json?_shape=array&_nl=on");
    expect(await r.text()).toBe(
      '{"rowid": 1, "data": {"$base64": true, "encoded": "FRwCx60F/g=="}}\n' +
        '{"rowid": 2, "data": {"$base64": true, "encoded": "FRwDx60F/g=="}}\n' +
        '{"rowid": 3, "data": null}',
    );
  });

  // Datasette's test client pages by 50 (21 pages); the comparison serves default settings (100 a page).
  it("still sends the next-page Link header (test_paginate_using_link_header)", async () => {
    let path: string | null = "fixtures/compound_three_primary_keys.json?_shape=array&_nl=on";
    let pages = 0;
    while (path) {
      const r: Response = await server.get(path);
      expect(r.status).toBe(200);
      pages++;
      const link = r.headers.get("link");
      path = link ? link.slice(1, link.indexOf(">")).replace(/^https?:\/\/[^/]+\//, "") : null;
      expect(pages).toBeLessThan(50);
    }
    expect(pages).toBe(11);
  });

  it("applies to query results, and is ignored for other shapes", async () => {
    const q = await server.get("fixtures/-/query.json?sql=select+1+as+a+union+select+2&_shape=array&_nl=on");
    expect(q.headers.get("content-type")).toBe("text/plain");
    expect(await q.text()).toBe('{"a": 1}\n{"a": 2}');
    const objects = await server.get("fixtures/simple_primary_key.json?_nl=on");
    expect(objects.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await objects.json()).rows).toHaveLength(5);
  });

  it("escapes non-ASCII as \\u sequences, as json.dumps does", async () => {
    const r = await server.get("fixtures/-/query.json?sql=select+'caf%C3%A9'+as+name&_shape=array&_nl=on");
    expect(await r.text()).toBe('{"name": "caf\\u00e9"}');
  });
});

describe("CSV without a header row (_header=off)", () => {
  it("leaves out the column names (test_table_csv_no_header)", async () => {
    const r = await server.get("fixtures/simple_primary_key.csv?_header=off");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await r.text()).toBe("1,hello\r\n2,world\r\n3,\r\n4,RENDER_CELL_DEMO\r\n5,RENDER_CELL_ASYNC\r\n");
  });

  it("keeps the header for any other value and for query CSV", async () => {
    const on = await server.get("fixtures/simple_primary_key.csv?_header=on&_size=1");
    expect(await on.text()).toBe("id,content\r\n1,hello\r\n");
    const query = await server.get("fixtures/-/query.csv?sql=select+1+as+a&_header=off");
    expect(await query.text()).toBe("1\r\n");
  });
});

describe("escape_fts() as a SQL function", () => {
  it("is defined on read connections, as Datasette defines it", async () => {
    const r = await server.get(
      `fixtures/-/query.json?sql=${encodeURIComponent(`select escape_fts('te* AND "big dog') as q`)}&_shape=array`,
    );
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual([{ q: '"te*" "AND" "big dog"' }]);
  });

  it("keeps FTS search working through the SQL Datasette writes (test_searchable)", async () => {
    const r = await server.get("fixtures/searchable.json?_search=dog&_extra=query&_shape=objects");
    const body = await r.json();
    expect(body.query.sql).toContain("match escape_fts(:search)");
    expect(body.rows.map((row: { pk: number }) => row.pk)).toEqual([1, 2]);
    const operators = await server.get("fixtures/searchable.json?_search=te*+AND+do*&_shape=array");
    expect(await operators.json()).toEqual([]);
  });
});

describe("Datasette's template names and classes in table HTML", () => {
  it.each([
    ["fixtures/simple_primary_key", "table db-fixtures table-simple_primary_key"],
    ["fixtures/table~2Fwith~2Fslashes~2Ecsv", "table db-fixtures table-tablewithslashescsv-fa7563"],
    ["fixtures/simple_primary_key/1", "row db-fixtures table-simple_primary_key"],
    ["fixtures/-/query?sql=select+1", "query db-fixtures"],
  ])("classes the body of %s with to_css_class (test_css_classes_on_body)", async (path, classes) => {
    const r = await server.get(path);
    expect(r.status).toBe(200);
    expect((await r.text()).match(/<body class="(.*)">/)?.[1]).toBe(classes);
  });

  it("includes the first custom table template that exists, on table and row pages", async () => {
    const fx = await fixturesCopy();
    const templates = path.join(fx.dir, "templates");
    await mkdir(templates);
    await writeFile(
      path.join(templates, "_table-table-fixtures-simple_primary_key.html"),
      "<p>LESS SPECIFIC</p>",
    );
    await writeFile(
      path.join(templates, "_table-fixtures-simple_primary_key.html"),
      "<p>CUSTOM {{ display_rows|length }} rows</p>",
    );
    const custom = await startServer({ files: [fx.file], templateDir: templates });
    try {
      const table = await (await custom.get("fixtures/simple_primary_key")).text();
      expect(table).toContain("<p>CUSTOM 5 rows</p>");
      expect(table).not.toContain("LESS SPECIFIC");
      expect(table).not.toContain('<table class="rows-and-columns">');
      const other = await (await custom.get("fixtures/compound_primary_key")).text();
      expect(other).toContain('<table class="rows-and-columns">');
      expect(await (await custom.get("fixtures/simple_primary_key/1")).text()).toContain(
        "<p>CUSTOM 1 rows</p>",
      );
    } finally {
      await custom.close();
      await fx.cleanup();
    }
  });
});
