/**
 * Reads a database's schema the way Datasette does (datasette/database.py, datasette/utils/sqlite.py):
 * which tables are hidden, which FTS table indexes which table, foreign keys both ways, label columns.
 * Runs synchronously on one connection inside a read process; metadata (`hidden`, `label_column`) is
 * applied by the caller, which knows the configuration.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { ColumnInfo, DatabaseSchema, ForeignKey, TableInfo, ViewInfo } from "./types.js";

/** Datasette hides these when a database has SpatiaLite's geometry_columns table. */
const SPATIALITE_TABLES = [
  "ElementaryGeometries",
  "SpatialIndex",
  "geometry_columns",
  "spatial_ref_sys",
  "spatialite_history",
  "sql_statements_log",
  "sqlite_sequence",
  "views_geometry_columns",
  "virts_geometry_columns",
  "data_licenses",
  "KNN",
  "KNN2",
];

/** Shadow tables each virtual table module creates, for SQLite builds whose pragma_table_list lacks "shadow". */
const SHADOW_SUFFIXES: Record<string, string[]> = {
  fts3: ["_content", "_segdir", "_segments", "_stat", "_docsize"],
  fts4: ["_content", "_segdir", "_segments", "_stat", "_docsize"],
  fts5: ["_data", "_idx", "_docsize", "_content", "_config"],
  rtree: ["_node", "_parent", "_rowid"],
  rtree_i32: ["_node", "_parent", "_rowid"],
};

