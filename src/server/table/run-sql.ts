import type { Database, QueryOptions, QueryResult, SqlValue } from "../../db/types.js";
import { SqlError } from "../../db/errors.js";

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
  const { executable, used } = prepared(sql);
  // Only names the statement uses may be bound: better-sqlite3 refuses extra named parameters.
  const bound: Record<string, SqlValue> = {};
  for (const [k, v] of Object.entries(params)) if (used.has(k)) bound[k] = toSqlValue(v);
  return db.execute(executable, { ...opts, params: bound }).catch((error: unknown) => {
    throw pythonBindingError(error);
  });
}

/** The same few SQL texts come back on every page view: their rewrite and parameter names are kept. */
const PREPARED_LIMIT = 500;
const preparedCache = new Map<string, { executable: string; used: Set<string> }>();

function prepared(sql: string): { executable: string; used: Set<string> } {
  let entry = preparedCache.get(sql);
  if (!entry) {
    let executable = sql;
    for (const [pattern, replacement] of DOUBLE_QUOTED_LITERALS)
      executable = executable.replace(pattern, replacement);
    const used = new Set([...executable.matchAll(/[:@$]([A-Za-z_]\w*)/g)].map((m) => m[1]!));
    entry = { executable, used };
    if (preparedCache.size >= PREPARED_LIMIT) preparedCache.clear();
    preparedCache.set(sql, entry);
  }
  return entry;
}

/** better-sqlite3's "Missing named parameter" in the words of Python's sqlite3, which Datasette reports. */
function pythonBindingError(error: unknown): unknown {
  const m = error instanceof SqlError && /^Missing named parameter "(\w+)"$/.exec(error.message);
  return m ? new SqlError(`You did not supply a value for binding parameter :${m[1]}.`, error.sql) : error;
}

function toSqlValue(v: unknown): SqlValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "bigint" || Buffer.isBuffer(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return JSON.stringify(v);
}
