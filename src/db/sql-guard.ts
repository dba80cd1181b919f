/**
 * SQL from a URL must only read. Two layers, because each alone has holes:
 *  - `checkSqlText` applies Datasette's validate_sql_select rules (datasette/utils/__init__.py) to the text,
 *    so users get Datasette's messages, and refuses load_extension() by name;
 *  - `prepareReadOnly` asks SQLite itself: one statement only, it must return rows (`stmt.reader`) and
 *    must not write (`stmt.readonly`). ATTACH, DETACH and `PRAGMA x=y` count as "readonly" to SQLite —
 *    they change the connection, not the file — so they are refused because they return no rows.
 * Read connections are also opened read-only with `PRAGMA query_only=1`, and extension loading stays off.
 */
import type BetterSqlite3 from "better-sqlite3";
import { ReadOnlyError } from "./errors.js";

/** Table-valued pragma functions Datasette allows (its `allowed_pragmas`), e.g. `pragma_table_info('t')`. */
export const ALLOWED_PRAGMA_FUNCTIONS: readonly string[] = [
  "database_list",
  "foreign_key_list",
  "function_list",
  "index_info",
  "index_list",
  "index_xinfo",
  "page_count",
  "max_page_count",
  "page_size",
  "schema_version",
  "table_info",
  "table_xinfo",
  "table_list",
];

export const NOT_A_SELECT = "Statement must be a SELECT";
export const DISALLOWED_PRAGMA =
  "Statement contained a disallowed PRAGMA. Allowed pragma functions are " +
  ALLOWED_PRAGMA_FUNCTIONS.map((p) => `pragma_${p}()`).join(", ");
export const NO_LOAD_EXTENSION =
  "Statement may not call load_extension(): loading SQLite extensions is disabled";
export const ONE_STATEMENT = "You can only execute one statement at a time.";

const STARTS_LIKE_SELECT = /^(?:explain\s+(?:query\s+plan\s+)?)?(?:select|with)\b/;
const PRAGMA_WORD = /\bpragma(_\w+)?\b/g;
// A call, quoted or not: `"load_extension"(…)` works too. A table of that name is left alone.
const LOAD_EXTENSION_CALL = /\bload_extension["\]`]?\s*\(/;

/**
 * Throws ReadOnlyError unless `sql` reads like a SELECT (optionally EXPLAIN [QUERY PLAN], or WITH …) and
 * names no PRAGMA other than the allowed table-valued functions. Unlike Datasette's regexes, words inside
 * string literals, comments and quoted names are ignored, so `select 'pragma'` and a table called
 * "pragma_notes" are allowed (pragma functions cannot change anything anyway; PRAGMA statements are not
 * SELECTs).
 */
export function checkSqlText(sql: string): void {
  // Pages run the same few statements again and again: a text that passed once passes again.
  if (ACCEPTED.has(sql)) return;
  checkNewSqlText(sql);
  if (ACCEPTED.size >= ACCEPTED_LIMIT) ACCEPTED.clear();
  ACCEPTED.add(sql);
}

/** Texts that passed checkSqlText, kept while fewer than ACCEPTED_LIMIT (then forgotten at once). */
const ACCEPTED = new Set<string>();
const ACCEPTED_LIMIT = 500;

function checkNewSqlText(sql: string): void {
  const code = stripLiteralsAndComments(sql).trim().toLowerCase();
  if (!STARTS_LIKE_SELECT.test(code)) throw new ReadOnlyError(NOT_A_SELECT, sql);
  for (const match of stripLiteralsAndComments(code, { blankNames: true }).matchAll(PRAGMA_WORD)) {
    const fn = match[1]?.slice(1);
    if (!fn || !ALLOWED_PRAGMA_FUNCTIONS.includes(fn)) throw new ReadOnlyError(DISALLOWED_PRAGMA, sql);
  }
  if (LOAD_EXTENSION_CALL.test(code)) throw new ReadOnlyError(NO_LOAD_EXTENSION, sql);
}

/**
 * Prepares `sql` on `conn` and throws ReadOnlyError unless it is a single statement that returns rows and
 * writes nothing. SQLite's own errors (syntax, missing table) pass through as thrown by better-sqlite3.
 */
export function prepareReadOnly(conn: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let stmt: BetterSqlite3.Statement;
  try {
    stmt = conn.prepare(sql);
  } catch (error) {
    // better-sqlite3 refuses `select 1; drop table x` at prepare time; keep that, in Python sqlite3's words.
    if (error instanceof RangeError && /more than one statement/.test(error.message))
      throw new ReadOnlyError(ONE_STATEMENT, sql);
    throw error;
  }
  if (!stmt.reader || !stmt.readonly) throw new ReadOnlyError(NOT_A_SELECT, sql);
  return stmt;
}

/**
 * Blanks out comments and '…' string literals (X'…' blobs included) so keyword checks see only code.
 * Quoted names ("…", […], `…`) stay unless `blankNames`: our SQLite is built without double-quoted string
 * literals, so "…" is always a name, and `"load_extension"(…)` is a real call.
 */
export function stripLiteralsAndComments(sql: string, options: { blankNames?: boolean } = {}): string {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "-" && next === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end;
      out += " ";
    } else if (c === "/" && next === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 2;
      out += " ";
    } else if (c === "'") {
      i = skipQuoted(sql, i, "'");
      out += "''";
    } else if (c === '"' || c === "`" || c === "[") {
      const end = skipQuoted(sql, i, c === "[" ? "]" : c);
      out += options.blankNames ? '""' : sql.slice(i, end);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the quoted run starting at `start`; a doubled closing quote is an escaped one. */
function skipQuoted(sql: string, start: number, close: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (close !== "]" && sql[i + 1] === close) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}
