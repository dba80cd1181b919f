import { requestOrigin } from "../table/origin.js";
import type { View, ViewRequest } from "../view.js";
import type { QueryResult } from "../../db/types.js";
import { HttpError } from "../http-error.js";
import { QueryTimeoutError, ReadOnlyError, SqlError } from "../../db/errors.js";
import { toCssClass } from "../css-class.js";
import { cannedQuery, namedParameters, storedQueryToDict, type StoredQuery } from "../canned-queries.js";
import { databaseColor } from "./index.js";
import { resolveDatabase } from "../table/resolve.js";
import { extraNames, shapeJson, shapedResult, validateExtras } from "../table/json-shape.js";
import { extrasList, QUERY_EXTRAS, requestExtra } from "../table/extras.js";
import { pathWithAddedArgs, pathWithFormat, pathWithRemovedArgs, urlencode } from "../table/query-string.js";
import { markSafe } from "../../templates/python-values.js";
import { checkSqlText } from "../../db/sql-guard.js";
import { escapeHtml, numberText } from "../table/display.js";
import { runSql } from "../table/run-sql.js";
import { Floats } from "../table/floats.js";
import { magicParameterValues } from "../table/magic-parameters.js";
import { templateRequest } from "../request.js";
import { writeCannedQuery } from "./query-write.js";
import { rowObject } from "../table/table-data.js";
import { clientGone } from "../client-gone.js";
import { actionItems, topHtml } from "../page-slots.js";

/** Datasette's message for an interrupted query on data formats. */
const TOO_LONG = "SQL query took too long. The time limit is controlled by the sql_time_limit_ms setting.";

/**
 * `/DB/-/query?sql=…` and canned queries at `/DB/NAME` (Datasette's QueryView): `:named` parameters come
 * from the query string, SQL errors are answered in the page (400 on .json), a timeout is a 400. A
 * `write: true` canned query is not run on GET: its page is a form that POSTs to it (./query-write.ts).
 */
