import type { Database, QueryOptions, QueryResult, SqlValue } from "../../db/types.js";

/**
 * Datasette writes some SQL for Python's sqlite3, which accepts double-quoted string literals (`"c" = ""`
 * in the isblank filters, `glob "????-??-*"` in date facet suggestions); better-sqlite3's SQLite is built
 * without that. These literals are turned into single-quoted ones before the query runs.
 */
const DOUBLE_QUOTED_LITERALS: [RegExp, string][] = [
  [/(!?=) ""/g, "$1 ''"],
  [/ glob "\?\?\?\?-\?\?-\*"/g, " glob '????-??-*'"],
];

/**
 * Runs SQL Datasette writes (filters, facets, search) with plain JS values bound as SQLite values. Only
 * the parameters the SQL names are bound; `escape_fts()` is a SQL function on every connection.
 */
export function runSql(
  db: Database,
  sql: string,
  params: Record<string, unknown>,
  opts: Omit<QueryOptions, "params"> = {},
): Promise<QueryResult> {
  const bound: Record<string, SqlValue> = {};
  for (const [k, v] of Object.entries(params)) bound[k] = toSqlValue(v);
  let executable = sql;
  for (const [pattern, replacement] of DOUBLE_QUOTED_LITERALS)
    executable = executable.replace(pattern, replacement);
  // Only names the statement uses may be bound: better-sqlite3 refuses extra named parameters.
  const used = new Set([...executable.matchAll(/[:@$]([A-Za-z_]\w*)/g)].map((m) => m[1]!));
  for (const k of Object.keys(bound)) if (!used.has(k)) delete bound[k];
  return db.execute(executable, { ...opts, params: bound });
}

function toSqlValue(v: unknown): SqlValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "bigint" || Buffer.isBuffer(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return JSON.stringify(v);
}
