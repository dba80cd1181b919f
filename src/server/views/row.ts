import { layeredVariables } from "../../templates/jinja-compat.js";
import type { View, ViewRequest } from "../view.js";
import { HttpError } from "../http-error.js";
import { toCssClass } from "../css-class.js";
import { databaseColor } from "./index.js";
import { cacheHeaders } from "./table.js";
import { findTable, resolveDatabase, tableMetadataExtra, type ResolvedTable } from "../table/resolve.js";
import { extraNames, shapeJson, shapedResult, validateExtras } from "../table/json-shape.js";
import { columnDetails, extrasList, requestExtra, ROW_EXTRAS } from "../table/extras.js";
import { escapeSqlite } from "../table/sql-names.js";
import { runSql } from "../table/run-sql.js";
import { Floats } from "../table/floats.js";
import { tildeDecode } from "../tilde.js";
import { pathWithFormat } from "../table/query-string.js";
import { displayColumnsAndRows, numberText, rowLabel } from "../table/display.js";
import { expandForeignKeys, labelKey } from "../table/labels.js";
import { rowObject, setOwn, type Row } from "../table/table-data.js";
import { ownTimeLimit } from "../time-limits.js";
import { markSafe } from "../../templates/python-values.js";
import { actionItems, topHtml } from "../page-slots.js";
import { whenAll } from "../../plugins/hook-runner.js";
import type { ActionItem } from "../../plugins/hooks.js";
import type { SafeString } from "../../templates/python-values.js";

/** `/DB/TABLE/PKS(.format)`: one row by primary key (comma-joined, tilde-encoded) or rowid (Datasette's RowView). */
export const rowView: View = async (req) => {
  const { datasette, params, format, args, actor } = req;
  resolveDatabase(datasette, params.database!);
  const resolved = await findTable(datasette, params.database!, params.table!);
  if (!resolved) throw new HttpError(404, "Table not found");
  const pkValues = params.pks!.split(",").map(tildeDecode);
  const pks = resolved.pks.length ? resolved.pks : ["rowid"];
  const select = resolved.pks.length ? "*" : "rowid, *";
  const sql = `select ${select} from ${escapeSqlite(resolved.table)} where ${pks.map((pk, i) => `"${pk}"=:p${i}`).join(" AND ")}`;
  const sqlParams: Record<string, string> = {};
  pkValues.forEach((v, i) => (sqlParams[`p${i}`] = v));
  if (pkValues.length !== pks.length)
    throw new HttpError(400, "URL row identifier does not match the primary key for this table");
  const started = performance.now();
  // A lookup by key: an export's server runs it in its own thread (QueryOptions.bounded), and at most
  // one row comes back, read in one call (maxRows 0) rather than stepped row by row.
  const result = await runSql(resolved.db, sql, sqlParams, { bounded: true, maxRows: 0 });
  if (!result.rows.length) throw new HttpError(404, "Row not found");
  if (!(await datasette.permissionAllowed(actor, "view-table", [resolved.database, resolved.table]))) {
    throw new HttpError(403, "You do not have permission to view this table");
  }
  const columns = result.columns;
  const rows: Row[] = result.rows.map((r) => rowObject(columns, r));
  const headers = cacheHeaders(req);
  const floats = Floats.of(result);
  if (format === "csv") {
    // Numbers as Python writes them (1.0, 1e+20), as in Datasette's CSV.
    const csvRows = result.rows.map((r, index) =>
      r.map((v, i) => (typeof v === "number" ? numberText(v, floats.has(index, columns[i]!)) : v)),
    );
    return { headers, csv: async () => ({ columns, rows: csvRows, filename: `${resolved.table}.csv` }) };
  }
  const extras = extraNames(args);
  if (format) validateExtras(extras, ROW_EXTRAS);
  const data: Record<string, unknown> = {
    ok: true,
    database: resolved.database,
    table: resolved.table,
    rows,
    columns,
    primary_keys: pks,
    primary_key_values: pkValues,
  };
  const fkTables = () => foreignKeyTables(req, resolved, pkValues);
  // Most requests ask for no extra: the resolvers (a closure each) are made only for one that does.
  if (extras.size > 0)
    await addExtras(data, extras, { req, resolved, columns, pks, rows, sql, sqlParams, pkValues, fkTables });
  // A timing printed in an exported file would make every export differ.
  data.query_ms = req.datasette.config.deterministic ? 0 : performance.now() - started;
  if (format && format !== "json") {
    return {
      rows: async () => ({ columns, rows: result.rows, database: resolved.database, table: resolved.table }),
    };
  }
  if (format === "json") {
    const shaped = shapeJson(args, data, { truncated: false, floats });
    return { headers, ...shapedResult(shaped) };
  }
  return {
    headers,
    alternateJson: datasette.urls.path(
      pathWithFormat(req.ctx.path.slice(datasette.settings.base_url.length - 1), req.ctx.querystring, "json"),
    ),
    html: async () => ({
      templates: [`row-${toCssClass(resolved.database)}-${toCssClass(resolved.table)}.html`, "row.html"],
      context: await rowHtmlContext(req, resolved, data, rows, columns, pks, await fkTables(), floats),
    }),
  };
};

