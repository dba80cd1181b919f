import type { Datasette } from "../datasette.js";
import type { Actor } from "../../plugins/hooks.js";
import type { DatabaseSchema, TableInfo } from "../../db/types.js";
import type { TableMetadata } from "../../config/metadata.js";
import { HttpError } from "../http-error.js";
import { Filters } from "./filters.js";
import { escapeSqlite } from "./sql-names.js";
import { tildeDecode } from "../tilde.js";

/** Everything the table page knows about the request before running SQL. */
export interface TableRequest {
  datasette: Datasette;
  database: string;
  table: string;
  isView: boolean;
  info: TableInfo | null;
  schema: DatabaseSchema;
  tableColumns: string[];
  pks: string[];
  args: URLSearchParams;
  actor: Actor | null;
  metadata: TableMetadata;
  /** Overrides `?_next=` (CSV streaming pages through the table). */
  next?: string | null;
  /** Overrides `?_size=` (CSV streaming asks for "max"). */
  size?: string | null;
}

/** The SQL for one table page, built from URL arguments as Datasette's table_view_data builds it. */
export interface TableQuery {
  sql: string;
  params: Record<string, unknown>;
  countSql: string;
  fromSql: string;
  fromSqlParams: Record<string, unknown>;
  sqlNoOrderNoLimit: string;
  filters: Filters;
  humanExtras: string[];
  sort: string | null;
  sortDesc: string | null;
  sortableColumns: Set<string>;
  pageSize: number;
  /** Set when `_size` was given: Datasette then lets max_returned_rows + 1 rows through. */
  explicitPageSize: boolean;
  useRowid: boolean;
  specifiedColumns: string[];
  timeLimitMs: number | null;
  supportsSearch: boolean;
  search: string | null;
  extraWheresForUi: { text: string; remove: string }[];
}

/** `_col` / `_nocol`: primary keys always come first; unknown names are a 400. */
export function columnsToSelect(tableColumns: string[], pks: string[], args: URLSearchParams): string[] {
  let columns = [...tableColumns];
  if (args.has("_col")) {
    columns = [...pks];
    const cols = args.getAll("_col");
    const bad = cols.filter((c) => !tableColumns.includes(c));
    if (bad.length) throw new HttpError(400, `_col=${bad.join(", ")} - invalid columns`);
    for (const c of cols) if (!columns.includes(c)) columns.push(c);
  }
  if (args.has("_nocol")) {
    const nocols = args.getAll("_nocol");
    const bad = nocols.filter((c) => !tableColumns.includes(c) || pks.includes(c));
    if (bad.length) throw new HttpError(400, `_nocol=${bad.join(", ")} - invalid columns`);
    columns = columns.filter((c) => !nocols.includes(c));
  }
  return columns;
}

/** Datasette's compound_keys_after_sql: keyset pagination past a compound primary key. */
export function compoundKeysAfterSql(pks: string[], start: number): string {
  const ors: string[] = [];
  for (let n = pks.length; n > 0; n--) {
    const rest = pks.slice(0, n - 1);
    const ands = rest.map((pk, i) => `${escapeSqlite(pk)} = :p${i + start}`);
    ands.push(`${escapeSqlite(pks[n - 1]!)} > :p${rest.length + start}`);
    ors.push(`(${ands.join(" and ")})`);
  }
  ors.reverse();
  return `(${ors.join("\n  or\n")})`;
}

