import type { SqliteType } from "./sqlite-values.js";
import type { Row } from "./sqlite-values.js";
import { fitsInt64, isObject } from "./validate-insert.js";

/** Column types `/-/create` accepts, and the SQLite type each creates. */
export const CREATE_TABLE_COLUMN_TYPES: Record<string, SqliteType> = {
  text: "TEXT",
  integer: "INTEGER",
  float: "REAL",
  blob: "BLOB",
};

/** Named default expressions (Datasette's DEFAULT_EXPRESSIONS) and their SQL. */
export const DEFAULT_EXPRESSIONS: Record<string, string> = {
  current_timestamp: "CURRENT_TIMESTAMP",
  current_date: "CURRENT_DATE",
  current_time: "CURRENT_TIME",
  current_unixtime: "(CAST(strftime('%s', 'now') AS INTEGER))",
  current_unixtime_ms: "(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))",
};

export interface CreateColumn {
  name: string;
  type: SqliteType;
  notNull: boolean;
  /** A literal default (has `default`), or a named expression (`default_expr`). */
  default?: { value: unknown } | { expression: string };
  fkTable: string | null;
  fkColumn: string | null;
}

export interface CreateRequest {
  table: string;
  columns: CreateColumn[] | null;
  rows: Row[] | null;
  pk: string | null;
  pks: string[] | null;
  ignore: boolean;
  replace: boolean;
  alter: boolean;
}

const TOP_KEYS = new Set(["table", "rows", "row", "columns", "pk", "pks", "ignore", "replace", "alter"]);
const COLUMN_KEYS = new Set(["name", "type", "fk_table", "fk_column", "not_null", "default", "default_expr"]);
const TABLE_NAME = /^(?!sqlite_)[^\n]+$/;

/**
 * Checks a `/-/create` body as Datasette's CreateTableRequest model does, with its messages and in its
 * order: unknown keys, field errors (columns, booleans), then the request-level rules.
 */
export function validateCreate(data: unknown): { errors: string[] } | { request: CreateRequest } {
  if (!isObject(data)) return { errors: ["JSON must be an object"] };
  const invalid = Object.keys(data)
    .filter((k) => !TOP_KEYS.has(k))
    .sort();
  if (invalid.length) return { errors: [`Invalid keys: ${invalid.join(", ")}`] };

  const fieldErrors: string[] = [];
  const flags: Record<"ignore" | "replace" | "alter", boolean> = {
    ignore: false,
    replace: false,
    alter: false,
  };
  for (const key of ["ignore", "replace", "alter"] as const) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    const parsed = laxBoolean(value);
    if (parsed === null) fieldErrors.push(`${key}: Input should be a valid boolean`);
    else flags[key] = parsed;
  }
  let columns: CreateColumn[] | null = null;
  if (data.columns !== undefined && data.columns !== null) {
    if (!Array.isArray(data.columns)) fieldErrors.push("columns must be a list");
    else if (!data.columns.every(isObject)) fieldErrors.push("columns must be a list of objects");
    else {
      columns = [];
      data.columns.forEach((raw, i) => {
        const column = validateColumn(raw as Record<string, unknown>, i);
        if (typeof column === "string") fieldErrors.push(column);
        else columns!.push(column);
      });
    }
  }
  if (fieldErrors.length) return { errors: fieldErrors };

  const fail = (message: string) => ({ errors: [message] });
  const { table, rows, row, pk, pks } = data;
  if (!table) return fail("Table is required");
  if (typeof table !== "string" || !TABLE_NAME.test(table)) return fail("Invalid table name");
  const hasRows = truthy(rows);
  const hasRow = truthy(row);
  if (!columns?.length && !hasRows && !hasRow) return fail("columns, rows or row is required");
  if (hasRows && hasRow) return fail("Cannot specify both rows and row");
  if (columns?.length && (hasRows || hasRow)) return fail("Cannot specify columns with rows or row");
  if (columns) {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const c of columns) {
      if (seen.has(c.name) && !duplicates.includes(c.name)) duplicates.push(c.name);
      seen.add(c.name);
    }
    if (duplicates.length) return fail(`Duplicate column name: ${duplicates.join(", ")}`);
  }
  if (rows !== undefined && rows !== null) {
    if (!Array.isArray(rows)) return fail("rows must be a list");
    if (!rows.every(isObject)) return fail("rows must be a list of objects");
  }
  if (hasRow && !isObject(row)) return fail("row must be an object");
  if (pk !== undefined && pk !== null && typeof pk !== "string") return fail("pk must be a string");
  if (truthy(pk) && truthy(pks)) return fail("Cannot specify both pk and pks");
  if (pks !== undefined && pks !== null) {
    if (!Array.isArray(pks)) return fail("pks must be a list");
    if (!pks.every((p) => typeof p === "string")) return fail("pks must be a list of strings");
  }
  if (flags.ignore && flags.replace) return fail("ignore and replace are mutually exclusive");
  if ("ignore" in data || "replace" in data) {
    if (!hasRow && !hasRows) return fail("ignore and replace require row or rows");
    if (!truthy(pk) && !truthy(pks)) return fail("ignore and replace require pk or pks");
  }
  return {
    request: {
      table,
      columns: columns?.length ? columns : null,
      rows: hasRow ? [row as Row] : hasRows ? (rows as Row[]) : null,
      pk: truthy(pk) ? (pk as string) : null,
      pks: truthy(pks) ? (pks as string[]) : null,
      ...flags,
    },
  };
}

