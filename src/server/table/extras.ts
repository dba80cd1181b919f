import type { ColumnInfo } from "../../db/types.js";
import type { ViewRequest } from "../view.js";
import { requestOrigin } from "./origin.js";
import { pathWithAddedArgs, pathWithRemovedArgs } from "./query-string.js";
/**
 * Datasette 1.0's `?_extra=` names (datasette/views/table_extras.py), in its registry order. Only these may
 * be asked for on .json; HTML-only extras (actions, filters, display_rows) are not listed.
 */
export const EXTRA_DESCRIPTIONS: Record<string, string> = {
  count: "Total count of rows matching these filters",
  count_truncated:
    "True if the count hit Datasette's counting limit, meaning the real number of matching rows is at least the reported count.",
  count_sql:
    "SQL query string used to calculate the total count for the current table view, including active filters.",
  facet_results:
    "Results of facets calculated against this data. A dictionary with ``results`` and ``timed_out`` keys: ``results`` maps facet names to facet dictionaries with ``name``, ``type``, ``results`` and URL keys, and each facet result item includes ``value``, ``label``, ``count`` and ``toggle_url``.",
  facets_timed_out: "List of names of facet calculations that exceeded the facet time limit.",
  suggested_facets:
    "Suggestions for facets that might return interesting results. Each item is a dictionary with ``name`` and ``toggle_url`` keys, and may include extra keys such as ``type`` or ``label`` depending on the facet class.",
  human_description_en: "Human-readable description of the filters",
  columns: "List of column names returned by this table, row or query.",
  all_columns: "List of all column names in the table, regardless of ``_col=`` or ``_nocol=`` filtering.",
  primary_keys:
    "List of primary key column names for this table, or an empty list if the table has no explicit primary key.",
  column_details:
    "SQLite schema details for columns in this table. The dictionary maps column names to objects describing the schema for each column.",
  display_columns:
    "Column metadata used by the HTML table display. Each item includes ``name``, ``sortable``, ``is_pk``, ``type``, ``notnull``, ``description``, ``column_type`` and ``column_type_config`` keys.",
  render_cell: "Rendered HTML for each cell using the render_cell plugin hook",
  debug:
    "Extra debug information dictionary. This is intended for development only and its shape is not part of the stable template contract.",
  request:
    "Dictionary with request details: ``url``, ``path``, ``full_path``, ``host`` and ``args`` where ``args`` maps query string parameter names to their values.",
  query: "Details of the underlying SQL query as a dictionary with ``sql`` and ``params`` keys.",
  column_types:
    'Column type assignments for this table. A dictionary mapping column names to ``{"type": type_name, "config": config}`` dictionaries.',
  set_column_type_ui:
    "Information needed to build an interface for assigning column types, or ``None`` if unavailable. When present it has ``path`` and ``columns`` keys; ``columns`` maps column names to ``current`` and ``options`` values.",
  metadata:
    "Metadata dictionary for the table, database or stored query. Table and row metadata include a ``columns`` dictionary mapping column names to descriptions; stored query metadata returns the stored query configuration.",
  extras:
    "List of ``?_extra=`` blocks that can be used on this page. Each item has ``name``, ``description``, ``toggle_url`` and ``selected`` keys.",
  database: "Database name",
  table: "Table name",
  database_color: "Color assigned to the database",
  renderers:
    "Dictionary mapping output format names such as ``json`` or plugin-provided renderer names to URLs for this data in that format.",
  custom_table_templates:
    "List of custom template names considered for rendering table rows, in lookup order.",
  sorted_facet_results:
    "Facet result dictionaries sorted for display. Each item has the same shape as an entry from ``facet_results['results']``.",
  table_definition: "SQL definition for this table",
  view_definition: "SQL definition for this view",
  is_view: "Whether this resource is a view instead of a table",
  private: "Whether this resource is private to the current actor",
  expandable_columns:
    "List of foreign key columns that can be expanded with labels. Each item is a ``(foreign_key, label_column)`` pair where ``foreign_key`` is the SQLite foreign key dictionary and ``label_column`` is the label column in the referenced table, or ``None``.",
  foreign_key_tables:
    "List of tables that link to this row using foreign keys. Each item includes the foreign key fields plus ``count`` for matching rows and ``link`` for the filtered table URL.",
  form_hidden_args:
    "List of ``(name, value)`` pairs for hidden form fields used by the HTML table interface to preserve current query string options.",
};

