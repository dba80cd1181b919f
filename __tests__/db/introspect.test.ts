import { readFileSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Metadata } from "../../src/config/metadata.js";
import { introspectSchema } from "../../src/db/introspect.js";
import { openDatabases, type DatabaseRegistry } from "../../src/db/registry.js";
import type { DatabaseSchema, ForeignKey, TableInfo } from "../../src/db/types.js";
import { fileSpec, tempDir, testConfig, type TempDir } from "./helpers.js";

const fixturesMetadata = JSON.parse(
  readFileSync("/work/shared/datasette-fixtures/fixtures-metadata.json", "utf8"),
) as Metadata;
const fkSet = (keys: ForeignKey[]) => keys.map((k) => [k.other_table, k.column, k.other_column]);

describe("fixtures.db, as Datasette's own tests describe it", () => {
  let t: TempDir;
  let registry: DatabaseRegistry;
  let schema: DatabaseSchema;
  let table: (name: string) => TableInfo;

  beforeAll(async () => {
    t = tempDir();
    registry = await openDatabases(
      testConfig([fileSpec(t.copyFixtures())], { metadata: fixturesMetadata }, { num_sql_threads: 1 }),
    );
    schema = await registry.databases.get("fixtures")!.schema();
    table = (name) => schema.tables.find((x) => x.name === name)!;
  });
  afterAll(async () => {
    await registry.close();
    t.remove();
  });

  test("hidden tables: FTS and its shadow tables, plus metadata hidden: true", () => {
    expect(schema.tables.filter((x) => x.hidden).map((x) => x.name)).toEqual([
      "no_primary_key",
      "searchable_fts",
      "searchable_fts_config",
      "searchable_fts_data",
      "searchable_fts_docsize",
      "searchable_fts_idx",
    ]);
    expect(schema.tables.filter((x) => !x.hidden)).toHaveLength(23);
  });

  test("primary keys in key order; none for a rowid table", () => {
    expect(table("compound_primary_key").primaryKeys).toEqual(["pk1", "pk2"]);
    expect(table("compound_three_primary_keys").primaryKeys).toEqual(["pk1", "pk2", "pk3"]);
    expect(table("searchable_tags").primaryKeys).toEqual(["searchable_id", "tag"]);
    expect(table("simple_primary_key").primaryKeys).toEqual(["id"]);
    expect(table("no_primary_key").primaryKeys).toEqual([]);
  });

  test("foreign keys, outgoing and incoming, sorted", () => {
    expect(fkSet(table("facetable").foreignKeys.outgoing)).toEqual([["facet_cities", "_city_id", "id"]]);
    expect(fkSet(table("facetable").foreignKeys.incoming)).toEqual([]);
    expect(fkSet(table("facet_cities").foreignKeys.incoming)).toEqual([["facetable", "id", "_city_id"]]);
    expect(fkSet(table("complex_foreign_keys").foreignKeys.outgoing)).toEqual([
      ["simple_primary_key", "f1", "id"],
      ["simple_primary_key", "f2", "id"],
      ["simple_primary_key", "f3", "id"],
    ]);
    const incoming = fkSet(table("simple_primary_key").foreignKeys.incoming);
    expect(incoming).toEqual(
      expect.arrayContaining([
        ["complex_foreign_keys", "id", "f1"],
        ["foreign_key_references", "id", "foreign_key_with_label"],
        ["foreign_key_references", "id", "foreign_key_with_blank_label"],
      ]),
    );
    expect(fkSet(table("searchable_tags").foreignKeys.outgoing)).toEqual([
      ["searchable", "searchable_id", "pk"],
      ["tags", "tag", "tag"],
    ]);
    expect(fkSet(table("roadside_attractions").foreignKeys.incoming)).toEqual([
      ["roadside_attraction_characteristics", "pk", "attraction_id"],
    ]);
  });

  test("FTS detection", () => {
    expect(table("searchable").ftsTable).toBe("searchable_fts");
    expect(table("searchable").isFts).toBe(false);
    expect(table("searchable_fts").ftsTable).toBe("searchable_fts");
    expect(table("searchable_fts").isFts).toBe(true);
    expect(table("facetable").ftsTable).toBeNull();
  });

  test("columns from table_xinfo, including the FTS table's hidden ones", () => {
    expect(table("searchable").columns.map((c) => c.name)).toEqual([
      "pk",
      "text1",
      "text2",
      "name with . and spaces",
    ]);
    expect(
      table("select")
        .columns.map((c) => c.name)
        .sort(),
    ).toEqual(["and", "group", "having", "json"]);
    const rank = table("searchable_fts").columns.find((c) => c.name === "rank")!;
    expect(rank.hidden).toBe(1);
    expect(table("compound_primary_key").columns[1]).toEqual({
      cid: 1,
      name: "pk2",
      type: "varchar(30)",
      notnull: false,
      default_value: null,
      is_pk: 2,
      hidden: 0,
    });
  });

  test("label columns: detected, or from metadata", () => {
    expect(table("facet_cities").labelColumn).toBe("name");
    expect(table("simple_primary_key").labelColumn).toBe("content");
    expect(table("facetable").labelColumn).toBeNull();
    expect(table("primary_key_multiple_columns_explicit_label").labelColumn).toBe("content2");
  });

  test("views with their columns", () => {
    expect(schema.views.map((v) => v.name)).toEqual([
      "paginated_view",
      "searchable_view",
      "searchable_view_configured_by_metadata",
      "simple_view",
    ]);
    const simple = schema.views.find((v) => v.name === "simple_view")!;
    expect(simple.columns).toEqual(["content", "upper_content"]);
    expect(simple.sql).toMatch(/^CREATE VIEW simple_view/i);
  });
});