export const queryView: View = async (req) => {
  const { datasette, params, format, args, actor } = req;
  const db = resolveDatabase(datasette, params.database!);
  const database = db.name;
  const stored = params.table ? cannedQuery(datasette, database, params.table) : null;
  if (params.table && !stored) throw new HttpError(404, "Table not found");
  if (stored) {
    if (!(await datasette.permissionAllowed(actor, "view-query", [database, stored.name]))) {
      throw new HttpError(403, "You do not have permission to view this query");
    }
  } else if (!(await datasette.permissionAllowed(actor, "execute-sql", database))) {
    throw new HttpError(403, "execute-sql");
  }
  if (req.ctx.method === "POST") {
    if (!stored) throw new HttpError(405, "Method not allowed");
    return writeCannedQuery(req, db, stored);
  }
  const queryParams: Record<string, string> = {};
  for (const key of args.keys()) queryParams[key] ??= args.get(key)!;
  let sql: string | null = null;
  if (stored) sql = stored.sql;
  else if ("sql" in queryParams) {
    sql = queryParams.sql!;
    delete queryParams.sql;
  }
  const names = stored?.parameters?.length ? stored.parameters : sql ? namedParameters(sql) : [];
  const namedValues: Record<string, string> = {};
  for (const name of names) if (!name.startsWith("_")) namedValues[name] = queryParams[name] || "";
  for (const name of names) if (!(name in queryParams) && !name.startsWith("_")) queryParams[name] = "";
  const timelimit = queryParams._timelimit ? parseInt(queryParams._timelimit, 10) : null;

  let results: QueryResult | null = null;
  let queryError: string | null = null;
  if (sql && !stored?.write) {
    try {
      // Canned queries alone get magic parameters (Datasette's rule: `?sql=` could read a user's cookies).
      const bound = stored
        ? {
            ...queryParams,
            ...magicParameterValues(sql, {
              headers: req.ctx.headers,
              cookies: templateRequest(req.ctx, actor).cookies,
              actor,
            }),
          }
        : queryParams;
      // Arbitrary SQL runs in its own lane of read processes, stopped when its client hangs up.
      results = await runSql(db, sql, bound, {
        lane: "sql",
        // Datasette checks only `?sql=` text; a stored query is the site's own (prepareReadOnly still applies).
        trusted: Boolean(stored),
        signal: clientGone(req.ctx),
        ...(timelimit ? { timeLimitMs: Math.min(timelimit, datasette.settings.sql_time_limit_ms) } : {}),
      });
    } catch (error) {
      if (error instanceof QueryTimeoutError)
        throw new HttpError(400, TOO_LONG, { title: "SQL Interrupted", cause: error });
      if (error instanceof ReadOnlyError)
        throw new HttpError(400, error.message, { title: "Invalid SQL", cause: error });
      if (!(error instanceof SqlError)) throw error;
      queryError = error.message;
    }
  }
  const columns = results?.columns ?? [];
  const floats = results ? Floats.of(results) : Floats.NONE;
  const rows = (results?.rows ?? []).map((r) => rowObject(columns, r));
  const metadata = () => {
    if (!stored) {
      const { tables: _t, queries: _q, ...rest } = datasette.metadata.databases?.[database] ?? {};
      return rest;
    }
    const { source: _s, ...dict } = storedQueryToDict(stored);
    return dict;
  };

  if (format === "csv") {
    if (!sql) throw new HttpError(400, "?sql= is required");
    if (queryError) throw new HttpError(400, queryError, { title: "Invalid SQL" });
    return {
      csv: async () => ({
        columns,
        // Numbers as Python writes them (1.0, 1e+20), as in Datasette's CSV.
        rows: (results?.rows ?? []).map((r, index) =>
          r.map((v, i) =>
            Buffer.isBuffer(v)
              ? blobUrl(req, v)
              : typeof v === "number"
                ? numberText(v, floats.has(index, columns[i]!))
                : v,
          ),
        ),
        filename: `${stored?.name ?? database}.csv`,
      }),
    };
  }
  if (format) {
    if (!sql) throw new HttpError(400, "?sql= is required");
    const extras = extraNames(args);
    validateExtras(extras, QUERY_EXTRAS);
    const data: Record<string, unknown> = { ok: true, rows, columns };
    const resolvers: Record<string, () => unknown> = {
      columns: () => columns,
      render_cell: () => rows.map(() => ({})),
      debug: () => ({ url_vars: urlVars(req) }),
      request: () => requestExtra(req),
      query: () => ({ sql, params: namedValues }),
      metadata,
      extras: () => extrasList(QUERY_EXTRAS, extras, req),
      database: () => database,
      database_color: () => databaseColor(database),
      private: () => false,
    };
    for (const name of QUERY_EXTRAS) if (extras.has(name)) data[name] = resolvers[name]!();
    if (format !== "json") {
      return { rows: async () => ({ columns, rows: results?.rows ?? [], database, table: null }) };
    }
    const shaped = shapeJson(args, data, {
      error: queryError,
      truncated: results?.truncated ?? false,
      floats,
    });
    return shapedResult(shaped);
  }

  const templates = [`query-${toCssClass(database)}.html`, "query.html"];
  if (stored) templates.unshift(`query-${toCssClass(database)}-${toCssClass(stored.name)}.html`);
  const allowExecuteSql = await datasette.permissionAllowed(actor, "execute-sql", database);
  const showHide = showHideControls(req, stored);
  const schema = allowExecuteSql ? await db.schema() : null;
  return {
    alternateJson: datasette.urls.path(
      pathWithFormat(req.ctx.path.slice(datasette.settings.base_url.length - 1), req.ctx.querystring, "json"),
    ),
    html: async () => {
      const request = req.ctx;
      const queryName = stored?.name ?? null;
      const [queryActions, top] = await Promise.all([
        actionItems(datasette, "queryActions", {
          datasette,
          actor,
          database,
          queryName,
          request,
          sql: sql ?? "",
          params: queryParams,
        }),
        stored
          ? topHtml(datasette, "topStoredQuery", { datasette, request, database, queryName: stored.name })
          : topHtml(datasette, "topQuery", { datasette, request, database, sql: sql ?? "" }),
      ]);
      return {
        templates,
        context: {
          database,
          database_color: databaseColor(database),
          query: { sql, params: queryParams },
          stored_query: stored?.name ?? null,
          canned_query: stored?.name ?? null,
          stored_query_write: Boolean(stored?.write),
          db_is_immutable: db.immutable,
          private: false,
          error: queryError,
          hide_sql: showHide.text === "show",
          show_hide_link: showHide.link,
          show_hide_text: showHide.text,
          show_hide_hidden: markSafe(showHide.hidden),
          edit_sql_url:
            sql && allowExecuteSql && !stored?.write && isSelect(sql) && !sql.includes(":_")
              ? `${datasette.urls.database(database)}/-/query?${urlencode([["sql", sql], ...Object.entries(namedValues)])}`
              : null,
          // No store-a-query page here yet (Datasette's /-/queries/store).
          save_query_url: null,
          tables: schema?.tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) })) ?? [],
          table_columns: Object.fromEntries([
            ...(schema?.tables.map((t) => [t.name, t.columns.map((c) => c.name)]) ?? []),
            ...(schema?.views.map((v) => [v.name, []]) ?? []),
          ]),
          select_templates: templates,
          query_actions: () => queryActions,
          // query.html prints top_stored_query() on a stored query's page and top_query() on others.
          top_query: () => top,
          top_stored_query: () => top,
          editable: !stored,
          to_css_class: toCssClass,
          zip: (a: unknown[], b: unknown[]) => a.map((x, i) => [x, b[i]]),
          allow_execute_sql: allowExecuteSql,
          named_parameter_values: namedValues,
          columns,
          rows,
          truncated: results?.truncated ?? false,
          display_rows: (results?.rows ?? []).map((r, index) =>
            r.map((v, i) => markSafe(displayValue(v, floats.has(index, columns[i]!)))),
          ),
          metadata: metadata(),
          url_csv: pathWithFormat(req.ctx.path, req.ctx.querystring, "csv", { _size: "max" }),
          renderers: { json: pathWithFormat(req.ctx.path, req.ctx.querystring, "json") },
        },
      };
    },
  };
};