const ALL = Object.keys(EXTRA_DESCRIPTIONS);
const ROW_ONLY = ["foreign_key_tables"];
export const TABLE_EXTRAS = ALL.filter((n) => !ROW_ONLY.includes(n));
export const ROW_EXTRAS = [
  "columns",
  "primary_keys",
  "column_details",
  "render_cell",
  "debug",
  "request",
  "query",
  "column_types",
  "metadata",
  "extras",
  "database",
  "table",
  "database_color",
  "private",
  "foreign_key_tables",
];
export const QUERY_EXTRAS = [
  "columns",
  "render_cell",
  "debug",
  "request",
  "query",
  "metadata",
  "extras",
  "database",
  "database_color",
  "private",
];

/** Everything the HTML page asks for (Datasette's `_html` bundle), before HTML-only values. */
export const HTML_EXTRAS = [
  "suggested_facets",
  "facet_results",
  "facets_timed_out",
  "count",
  "count_sql",
  "human_description_en",
  "metadata",
  "query",
  "columns",
  "display_columns",
  "database",
  "table",
  "database_color",
  "renderers",
  "custom_table_templates",
  "sorted_facet_results",
  "table_definition",
  "view_definition",
  "is_view",
  "private",
  "primary_keys",
  "all_columns",
  "expandable_columns",
  "form_hidden_args",
  "set_column_type_ui",
];

/** The `extras` extra: every public extra of a scope with an absolute URL that toggles it on this page. */
export function extrasList(
  scope: readonly string[],
  selected: Set<string>,
  req: Pick<ViewRequest, "ctx" | "datasette">,
): { name: string; description: string; toggle_url: string; selected: boolean }[] {
  const { path, querystring } = req.ctx;
  const origin = requestOrigin(req.ctx, req.datasette);
  return scope.map((name) => ({
    name,
    description: EXTRA_DESCRIPTIONS[name]!,
    toggle_url:
      origin +
      (selected.has(name)
        ? pathWithRemovedArgs(path, querystring, [["_extra", name]])
        : pathWithAddedArgs(path, querystring, [["_extra", name]])),
    selected: selected.has(name),
  }));
}

/** Datasette's `column_details` extra: each column's declared type, affinity and table_xinfo facts. */
export function columnDetails(columns: readonly ColumnInfo[]): Record<string, unknown> {
  return Object.fromEntries(
    columns.map((c) => [
      c.name,
      {
        type: c.type,
        sqlite_type: sqliteAffinity(c.type),
        notnull: Boolean(c.notnull),
        default: c.default_value,
        is_pk: Boolean(c.is_pk),
        pk_position: c.is_pk,
        hidden: c.hidden,
      },
    ]),
  );
}

/** Datasette's column_detail_as_json: the declared type, its affinity and the PRAGMA table_xinfo facts. */
export function sqliteAffinity(declared: string): string {
  const t = declared.toUpperCase();
  if (t.includes("INT")) return "INTEGER";
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return "TEXT";
  if (t.includes("BLOB") || t === "") return "BLOB";
  if (t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB")) return "REAL";
  return "NUMERIC";
}

/** Datasette's request.args._data: every name with all its values. */
export function argsDict(args: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of args) (out[k] ??= []).push(v);
  return out;
}

/** The `request` extra, the same on table, row and query pages. */
export function requestExtra(req: Pick<ViewRequest, "ctx" | "args">): Record<string, unknown> {
  const { ctx } = req;
  return { url: ctx.href, path: ctx.path, full_path: ctx.url, host: ctx.host, args: argsDict(req.args) };
}