async function rowHtmlContext(
  req: ViewRequest,
  resolved: ResolvedTable,
  data: Record<string, unknown>,
  rows: Row[],
  columns: string[],
  pks: string[],
  foreignKeyTables: unknown[],
  floats: Floats,
) {
  const { datasette, ctx } = req;
  const { database, table } = resolved;
  const slots = whenAll<unknown>([
    actionItems(datasette, "rowActions", {
      datasette,
      actor: req.actor,
      request: ctx,
      database,
      table,
      row: rows[0]!,
    }),
    topHtml(datasette, "topRow", { datasette, request: ctx, database, table, row: rows[0]! }),
  ]);
  const filled = Array.isArray(slots) ? slots : await slots;
  const rowActions = filled[0] as ActionItem[];
  const top = filled[1] as SafeString;
  // The primary keys first, then the other columns: pks is a key's few columns, looked up with
  // includes() rather than through a Set and two filtered copies made for every page.
  const ordered: string[] = [];
  for (let c = 0; c < columns.length; c++) if (pks.includes(columns[c]!)) ordered.push(columns[c]!);
  for (let c = 0; c < columns.length; c++) if (!pks.includes(columns[c]!)) ordered.push(columns[c]!);
  let expanded = rows.map((r) => reordered(r, ordered));
  // Indexed loops in this async function: for…of allocated an iterator result per step, on every page.
  const outgoing = resolved.info?.foreignKeys.outgoing ?? [];
  for (let f = 0; f < outgoing.length; f++) {
    const fk = outgoing[f]!;
    if (!ordered.includes(fk.column)) continue;
    const labels = await expandForeignKeys(
      datasette,
      req.actor,
      resolved.database,
      resolved.schema,
      resolved.table,
      fk.column,
      expanded.map((r) => r[fk.column]),
    );
    expanded = expanded.map((r) => {
      const v = r[fk.column];
      return v !== null && labels.has(labelKey(fk.column, v))
        ? { ...r, [fk.column]: { value: v, label: labels.get(labelKey(fk.column, v)) } }
        : r;
    });
  }
  const display = await displayColumnsAndRows({
    datasette,
    database: resolved.database,
    table: resolved.table,
    info: resolved.info,
    columns: ordered,
    rows: expanded,
    linkColumn: false,
    truncateCells: 0,
    sortableColumns: NOT_SORTABLE,
    columnDescriptions: resolved.metadata.columns ?? {},
    floats,
  });
  for (let r = 0; r < display.rows.length; r++) {
    const cells = display.rows[r]!.cells;
    for (let c = 0; c < cells.length; c++)
      if (pks.includes(cells[c]!.column)) cells[c]!.value = `<strong>${cells[c]!.value}</strong>`;
  }
  const label = resolved.isView ? null : rowLabel(expanded[0]!, resolved.info?.labelColumn ?? null);
  const urlCsv = pathWithFormat(req.ctx.path, req.ctx.querystring, "csv", { _size: "max" });
  const customTemplates = [
    `_table-${toCssClass(resolved.database)}-${toCssClass(resolved.table)}.html`,
    `_table-row-${toCssClass(resolved.database)}-${toCssClass(resolved.table)}.html`,
    "_table.html",
  ];
  // Over the JSON's keys without copying them (see layeredVariables).
  return layeredVariables(
    {
      columns: ordered,
      foreign_key_tables: foreignKeyTables,
      database_color: databaseColor(resolved.database),
      display_columns: display.columns,
      // Cells are HTML already: safe, so `{{ cell.value }}` prints them as Datasette's Markup does.
      // The cells are this page's own (displayColumnsAndRows made them): marked in place, not copied.
      display_rows: display.rows.map((r) => {
        for (let c = 0; c < r.cells.length; c++)
          (r.cells[c] as { value: unknown }).value = markSafe(String(r.cells[c]!.value));
        return Object.assign(r.cells, { row_label: label });
      }),
      custom_table_templates: customTemplates,
      row_label: label,
      to_css_class: toCssClass,
      // Datasette 1.0a37's row page gets an empty `metadata` (its row view's template extras say so): no
      // table description, source or license on a row's page; the `metadata` JSON extra is the table's.
      metadata: {},
      renderers: { json: pathWithFormat(req.ctx.path, req.ctx.querystring, "json") },
      url_csv: urlCsv,
      url_csv_path: urlCsv.includes("?") ? urlCsv.slice(0, urlCsv.indexOf("?")) : urlCsv,
      url_csv_hidden_args: [["_size", "max"]],
      table_page_data: {},
      row_mutation_ui: null,
      private: false,
      row_actions: rowActions,
      top_row: () => top,
    },
    data,
  );
}

