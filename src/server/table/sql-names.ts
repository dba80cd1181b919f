/** SQLite's keywords: Datasette quotes a name that is one of these even when it looks boring. */
const RESERVED_WORDS = new Set(
  (
    "abort action add after all alter analyze and as asc attach autoincrement before begin between by cascade case cast " +
    "check collate column commit conflict constraint create cross current_date current_time current_timestamp database " +
    "default deferrable deferred delete desc detach distinct drop each else end escape except exclusive exists explain " +
    "fail for foreign from full glob group having if ignore immediate in index indexed initially inner insert instead " +
    "intersect into is isnull join key left like limit match natural no not notnull null of offset on or order outer " +
    "plan pragma primary query raise recursive references regexp reindex release rename replace restrict right rollback " +
    "row savepoint select set table temp temporary then to transaction trigger union unique update using vacuum values " +
    "view virtual when where with without"
  ).split(" "),
);

/**
 * Datasette's escape_sqlite: plain identifiers stay bare, anything else is double-quoted. Matching its
 * output keeps `_extra=query` and `count_sql` identical to Datasette's.
 */
export function escapeSqlite(name: string): string {
  if (/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) && !RESERVED_WORDS.has(name.toLowerCase())) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

// escape_fts is a SQL function on every connection; it lives with the connection setup that registers it.
export { escapeFts } from "../../db/connection-setup.js";