function urlVars(req: ViewRequest): Record<string, string> {
  const vars: Record<string, string> = { database: req.params.database! };
  if (req.params.table) vars.table = req.params.table;
  if (req.format) vars.format = req.format;
  return vars;
}

/**
 * The "(hide)"/"(show)" link beside the SQL and the hidden input that keeps that choice when the form is
 * submitted. A canned query with hide_sql starts hidden (`_show_sql` shows it); others start shown.
 */
function showHideControls(req: ViewRequest, stored: StoredQuery | null) {
  const { args, ctx } = req;
  const flag = stored?.hide_sql ? "_show_sql" : "_hide_sql";
  const on = Boolean(args.get(flag));
  return {
    link: on
      ? pathWithRemovedArgs(ctx.path, ctx.querystring, new Set([flag]))
      : pathWithAddedArgs(ctx.path, ctx.querystring, [[flag, 1]]),
    text: (flag === "_show_sql") === on ? "hide" : "show",
    hidden: on ? `<input type="hidden" name="${flag}" value="1">` : "",
  };
}

function isSelect(sql: string): boolean {
  try {
    checkSqlText(sql);
    return true;
  } catch {
    return false;
  }
}

function blobUrl(req: ViewRequest, _value: Buffer): string {
  return (
    requestOrigin(req.ctx, req.datasette) +
    pathWithFormat(req.ctx.path.replace(/\.csv$/, ""), req.ctx.querystring, "blob")
  );
}

/** A query result cell as HTML: links for URLs, a placeholder for blank values, numbers as Python prints them. */
function displayValue(value: unknown, isFloatColumn: boolean): string {
  if (value === null || value === undefined || value === "") return "&nbsp;";
  if (typeof value === "number") return numberText(value, isFloatColumn);
  if (Buffer.isBuffer(value))
    return `&lt;Binary:&nbsp;${value.length.toLocaleString("en-US")}&nbsp;byte${value.length === 1 ? "" : "s"}&gt;`;
  if (typeof value === "string" && /^https?:\/\/\S+$/.test(value.trim()))
    return `<a href="${escapeHtml(value.trim())}">${escapeHtml(value.trim())}</a>`;
  return escapeHtml(value);
}
