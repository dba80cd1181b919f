import type { Datasette } from "../datasette.js";
import type { Actor } from "../../plugins/hooks.js";
import type { Database, DatabaseSchema } from "../../db/types.js";
import type { TableMetadata } from "../../config/metadata.js";
import { QueryTimeoutError, SqlError } from "../../db/errors.js";
import { HttpError } from "../http-error.js";
import { escapeSqlite } from "./sql-names.js";
import { runSql } from "./run-sql.js";
import { ownTimeLimit } from "../time-limits.js";
import { expandForeignKeys, labelKey } from "./labels.js";
import { parseQsl, pathWithAddedArgs, pathWithRemovedArgs, pyStr } from "./query-string.js";

/** Datasette's facets (datasette/facets.py): column, date and array facets, and suggestions of each. */
export interface FacetContext {
  datasette: Datasette;
  db: Database;
  schema: DatabaseSchema;
  database: string;
  table: string | null;
  /** SQL without order or limit that the facets count over. */
  sql: string;
  params: Record<string, unknown>;
  metadata: TableMetadata;
  /** Request path and raw query string, for toggle URLs. */
  path: string;
  queryString: string;
  origin: string;
  actor: Actor | null;
  rowCount: number | null;
}

type FacetType = "column" | "date" | "array";
interface FacetConfig {
  source: "metadata" | "request";
  config: { simple?: string; column?: string };
}

/** Datasette's load_facet_configs: metadata `facets` first, then `?_facet`, `?_facet_TYPE` in order. */
export function loadFacetConfigs(queryString: string, metadata: TableMetadata): Map<string, FacetConfig[]> {
  const configs = new Map<string, FacetConfig[]>();
  const add = (type: string, c: FacetConfig) => configs.set(type, [...(configs.get(type) ?? []), c]);
  for (const fc of metadata.facets ?? []) {
    if (typeof fc === "string") add("column", { source: "metadata", config: { simple: fc } });
    else {
      const [type, value] = Object.entries(fc)[0]!;
      add(type, {
        source: "metadata",
        config: typeof value === "string" ? { simple: value } : (value as FacetConfig["config"]),
      });
    }
  }
  const grouped = new Map<string, string[]>();
  for (const [k, v] of parseQsl(queryString, true)) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  for (const [key, values] of grouped) {
    if (!key.startsWith("_facet")) continue;
    const type = key === "_facet" ? "column" : key.startsWith("_facet_") ? key.slice(7) : null;
    if (!type) continue;
    // The same facet asked for twice is computed once: 300 copies would be 300 queries.
    for (const value of new Set(values))
      add(type, { source: "request", config: requestFacetConfig(key, value) });
  }
  return configs;
}

/**
 * `?_facet=COLUMN`, or `?_facet={"column": "COLUMN"}`: anything else in braces is the request's mistake,
 * a 400 (Datasette's json.loads error or missing key is a 500).
 */
function requestFacetConfig(key: string, value: string): FacetConfig["config"] {
  if (!value.startsWith("{")) return { simple: value };
  let config: unknown;
  try {
    config = JSON.parse(value);
  } catch {
    throw new HttpError(400, `Invalid JSON in ${key}: ${value}`);
  }
  const column = (config as { column?: unknown } | null)?.column;
  if (typeof column !== "string" || !column)
    throw new HttpError(400, `${key} needs a "column" string: ${value}`);
  return config as FacetConfig["config"];
}

export function facetSize(
  datasette: Datasette,
  args: URLSearchParams,
  database: string,
  table: string | null,
): number {
  const max = datasette.settings.max_returned_rows;
  let size = datasette.settings.default_facet_size;
  const tableSize = table
    ? (
        datasette.metadata.databases?.[database]?.tables?.[table] as
          { facet_size?: number | "max" } | undefined
      )?.facet_size
    : undefined;
  let custom = args.get("_facet_size");
  if (custom) {
    if (custom === "max") size = max;
    else if (/^\d+$/.test(custom)) size = parseInt(custom, 10);
    else custom = null;
  }
  if (tableSize && !custom) size = tableSize === "max" ? max : tableSize;
  return Math.min(size, max);
}

const SUGGEST_CONSIDER = 1000;

export interface FacetResults {
  results: Record<string, unknown>;
  timed_out: string[];
}

function isTimeout(error: unknown): boolean {
  return error instanceof QueryTimeoutError;
}