describe("introspectSchema on purpose-built schemas", () => {
  const conn = new BetterSqlite3(":memory:");
  afterAll(() => conn.close());
  const hidden = () =>
    introspectSchema(conn)
      .tables.filter((x) => x.hidden)
      .map((x) => x.name);

  test("hides tables exactly as Datasette's hidden_table_names", () => {
    expect(hidden()).toEqual([]);
    conn.exec("create virtual table f using fts5(a)");
    expect(hidden()).toEqual(["f_config", "f_content", "f_data", "f_docsize", "f_idx"]);
    conn.exec("create virtual table r using rtree(id, amin, amax)");
    expect(hidden()).toEqual([
      "f_config",
      "f_content",
      "f_data",
      "f_docsize",
      "f_idx",
      "r_node",
      "r_parent",
      "r_rowid",
    ]);
    conn.exec("create table _hideme(_)");
    conn.exec("create table docs (id integer primary key, body text)");
    conn.exec("create virtual table docs_fts using fts5(body, content='docs', content_rowid='id')");
    conn.exec("analyze");
    expect(hidden()).toEqual([
      "_hideme",
      "docs_fts",
      "docs_fts_config",
      "docs_fts_data",
      "docs_fts_docsize",
      "docs_fts_idx",
      "f_config",
      "f_content",
      "f_data",
      "f_docsize",
      "f_idx",
      "r_node",
      "r_parent",
      "r_rowid",
      "sqlite_stat1",
      "sqlite_stat4",
    ]);
    const tables = introspectSchema(conn).tables;
    // content='docs' in single quotes is found too (Datasette's LIKE patterns only match "docs" and [docs]).
    expect(tables.find((x) => x.name === "docs")!.ftsTable).toBe("docs_fts");
    expect(tables.find((x) => x.name === "f")!.isFts).toBe(true);
    expect(tables.find((x) => x.name === "r")!.hidden).toBe(false);
  });

  test("hides SpatiaLite's tables when geometry_columns exists", () => {
    const spatial = new BetterSqlite3(":memory:");
    spatial.exec(`create table geometry_columns (f_table_name text); create table spatial_ref_sys (srid integer);
      create table idx_places_geom (pkid integer); create table places (id integer primary key, name text);
      create table counters (id integer primary key autoincrement)`);
    expect(
      introspectSchema(spatial)
        .tables.filter((x) => x.hidden)
        .map((x) => x.name),
    ).toEqual(["geometry_columns", "idx_places_geom", "spatial_ref_sys", "sqlite_sequence"]);
    spatial.exec("drop table geometry_columns");
    // Without SpatiaLite, Datasette shows sqlite_sequence and idx_ tables.
    expect(introspectSchema(spatial).tables.filter((x) => x.hidden)).toEqual([]);
    spatial.close();
  });

  test.each([
    ["create table t2 (id integer primary key, name2 text unique, title text)", "name2"],
    ["create table t3 (id integer primary key, title2 text unique, name text)", "title2"],
    ["create table t3x (id integer primary key, name2 text unique, title2 text unique)", null],
    ["create table t4 (id integer primary key, name text)", "name"],
    ["create table t5 (id integer primary key, title text)", "title"],
    ["create table t5x (id integer primary key, other1 text, other2 text)", null],
    ["create table t6 (id integer primary key, Name text)", "Name"],
    ["create table t7 (id integer primary key, Title text)", "Title"],
    ["create table t8 (id integer primary key, content text)", "content"],
    ["create table t9 (pk integer primary key, content text)", "content"],
    ["create table t10 (id integer, pk integer)", null],
    ["create table t11 (code integer unique, other text)", null],
  ])("label column of %s is %s (Datasette's label_column_for_table cases)", (sql, expected) => {
    const db = new BetterSqlite3(":memory:");
    db.exec(sql);
    const [only] = introspectSchema(db).tables;
    db.close();
    expect(only!.labelColumn).toBe(expected);
  });

  test("a foreign key that names no column points at the other table's primary key; compound keys are skipped", () => {
    const db = new BetterSqlite3(":memory:");
    db.exec(`create table parent (code text primary key, a, b, unique (a, b));
      create table child (id integer primary key, parent_code references parent, a, b, foreign key (a, b) references parent (a, b))`);
    const tables = introspectSchema(db).tables;
    db.close();
    expect(tables.find((x) => x.name === "child")!.foreignKeys.outgoing).toEqual([
      { other_table: "parent", column: "parent_code", other_column: "code" },
    ]);
    expect(tables.find((x) => x.name === "parent")!.foreignKeys.incoming).toEqual([
      { other_table: "child", column: "code", other_column: "parent_code" },
    ]);
  });
});
