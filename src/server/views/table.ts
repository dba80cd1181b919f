import { layeredVariables, withDefaults } from "../../templates/jinja-compat.js";
import { requestOrigin } from "../table/origin.js";
import type { View, ViewRequest, ViewResult } from "../view.js";
import { HttpError } from "../http-error.js";
import { markSafe } from "../../templates/python-values.js";
import { toCssClass } from "../css-class.js";
import { cannedQuery } from "../canned-queries.js";
import { databaseColor } from "./index.js";
import { queryView } from "./query.js";
import { findTable, schemaDefinition, tableMetadataExtra, type ResolvedTable } from "../table/resolve.js";
import { tablePage, type TablePage } from "../table/table-data.js";
import type { TableRequest } from "../table/table-query.js";
import { facetResults, suggestFacets, type FacetContext, type FacetResults } from "../table/facets.js";
import { displayColumnsAndRows } from "../table/display.js";
import { extraNames, shapeJson, shapedResult, validateExtras } from "../table/json-shape.js";
import { columnDetails, extrasList, requestExtra, TABLE_EXTRAS, HTML_EXTRAS } from "../table/extras.js";
import {
  pathWithFormat,
  pathWithRemovedArgs,
  pathWithReplacedArgs,
  parseQsl,
} from "../table/query-string.js";
import { tableCsv } from "../table/table-csv.js";
import { tableRedirect } from "../table/redirects.js";
import { escapeSqlite } from "../table/sql-names.js";
import { clientGone } from "../client-gone.js";
import { runSql } from "../table/run-sql.js";
import { ownTimeLimit } from "../time-limits.js";
import { COUNT_LIMIT } from "../../db/database.js";
import { actionItems, topHtml } from "../page-slots.js";

/** `/DB/TABLE(.format)`: rows of a table or view, filtered, sorted, faceted and paginated (Datasette's TableView). */
export const tableView: View = async (req) => {
  const { datasette, params, format, args, actor, ctx } = req;
  const resolved = await findTable(datasette, params.database!, params.table!);
  if (!resolved) {
    if (cannedQuery(datasette, params.database!, params.table!)) return queryView(req);
    throw new HttpError(404, "Table not found");
  }
  // The route takes POST for canned queries; a table answers it as Datasette does.
  if (ctx.method === "POST") {
    return { status: 405, raw: { body: "Method not allowed", contentType: "text/plain; charset=utf-8" } };
  }
  if (!(await datasette.permissionAllowed(actor, "view-table", [resolved.database, resolved.table]))) {
    throw new HttpError(403, "You do not have permission to view this table");
  }
  const redirect = tableRedirect(ctx.path, ctx.querystring, args);
  if (redirect) return { redirect, headers: { Link: `<${redirect}>; rel=preload` } };
  if (args.has("_where") && !(await datasette.permissionAllowed(actor, "execute-sql", resolved.database))) {
    throw new HttpError(403, "_where= is not allowed");
  }
  const headers = cacheHeaders(req);
  if (format === "csv") return { headers, csv: () => tableCsv(req, resolved) };
  if (format && format !== "json") {
    const page = await tablePage(tableRequest(req, resolved), pageOptions(req, resolved, false));
    return {
      rows: async () => ({
        columns: page.columns,
        rows: page.rows.map((r) => Object.values(r)),
        database: resolved.database,
        table: resolved.table,
      }),
    };
  }
  const html = format === null;
  const extras = extraNames(args);
  if (!html) validateExtras(extras, TABLE_EXTRAS);
  if ([...args.keys()].some((k) => k === "_facet" || k.startsWith("_facet_"))) extras.add("facet_results");
  if (args.get("_shape") === "object") extras.add("primary_keys");
  if (extras.has("count")) extras.add("count_truncated");
  if (html) for (const e of HTML_EXTRAS) extras.add(e);
  if (!datasette.settings.allow_facet && [...args.keys()].some((k) => k.startsWith("_facet"))) {
    throw new HttpError(400, "_facet= is not allowed");
  }
  const started = performance.now();
  const page = await tablePage(tableRequest(req, resolved), pageOptions(req, resolved, html));
  const data: Record<string, unknown> = { ok: true, next: page.next, next_url: page.nextUrl };
  Object.assign(data, await resolveExtras(req, resolved, page, extras));
  // For the footer's "Queries took …ms" (Datasette's query_ms); the JSON answer is unchanged. An export
  // prints none: its pages must be the same bytes every time.
  const queryMs = req.datasette.config.deterministic ? 0 : performance.now() - started;
  data.rows = page.rows;
  for (const result of await datasette.callHook("tableExtras", {
    database: resolved.database,
    table: resolved.table,
    datasette,
  })) {
    if (result) Object.assign(data, result);
  }
  if (page.nextUrl) headers.link = `<${page.nextUrl}>; rel="next"`;
  if (!html) {
    const shaped = shapeJson(args, data, { truncated: false, floats: page.floats });
    return { headers, ...shapedResult(shaped) };
  }
  const alternateJson = datasette.urls.path(
    pathWithFormat(ctx.path.slice(datasette.settings.base_url.length - 1), ctx.querystring, "json"),
  );
  const result: ViewResult = {
    headers,
    alternateJson,
    html: async () => ({
      templates: [`table-${toCssClass(resolved.database)}-${toCssClass(resolved.table)}.html`, "table.html"],
      context: withDefaults(await htmlContext(req, resolved, page, data), { query_ms: queryMs }),
    }),
  };
  return result;
};

