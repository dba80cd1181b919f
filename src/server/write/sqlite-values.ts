import type { FloatMarks } from "./json-parse.js";

/** A row as the write API received it, with the float marks its JSON parse left. */
export type Row = Record<string, unknown>;

export type SqliteType = "INTEGER" | "REAL" | "TEXT" | "BLOB";

export const isFloat = (floats: FloatMarks, container: object, key: string | number) =>
  floats.get(container)?.has(key) === true;

/**
 * A JSON value as SQLite should receive it, the way Python's sqlite3 binds the values json.loads made:
 * integers as INTEGER (BigInt, because better-sqlite3 binds every JS number as REAL), numbers written with
 * a fraction or exponent as REAL, booleans as 1/0, objects and arrays as JSON text (sqlite-utils'
 * jsonify_if_needed), NaN as NULL.
 */
export function bindValue(
  value: unknown,
  float: boolean,
  floats: FloatMarks,
): string | number | bigint | Buffer | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? 1n : 0n;
  if (typeof value === "number") {
    if (Number.isNaN(value)) return null;
    return float || !Number.isInteger(value) ? value : BigInt(value);
  }
  if (typeof value === "bigint" || typeof value === "string" || Buffer.isBuffer(value)) return value;
  return pythonJson(value, floats);
}

/** sqlite-utils' type for a column from the values it will hold (suggest_column_types). */
export function suggestColumnTypes(rows: Row[], floats: FloatMarks): Map<string, SqliteType> {
  const seen = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      let kinds = seen.get(key);
      if (!kinds) seen.set(key, (kinds = new Set()));
      kinds.add(pythonKind(value, isFloat(floats, row, key)));
    }
  }
  const out = new Map<string, SqliteType>();
  for (const [key, kinds] of seen) {
    if (kinds.size > 1) kinds.delete("none");
    out.set(key, typeForKinds(kinds));
  }
  return out;
}

type PythonKind = "none" | "int" | "bool" | "float" | "str" | "bytes" | "json";

function pythonKind(value: unknown, float: boolean): PythonKind {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "bigint") return "int";
  if (typeof value === "number") return float || !Number.isInteger(value) ? "float" : "int";
  if (typeof value === "string") return "str";
  if (Buffer.isBuffer(value)) return "bytes";
  return "json";
}

function typeForKinds(kinds: Set<string>): SqliteType {
  const only = (...allowed: string[]) => [...kinds].every((k) => allowed.includes(k));
  if (kinds.size === 1) {
    const [kind] = kinds;
    if (kind === "int" || kind === "bool") return "INTEGER";
    if (kind === "float") return "REAL";
    if (kind === "bytes") return "BLOB";
    return "TEXT";
  }
  if (only("int", "bool")) return "INTEGER";
  if (only("int", "float", "bool")) return "REAL";
  if (only("bytes", "str")) return "BLOB";
  return "TEXT";
}

/** json.dumps(value, ensure_ascii=False) as Python writes it: ", " and ": " separators, 1.0 stays 1.0. */
export function pythonJson(value: unknown, floats: FloatMarks): string {
  const dump = (v: unknown, float: boolean): string => {
    if (v === null || v === undefined) return "null";
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "bigint") return v.toString();
    if (typeof v === "number")
      return float ? pythonFloat(v) : Number.isInteger(v) ? String(v) : pythonFloat(v);
    if (typeof v === "string") return JSON.stringify(v);
    if (Buffer.isBuffer(v)) return JSON.stringify(v.toString("latin1"));
    if (Array.isArray(v)) return `[${v.map((item, i) => dump(item, isFloat(floats, v, i))).join(", ")}]`;
    const entries = Object.entries(v as object).map(
      ([k, item]) => `${JSON.stringify(k)}: ${dump(item, isFloat(floats, v as object, k))}`,
    );
    return `{${entries.join(", ")}}`;
  };
  return dump(value, false);
}

/** Python's repr of a float: "1.0", "1e+16", "1e-05", "NaN"/"Infinity" as json.dumps writes them. */
export function pythonFloat(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    return n.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  }
  const s = String(n);
  return Number.isInteger(n) ? `${s}.0` : s;
}
