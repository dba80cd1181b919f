/**
 * The table operations the write API runs on a database's writer connection, written to give what
 * Datasette gets from sqlite-utils: the same CREATE TABLE text, column types, insert/upsert/update
 * semantics and error messages. Every function is synchronous: it runs inside Database.write's
 * transaction, so a throw anywhere rolls the whole request back.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { FloatMarks } from "./json-parse.js";
import { bindValue, isFloat, suggestColumnTypes, type Row, type SqliteType } from "./sqlite-values.js";

type Conn = BetterSqlite3.Database;

/** A write the request got wrong (a 400 naming the problem), as opposed to a server fault. */
export class WriteError extends Error {
  override name = "WriteError";
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/**
 * Statements by SQL text per connection: a 100-row insert has hundreds of placeholders, and preparing it
 * again for every request costs as much as running it. better-sqlite3 re-prepares after schema changes.
 */
const statements = new WeakMap<Conn, Map<string, BetterSqlite3.Statement>>();
const MAX_CACHED = 64;

export function prepared(conn: Conn, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(conn);
  if (!cache) statements.set(conn, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = conn.prepare(sql);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
  }
  return statement;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function tableExists(conn: Conn, table: string): boolean {
  return (
    prepared(conn, "select 1 from sqlite_master where type = 'table' and name = ?").get(table) !== undefined
  );
}

export function tableSchema(conn: Conn, table: string): string | null {
  const row = conn.prepare("select sql from sqlite_master where type = 'table' and name = ?").get(table) as
    { sql: string } | undefined;
  return row?.sql ?? null;
}

export function columnNames(conn: Conn, table: string): string[] {
  return (prepared(conn, "select name from pragma_table_info(?)").all(table) as { name: string }[]).map(
    (c) => c.name,
  );
}

/** Primary-key columns in key order; empty for a rowid table. */
export function primaryKeys(conn: Conn, table: string): string[] {
  const rows = prepared(conn, "select name, pk from pragma_table_info(?) where pk > 0 order by pk").all(
    table,
  ) as { name: string }[];
  return rows.map((r) => r.name);
}

export interface ColumnSpec {
  name: string;
  type: SqliteType;
  notNull?: boolean;
  /** SQL for the DEFAULT clause, already quoted or an expression. */
  defaultSql?: string;
  references?: { table: string; column: string | null };
}

/** sqlite-utils' create_table_sql layout: three-space indents, one column a line, compound keys last. */
export function createTableSql(
  conn: Conn,
  table: string,
  columns: ColumnSpec[],
  pk: string | string[] | null,
): string {
  const pks = pk === null ? [] : Array.isArray(pk) ? pk : [pk];
  const singlePk = pks.length === 1 ? pks[0]! : null;
  const specs = [...columns];
  if (singlePk && !specs.some((c) => c.name === singlePk)) specs.unshift({ name: singlePk, type: "INTEGER" });
  for (const c of specs) {
    if (c.name.includes("[") || c.name.includes("]"))
      throw new WriteError("'[' and ']' cannot be used in column names");
  }
  const lines = specs.map((c) => {
    const extras: string[] = [];
    if (c.name === singlePk) extras.push("PRIMARY KEY");
    if (c.notNull) extras.push("NOT NULL");
    if (c.defaultSql !== undefined) extras.push(`DEFAULT ${c.defaultSql}`);
    if (c.references) {
      const other = c.references.column ?? singlePrimaryKey(conn, c.references.table);
      extras.push(`REFERENCES ${quoteIdent(c.references.table)}(${quoteIdent(other)})`);
    }
    return `   ${quoteIdent(c.name)} ${c.type}${extras.length ? " " + extras.join(" ") : ""}`;
  });
  const compound = pks.length > 1 ? `,\n   PRIMARY KEY (${pks.map(quoteIdent).join(", ")})` : "";
  return `CREATE TABLE ${quoteIdent(table)} (\n${lines.join(",\n")}${compound}\n)`;
}

function singlePrimaryKey(conn: Conn, table: string): string {
  const pks = tableExists(conn, table) ? primaryKeys(conn, table) : [];
  if (pks.length !== 1) throw new WriteError(`Could not detect single primary key for table '${table}'`);
  return pks[0]!;
}

/** sqlite-utils' quote_default_value: quoted literals and CURRENT_* kept, expressions parenthesised. */
export function defaultSql(conn: Conn, value: unknown, isExpression: boolean): string {
  const text = String(value);
  if (isExpression) {
    if (/^CURRENT_(TIME|DATE|TIMESTAMP)$/i.test(text)) return text;
    return text.endsWith(")") ? `(${text})` : text;
  }
  const bound =
    typeof value === "number" && Number.isInteger(value)
      ? BigInt(value)
      : (value as string | number | bigint);
  return (
    conn.prepare("select quote(?) as q").get(typeof bound === "boolean" ? Number(bound) : bound) as {
      q: string;
    }
  ).q;
}

/** Adds (as ALTER TABLE … ADD COLUMN) the columns `rows` name that `table` lacks, typed from their values. */
export function addMissingColumns(conn: Conn, table: string, rows: Row[], floats: FloatMarks): void {
  const existing = new Set(columnNames(conn, table).map((c) => c.toLowerCase()));
  for (const [name, type] of suggestColumnTypes(rows, floats)) {
    if (existing.has(name.toLowerCase())) continue;
    conn.exec(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${quoteIdent(name)} ${type}`);
    existing.add(name.toLowerCase());
  }
}

export interface InsertOptions {
  conflict?: "ignore" | "replace" | null;
  alter?: boolean;
  /** Primary key(s) for a table this insert creates (sqlite-utils' `pk=`). */
  pk?: string | string[] | null;
}

/**
 * sqlite-utils' insert_all: creates the table from the rows when it does not exist, adds columns with
 * `alter`, then runs one cached single-row statement per row over the union of the rows' columns (rows
 * that lack a column another row has get NULL for it, as in sqlite-utils). One prepared statement run
 * per row is what better-sqlite3 does fastest; a multi-row VALUES list costs more to bind.
 */
export function insertRows(
  conn: Conn,
  table: string,
  rows: Row[],
  floats: FloatMarks,
  options: InsertOptions = {},
): void {
  if (!rows.length) return;
  prepareTable(conn, table, rows, floats, options);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const sql = columns.length
    ? `${insertVerb(options.conflict)} INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`
    : `${insertVerb(options.conflict)} INTO ${quoteIdent(table)} DEFAULT VALUES`;
  const statement = prepared(conn, sql);
  const values: unknown[] = new Array(columns.length);
  for (const row of rows) {
    const marks = floats.get(row);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      values[i] = bindValue(row[c], marks?.has(c) === true, floats);
    }
    statement.run(values);
  }
}

/**
 * Inserts rows one at a time and answers the rowid each ended up at — for `"return": true`. A row that
 * "ignore" skipped answers the rowid of the row already holding its primary key.
 */
export function insertRowsReturningRowids(
  conn: Conn,
  table: string,
  rows: Row[],
  floats: FloatMarks,
  pks: string[],
  options: InsertOptions = {},
): number[] {
  if (!rows.length) return [];
  prepareTable(conn, table, rows, floats, options);
  const rowids: number[] = [];
  for (const row of rows) {
    const columns = Object.keys(row);
    const sql = columns.length
      ? `${insertVerb(options.conflict)} INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`
      : `${insertVerb(options.conflict)} INTO ${quoteIdent(table)} DEFAULT VALUES`;
    const result = prepared(conn, sql).run(
      columns.map((c) => bindValue(row[c], isFloat(floats, row, c), floats)),
    );
    if (result.changes > 0) rowids.push(Number(result.lastInsertRowid));
    else {
      const existing = findRowid(
        conn,
        table,
        pks,
        pks.map((pk) => row[pk]),
      );
      if (existing !== null) rowids.push(existing);
    }
  }
  return rowids;
}

/** Rows by rowid, in rowid order (what sqlite-utils' rows_where("rowid in (…)") gives Datasette). */
export function rowsByRowid(conn: Conn, table: string, rowids: number[]): Row[] {
  if (!rowids.length) return [];
  return conn
    .prepare(`select * from ${quoteIdent(table)} where rowid in (${rowids.map(() => "?").join(", ")})`)
    .all(rowids) as Row[];
}

/**
 * sqlite-utils' upsert_all: each row is inserted if its primary key is new, otherwise only the columns
 * it names are updated. `pks` is ["rowid"] for a rowid table.
 */
export function upsertRows(
  conn: Conn,
  table: string,
  rows: Row[],
  floats: FloatMarks,
  pks: string[],
  options: { alter?: boolean } = {},
): void {
  if (options.alter) addMissingColumns(conn, table, rows, floats);
  for (const row of rows) {
    const columns = Object.keys(row);
    const bind = (c: string) => bindValue(row[c], isFloat(floats, row, c), floats);
    const inserted = prepared(
      conn,
      `INSERT OR IGNORE INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    ).run(columns.map(bind));
    const sets = columns.filter((c) => !pks.includes(c));
    if (inserted.changes > 0 || !sets.length) continue;
    prepared(
      conn,
      `UPDATE ${quoteIdent(table)} SET ${sets.map((c) => `${quoteIdent(c)} = ?`).join(", ")} WHERE ${pkWhere(pks)}`,
    ).run([...sets.map(bind), ...pks.map((pk) => pkValue(row[pk]))]);
  }
}

/** Rows by primary-key values (upsert's return), a rowid table's rowid included. */
export function rowsByPks(conn: Conn, table: string, pks: string[], keys: unknown[][]): Row[] {
  if (!keys.length) return [];
  const where = keys.map(() => `(${pkWhere(pks)})`).join(" OR ");
  const select = pks.length === 1 && pks[0] === "rowid" ? "rowid, *" : "*";
  return conn
    .prepare(`select ${select} from ${quoteIdent(table)} where ${where}`)
    .all(keys.flat().map(pkValue)) as Row[];
}

/** The rowid of the row with these primary-key values, or null. */
export function findRowid(conn: Conn, table: string, pks: string[], values: unknown[]): number | null {
  if (!pks.length || values.some((v) => v === undefined || v === null)) return null;
  const row = conn
    .prepare(`select rowid as r from ${quoteIdent(table)} where ${pkWhere(pks)}`)
    .get(values.map(pkValue)) as { r: number } | undefined;
  return row ? Number(row.r) : null;
}

/**
 * sqlite-utils' Table.update: sets the given columns on the row with these key values; with `alter`, a
 * "no such column" error adds the missing columns and tries again.
 */
export function updateRow(
  conn: Conn,
  table: string,
  pks: string[],
  pkValues: unknown[],
  update: Row,
  floats: FloatMarks,
  alter: boolean,
): void {
  const columns = Object.keys(update);
  if (!columns.length) return;
  for (const c of columns) {
    if (c.includes("[") || c.includes("]"))
      throw new WriteError("'[' and ']' cannot be used in column names");
  }
  const sql = `update ${quoteIdent(table)} set ${columns.map((c) => `${quoteIdent(c)} = ?`).join(", ")} where ${pkWhere(pks)}`;
  const args = [
    ...columns.map((c) => bindValue(update[c], isFloat(floats, update, c), floats)),
    ...pkValues.map(pkValue),
  ];
  let statement: BetterSqlite3.Statement;
  try {
    statement = conn.prepare(sql);
  } catch (error) {
    if (!alter || !/ column/.test((error as Error).message)) throw error;
    addMissingColumns(conn, table, [update], floats);
    statement = conn.prepare(sql);
  }
  statement.run(args);
}

export function deleteRow(conn: Conn, table: string, pks: string[], pkValues: unknown[]): void {
  conn.prepare(`delete from ${quoteIdent(table)} where ${pkWhere(pks)}`).run(pkValues.map(pkValue));
}

export function dropTable(conn: Conn, table: string): void {
  conn.exec(`DROP TABLE ${quoteIdent(table)}`);
}

function prepareTable(
  conn: Conn,
  table: string,
  rows: Row[],
  floats: FloatMarks,
  options: InsertOptions,
): void {
  if (!tableExists(conn, table)) {
    const columns = [...suggestColumnTypes(rows, floats)].map(([name, type]) => ({ name, type }));
    conn.exec(createTableSql(conn, table, columns, options.pk ?? null));
  } else if (options.alter) {
    addMissingColumns(conn, table, rows, floats);
  }
}

function insertVerb(conflict: InsertOptions["conflict"]): string {
  return conflict === "ignore" ? "INSERT OR IGNORE" : conflict === "replace" ? "INSERT OR REPLACE" : "INSERT";
}

const pkWhere = (pks: string[]) => pks.map((pk) => `${quoteIdent(pk)} = ?`).join(" AND ");

/** Key values bind as they came: integers as INTEGER so they match an INTEGER key exactly. */
function pkValue(value: unknown): string | number | bigint | Buffer | null {
  if (typeof value === "number" && Number.isInteger(value)) return BigInt(value);
  if (typeof value === "boolean") return value ? 1n : 0n;
  return (value ?? null) as string | number | bigint | Buffer | null;
}
