import { requestOrigin } from "./origin.js";
import type { ViewRequest, CsvSource } from "../view.js";
import { HttpError } from "../http-error.js";
import { tablePage, pathFromRowPks, type TablePage } from "./table-data.js";
import type { ResolvedTable } from "./resolve.js";
import { numberText } from "./display.js";

/**
 * A table as CSV (Datasette's stream_csv): one page, or with `?_stream=1` every page, read one keyset page
 * at a time so memory stays flat. Expanded foreign keys get a `COL_label` column; BLOBs become URLs.
 */
export async function tableCsv(req: ViewRequest, resolved: ResolvedTable): Promise<CsvSource> {
  const { datasette, args } = req;
  const stream = Boolean(args.get("_stream"));
  if (stream) {
    if (!datasette.settings.allow_csv_stream) throw new HttpError(400, "CSV streaming is disabled");
    if (args.get("_next")) throw new HttpError(400, "_next not allowed for CSV streaming");
  }
  const fetchPage = (next?: string | null) =>
    tablePage(
      { ...resolved, datasette, args, actor: req.actor, ...(next !== undefined ? { next } : {}) },
      {
        db: resolved.db,
        path: req.ctx.path,
        queryString: req.ctx.querystring,
        origin: requestOrigin(req.ctx, req.datasette),
        defaultLabels: false,
      },
    );
  const first = await fetchPage();
  const expanded = new Set(first.expandedColumns);
  const headings = first.columns.flatMap((c) => (expanded.has(c) ? [c, `${c}_label`] : [c]));
  const blobUrl = (row: Record<string, unknown>, column: string) =>
    `${requestOrigin(req.ctx, req.datasette)}${datasette.urls.table(resolved.database, resolved.table)}/${pathFromRowPks(row, resolved.pks, !resolved.pks.length)}.blob?_blob_column=${encodeURIComponent(column)}`;
  const toCells = (page: TablePage) => {
    // Numbers as Python writes them (1.0, 1e+20), as in Datasette's CSV.
    const text = (value: unknown, index: number, column: string) =>
      typeof value === "number" ? numberText(value, page.floats.has(index, column)) : value;
    return page.rows.map((row, index) =>
      page.columns.flatMap((column) => {
        const cell = row[column];
        if (Buffer.isBuffer(cell)) return [blobUrl(row, column)];
        if (!expanded.has(column)) return [text(cell, index, column)];
        if (cell === null || cell === undefined) return ["", ""];
        if (typeof cell === "object" && "label" in cell) {
          const { value, label } = cell as { value: unknown; label: unknown };
          return [text(value, index, column), label];
        }
        return [text(cell, index, column), ""];
      }),
    );
  };
  async function* rows(): AsyncGenerator<unknown[]> {
    let page = first;
    for (;;) {
      for (const cells of toCells(page)) yield cells;
      if (!stream || !page.next) return;
      page = await fetchPage(page.next);
    }
  }
  return { columns: headings, rows: rows(), filename: `${resolved.table}.csv` };
}
