/**
 * Jinja2 filters that Nunjucks lacks or spells differently (`tojson`, Python's `urlencode`, MarkupSafe
 * `escape`, `map`, `format` …), plus the globals Jinja2 has (`namespace`, `dict`), Datasette's
 * `format_bytes` and the filters Datasette adds to its environment (`to_css_class`, `escape_sqlite`,
 * `quote_plus`, `escape_css_string`).
 */
import type nunjucks from "nunjucks";
import { percentFormat } from "./python-format.js";
import { memberLookup } from "./python-methods.js";
import {
  formatFloat,
  isFloat,
  isNumber,
  jinjaRound,
  plain,
  pyArith,
  pyFloat,
  PyFloat,
} from "./python-numbers.js";
import {
  bindArgs,
  escapeHtml,
  isPlainObject,
  isSafe,
  markSafe,
  Namespace,
  pyStr,
  splitArgs,
} from "./python-values.js";
import { formatBytes } from "../server/format-bytes.js";
import { toCssClass } from "../server/css-class.js";
import { escapeSqlite } from "../server/table/sql-names.js";

/** Python's urllib.parse.quote: only letters, digits, `_.-~` and `safe` stay as they are. */
function quote(s: string, safe: string): string {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    out +=
      /[A-Za-z0-9_.\-~]/.test(c) || safe.includes(c)
        ? c
        : "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** Jinja's urlencode: a string keeps "/"; a dict or list of pairs becomes a query string. */
export function urlencode(value: unknown): string {
  const forQs = (v: unknown) => quote(pyStr(v), "").replace(/%20/g, "+");
  if (typeof value === "string" || isSafe(value) || typeof value === "number")
    return quote(pyStr(value), "/");
  const pairs = isPlainObject(value)
    ? Object.entries(value)
    : Array.from(value as Iterable<[unknown, unknown]>);
  return pairs.map(([k, v]) => `${forQs(k)}=${forQs(v)}`).join("&");
}

/** Python's json.dumps(sort_keys=True) — spaces after separators, non-ASCII as \u escapes. */
function pyJson(v: unknown, indent: number | null, level: number): string {
  if (v === null || v === undefined) return "null";
  if (v === true || v === false) return String(v);
  if (typeof v === "number" || v instanceof PyFloat) {
    const n = Number(plain(v));
    if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "Infinity" : "-Infinity";
    return isFloat(v) ? formatFloat(n) : String(n);
  }
  if (typeof v === "bigint") return String(v);
  if (typeof v === "string" || isSafe(v))
    return JSON.stringify(pyStr(v)).replace(
      /[\u007f-\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
    );
  const nl = indent === null ? "" : "\n" + " ".repeat(indent * (level + 1));
  const end = indent === null ? "" : "\n" + " ".repeat(indent * level);
  const sep = indent === null ? ", " : ",";
  if (Array.isArray(v)) {
    if (!v.length) return "[]";
    return "[" + nl + v.map((x) => pyJson(x, indent, level + 1)).join(sep + nl) + end + "]";
  }
  if (typeof v === "object") {
    const keys = Object.keys(v).sort();
    if (!keys.length) return "{}";
    const obj = v as Record<string, unknown>;
    return (
      "{" +
      nl +
      keys
        .map((k) => `${pyJson(k, indent, level + 1)}: ${pyJson(obj[k], indent, level + 1)}`)
        .join(sep + nl) +
      end +
      "}"
    );
  }
  throw new Error(`Object of type ${typeof v} is not JSON serializable`);
}

/** Jinja's tojson: JSON that is safe inside HTML and <script>. */
export function tojson(value: unknown, ...args: unknown[]): ReturnType<typeof markSafe> {
  const { indent } = bindArgs("tojson", ["indent"], args);
  const json = pyJson(value, indent == null ? null : Number(indent), 0);
  return markSafe(json.replace(/[<>&']/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")));
}

function toInt(value: unknown, ...args: unknown[]): number {
  const { default: dflt = 0, base = 10 } = bindArgs("int", ["default", "base"], args);
  if (isNumber(value)) return Math.trunc(Number(value));
  if (typeof value === "boolean") return value ? 1 : 0;
  const s = pyStr(value).trim().replace(/_/g, "");
  const n =
    Number(base) === 10
      ? /^[+-]?\d+$/.test(s)
        ? Number(s)
        : Number.parseFloat(s)
      : Number.parseInt(s, Number(base));
  return Number.isFinite(n) && s !== "" ? Math.trunc(n) : Number(dflt);
}

/** Reads `attribute` the way Jinja's map/sum do: "a.b" walks, numbers index. */
function attrGetter(attribute: unknown): (v: unknown) => unknown {
  const parts = pyStr(attribute)
    .split(".")
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return (v) => parts.reduce<unknown>((acc, p) => memberLookup(acc, p), v);
}

function joinItems(value: unknown, ...args: unknown[]): unknown {
  const { d = "", attribute } = bindArgs("join", ["d", "attribute"], args);
  let items = Array.from((value ?? []) as Iterable<unknown>);
  if (attribute != null) items = items.map(attrGetter(attribute));
  if (isSafe(d) || items.some(isSafe))
    return markSafe(items.map((x) => escapeHtml(x).val).join(escapeHtml(d).val));
  return items.map(pyStr).join(pyStr(d));
}

/** Datasette's escape_css_string: quotes, backslashes and newlines as CSS hex escapes. */
export function escapeCssString(value: string): string {
  return value
    .replace(/\r\n/g, "\n")
    .replace(/['"\n\\]/g, (c) => "\\" + c.charCodeAt(0).toString(16).toUpperCase().padStart(6, "0"));
}

/** Python's float(): numbers and numeric strings ("1e3", " 2.5 ", "inf"); anything else gives `default`. */
function toFloat(value: unknown, ...args: unknown[]): unknown {
  const { default: dflt = pyFloat(0) } = bindArgs("float", ["default"], args);
  if (isNumber(value) || typeof value === "boolean") return pyFloat(Number(plain(value)));
  const s = pyStr(value).trim().replace(/_/g, "").toLowerCase();
  const n = /^[+-]?(inf|infinity)$/.test(s)
    ? s.startsWith("-")
      ? -Infinity
      : Infinity
    : /^[+-]?nan$/.test(s)
      ? NaN
      : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)
        ? Number(s)
        : null;
  return n === null ? dflt : pyFloat(n);
}

/** Jinja's sum(iterable, attribute=None, start=0), adding as Python does (ints stay ints). */
function sumItems(value: unknown, ...args: unknown[]): unknown {
  const { attribute, start = 0 } = bindArgs("sum", ["attribute", "start"], args);
  let items = Array.from((value ?? []) as Iterable<unknown>);
  if (attribute != null) items = items.map(attrGetter(attribute));
  return items.reduce((acc, x) => pyArith("+", acc, x), start);
}

export function installFilters(env: nunjucks.Environment): void {
  const filters: Record<string, (...args: any[]) => unknown> = {
    to_css_class: (v: unknown) => toCssClass(pyStr(v)),
    escape_sqlite: (v: unknown) => escapeSqlite(pyStr(v)),
    quote_plus: (v: unknown) => quote(pyStr(v), "").replace(/%20/g, "+"),
    escape_css_string: (v: unknown) => escapeCssString(pyStr(v)),
    tojson,
    urlencode,
    escape: escapeHtml,
    e: escapeHtml,
    forceescape: (v: unknown) => escapeHtml(isSafe(v) ? v.val : v),
    int: toInt,
    float: toFloat,
    round: (v: unknown, ...args: unknown[]) => {
      const { precision = 0, method = "common" } = bindArgs("round", ["precision", "method"], args);
      return jinjaRound(v, precision, method);
    },
    abs: (v: unknown) => (v instanceof PyFloat ? new PyFloat(Math.abs(v.value)) : Math.abs(Number(v))),
    sum: sumItems,
    string: (v: unknown) => (isSafe(v) ? v : pyStr(v)),
    join: joinItems,
    count: (v: unknown) =>
      v == null ? 0 : isPlainObject(v) ? Object.keys(v).length : ((v as { length?: number }).length ?? 0),
    items: (v: unknown) => (v == null ? [] : Object.entries(v as object)),
    attr: (v: unknown, name: unknown) => memberLookup(v, pyStr(name)),
    format: (v: unknown, ...args: unknown[]) => percentFormat(pyStr(v), splitArgs(args).pos),
    filesizeformat: (v: unknown) => formatBytes(Number(v)),
    unique: (v: Iterable<unknown>) => [...new Set(v)],
    min: (v: Iterable<unknown>) => [...v].reduce((a: any, b: any) => (b < a ? b : a)),
    max: (v: Iterable<unknown>) => [...v].reduce((a: any, b: any) => (b > a ? b : a)),
    map(this: any, v: Iterable<unknown>, ...args: unknown[]) {
      const { pos, kw } = splitArgs(args);
      const items = Array.from(v ?? []);
      if (kw.attribute !== undefined) return items.map((x) => attrGetter(kw.attribute)(x) ?? kw.default);
      const filter = env.getFilter(pyStr(pos[0]));
      return items.map((x) => filter.call(this, x, ...pos.slice(1)));
    },
  };
  for (const [name, fn] of Object.entries(filters)) env.addFilter(name, fn);
  const tests: Record<string, (v: unknown, ...args: unknown[]) => boolean> = {
    none: (v) => v === null,
    mapping: (v) => isPlainObject(v) || v instanceof Map,
    sequence: (v) => typeof v === "string" || Array.isArray(v) || isPlainObject(v),
    iterable: (v) =>
      v != null &&
      (typeof v === "string" || typeof (v as any)[Symbol.iterator] === "function" || isPlainObject(v)),
    boolean: (v) => typeof v === "boolean",
    true: (v) => v === true,
    false: (v) => v === false,
    integer: (v) => typeof v === "number" && Number.isInteger(v),
    float: (v) => isFloat(v),
    number: (v) => isNumber(v),
    in: (v, seq) =>
      typeof seq === "string"
        ? seq.includes(pyStr(v))
        : Array.isArray(seq)
          ? seq.includes(v)
          : seq != null && Object.hasOwn(seq, String(v)),
  };
  // @types/nunjucks omits addTest, which Environment has.
  for (const [name, fn] of Object.entries(tests))
    (env as unknown as { addTest(n: string, f: unknown): void }).addTest(name, fn);
  env.addGlobal("namespace", (...args: unknown[]) => {
    const { pos, kw } = splitArgs(args);
    return new Namespace({ ...((pos[0] as object) ?? {}), ...kw });
  });
  env.addGlobal("dict", (...args: unknown[]) => {
    const { pos, kw } = splitArgs(args);
    return { ...((pos[0] as object) ?? {}), ...kw };
  });
  env.addGlobal("format_bytes", (v: unknown) => formatBytes(Number(v)));
}
