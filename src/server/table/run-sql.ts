import type { Database, QueryOptions, QueryResult, SqlValue } from "../../db/types.js";
import { escapeFts } from "./sql-names.js";

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
 * Runs SQL that Datasette would run with its `escape_fts()` SQLite function. Our connections do not define
 * that function, so `escape_fts(:name)` is applied here to the parameter before the query is sent; the SQL
 * text shown to users (`_extra=query`) keeps Datasette's form.
 */
export function runSql(
  db: Database,
  sql: string,
  params: Record<string, unknown>,
  opts: Omit<QueryOptions, "params"> = {},
): Promise<QueryResult> {
  const bound: Record<string, SqlValue> = {};
  for (const [k, v] of Object.entries(params)) bound[k] = toSqlValue(v);
  let text = sql;
  for (const [pattern, replacement] of DOUBLE_QUOTED_LITERALS) text = text.replace(pattern, replacement);
  const executable = text.replace(/escape_fts\(:(\w+)\)/g, (_, name: string) => {
    if (typeof bound[name] === "string") bound[name] = escapeFts(bound[name] as string);
    return `:${name}`;
  });
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
