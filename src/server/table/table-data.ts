import type { Database, QueryResult } from "../../db/types.js";
import { tildeEncode } from "../tilde.js";
import { HttpError } from "../http-error.js";
import { buildTableQuery, type TableQuery, type TableRequest } from "./table-query.js";
import { runSql } from "./run-sql.js";
import { Floats } from "./floats.js";
import { expandForeignKeys, labelKey } from "./labels.js";
import { pathWithReplacedArgs } from "./query-string.js";

export type Row = Record<string, unknown>;

/**
 * A row's values by column name: what Object.fromEntries of [column, value] pairs gives (a column named
 * `__proto__` included), without a pair per column of every row.
 */
export function rowObject(columns: readonly string[], values: readonly unknown[]): Row {
  const row: Row = {};
  for (let i = 0; i < columns.length; i++) setOwn(row, columns[i]!, values[i]);
  return row;
}

/** `row[key] = value` as an own property: assigning `__proto__` would set the prototype instead. */
export function setOwn(row: Row, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(row, key, { value, writable: true, enumerable: true, configurable: true });
  else row[key] = value;
}

/** One page of a table: the rows as objects, the columns, and Datasette's `next` token and URL. */
export interface TablePage {
  query: TableQuery;
  columns: string[];
  rows: Row[];
  expandedColumns: string[];
  /** Which numbers on this page are floats (by row index and column): written `1.0`. */
  floats: Floats;
  next: string | null;
  nextUrl: string | null;
  truncated: boolean;
}

export interface PageOptions {
  db: Database;
  /** Request path and query string, for next_url. */
  path: string;
  queryString: string;
  origin: string;
  /** Expand every foreign key when `_labels` is absent or not a boolean (HTML pages do). */
  defaultLabels: boolean;
  /** The client hung up: its page's query is dropped from the queue (default: never). */
  signal?: AbortSignal;
}

/** Datasette's value_as_boolean, or null when the value is not one it accepts. */
export function valueAsBoolean(value: string): boolean | null {
  const v = value.toLowerCase();
  if (["on", "true", "1"].includes(v)) return true;
  if (["off", "false", "0"].includes(v)) return false;
  return null;
}

/** Datasette's path_from_row_pks: tilde-encoded key values joined with ",". */
export function pathFromRowPks(row: Row, pks: string[], useRowid: boolean, quote = true): string {
  const bits = useRowid ? [row.rowid] : pks.map((pk) => unwrap(row[pk]));
  return bits.map((b) => (quote ? tildeEncode(pyValueStr(b)) : pyValueStr(b))).join(",");
}

function unwrap(value: unknown): unknown {
  return value && typeof value === "object" && !Buffer.isBuffer(value) && "value" in value
    ? (value as { value: unknown }).value
    : value;
}

function pyValueStr(value: unknown): string {
  return value === null || value === undefined ? "None" : String(value);
}

export async function tablePage(req: TableRequest, opts: PageOptions): Promise<TablePage> {
  const query = buildTableQuery(req);
  const { datasette } = req;
  const settings = datasette.settings;
  let maxRows = settings.max_returned_rows;
  if (query.explicitPageSize && maxRows === query.pageSize) maxRows += 1;
  // The SQL's own `limit pageSize + 1` bounds the rows: when that fits maxRows nothing can be cut, and
  // maxRows 0 lets the read process take every row in one call instead of stepping through them.
  if (query.pageSize + 1 <= maxRows) maxRows = 0;
  const limit =
    query.timeLimitMs !== null ? Math.min(query.timeLimitMs, settings.sql_time_limit_ms) : undefined;
  let result: QueryResult;
  try {
    result = await runSql(opts.db, query.sql, query.params, {
      maxRows,
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(limit !== undefined ? { timeLimitMs: limit } : {}),
    });
  } catch (error) {
    if ((error as Error).name === "SqlError")
      throw new HttpError(400, (error as Error).message, { title: "Invalid SQL", cause: error });
    throw error;
  }
  const columns = result.columns;
  let rows: Row[] = result.rows.map((r) => {
    const row: Row = {};
    columns.forEach((c, i) => (row[c] = r[i]));
    return row;
  });

  // Foreign-key labels: ?_labels=on expands all, ?_label=COL just those.
  const expandable = req.info?.foreignKeys.outgoing ?? [];
  const all = valueAsBoolean(req.args.get("_labels") ?? "") ?? opts.defaultLabels;
  let toExpand: string[] | null = req.args.has("_label") ? req.args.getAll("_label") : null;
  if (toExpand === null && all) toExpand = expandable.map((fk) => fk.column);
  const expandedColumns: string[] = [];
  if (toExpand?.length) {
    const labels = new Map<string, unknown>();
    for (const fk of expandable) {
      if (!toExpand.includes(fk.column) || !columns.includes(fk.column)) continue;
      expandedColumns.push(fk.column);
      const found = await expandForeignKeys(
        datasette,
        req.actor,
        req.database,
        req.schema,
        req.table,
        fk.column,
        rows.map((r) => r[fk.column]),
      );
      for (const [k, v] of found) labels.set(k, v);
    }
    if (labels.size) {
      rows = rows.map((row) => {
        const out: Row = {};
        for (const [column, value] of Object.entries(row)) {
          const key = labelKey(column, value);
          out[column] = value !== null && labels.has(key) ? { value, label: labels.get(key) } : value;
        }
        return out;
      });
    }
  }

  let next: string | null = null;
  let nextUrl: string | null = null;
  const nextArg = req.next !== undefined ? req.next : req.args.get("_next");
  if (query.pageSize > 0 && query.pageSize < rows.length) {
    const last = rows[rows.length - 2]!;
    next = req.isView
      ? String(parseInt(nextArg || "0", 10) + query.pageSize)
      : pathFromRowPks(last, req.pks, query.useRowid);
    const added: [string, unknown][] = [];
    if ((query.sort || query.sortDesc) && !req.isView) {
      const sortColumn = (query.sort || query.sortDesc)!;
      let prefix: unknown;
      if (sortColumn in last) prefix = unwrap(last[sortColumn]);
      else prefix = await lookupSortValue(opts.db, req, sortColumn, last);
      next = `${prefix === null || prefix === undefined ? "$null" : tildeEncode(pyValueStr(prefix))},${next}`;
      added.push(["_next", next], query.sort ? ["_sort", query.sort] : ["_sort_desc", query.sortDesc]);
    } else {
      added.push(["_next", next]);
    }
    nextUrl = opts.origin + pathWithReplacedArgs(opts.path, opts.queryString, added);
  }
  return {
    query,
    columns,
    rows: rows.slice(0, query.pageSize),
    expandedColumns,
    floats: Floats.of(result),
    next,
    nextUrl,
    truncated: result.truncated,
  };
}

/** The sort column was left out by `_col`: read its value for the last row by primary key. */
async function lookupSortValue(db: Database, req: TableRequest, column: string, row: Row): Promise<unknown> {
  const where = req.pks.map((pk, i) => `[${pk}] = :pk${i}`).join(" and ");
  const params: Record<string, unknown> = {};
  req.pks.forEach((pk, i) => (params[`pk${i}`] = unwrap(row[pk])));
  const result = await runSql(db, `select [${column}] from [${req.table}] where ${where}`, params);
  return result.rows[0]?.[0] ?? null;
}