const VIRTUAL_MODULE = /\bCREATE\s+VIRTUAL\s+TABLE\b[\s\S]*?\bUSING\s+([^\s(]+)/i;
const CONTENT_OPTION =
  /[(,]\s*content\s*=\s*("(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|`(?:[^`]|``)*`|[^\s,)]+)/i;

interface MasterRow {
  name: string;
  sql: string | null;
}

export function introspectSchema(conn: BetterSqlite3.Database): DatabaseSchema {
  const tableRows = conn
    .prepare("select name, sql from sqlite_master where type = 'table' order by name")
    .all() as MasterRow[];
  const viewRows = conn
    .prepare("select name, sql from sqlite_master where type = 'view' order by name")
    .all() as MasterRow[];
  const hidden = hiddenTableNames(conn, tableRows);
  const virtualFts = tableRows.filter((t) => isFtsModule(virtualModule(t.sql)));

  const columnsByTable = new Map<string, ColumnInfo[]>();
  for (const { name } of tableRows) columnsByTable.set(name, tableColumns(conn, name));
  const keys = foreignKeys(conn, tableRows, columnsByTable);

  const tables: TableInfo[] = tableRows.map(({ name, sql }) => {
    const columns = columnsByTable.get(name)!;
    return {
      name,
      columns,
      primaryKeys: primaryKeys(columns),
      hidden: hidden.has(name),
      ftsTable: ftsTableFor(name, virtualFts),
      isFts: isFtsModule(virtualModule(sql)),
      foreignKeys: keys.get(name)!,
      labelColumn: detectLabelColumn(conn, name, columns),
      sql: sql ?? "",
    };
  });
  const views: ViewInfo[] = viewRows.map(({ name, sql }) => ({
    name,
    columns: viewColumns(conn, name),
    sql: sql ?? "",
  }));
  return { tables, views };
}

/** The schema's version number, bumped by SQLite on every schema change: a cheap cache key. */
export function schemaVersion(conn: BetterSqlite3.Database): number {
  return conn.pragma("schema_version", { simple: true }) as number;
}

function tableColumns(conn: BetterSqlite3.Database, table: string): ColumnInfo[] {
  const rows = conn.prepare("select * from pragma_table_xinfo(?)").all(table) as {
    cid: number;
    name: string;
    type: string;
    notnull: number;
    dflt_value: string | null;
    pk: number;
    hidden: number;
  }[];
  return rows.map((r) => ({
    cid: r.cid,
    name: r.name,
    type: r.type,
    notnull: r.notnull !== 0,
    default_value: r.dflt_value,
    is_pk: r.pk,
    hidden: r.hidden,
  }));
}

/** Primary key columns in key order; a rowid table has none (Datasette's detect_primary_keys). */
function primaryKeys(columns: ColumnInfo[]): string[] {
  return columns
    .filter((c) => c.is_pk > 0)
    .sort((a, b) => a.is_pk - b.is_pk)
    .map((c) => c.name);
}

function viewColumns(conn: BetterSqlite3.Database, view: string): string[] {
  try {
    return (conn.prepare("select name from pragma_table_info(?)").pluck().all(view) as string[]) ?? [];
  } catch {
    // A view over a table that no longer exists cannot be described; list it without columns.
    return [];
  }
}

/**
 * Datasette's get_all_foreign_keys: single-column keys only (compound ones are skipped), keys to missing
 * tables ignored, both directions sorted by (other_table, column, other_column). For incoming keys,
 * `column` is in this table and `other_column` in the referring one. A key that names no column refers to
 * the other table's primary key, which we resolve (Datasette leaves it null).
 */
function foreignKeys(
  conn: BetterSqlite3.Database,
  tables: MasterRow[],
  columnsByTable: Map<string, ColumnInfo[]>,
): Map<string, { incoming: ForeignKey[]; outgoing: ForeignKey[] }> {
  const result = new Map<string, { incoming: ForeignKey[]; outgoing: ForeignKey[] }>();
  for (const { name } of tables) result.set(name, { incoming: [], outgoing: [] });
  const list = conn.prepare("select * from pragma_foreign_key_list(?)");
  for (const { name } of tables) {
    const rows = list.all(name) as { id: number; table: string; from: string; to: string | null }[];
    const perId = new Map<number, number>();
    for (const r of rows) perId.set(r.id, (perId.get(r.id) ?? 0) + 1);
    for (const r of rows) {
      if (perId.get(r.id) !== 1 || !result.has(r.table)) continue;
      const to = r.to ?? (primaryKeys(columnsByTable.get(r.table)!)[0] || "rowid");
      result.get(r.table)!.incoming.push({ other_table: name, column: to, other_column: r.from });
      result.get(name)!.outgoing.push({ other_table: r.table, column: r.from, other_column: to });
    }
  }
  const order = (a: ForeignKey, b: ForeignKey) =>
    compare(a.other_table, b.other_table) ||
    compare(a.column, b.column) ||
    compare(a.other_column, b.other_column);
  for (const keys of result.values()) {
    keys.incoming.sort(order);
    keys.outgoing.sort(order);
  }
  return result;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Datasette's hidden_table_names: sqlite_stat tables, names starting with "_", virtual tables' shadow
 * tables, FTS tables over external content, and SpatiaLite's tables (plus idx_* spatial indexes).
 */
function hiddenTableNames(conn: BetterSqlite3.Database, tables: MasterRow[]): Set<string> {
  const hidden = new Set<string>();
  const shadow = new Set(
    conn
      .prepare("select name from pragma_table_list where schema = 'main' and type = 'shadow'")
      .pluck()
      .all() as string[],
  );
  for (const { name, sql } of tables) {
    const module = virtualModule(sql);
    for (const suffix of SHADOW_SUFFIXES[module ?? ""] ?? []) shadow.add(name + suffix);
    if (isFtsModule(module) && /content\s*=/i.test(sql ?? "")) hidden.add(name);
  }
  for (const { name } of tables) {
    if (/^sqlite_stat[1-4]$/.test(name) || name.startsWith("_") || shadow.has(name)) hidden.add(name);
  }
  const hasSpatialite =
    conn.prepare("select 1 from sqlite_master where tbl_name = 'geometry_columns'").get() !== undefined;
  if (hasSpatialite) {
    for (const name of SPATIALITE_TABLES) hidden.add(name);
    for (const { name } of tables) if (name.startsWith("idx_")) hidden.add(name);
  }
  return hidden;
}

function virtualModule(sql: string | null): string | null {
  const match = sql ? VIRTUAL_MODULE.exec(sql) : null;
  return match ? match[1]!.replace(/["'[\]`]/g, "").toLowerCase() : null;
}

function isFtsModule(module: string | null): boolean {
  return module === "fts3" || module === "fts4" || module === "fts5";
}

/**
 * Datasette's detect_fts: the first FTS virtual table whose content= option names this table, or the
 * table itself when it is an FTS table. Datasette matches content="t" and content=[t]; we also accept
 * content='t' and bare content=t, which SQLite treats the same.
 */
function ftsTableFor(table: string, virtualFts: MasterRow[]): string | null {
  const lower = table.toLowerCase();
  for (const fts of virtualFts) {
    if (fts.name.toLowerCase() === lower) return fts.name;
    const match = CONTENT_OPTION.exec(fts.sql ?? "");
    if (match && unquote(match[1]!).toLowerCase() === lower) return fts.name;
  }
  return null;
}

function unquote(value: string): string {
  const first = value[0];
  if (first === '"' || first === "'" || first === "`")
    return value.slice(1, -1).replaceAll(first + first, first);
  if (first === "[") return value.slice(1, -1);
  return value;
}

/**
 * Datasette's label_column_for_table without metadata: the only unique single-column index on a text
 * column; else a column called name or title; else, in a two-column table with id or pk, the other one.
 */
export function detectLabelColumn(
  conn: BetterSqlite3.Database,
  table: string,
  columns: ColumnInfo[],
): string | null {
  const visible = columns.filter((c) => c.hidden === 0);
  const unique = uniqueSingleColumns(conn, table);
  const uniqueText = visible.filter((c) => unique.has(c.name) && hasTextAffinity(c.type));
  if (uniqueText.length === 1) return uniqueText[0]!.name;
  const names = visible.map((c) => c.name);
  const nameOrTitle = names.find((n) => n.toLowerCase() === "name" || n.toLowerCase() === "title");
  if (nameOrTitle) return nameOrTitle;
  if (
    names.length === 2 &&
    (names.includes("id") || names.includes("pk")) &&
    !(names.includes("id") && names.includes("pk"))
  ) {
    return names.find((n) => n !== "id" && n !== "pk")!;
  }
  return null;
}

function uniqueSingleColumns(conn: BetterSqlite3.Database, table: string): Set<string> {
  const unique = new Set<string>();
  const indexes = conn.prepare("select * from pragma_index_list(?)").all(table) as {
    name: string;
    unique: number;
  }[];
  for (const index of indexes) {
    if (!index.unique) continue;
    const cols = conn.prepare("select name from pragma_index_info(?)").pluck().all(index.name) as (
      string | null
    )[];
    if (cols.length === 1 && cols[0]) unique.add(cols[0]);
  }
  return unique;
}

/** sqlite-utils' column_affinity is str: no declared type, or CHAR/CLOB/TEXT without INT. */
function hasTextAffinity(type: string): boolean {
  const t = type.trim().toUpperCase();
  if (t === "") return true;
  if (t.includes("INT")) return false;
  return t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT");
}
