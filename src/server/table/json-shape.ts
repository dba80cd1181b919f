import { HttpError } from "../http-error.js";
import { JsonFloat, toJsonValue } from "../json.js";
import type { ViewResult } from "../view.js";
import { pathFromRowPks, valueAsBoolean, type Row } from "./table-data.js";
import type { Floats } from "./floats.js";

/** What Datasette's json_renderer produces: a body and its status. */
export interface ShapedJson {
  status: number;
  body: unknown;
  /** `_shape=array&_nl=on`: one JSON document per line, sent as bare `text/plain` (Datasette's choice). */
  lines?: string;
}

/** A shaped body as a view's answer: JSON, or newline-delimited JSON as a raw body. */
export function shapedResult(shaped: ShapedJson): Pick<ViewResult, "status" | "json" | "raw"> {
  if (shaped.lines !== undefined)
    return { status: shaped.status, raw: { body: shaped.lines, contentType: "text/plain" } };
  return { status: shaped.status, json: () => shaped.body };
}

export function errorBody(message: string, status: number) {
  return { ok: false, error: message, errors: [message], status };
}

/** The names listed in every `?_extra=` (comma-separated or repeated). */
export function extraNames(args: URLSearchParams): Set<string> {
  const names = new Set<string>();
  for (const bit of args.getAll("_extra")) for (const part of bit.split(",")) if (part) names.add(part);
  return names;
}

/**
 * Datasette's json_renderer (datasette/renderer.py): `_json=COL` decodes JSON text, infinities become null
 * unless `_json_infinity=1`, then `_shape` picks objects (default), arrays, array, arrayfirst or object.
 * `columns` is dropped unless asked for with `_extra=columns`.
 */
export function shapeJson(
  args: URLSearchParams,
  input: Record<string, unknown>,
  opts: { error?: string | null; truncated?: boolean; floats?: Floats },
): ShapedJson {
  const data: Record<string, unknown> = { ...input };
  let status = 200;
  const columns = data.columns as string[] | undefined;
  let rows = data.rows as Row[] | undefined;
  if (rows && opts.floats && !opts.floats.none) rows = markFloats(rows, opts.floats);
  const jsonCols = args.getAll("_json");
  if (jsonCols.length && rows && columns && jsonCols.some((c) => columns.includes(c))) {
    rows = rows.map((row) => {
      const out: Row = { ...row };
      for (const c of jsonCols) {
        if (typeof out[c] !== "string") continue;
        try {
          out[c] = JSON.parse(out[c] as string);
        } catch {
          // Not JSON: left as text, as Datasette does.
        }
      }
      return out;
    });
  }
  if (rows && !valueAsBoolean(args.get("_json_infinity") ?? "0")) {
    rows = rows.map((row) => {
      if (!Object.values(row).some((v) => typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v)))
        return row;
      const out: Row = {};
      for (const [k, v] of Object.entries(row))
        out[k] = typeof v === "number" && Math.abs(v) === Infinity ? null : v;
      return out;
    });
  }
  if (rows) data.rows = rows;
  let shape = args.get("_shape") ?? "objects";
  data.ok = true;
  if (opts.error) {
    shape = "objects";
    status = 400;
    Object.assign(data, errorBody(opts.error, 400));
  }
  if (opts.truncated !== undefined) data.truncated = opts.truncated;
  let body: unknown = data;
  if (shape === "arrayfirst") {
    body = (rows ?? []).map((r) => Object.values(r)[0]);
  } else if (shape === "objects" || shape === "object" || shape === "array") {
    if (shape === "object") {
      const pks = data.primary_keys as string[] | undefined;
      let shapeError: string | null = null;
      if (pks === undefined) shapeError = "_shape=object is only available on tables";
      else if (!pks.length) shapeError = "_shape=object not available for tables with no primary keys";
      else {
        const objects: Record<string, Row> = {};
        for (const row of rows ?? []) objects[pathFromRowPks(row, pks, false)] = row;
        body = objects;
      }
      if (shapeError) {
        status = 400;
        body = errorBody(shapeError, 400);
      }
    } else if (shape === "array") {
      body = rows ?? [];
    }
  } else if (shape === "arrays") {
    if (rows?.length) data.rows = rows.map((r) => Object.values(r));
  } else {
    status = 400;
    body = errorBody(`Invalid _shape: ${shape}`, 400);
  }
  if (body === data && !extraNames(args).has("columns")) delete data.columns;
  if (args.get("_nl") && shape === "array" && Array.isArray(body))
    return { status, body, lines: body.map((item) => pythonJsonDumps(toJsonValue(item))).join("\n") };
  return { status, body };
}

/** Whole numbers that are floats become JsonFloats, so they are written `1.0` as Datasette writes them. */
function markFloats(rows: Row[], floats: Floats): Row[] {
  return rows.map((row, index) => {
    let out: Row | null = null;
    for (const column in row) {
      const value = row[column];
      if (!Number.isInteger(value) || !floats.has(index, column)) continue;
      out ??= { ...row };
      out[column] = new JsonFloat(value as number);
    }
    return out ?? row;
  });
}

/**
 * Python's json.dumps with its defaults (`, ` and `: ` separators, non-ASCII as \u escapes): `_nl` lines are
 * plain text, so their exact bytes are what a client compares. Takes values already made JSON-safe.
 */
export function pythonJsonDumps(value: unknown): string {
  if (value instanceof JsonFloat) return value.text;
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const members = Object.entries(value).map(([k, v]) => `${asciiJsonString(k)}: ${pythonJsonDumps(v)}`);
    return `{${members.join(", ")}}`;
  }
  if (typeof value === "string") return asciiJsonString(value);
  if (typeof value === "number" && !Number.isFinite(value)) return String(value); // Infinity, NaN
  if (typeof value === "bigint") return value.toString(); // past 2^53: every digit
  return JSON.stringify(value ?? null);
}

function asciiJsonString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Unknown `_extra` names are a 400 on data formats (HTML ignores them). */
export function validateExtras(requested: Set<string>, allowed: readonly string[]): void {
  const unknown = [...requested].filter((n) => !allowed.includes(n)).sort();
  if (unknown.length) throw new HttpError(400, `Unknown _extra: ${unknown.join(", ")}`);
}
