import { existsSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ReadOnlyError } from "../../src/db/errors.js";
import { ReadPool } from "../../src/db/read-pool.js";
import { openDatabases, type DatabaseRegistry } from "../../src/db/registry.js";
import {
  checkSqlText,
  DISALLOWED_PRAGMA,
  NO_LOAD_EXTENSION,
  NOT_A_SELECT,
  ONE_STATEMENT,
  prepareReadOnly,
  stripLiteralsAndComments,
} from "../../src/db/sql-guard.js";
import type { Database } from "../../src/db/types.js";
import { fileSpec, tempDir, testConfig, type TempDir } from "./helpers.js";

describe("checkSqlText (Datasette's validate_sql_select rules)", () => {
  test("remembers only what passed: a refused text is refused every time, an allowed one still passes", () => {
    for (let i = 0; i < 3; i++) {
      expect(() => checkSqlText("select 1")).not.toThrow();
      expect(() => checkSqlText("pragma cache_size")).toThrow(ReadOnlyError);
      expect(() => checkSqlText("select 1; pragma x")).toThrow(ReadOnlyError);
    }
  });

  test.each([
    "select 1",
    "  SELECT * from facetable",
    "with x as (select 1) select * from x",
    "explain select 1",
    "explain query plan select 1",
    "explain query plan with x as (select 1) select * from x",
    "-- a comment\nselect 1",
    "/* block\ncomment */ select 1",
    "select * from pragma_table_info('facetable')",
    "select * from pragma_table_xinfo('t'), pragma_index_list('t')",
    "select 'pragma query_only = 0' as text",
    "select 'load_extension(x)' as text",
    "select 1 -- pragma in a trailing comment",
    "select pragmatic from t",
    'select count(*) from "pragma_notes"',
    "select * from [pragma]",
    'select * from "load_extension"',
  ])("allows %j", (sql) => {
    expect(() => checkSqlText(sql)).not.toThrow();
  });

  test.each([
    ["insert into facetable (pk) values (100)", NOT_A_SELECT],
    ["update facetable set state = 'x'", NOT_A_SELECT],
    ["delete from facetable", NOT_A_SELECT],
    ["drop table facetable", NOT_A_SELECT],
    ["attach database '/tmp/x.db' as x", NOT_A_SELECT],
    ["detach database x", NOT_A_SELECT],
    ["vacuum into '/tmp/copy.db'", NOT_A_SELECT],
    ["pragma query_only = 0", NOT_A_SELECT],
    ["values (1)", NOT_A_SELECT],
    ["/* select */ delete from t", NOT_A_SELECT],
    ["'select' ; delete from t", NOT_A_SELECT],
    ["select * from pragma_query_only()", DISALLOWED_PRAGMA],
    ["select 1 from pragma_table_info('t') join pragma_query_only on 1", DISALLOWED_PRAGMA],
    ["select * from pragma_table_list() where pragma = 1", DISALLOWED_PRAGMA],
    ["select load_extension('/tmp/evil.so')", NO_LOAD_EXTENSION],
    ["select \"load_extension\"('/tmp/evil.so')", NO_LOAD_EXTENSION],
    ["SELECT LOAD_EXTENSION('/tmp/evil.so', 'entry')", NO_LOAD_EXTENSION],
    ["select [load_extension] ('/tmp/evil.so')", NO_LOAD_EXTENSION],
  ])("refuses %j", (sql, message) => {
    const error = (() => {
      try {
        checkSqlText(sql);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ReadOnlyError);
    expect((error as Error).message).toBe(message);
  });

  test("Datasette's message for disallowed pragmas lists the allowed functions", () => {
    expect(DISALLOWED_PRAGMA).toMatch(
      /^Statement contained a disallowed PRAGMA\. Allowed pragma functions are pragma_database_list\(\), /,
    );
    expect(DISALLOWED_PRAGMA).toContain("pragma_table_xinfo()");
  });

  test("comments and string literals are blanked, quoted names kept", () => {
    expect(stripLiteralsAndComments(`select 'it''s -- not' , "a--b", [c]/* x */ -- y\nfrom t`)).toBe(
      `select '' , "a--b", [c]   \nfrom t`,
    );
    expect(stripLiteralsAndComments(`select "x""y", [a b], \`z\` from t`, { blankNames: true })).toBe(
      `select "", "", "" from t`,
    );
  });
});

describe("prepareReadOnly (what SQLite says about the statement)", () => {
  const conn = new BetterSqlite3(":memory:");
  conn.exec("create table t (id integer primary key)");
  afterAll(() => conn.close());

  test.each([
    ["select 1; drop table t", ONE_STATEMENT],
    ["select 1; select 2", ONE_STATEMENT],
    ["insert into t default values", NOT_A_SELECT],
    ["with x as (select 1) insert into t select * from x", NOT_A_SELECT],
    // SQLite calls these read-only (they change the connection, not the file): they return no rows.
    ["attach database ':memory:' as other", NOT_A_SELECT],
    ["detach database other", NOT_A_SELECT],
    ["pragma query_only = 0", NOT_A_SELECT],
    ["begin", NOT_A_SELECT],
    ["vacuum into '/tmp/never.db'", NOT_A_SELECT],
    ["analyze", NOT_A_SELECT],
  ])("refuses %j", (sql, message) => {
    expect(() => prepareReadOnly(conn, sql)).toThrow(new ReadOnlyError(message, sql));
  });

  test("lets a select through, and SQLite's own errors pass unchanged", () => {
    expect(prepareReadOnly(conn, "select count(*) as n from t").get()).toEqual({ n: 0 });
    expect(prepareReadOnly(conn, "select 1;").get()).toEqual({ 1: 1 });
    expect(() => prepareReadOnly(conn, "select * from missing")).toThrow("no such table: missing");
  });
});

describe("SQL from users, end to end", () => {
  let t: TempDir;
  let registry: DatabaseRegistry;
  let db: Database;
  let file: string;

  beforeAll(async () => {
    t = tempDir();
    file = t.copyFixtures();
    registry = await openDatabases(testConfig([fileSpec(file)], {}, { num_sql_threads: 1 }));
    db = registry.databases.get("fixtures")!;
  });
  afterAll(async () => {
    await registry.close();
    t.remove();
  });

  test.each([
    "insert into facetable (pk) values (100)",
    "select 1; drop table facetable",
    "select 1;drop table facetable;",
    "attach database ':memory:' as other",
    "pragma query_only = 0",
    "pragma writable_schema = 1",
    "select * from pragma_query_only()",
    "select load_extension('/tmp/evil.so')",
    "vacuum into '__VACUUM__'",
    "with x as (select 1) delete from facetable",
    "/* hide */ drop table facetable",
  ])("refuses %j and changes nothing", async (template) => {
    const vacuumTarget = path.join(t.dir, "copy.db");
    const sql = template.replace("__VACUUM__", vacuumTarget);
    await expect(db.execute(sql)).rejects.toBeInstanceOf(ReadOnlyError);
    expect(existsSync(vacuumTarget)).toBe(false);
    expect((await db.execute("select count(*) from facetable")).rows).toEqual([[15]]);
  });

  test("the refusal says why in Datasette's words", async () => {
    await expect(db.execute("update facetable set state = 'x'")).rejects.toThrow(
      "Statement must be a SELECT",
    );
    await expect(db.execute("select 1; drop table facetable")).rejects.toThrow(ONE_STATEMENT);
  });

  test("tables whose names look like keywords can still be read and counted", async () => {
    await db.write((conn) =>
      conn.exec(
        `create table "pragma_notes" (x); create table "load_extension" (x); insert into "pragma_notes" values (1)`,
      ),
    );
    expect((await db.execute(`select x from "pragma_notes"`)).rows).toEqual([[1]]);
    expect(await db.tableCount("pragma_notes")).toBe(1);
    expect(await db.tableCount("load_extension")).toBe(0);
  });

  test("read connections are read-only underneath the guard too", async () => {
    // Straight to the pool, past checkSqlText: the read connection itself has query_only on and load_extension off.
    const pool = new ReadPool({
      size: 1,
      databases: [{ name: "f", kind: "file", path: file, attach: [] }],
      pluginModules: [],
      cacheSizeKb: 0,
    });
    try {
      const queryOnly = await pool.run(
        { type: "query", db: "f", sql: "pragma query_only", maxRows: 0 },
        5000,
      );
      expect("rows" in queryOnly && queryOnly.rows).toEqual([[1]]);
      await expect(
        pool.run({ type: "query", db: "f", sql: "select load_extension('/tmp/evil.so')", maxRows: 0 }, 5000),
      ).rejects.toThrow("not authorized");
    } finally {
      await pool.close();
    }
  });
});
