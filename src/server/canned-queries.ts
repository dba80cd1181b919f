import type { Datasette } from "./datasette.js";
import type { CannedQuery } from "../config/metadata.js";

export interface StoredQuery extends CannedQuery {
  name: string;
  database: string;
  parameters: string[];
}

/** Canned queries from metadata (`databases.DB.queries`), a bare string being just the SQL. */
export function cannedQueries(datasette: Datasette, database: string): StoredQuery[] {
  const queries = datasette.metadata.databases?.[database]?.queries ?? {};
  return Object.entries(queries).map(([name, q]) => {
    const query: CannedQuery = typeof q === "string" ? { sql: q } : q;
    return { ...query, name, database, parameters: query.params ?? namedParameters(query.sql) };
  });
}

export function cannedQuery(datasette: Datasette, database: string, name: string): StoredQuery | null {
  return cannedQueries(datasette, database).find((q) => q.name === name) ?? null;
}

/** The `:name` parameters of a SQL string in order of first use, ignoring string literals and comments. */
export function namedParameters(sql: string): string[] {
  const stripped = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  const names: string[] = [];
  for (const m of stripped.matchAll(/(?<![:\w]):([a-zA-Z_]\w*)/g))
    if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}

/** Datasette's stored_query_to_dict. */
export function storedQueryToDict(q: StoredQuery): Record<string, unknown> {
  return {
    database: q.database,
    name: q.name,
    sql: q.sql,
    title: q.title ?? null,
    description: q.description ?? null,
    description_html: q.description_html ?? null,
    hide_sql: q.hide_sql ?? false,
    fragment: q.fragment ?? null,
    parameters: q.parameters,
    is_write: q.write ?? false,
    is_private: false,
    is_trusted: true,
    source: "config",
    owner_id: null,
    on_success_message: q.on_success_message ?? null,
    on_success_message_sql: q.on_success_message_sql ?? null,
    on_success_redirect: q.on_success_redirect ?? null,
    on_error_message: q.on_error_message ?? null,
    on_error_redirect: q.on_error_redirect ?? null,
  };
}
