import type Koa from "koa";
import type { TemplateContext } from "../templates/types.js";
import type { Actor } from "../plugins/hooks.js";
import type { Datasette } from "./datasette.js";

/** What every view receives: the route's params, the requested format and the actor. */
export interface ViewRequest {
  datasette: Datasette;
  ctx: Koa.Context;
  /** Tilde-decoded route params: database, table, pks (raw row path), query … */
  params: Record<string, string>;
  /** "json", "csv", another renderer's extension, or null for HTML. */
  format: string | null;
  /** The query string (ctx.URL.searchParams). */
  args: URLSearchParams;
  actor: Actor | null;
}

/**
 * A view computes format-free data; a renderer turns it into HTML, JSON or CSV (Datasette's split).
 * - `json` is the exact JSON body for `.json` (already shaped per `_shape`, `_extra`).
 * - `csv` gives columns and rows (or an async row source for `_stream=1`).
 * - `html` names the templates (Datasette's list, most specific first) and the template context.
 */
export interface ViewResult {
  status?: number;
  headers?: Record<string, string>;
  /** Answer with a redirect (302 unless `status` says otherwise) instead of a body. */
  redirect?: string;
  json?: () => unknown | Promise<unknown>;
  /**
   * A body written exactly as given, whatever the format, with this Content-Type untouched (no charset
   * added): Datasette's `_shape=array&_nl=on` answers newline-delimited JSON as bare `text/plain`.
   */
  raw?: { body: string | Buffer; contentType: string };
  csv?: () => Promise<CsvSource>;
  html?: () => Promise<{ templates: string[]; context: TemplateContext }>;
  /** Columns and rows for plugin output renderers (register_output_renderer). */
  rows?: () => Promise<{ columns: string[]; rows: unknown[][]; database: string; table: string | null }>;
  /** URL of this resource as JSON, for <link rel="alternate"> and Link headers. */
  alternateJson?: string;
}

export interface CsvSource {
  columns: string[];
  /** Rows in order; an async iterable lets `_stream=1` page through a table in constant memory. */
  rows: AsyncIterable<unknown[]> | unknown[][];
  filename: string;
}

export type View = (req: ViewRequest) => Promise<ViewResult>;
