import type { Datasette } from "../datasette.js";
import type { TableInfo } from "../../db/types.js";
import { tildeEncode } from "../tilde.js";
import { formatBytes } from "../format-bytes.js";
import { pathFromRowPks, type Row } from "./table-data.js";
import { formatNumber, PyFloat } from "../../templates/python-numbers.js";
import { Floats } from "./floats.js";
import { escapeString } from "../../templates/python-values.js";
import { implementsHook } from "../../plugins/hook-runner.js";

export interface DisplayColumn {
  name: string;
  sortable: boolean;
  is_pk: boolean;
  type: string;
  notnull: number;
  description?: string | null;
  column_type?: null;
  column_type_config?: null;
  is_special_link_column?: boolean;
}

/** One cell as templates see it: `value` is HTML, ready to print without escaping. */
export interface DisplayCell {
  column: string;
  value: string;
  raw: unknown;
  value_type: string;
  is_special_link_column?: boolean;
}

export interface DisplayRow {
  cells: DisplayCell[];
  pk_path: string | null;
  row_path: string | null;
  row_label: string | null;
}

export function escapeHtml(value: unknown): string {
  return escapeString(String(value));
}

function truncateUrl(url: string, length: number): string {
  if (!length || url.length <= length) return url;
  const i = url.lastIndexOf(".");
  const ext = i >= 0 ? url.slice(i + 1) : "";
  if (i >= 0 && ext.length >= 1 && ext.length <= 4 && !ext.includes("/"))
    return url.slice(0, i).slice(0, length - 1 - ext.length) + "\u2026." + ext;
  return url.slice(0, length - 1) + "\u2026";
}

/**
 * A number as Python's str() prints it: a whole float (./floats.ts) keeps its `.0`, and floats print as
 * their repr (`1e+20`, `-0.0`).
 */
export function numberText(value: number, isFloat: boolean): string {
  return formatNumber(isFloat ? new PyFloat(value) : value);
}

/** Python's type name for a value, as Datasette reports `value_type`. */
function valueType(value: unknown, isFloat: boolean): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "number") return Number.isInteger(value) && !isFloat ? "int" : "float";
  if (typeof value === "bigint") return "int";
  if (typeof value === "string") return "str";
  if (Buffer.isBuffer(value)) return "bytes";
  return "dict";
}

/** The last item whose `key` is `value`: what a Map built from the list in order answers for it. */
function lastNamed<T, K extends keyof T>(list: readonly T[], key: K, value: T[K]): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]![key] === value) return list[i];
  return undefined;
}

export function rowLabel(row: Row, labelColumn: string | null): string | null {
  if (!labelColumn || !(labelColumn in row)) return null;
  let value = row[labelColumn];
  if (value && typeof value === "object" && !Buffer.isBuffer(value))
    value = (value as { label: unknown }).label;
  if (value === null || value === undefined || value === "") return null;
  return String(value);
}

export interface DisplayInput {
  datasette: Datasette;
  database: string;
  table: string;
  info: TableInfo | null;
  columns: string[];
  rows: Row[];
  linkColumn: boolean;
  truncateCells: number;
  sortableColumns: ReadonlySet<string>;
  columnDescriptions: Record<string, string>;
  /** Which numbers are floats, by index in `rows` (TablePage.floats); default none. */
  floats?: Floats;
}

/**
 * Datasette's display_columns_and_rows: the header columns and the HTML for every cell, with a link column
 * to each row, foreign keys shown as links labelled from the other table, blobs as download links and URLs
 * as links. The renderCell plugin hook gets the first say on every cell.
 */