function validateColumn(raw: Record<string, unknown>, i: number): CreateColumn | string {
  const where = `columns.${i}`;
  const extra = Object.keys(raw).find((k) => !COLUMN_KEYS.has(k));
  if (extra) return `${where}.${extra}: Extra inputs are not permitted`;
  for (const key of ["fk_table", "fk_column"]) {
    if (raw[key] !== undefined && raw[key] !== null && typeof raw[key] !== "string")
      return `${where}.${key}: Input should be a valid string`;
  }
  const notNull = raw.not_null === undefined ? false : laxBoolean(raw.not_null);
  if (notNull === null) return `${where}.not_null: Input should be a valid boolean`;
  const expr = raw.default_expr;
  if (expr !== undefined && expr !== null && !(typeof expr === "string" && expr in DEFAULT_EXPRESSIONS)) {
    const names = Object.keys(DEFAULT_EXPRESSIONS).map((n) => `'${n}'`);
    return `${where}.default_expr: Input should be ${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
  }
  if ("default" in raw && "default_expr" in raw)
    return `${where}: Value error, default and default_expr cannot both be provided`;
  if ("default_expr" in raw && expr === null) return `${where}: Value error, default_expr cannot be null`;
  if (!raw.name || typeof raw.name !== "string") return "Column name is required";
  const type = raw.type || "text";
  if (typeof type !== "string" || !(type in CREATE_TABLE_COLUMN_TYPES))
    return `Unsupported column type: ${String(type)}`;
  if (raw.fk_column && !raw.fk_table) return `${where}: fk_column requires fk_table`;
  // A literal default is quoted by SQLite's quote(): a string, number or boolean. An object or list
  // would be bound as statement parameters instead.
  const literal = raw.default;
  if (literal !== undefined && literal !== null) {
    if (!["string", "number", "bigint", "boolean"].includes(typeof literal))
      return `${where}.default: Input should be a valid string, number or boolean`;
    if (typeof literal === "bigint" && !fitsInt64(literal))
      return `${where}.default: integer ${literal} is outside SQLite's 64-bit range`;
  }
  let dflt: CreateColumn["default"];
  if (typeof expr === "string") dflt = { expression: DEFAULT_EXPRESSIONS[expr]! };
  else if ("default" in raw && raw.default !== null) dflt = { value: raw.default };
  return {
    name: raw.name,
    type: CREATE_TABLE_COLUMN_TYPES[type]!,
    notNull,
    default: dflt,
    fkTable: (raw.fk_table as string | undefined) || null,
    fkColumn: (raw.fk_column as string | undefined) || null,
  };
}

/** Python truthiness for JSON values: empty strings, lists and objects are false. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Pydantic's lax boolean: true/false, 0/1 and the usual words. */
function laxBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1) return value === 1;
  if (typeof value === "string") {
    const v = value.toLowerCase();
    if (["true", "1", "yes", "y", "on", "t"].includes(v)) return true;
    if (["false", "0", "no", "n", "off", "f"].includes(v)) return false;
  }
  return null;
}