/** Rendered cells, once per page: `display_columns` and the HTML rows share them (renderCell runs once). */
const displays = new WeakMap<TablePage, ReturnType<typeof displayColumnsAndRows>>();

function tableDisplay(req: ViewRequest, resolved: ResolvedTable, page: TablePage) {
  let display = displays.get(page);
  if (!display) {
    display = displayColumnsAndRows({
      datasette: req.datasette,
      database: resolved.database,
      table: resolved.table,
      info: resolved.info,
      columns: page.columns,
      rows: page.rows,
      linkColumn: !resolved.isView,
      truncateCells: req.datasette.settings.truncate_cells_html,
      sortableColumns: page.query.sortableColumns,
      columnDescriptions: resolved.metadata.columns ?? {},
      floats: page.floats,
    });
    displays.set(page, display);
  }
  return display;
}

function tableRequest(req: ViewRequest, resolved: ResolvedTable): TableRequest {
  return { ...resolved, datasette: req.datasette, args: req.args, actor: req.actor };
}

function pageOptions(req: ViewRequest, resolved: ResolvedTable, defaultLabels: boolean) {
  return {
    db: resolved.db,
    path: req.ctx.path,
    queryString: req.ctx.querystring,
    origin: origin(req),
    defaultLabels,
    signal: clientGone(req.ctx),
  };
}

export function origin(req: ViewRequest): string {
  const o = requestOrigin(req.ctx, req.datasette);
  return req.datasette.settings.force_https_urls ? o.replace(/^http:/, "https:") : o;
}

/** Datasette's Cache-Control (`?_ttl=` or default_cache_ttl) and Referrer-Policy on table and row pages. */
export function cacheHeaders(req: ViewRequest): Record<string, string> {
  const ttlArg = req.args.get("_ttl");
  const ttl =
    ttlArg && /^\d+$/.test(ttlArg) ? parseInt(ttlArg, 10) : req.datasette.settings.default_cache_ttl;
  return { "Cache-Control": ttl === 0 ? "no-cache" : `max-age=${ttl}`, "Referrer-Policy": "no-referrer" };
}

