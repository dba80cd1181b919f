import type { FloatMarks } from "./json-parse.js";
import type { Row } from "./sqlite-values.js";

/** The checked body of an insert or upsert. */
export interface InsertRequest {
  rows: Row[];
  returnRows: boolean;
  ignore: boolean;
  replace: boolean;
  alter: boolean;
}

const VALID_EXTRAS = new Set(["return", "ignore", "replace", "alter"]);

/**
 * Checks an insert/upsert body as Datasette's TableInsertView._validate_data does, with its messages.
 * Returns the errors (each a 400) or the request. `columns` are the table's columns; `pks` its primary
 * keys, ["rowid"] for a rowid table.
 */
export function validateInsert(
  data: unknown,
  options: { columns: string[]; pks: string[]; upsert: boolean; maxInsertRows: number },
): { errors: string[] } | { request: InsertRequest } {
  const fail = (...errors: string[]) => ({ errors });
  if (!data || typeof data !== "object" || Array.isArray(data)) return fail("JSON must be a dictionary");
  const body = data as Record<string, unknown>;
  if (!("row" in body) && !("rows" in body)) return fail('JSON must have one or other of "row" or "rows"');
  let rows: unknown;
  let returnRows = Boolean(body.return);
  if ("row" in body) {
    if ("rows" in body) return fail('Cannot use "row" and "rows" at the same time');
    if (!isObject(body.row)) return fail('"row" must be a dictionary');
    rows = [body.row];
    // A single row is always returned.
    returnRows = true;
  } else {
    rows = body.rows;
  }
  if (!Array.isArray(rows)) return fail('"rows" must be a list');
  if (!rows.every(isObject)) return fail('"rows" must be a list of dictionaries');
  if (rows.length > options.maxInsertRows)
    return fail(`Too many rows, maximum allowed is ${options.maxInsertRows}`);
  const invalid = Object.keys(body)
    .filter((k) => k !== "row" && k !== "rows" && !VALID_EXTRAS.has(k))
    .sort();
  if (invalid.length) return fail(`Invalid parameter: "${invalid.join('", "')}"`);
  if (body.ignore && body.replace) return fail('Cannot use "ignore" and "replace" at the same time');

  const known = new Set([...options.columns, ...options.pks]);
  const errors: string[] = [];
  (rows as Row[]).forEach((row, i) => {
    if (options.upsert) {
      const missing = options.pks.filter((pk) => !(pk in row));
      if (missing.length) errors.push(`Row ${i} is missing primary key column(s): "${missing.join('", "')}"`);
      const nulls = options.pks.filter((pk) => pk in row && row[pk] === null);
      if (nulls.length) errors.push(`Row ${i} has null primary key column(s): "${nulls.join('", "')}"`);
    }
    const unknown = Object.keys(row)
      .filter((k) => !known.has(k))
      .sort();
    if (unknown.length && !body.alter) errors.push(`Row ${i} has invalid columns: ${unknown.join(", ")}`);
  });
  if (errors.length) return { errors };
  return {
    request: {
      rows: rows as Row[],
      returnRows,
      ignore: Boolean(body.ignore),
      replace: Boolean(body.replace),
      alter: Boolean(body.alter),
    },
  };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A cell Datasette's write API decodes: `{"$base64": true, "encoded": …}` is a BLOB, `{"$raw": v}` is v as given. */
export class WriteValueError extends Error {
  override name = "WriteValueError";
}

/** SQLite's INTEGER range: a JSON integer outside it cannot be stored (Python's OverflowError). */
export function fitsInt64(n: bigint): boolean {
  return n >= -(2n ** 63n) && n <= 2n ** 63n - 1n;
}

/** Throws WriteValueError for an integer SQLite cannot hold (nested ones are stored as JSON text). */
function checkIntegerRange(value: unknown, where: string): void {
  if (typeof value === "bigint" && !fitsInt64(value))
    throw new WriteValueError(`${where}: integer ${value} is outside SQLite's 64-bit range`);
}

/**
 * Decodes `$base64` and `$raw` cells in place (decode_write_json_rows), carrying a `$raw` number's float
 * mark to its new place. Throws WriteValueError for a bad `$base64` value or an integer beyond 64 bits.
 */
export function decodeWriteCells(row: Row, floats: FloatMarks): void {
  decodeCells(row, floats);
  for (const [key, value] of Object.entries(row)) checkIntegerRange(value, `Column "${key}"`);
}

function decodeCells(row: Row, floats: FloatMarks): void {
  for (const [key, value] of Object.entries(row)) {
    if (!isObject(value)) continue;
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$raw") {
      row[key] = value.$raw;
      const marks = floats.get(row);
      if (floats.get(value)?.has("$raw")) {
        if (marks) marks.add(key);
        else floats.set(row, new Set([key]));
      }
      continue;
    }
    if (keys.length === 2 && keys.includes("$base64") && keys.includes("encoded") && value.$base64 === true) {
      if (typeof value.encoded !== "string")
        throw new WriteValueError("$base64 encoded value must be a string");
      // Python's b64decode(validate=True): only the alphabet, correctly padded.
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value.encoded)) {
        throw new WriteValueError("Invalid $base64 encoded value");
      }
      row[key] = Buffer.from(value.encoded, "base64");
    }
  }
}