export async function facetResults(ctx: FacetContext, args: URLSearchParams): Promise<FacetResults> {
  const configs = loadFacetConfigs(ctx.queryString, ctx.metadata);
  const size = facetSize(ctx.datasette, args, ctx.database, ctx.table);
  const results: Record<string, unknown> = {};
  const timedOut: string[] = [];
  const qsPairs = parseQsl(ctx.queryString, true);
  const has = (k: string, v: string) => qsPairs.some(([pk, pv]) => pk === k && pv === v);
  const absolute = (p: string) => ctx.origin + p;
  for (const type of ["column", "date", "array"] as FacetType[]) {
    for (const { source, config } of configs.get(type) ?? []) {
      const column = (config.column || config.simple)!;
      const col = escapeSqlite(column);
      const sql =
        type === "column"
          ? `select ${col} as value, count(*) as count from (\n                    ${ctx.sql}\n                )\n                where ${col} is not null\n                group by ${col} order by count desc, value limit ${size + 1}`
          : type === "date"
            ? `select date(${col}) as value, count(*) as count from (\n                    ${ctx.sql}\n                )\n                where date(${col}) is not null\n                group by date(${col}) order by count desc, value limit ${size + 1}`
            : `with inner as (${ctx.sql}),\n                deduped_array_items as (\n                    select\n                        distinct j.value,\n                        inner.*\n                    from\n                        json_each([inner].${col}) j\n                        join inner\n                )\n                select\n                    value as value,\n                    count(*) as count\n                from\n                    deduped_array_items\n                group by\n                    value\n                order by\n                    count(*) desc, value limit ${size + 1}`;
      let rows;
      try {
        rows = (
          await runSql(ctx.db, sql, ctx.params, {
            timeLimitMs: ownTimeLimit(ctx.datasette.config, ctx.datasette.settings.facet_time_limit_ms),
            maxRows: 0,
          })
        ).rows;
      } catch (error) {
        // Any other SQLite error comes from what the request asked for (a facet on a missing column):
        // a 400 with SQLite's message. (Datasette answers a 500 here, which is a bug.)
        if (error instanceof SqlError && !isTimeout(error))
          throw new HttpError(400, error.message, { cause: error });
        if (!isTimeout(error)) throw error;
        timedOut.push(column);
        continue;
      }
      const facetRows = rows.slice(0, size);
      const values: Record<string, unknown>[] = [];
      let toggle: string;
      if (type === "column") {
        toggle = pathWithRemovedArgs(ctx.path, ctx.queryString, [["_facet", column]]);
        const labels = ctx.table
          ? await expandForeignKeys(
              ctx.datasette,
              ctx.actor,
              ctx.database,
              ctx.schema,
              ctx.table,
              column,
              facetRows.map((r) => r[0]),
            )
          : new Map();
        const columnQs = column.startsWith("_") ? `${column}__exact` : column;
        for (const [value, count] of facetRows) {
          const selected = has(columnQs, pyStr(value));
          const togglePath = selected
            ? pathWithRemovedArgs(ctx.path, ctx.queryString, [[columnQs, pyStr(value)]])
            : pathWithAddedArgs(ctx.path, ctx.queryString, [[columnQs, value]]);
          const label = labels.has(labelKey(column, value)) ? labels.get(labelKey(column, value)) : value;
          values.push({ value, label, count, toggle_url: absolute(togglePath), selected });
        }
      } else if (type === "date") {
        toggle = pathWithRemovedArgs(ctx.path, ctx.queryString, [["_facet_date", column]]);
        const current = new Map(parseQsl(ctx.queryString, true)).get(`${column}__date`);
        for (const [value, count] of facetRows) {
          const selected = pyStr(current) === pyStr(value);
          const togglePath = selected
            ? pathWithRemovedArgs(ctx.path, ctx.queryString, [[`${column}__date`, pyStr(value)]])
            : pathWithAddedArgs(ctx.path, ctx.queryString, [[`${column}__date`, value]]);
          values.push({ value, label: value, count, toggle_url: absolute(togglePath), selected });
        }
      } else {
        toggle = pathWithRemovedArgs(ctx.path, ctx.queryString, [["_facet_array", column]]);
        for (const [raw, count] of facetRows) {
          const value = pyStr(raw);
          const key = `${column}__arraycontains`;
          const selected = has(key, value);
          const togglePath = selected
            ? pathWithRemovedArgs(ctx.path, ctx.queryString, [[key, value]])
            : pathWithAddedArgs(ctx.path, ctx.queryString, [[key, value]]);
          values.push({ value, label: value, count, toggle_url: absolute(togglePath), selected });
        }
      }
      // Key order follows Datasette's dictionaries for each facet type.
      const info =
        type === "column"
          ? {
              name: column,
              type,
              hideable: source !== "metadata",
              toggle_url: toggle,
              results: values,
              truncated: rows.length > size,
            }
          : {
              name: column,
              type,
              results: values,
              hideable: source !== "metadata",
              toggle_url: toggle,
              truncated: rows.length > size,
            };
      let key = column;
      for (let i = 2; key in results; i++) key = `${column}_${i}`;
      results[key] = info;
    }
  }
  return { results, timed_out: timedOut };
}