async function resolveExtras(
  req: ViewRequest,
  resolved: ResolvedTable,
  page: TablePage,
  extras: Set<string>,
): Promise<Record<string, unknown>> {
  const { datasette, args, ctx } = req;
  const { db, database, table, info } = resolved;
  const q = page.query;
  const nocount = Boolean(args.get("_nocount")) || ["array", "object"].includes(args.get("_shape") ?? "");
  const nofacet = Boolean(args.get("_nofacet")) || ["array", "object"].includes(args.get("_shape") ?? "");
  const nosuggest = Boolean(args.get("_nosuggest"));
  let count: number | null | undefined;
  const getCount = async (): Promise<number | null> => {
    if (count !== undefined) return count;
    count = null;
    if (!nocount) {
      const sql = `select count(*) from (select * ${q.fromSql} limit ${COUNT_LIMIT + 1})`;
      // Remembered until the data changes; a count that timed out is tried again next time.
      count = await db.remember(JSON.stringify(["count", sql, q.fromSqlParams]), async () => {
        try {
          return {
            value: Number((await runCount(req, resolved, sql, q.fromSqlParams)).rows[0]![0]),
            keep: true,
          };
        } catch (error) {
          if ((error as Error).name !== "QueryTimeoutError") throw error;
          return { value: null, keep: false };
        }
      });
    }
    return count;
  };
  const facetContext = async (): Promise<FacetContext> => ({
    datasette,
    db,
    schema: resolved.schema,
    database,
    table,
    sql: q.sqlNoOrderNoLimit,
    params: q.params,
    metadata: resolved.metadata,
    path: ctx.path,
    queryString: ctx.querystring,
    origin: origin(req),
    actor: req.actor,
    rowCount: await getCount(),
  });
  let facets: FacetResults | undefined;
  const getFacets = async () =>
    (facets ??= nofacet ? { results: {}, timed_out: [] } : await facetResults(await facetContext(), args));
  const display = () => tableDisplay(req, resolved, page);
  const resolvers: Record<string, () => unknown> = {
    count: getCount,
    count_truncated: async () => (await getCount()) === COUNT_LIMIT + 1,
    count_sql: () => q.countSql,
    facet_results: getFacets,
    facets_timed_out: async () => (await getFacets()).timed_out,
    suggested_facets: async () =>
      datasette.settings.suggest_facets &&
      datasette.settings.allow_facet &&
      !args.get("_next") &&
      !nofacet &&
      !nosuggest
        ? suggestFacets(await facetContext(), args)
        : [],
    human_description_en: () => {
      let text = q.filters.humanDescriptionEn(q.humanExtras);
      if (q.sort || q.sortDesc) {
        const sortedBy = `sorted by ${q.sort || q.sortDesc}${q.sortDesc ? " descending" : ""}`;
        text = [text, sortedBy].filter(Boolean).join(" ");
      }
      return text;
    },
    columns: () => page.columns,
    all_columns: () => [...resolved.tableColumns],
    primary_keys: () => resolved.pks,
    column_details: () => columnDetails(info?.columns ?? []),
    display_columns: async () => (await display()).columns,
    render_cell: () => page.rows.map(() => ({})),
    debug: () => ({
      url_vars: req.params,
      resolved: "",
      nofacet: args.get("_nofacet"),
      nosuggest: args.get("_nosuggest"),
    }),
    request: () => requestExtra(req),
    query: () => ({ sql: q.sql, params: q.params }),
    column_types: () => ({}),
    set_column_type_ui: () => null,
    metadata: () => tableMetadataExtra(resolved.metadata),
    extras: () => extrasList(TABLE_EXTRAS, extras, req),
    database: () => database,
    table: () => table,
    database_color: () => databaseColor(database),
    renderers: () => ({
      json: pathWithFormat(
        ctx.path,
        ctx.querystring,
        "json",
        info?.foreignKeys.outgoing.length ? { _labels: "on" } : {},
      ),
    }),
    custom_table_templates: () => [
      `_table-${toCssClass(database)}-${toCssClass(table)}.html`,
      `_table-table-${toCssClass(database)}-${toCssClass(table)}.html`,
      "_table.html",
    ],
    sorted_facet_results: async () =>
      sortedFacets(Object.values((await getFacets()).results) as FacetInfo[], resolved.metadata.facets),
    // The schema already says which of the two this is: only that one is read from sqlite_master.
    table_definition: () => (resolved.isView ? null : schemaDefinition(db, table, "table")),
    view_definition: () => (resolved.isView ? schemaDefinition(db, table, "view") : null),
    is_view: () => resolved.isView,
    private: () => false,
    expandable_columns: () =>
      (info?.foreignKeys.outgoing ?? []).map((fk) => [
        fk,
        resolved.schema.tables.find((t) => t.name === fk.other_table)?.labelColumn ?? null,
      ]),
    form_hidden_args: () => {
      const out: [string, string][] = [];
      for (const key of new Set(args.keys())) {
        if (
          key.startsWith("_") &&
          !["_sort", "_sort_desc", "_search", "_next"].includes(key) &&
          !key.includes("__")
        ) {
          for (const v of args.getAll(key)) out.push([key, v]);
        }
      }
      return out;
    },
  };
  const out: Record<string, unknown> = {};
  for (const name of TABLE_EXTRAS) if (extras.has(name)) out[name] = await resolvers[name]!();
  return out;
}

function runCount(req: ViewRequest, resolved: ResolvedTable, sql: string, params: Record<string, unknown>) {
  const timeLimitMs = ownTimeLimit(req.datasette.config, req.datasette.settings.sql_time_limit_ms);
  return runSql(resolved.db, sql, params, { timeLimitMs });
}