export function buildTableQuery(req: TableRequest): TableQuery {
  const { datasette, table, isView, pks, tableColumns, args, metadata } = req;
  const settings = datasette.settings;
  const specifiedColumns = columnsToSelect(tableColumns, pks, args);
  let selectSpecified = specifiedColumns.map(escapeSqlite).join(", ");
  let selectAll = tableColumns.map(escapeSqlite).join(", ");
  const useRowid = !pks.length && !isView;
  if (useRowid) {
    selectSpecified = `rowid, ${selectSpecified}`;
    selectAll = `rowid, ${selectAll}`;
  }
  const orderByPks = useRowid ? "rowid" : pks.map(escapeSqlite).join(", ");
  // Views have no keys to order by: their rows come in the view's own order.
  let orderBy = isView ? "" : orderByPks;

  // Arguments that start with "_" and have no "__" are options, not filters.
  const filterArgs: [string, string][] = [];
  for (const key of new Set(args.keys())) {
    if (key.startsWith("_") && !key.includes("__")) continue;
    for (const v of args.getAll(key)) filterArgs.push([key, v]);
  }
  filterArgs.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  const filters = new Filters(filterArgs);
  const built = filters.buildWhereClauses(table);
  const whereClauses = built.clauses;
  const params: Record<string, unknown> = built.params;
  const humanExtras: string[] = [];

  // Datasette's filters_from_request hooks, in pluggy's call order: _where, _through, then search.
  const extraWheresForUi: { text: string; remove: string }[] = [];
  if (args.has("_where")) {
    for (const text of args.getAll("_where")) {
      whereClauses.push(text);
      extraWheresForUi.push({ text, remove: text });
    }
  }
  for (const through of args.getAll("_through")) {
    const { clause, param, value, human } = throughClause(req, through);
    whereClauses.push(clause);
    params[param] = value;
    humanExtras.push(human);
  }
  const search = searchClauses(req);
  whereClauses.push(...search.clauses);
  Object.assign(params, search.params);
  humanExtras.push(...search.human);

  const sortableColumns = new Set(metadata.sortable_columns ?? tableColumns);
  if (useRowid) sortableColumns.add("rowid");
  let sort = args.get("_sort") || null;
  let sortDesc = args.get("_sort_desc") || null;
  if (!sort && !sortDesc) {
    sort = metadata.sort ?? null;
    sortDesc = metadata.sort_desc ?? null;
  }
  if (sort && sortDesc) throw new HttpError(400, "Cannot use _sort and _sort_desc at the same time");
  if (sort) {
    if (!sortableColumns.has(sort)) throw new HttpError(400, `Cannot sort table by ${sort}`);
    orderBy = escapeSqlite(sort);
  }
  if (sortDesc) {
    if (!sortableColumns.has(sortDesc)) throw new HttpError(400, `Cannot sort table by ${sortDesc}`);
    orderBy = `${escapeSqlite(sortDesc)} desc`;
  }

  const fromSql = `from ${escapeSqlite(table)} ${whereClauses.length ? `where ${whereClauses.join(" and ")} ` : ""}`;
  const fromSqlParams = { ...params };
  const countSql = `select count(*) ${fromSql}`;

  const next = req.next !== undefined ? req.next : args.get("_next");
  let offset = "";
  if (next) {
    if (isView) {
      offset = ` offset ${pyInt(next, "_next")}`;
    } else {
      let components = next.split(",").map(tildeDecode);
      let sortValue: string | null = null;
      if ((sort || sortDesc) && components.length > 1) {
        sortValue = components[0]!;
        if (next.split(",")[0] === "$null") sortValue = null;
        components = components.slice(1);
      }
      const byPk: string[] = [];
      if (useRowid) {
        byPk.push(`rowid > :p${Object.keys(params).length}`);
        params[`p${Object.keys(params).length}`] = components[0];
      } else if (components.length === pks.length) {
        const start = Object.keys(params).length;
        byPk.push(compoundKeysAfterSql(pks, start));
        components.forEach((v, i) => (params[`p${start + i}`] = v));
      }
      if (sort || sortDesc) {
        const column = escapeSqlite((sort || sortDesc)!);
        if (sortValue === null) {
          whereClauses.push(
            sortDesc
              ? `(${column} is null and ${byPk.join(" and ")})`
              : `(${column} is not null or (${column} is null and ${byPk.join(" and ")}))`,
          );
        } else {
          const p = Object.keys(params).length;
          const descNull = sort ? "" : ` or ${column} is null`;
          whereClauses.push(
            `(${column} ${sort ? ">" : "<"} :p${p}${descNull} or (${column} = :p${p} and ${byPk.join(" and ")}))`,
          );
          params[`p${p}`] = sortValue;
        }
        orderBy = `${orderBy}, ${orderByPks}`;
      } else {
        whereClauses.push(...byPk);
      }
    }
  }
  const where = whereClauses.length ? `where ${whereClauses.join(" and ")} ` : "";
  const order = orderBy ? `order by ${orderBy}` : "";

  const sizeArg = (req.size !== undefined ? req.size : args.get("_size")) || metadata.size;
  let pageSize = settings.default_page_size;
  const explicitPageSize = Boolean(sizeArg);
  if (sizeArg) {
    const raw = sizeArg === "max" ? settings.max_returned_rows : sizeArg;
    const n = typeof raw === "number" ? raw : /^\s*\+?\d+\s*$/.test(raw) ? parseInt(raw, 10) : NaN;
    if (!Number.isInteger(n) || n < 0) throw new HttpError(400, "_size must be a positive integer");
    if (n > settings.max_returned_rows)
      throw new HttpError(400, `_size must be <= ${settings.max_returned_rows}`);
    pageSize = n;
  }
  const sqlNoOrderNoLimit = `select ${selectAll} from ${escapeSqlite(table)} ${where}`;
  const sql = `select ${selectSpecified} from ${escapeSqlite(table)} ${where}${order} limit ${pageSize + 1}${offset}`;
  const timelimit = args.get("_timelimit");
  return {
    sql,
    params,
    countSql,
    fromSql,
    fromSqlParams,
    sqlNoOrderNoLimit,
    filters,
    humanExtras,
    sort,
    sortDesc,
    sortableColumns,
    pageSize,
    explicitPageSize,
    useRowid,
    specifiedColumns,
    timeLimitMs: timelimit ? pyInt(timelimit, "_timelimit") : null,
    supportsSearch: search.supportsSearch,
    search: search.search,
    extraWheresForUi,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pyInt(value: string, name: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(value)) throw new HttpError(400, `${name} must be an integer`);
  return parseInt(value, 10);
}

function throughClause(req: TableRequest, through: string) {
  let data: { table?: string; column?: string; value?: unknown };
  try {
    data = JSON.parse(through) as typeof data;
  } catch {
    throw new HttpError(400, "Invalid _through - could not parse JSON");
  }
  // What the request names is the request's mistake: 400s (Datasette answers 500 for these).
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new HttpError(400, "Invalid _through - must be a JSON object with table, column and value");
  const throughTable = String(data.table);
  const info = req.schema.tables.find((t) => t.name === throughTable);
  const fk = info?.foreignKeys.outgoing.find((f) => f.other_table === req.table);
  if (!fk) throw new HttpError(400, "Invalid _through - could not find corresponding foreign key");
  // Datasette numbers this parameter within the _through hook alone, so the first is always p0.
  const param = "p0";
  return {
    clause: `${escapeSqlite(fk.other_column)} in (select ${escapeSqlite(fk.column)} from ${escapeSqlite(throughTable)} where ${escapeSqlite(String(data.column))} = :${param})`,
    param,
    value: data.value,
    human: `${throughTable}.${String(data.column)} = "${String(data.value)}"`,
  };
}

function searchClauses(req: TableRequest) {
  const { args, metadata, schema } = req;
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  const human: string[] = [];
  const ftsTable = args.get("_fts_table") || metadata.fts_table || req.info?.ftsTable || null;
  const ftsPk = args.get("_fts_pk") ?? metadata.fts_pk ?? "rowid";
  const searchArgs = new Map<string, string>();
  for (const key of args.keys())
    if (key.startsWith("_search") && key !== "_searchmode") searchArgs.set(key, args.get(key)!);
  let raw = metadata.searchmode === "raw";
  if (args.get("_searchmode") === "escaped") raw = false;
  if (args.get("_searchmode") === "raw") raw = true;
  let search: string | null = null;
  if (ftsTable && searchArgs.size) {
    if (searchArgs.has("_search")) {
      search = searchArgs.get("_search")!;
      clauses.push(
        `${escapeSqlite(ftsPk)} in (select rowid from ${escapeSqlite(ftsTable)} where ${escapeSqlite(ftsTable)} match ${raw ? ":search" : "escape_fts(:search)"})`,
      );
      human.push(`search matches "${search}"`);
      params.search = search;
    } else {
      const ftsColumns = schema.tables.find((t) => t.name === ftsTable)?.columns.map((c) => c.name) ?? [];
      [...searchArgs].forEach(([key, text], i) => {
        const column = key.split("_search_").slice(1).join("_search_");
        if (!ftsColumns.includes(column)) throw new HttpError(400, "Cannot search by that column");
        const p = `search_${i}`;
        clauses.push(
          `rowid in (select rowid from ${escapeSqlite(ftsTable)} where ${escapeSqlite(column)} match ${raw ? `:${p}` : `escape_fts(:${p})`})`,
        );
        human.push(`search column "${column}" matches "${text}"`);
        params[p] = text;
        search = text;
      });
    }
  }
  return { clauses, params, human, supportsSearch: Boolean(ftsTable), search };
}