export async function displayColumnsAndRows(
  input: DisplayInput,
): Promise<{ columns: DisplayColumn[]; rows: DisplayRow[] }> {
  const { datasette, database, table, info, linkColumn } = input;
  // Looked up in the table's lists rather than in Maps built for every page (a row page's few columns).
  const infoColumns = info?.columns ?? [];
  const outgoing = info?.foreignKeys.outgoing ?? [];
  const pks = info?.primaryKeys ?? [];
  const pksForDisplay = pks.length ? pks : ["rowid"];
  const labelColumn = linkColumn ? (info?.labelColumn ?? null) : null;
  let columns: DisplayColumn[] = input.columns.map((name) => {
    const d = lastNamed(infoColumns, "name", name);
    return {
      name,
      sortable: input.sortableColumns.has(name),
      is_pk: pksForDisplay.includes(name),
      type: name === "rowid" && !d ? "integer" : (d?.type ?? ""),
      notnull: name === "rowid" && !d ? 0 : Number(d?.notnull ?? 0),
      description: input.columnDescriptions[name] ?? null,
      column_type: null,
      column_type_config: null,
    };
  });
  const baseUrl = datasette.settings.base_url;
  const hasRenderCell = implementsHook(datasette.plugins, "renderCell");
  const floats = input.floats ?? Floats.NONE;
  const rows: DisplayRow[] = [];
  // Indexed loops in this async function: entries() and for…of allocated a pair and an iterator result
  // per row and per cell, on every page.
  for (let rowIndex = 0; rowIndex < input.rows.length; rowIndex++) {
    const row = input.rows[rowIndex]!;
    const cells: DisplayCell[] = [];
    let pkPath: string | null = null;
    let rowPath: string | null = null;
    let label: string | null = null;
    if (linkColumn) {
      pkPath = pathFromRowPks(row, pks, !pks.length, false);
      rowPath = pathFromRowPks(row, pks, !pks.length);
      label = rowLabel(row, labelColumn);
      cells.push({
        column: pks.length === 1 ? pks[0]! : "Link",
        value_type: "pk",
        is_special_link_column: pks.length !== 1,
        raw: pkPath,
        value: `<a href="${datasette.urls.table(database, table)}/${rowPath}">${escapeHtml(pkPath)}</a>`,
      });
    }
    for (let c = 0; c < input.columns.length; c++) {
      const column = input.columns[c]!;
      if (linkColumn && pks.length === 1 && column === pks[0]) continue;
      let value = row[column];
      let html: string | null = null;
      if (hasRenderCell) {
        for (const candidate of await datasette.callHook("renderCell", {
          value,
          column,
          table,
          database,
          row,
          datasette,
        })) {
          if (candidate !== null && candidate !== undefined) {
            html = String(candidate);
            break;
          }
        }
      }
      if (html) {
        // A plugin's HTML is used as it is.
      } else if (Buffer.isBuffer(value)) {
        const formatted = formatBytes(value.length);
        const href = `${datasette.urls.table(database, table)}/${pathFromRowPks(row, pks, !pks.length)}.blob?_blob_column=${encodeURIComponent(column)}`;
        html = `<a class="blob-download" href="${href}"${formatted.includes("bytes") ? "" : ` title="${formatted}"`}>&lt;Binary:&nbsp;${value.length.toLocaleString("en-US")}&nbsp;byte${value.length === 1 ? "" : "s"}&gt;</a>`;
      } else if (value && typeof value === "object" && "label" in value) {
        const { label: fkLabel, value: fkValue } = value as { label: unknown; value: unknown };
        value = fkValue;
        const href = `${baseUrl}${tildeEncode(database)}/${tildeEncode(lastNamed(outgoing, "column", column)?.other_table ?? "")}/${tildeEncode(String(fkValue))}`;
        html =
          fkLabel !== fkValue
            ? `<a href="${href}">${escapeHtml(fkLabel) || "-"}</a>&nbsp;<em>${escapeHtml(fkValue)}</em>`
            : `<a href="${href}">${escapeHtml(fkValue)}</a>`;
      } else if (value === "" || value === null || value === undefined) {
        html = "&nbsp;";
      } else if (typeof value === "string" && /^https?:\/\/\S+$/.test(value.trim())) {
        html = `<a href="${escapeHtml(value.trim())}">${escapeHtml(truncateUrl(value.trim(), input.truncateCells))}</a>`;
      } else {
        let text =
          typeof value === "number" ? numberText(value, floats.has(rowIndex, column)) : String(value);
        if (input.truncateCells && text.length > input.truncateCells)
          text = text.slice(0, input.truncateCells) + "\u2026";
        html = escapeHtml(text);
      }
      cells.push({
        column,
        value: html,
        raw: value,
        value_type: valueType(value, floats.has(rowIndex, column)),
      });
    }
    rows.push({ cells, pk_path: pkPath, row_path: rowPath, row_label: label });
  }
  if (linkColumn) {
    let first: DisplayColumn;
    if (pks.length === 1) {
      columns = columns.filter((c) => c.name !== pks[0]);
      const d = lastNamed(infoColumns, "name", pks[0]!);
      first = {
        name: pks[0]!,
        sortable: true,
        is_pk: true,
        type: d?.type ?? "",
        notnull: Number(d?.notnull ?? 0),
      };
    } else {
      first = {
        name: "Link",
        sortable: false,
        is_pk: false,
        type: "",
        notnull: 0,
        is_special_link_column: true,
      };
    }
    columns = [first, ...columns];
  }
  return { columns, rows };
}