interface FacetInfo {
  name: string;
  results: unknown[];
}

function sortedFacets(
  facets: FacetInfo[],
  configs: (string | Record<string, string>)[] | undefined,
): FacetInfo[] {
  const bySize = (list: FacetInfo[]) =>
    [...list].sort(
      (a, b) => b.results.length - a.results.length || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
    );
  if (!configs?.length) return bySize(facets);
  const names = configs.map((c) => (typeof c === "string" ? c : Object.values(c)[0]!));
  const fromMetadata = facets
    .filter((f) => names.includes(f.name))
    .sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
  return [...fromMetadata, ...bySize(facets.filter((f) => !names.includes(f.name)))];
}

async function htmlContext(
  req: ViewRequest,
  resolved: ResolvedTable,
  page: TablePage,
  data: Record<string, unknown>,
) {
  const { datasette, ctx, args } = req;
  const q = page.query;
  const { database, table } = resolved;
  const slots = { datasette, actor: req.actor, request: ctx, database };
  const [display, actionMenu, top] = await Promise.all([
    tableDisplay(req, resolved, page),
    resolved.isView
      ? actionItems(datasette, "viewActions", { ...slots, view: table })
      : actionItems(datasette, "tableActions", { ...slots, table }),
    topHtml(datasette, "topTable", { datasette, request: ctx, database, table }),
  ]);
  const labelsExtra: Record<string, string> = resolved.info?.foreignKeys.outgoing.length
    ? { _labels: "on" }
    : {};
  const urlCsv = pathWithFormat(ctx.path, ctx.querystring, "csv", { _size: "max", ...labelsExtra });
  let sort = q.sort;
  if (!sort && !q.sortDesc) {
    if (resolved.pks.length === 1) sort = resolved.pks[0]!;
    else if (q.useRowid) sort = "rowid";
  }
  // Over the JSON's keys without copying them (see layeredVariables).
  return layeredVariables(
    {
      display_columns: display.columns,
      // Cells are HTML already: safe, so `{{ cell.value }}` prints them as Datasette's Markup does.
      display_rows: display.rows.map((r) =>
        Object.assign(
          r.cells.map((c) => ({ ...c, value: markSafe(String(c.value)) })),
          { pk_path: r.pk_path, row_path: r.row_path, row_label: r.row_label },
        ),
      ),
      filters: q.filters,
      filter_columns: [...page.columns, ...resolved.tableColumns.filter((c) => !page.columns.includes(c))],
      supports_search: q.supportsSearch,
      search: q.search,
      extra_wheres_for_ui: q.extraWheresForUi.map((w) => ({
        text: w.text,
        remove_url: pathWithRemovedArgs(ctx.path, ctx.querystring, [["_where", w.text]]),
      })),
      url_csv: urlCsv,
      url_csv_path: urlCsv.split("?")[0],
      url_csv_hidden_args: [
        ...parseQsl(ctx.querystring).filter(([k]) => !["_labels", "_facet", "_size"].includes(k)),
        ["_size", "max"],
      ],
      sort,
      sort_desc: q.sortDesc,
      is_sortable: display.columns.some((c) => c.sortable),
      allow_execute_sql: await datasette.permissionAllowed(req.actor, "execute-sql", resolved.database),
      datasette_allow_facet: datasette.settings.allow_facet ? "true" : "false",
      count_truncated: data.count === COUNT_LIMIT + 1,
      path_with_replaced_args: (_request: unknown, replaced: Record<string, string | null>) =>
        pathWithReplacedArgs(ctx.path, ctx.querystring, Object.entries(replaced)),
      append_querystring: (url: string, qs: string) => `${url}${url.includes("?") ? "&" : "?"}${qs}`,
      // path_with_replaced_args starts from the request path, which already carries base_url; like Datasette's
      // PrefixedUrlString, a path that is already prefixed is not prefixed again (/repo/repo/db/t?_sort=x).
      fix_path: (p: string) =>
        datasette.urls.baseUrl !== "/" && p.startsWith(datasette.urls.baseUrl) ? p : datasette.urls.path(p),
      escape_sqlite: escapeSqlite,
      // The partials _facet_results.html and _suggested_facets.html call it as a function.
      to_css_class: toCssClass,
      args_has: (name: string) => args.has(name),
      table_page_data: {},
      table_insert_ui: null,
      table_alter_ui: null,
      set_column_type_ui: null,
      actions: () => actionMenu,
      top_table: () => top,
    },
    data,
  );
}