/** Suggested facets: columns with few distinct values, date-like columns, and JSON arrays of strings. */
export async function suggestFacets(
  ctx: FacetContext,
  args: URLSearchParams,
): Promise<Record<string, unknown>[]> {
  const configs = loadFacetConfigs(ctx.queryString, ctx.metadata);
  const enabled = (type: FacetType) => (configs.get(type) ?? []).map((c) => c.config.simple);
  const size = facetSize(ctx.datasette, args, ctx.database, ctx.table);
  const skip = { column: enabled("column"), date: enabled("date"), array: enabled("array") };
  // Some twenty queries per HTML table page, answered the same until the data changes: remembered.
  const key = JSON.stringify(["suggested facets", ctx.sql, ctx.params, ctx.rowCount, size, skip]);
  const found = await ctx.db.remember(key, () => findSuggestions(ctx, size, skip));
  return found.map(({ name, type }) => {
    const arg = type === "date" ? "_facet_date" : type === "array" ? "_facet_array" : "_facet";
    const toggle_url = ctx.origin + pathWithAddedArgs(ctx.path, ctx.queryString, [[arg, name]]);
    return type === "column" ? { name, toggle_url } : { name, type, toggle_url };
  });
}

/**
 * Datasette's suggestion queries, in its order: column suggestions, then date, then array. The answer is
 * not to be kept when a query ran out of facet_suggest_time_limit_ms.
 */
async function findSuggestions(
  ctx: FacetContext,
  size: number,
  skip: Record<FacetType, (string | undefined)[]>,
): Promise<{ value: { name: string; type: FacetType }[]; keep: boolean }> {
  const limit = ownTimeLimit(ctx.datasette.config, ctx.datasette.settings.facet_suggest_time_limit_ms);
  let timedOut = false;
  // A query that fails counts as "no suggestion"; one that timed out also makes the answer provisional.
  const run = async (sql: string) => {
    try {
      return (await runSql(ctx.db, sql, ctx.params, { timeLimitMs: limit, maxRows: 0 })).rows;
    } catch (error) {
      if (isTimeout(error)) timedOut = true;
      else if (!(error instanceof SqlError)) throw error;
      return null;
    }
  };
  const columns = (await runSql(ctx.db, `select * from (${ctx.sql}) limit 0`, ctx.params)).columns;
  let rowCount = ctx.rowCount;
  if (rowCount === null) {
    rowCount = Number(
      (
        await runSql(
          ctx.db,
          `select count(*) from (select * from (${ctx.sql}) limit ${SUGGEST_CONSIDER})`,
          ctx.params,
        )
      ).rows[0]![0],
    );
  }
  const isColumnFacet = async (col: string) => {
    const rows = await run(
      `\n                with limited as (select * from (${ctx.sql}) limit ${SUGGEST_CONSIDER})\n                select ${col} as value, count(*) as n from limited\n                where value is not null\n                group by value\n                limit ${size + 1}\n            `,
    );
    const n = rows?.length ?? 0;
    return rows !== null && 1 < n && n < rowCount && n <= size && rows.some((r) => Number(r[1]) > 1);
  };
  const isDateFacet = async (col: string) => {
    const rows = await run(
      `\n                select date(${col}) from (\n                    select * from (${ctx.sql}) limit 100\n                ) where ${col} glob "????-??-*"\n            `,
    );
    return rows?.some((r) => Boolean(r[0])) ?? false;
  };
  const isArrayFacet = async (col: string) => {
    const types = (
      await run(
        `\n                with limited as (select * from (${ctx.sql}) limit ${SUGGEST_CONSIDER})\n                select distinct json_type(${col})\n                from limited\n                where ${col} is not null and ${col} != ''\n            `,
      )
    )?.map((r) => r[0]);
    if (
      !types ||
      (!(types.length === 1 && types[0] === "array") &&
        !(types.length === 2 && types[0] === "array" && types[1] === null))
    )
      return false;
    const first = await run(
      `select ${col} from (${ctx.sql}) where ${col} is not null and ${col} != '' and json_array_length(${col}) > 0 limit 100`,
    );
    return first !== null && first.length > 0 && first.every((r) => isJsonArrayOfStrings(r[0]));
  };
  const tests: [FacetType, (col: string) => Promise<boolean>][] = [
    ["column", isColumnFacet],
    ["date", isDateFacet],
    ["array", isArrayFacet],
  ];
  const found: { name: string; type: FacetType }[] = [];
  for (const [type, test] of tests) {
    for (const name of columns) {
      if (!skip[type].includes(name) && (await test(escapeSqlite(name)))) found.push({ name, type });
    }
  }
  return { value: found, keep: !timedOut };
}

function isJsonArrayOfStrings(value: unknown): boolean {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) && parsed.every((v) => typeof v === "string");
  } catch {
    return false;
  }
}