/** A row page sorts nothing. */
const NOT_SORTABLE: ReadonlySet<string> = new Set();

/** What the row's `_extra=` resolvers read. */
interface ExtrasInput {
  req: ViewRequest;
  resolved: ResolvedTable;
  columns: string[];
  pks: string[];
  rows: Row[];
  sql: string;
  sqlParams: Record<string, string>;
  pkValues: string[];
  fkTables: () => Promise<unknown[]>;
}

/** Adds each `_extra=` the request names to `data`, in ROW_EXTRAS's order. */
async function addExtras(
  data: Record<string, unknown>,
  extras: Set<string>,
  input: ExtrasInput,
): Promise<void> {
  const { req, resolved, columns, pks, rows, sql, sqlParams, pkValues, fkTables } = input;
  const { format } = req;
  const resolvers: Record<string, () => unknown> = {
    columns: () => columns,
    primary_keys: () => pks,
    column_details: () => columnDetails(resolved.info?.columns ?? []),
    render_cell: () => rows.map(() => ({})),
    debug: () => ({
      url_vars: { ...req.params, ...(format ? { format } : {}) },
      resolved: { table: resolved.table, sql, params: sqlParams, pks, pk_values: pkValues },
    }),
    request: () => requestExtra(req),
    query: () => ({ sql, params: sqlParams }),
    column_types: () => ({}),
    metadata: () => tableMetadataExtra(resolved.metadata),
    extras: () => extrasList(ROW_EXTRAS, extras, req),
    database: () => resolved.database,
    table: () => resolved.table,
    database_color: () => databaseColor(resolved.database),
    private: () => false,
    foreign_key_tables: fkTables,
  };
  for (const name of ROW_EXTRAS) if (extras.has(name)) data[name] = await resolvers[name]!();
}

/** The row with its keys in `order`. */
function reordered(row: Row, order: string[]): Row {
  const out: Row = {};
  for (let i = 0; i < order.length; i++) setOwn(out, order[i]!, row[order[i]!]);
  return out;
}

/** Tables whose foreign keys point at this row, with how many rows point here and a link to them. */
async function foreignKeyTables(req: ViewRequest, resolved: ResolvedTable, pkValues: string[]) {
  if (pkValues.length !== 1) return [];
  const incoming = resolved.info?.foreignKeys.incoming ?? [];
  if (!incoming.length) return [];
  const sql =
    "select " +
    incoming
      .map(
        (fk) =>
          `(select count(*) from ${escapeSqlite(fk.other_table)} where ${escapeSqlite(fk.other_column)}=:id)`,
      )
      .join(", ");
  let counts: unknown[];
  try {
    const timeLimitMs = ownTimeLimit(req.datasette.config, req.datasette.settings.sql_time_limit_ms);
    counts = (await runSql(resolved.db, sql, { id: pkValues[0] }, { timeLimitMs })).rows[0] ?? [];
  } catch (error) {
    if ((error as Error).name === "QueryTimeoutError") return [];
    throw error;
  }
  const byKey = new Map<string, unknown>();
  incoming.forEach((fk, i) => byKey.set(`${fk.other_table}\u0000${fk.other_column}`, counts[i]));
  return incoming.map((fk) => {
    let key = fk.other_column;
    if (key.startsWith("_")) key += "__exact";
    const link = `${req.datasette.urls.table(resolved.database, fk.other_table)}?${key}=${pkValues.join(",")}`;
    return { ...fk, count: byKey.get(`${fk.other_table}\u0000${fk.other_column}`) || 0, link };
  });
}
