/**
 * How Jinja2 (that is, Python) prints, compares and tests values, for templates written for Datasette.
 * Nunjucks follows JavaScript instead: `[]` is truthy, `None` prints as "", `[1, 2]` prints as "1,2".
 */
import nunjucks from "nunjucks";
import { formatNumber, PyFloat } from "./python-numbers.js";

const runtime = (nunjucks as any).runtime as {
  SafeString: new (s: string) => { val: string; length: number; toString(): string };
  markSafe(s: string): unknown;
};

export type SafeString = InstanceType<typeof runtime.SafeString>;

export function isSafe(v: unknown): v is SafeString {
  return v instanceof runtime.SafeString;
}

/** Marks a string as already-escaped HTML (Jinja's `Markup`). */
export function markSafe(s: string): SafeString {
  return new runtime.SafeString(s);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&#34;",
  "'": "&#39;",
};

const NEEDS_ESCAPE = /[&<>"']/;

/** MarkupSafe's escape: safe strings pass through, everything else is stringified the Python way. */
export function escapeHtml(v: unknown): SafeString {
  if (isSafe(v)) return v;
  return markSafe(escapeText(v));
}

/** escapeHtml's text, for printing: most values have nothing to escape and are printed as they are. */
export function escapeText(v: unknown): string {
  if (isSafe(v)) return v.val;
  return escapeString(pyStr(v));
}

/** HTML-escapes text as MarkupSafe does (&, <, >, ", '); text with nothing to escape is returned as it is. */
export function escapeString(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : s;
}

/** A namespace() object: the one kind of object `{% set ns.attr = … %}` may write to. */
export class Namespace {
  [key: string]: unknown;
  constructor(init: Record<string, unknown> = {}) {
    Object.assign(this, init);
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Python's truth test: empty lists, dicts and strings are false. */
export function truthy(v: unknown): boolean {
  if (!v) return false;
  if (isSafe(v)) return v.val.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map || v instanceof Set) return v.size > 0;
  if (isPlainObject(v)) return Object.keys(v).length > 0;
  return true;
}

/** Python's str(): None → "None", True → "True", lists and dicts as their repr. */
export function pyStr(v: unknown): string {
  if (v === undefined) return "";
  if (typeof v === "string") return v;
  if (isSafe(v)) return v.val;
  if (typeof v === "number" || v instanceof PyFloat) return formatNumber(v);
  if (v === null || typeof v === "boolean" || Array.isArray(v) || isPlainObject(v)) return pyRepr(v);
  return String(v);
}

/** Python's repr() for the values templates print: strings quoted as Python quotes them. */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number" || v instanceof PyFloat) return formatNumber(v);
  if (typeof v === "string" || isSafe(v)) {
    const s = typeof v === "string" ? v : v.val;
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    const body = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
    return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  if (isPlainObject(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
      .join(", ")}}`;
  return String(v);
}

/** Splits Nunjucks call arguments into positional ones and the trailing keyword-argument object. */
export function splitArgs(args: unknown[]): { pos: unknown[]; kw: Record<string, unknown> } {
  const last = args[args.length - 1];
  if (last && typeof last === "object" && (last as Record<string, unknown>).__keywords === true) {
    const { __keywords: _, ...kw } = last as Record<string, unknown>;
    return { pos: args.slice(0, -1), kw };
  }
  return { pos: args, kw: {} };
}

/**
 * Binds call arguments to parameter names the way Python does; unknown keywords are an error. Reads the
 * keywords in place rather than through splitArgs's copies: template functions (static(), crumb_items())
 * call this several times a page.
 */
export function bindArgs(fn: string, names: string[], args: unknown[]): Record<string, unknown> {
  const last = args[args.length - 1];
  const kw =
    last && typeof last === "object" && (last as Record<string, unknown>).__keywords === true
      ? (last as Record<string, unknown>)
      : null;
  const given = kw === null ? args.length : args.length - 1;
  if (given > names.length)
    throw new Error(`${fn}() takes at most ${names.length} arguments (${given} given)`);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) out[names[i]!] = i < given ? args[i] : undefined;
  if (kw !== null) {
    // Own keys in Object.entries's order, less the marker.
    for (const k in kw) {
      if (!Object.hasOwn(kw, k) || k === "__keywords") continue;
      if (!names.includes(k)) throw new Error(`${fn}() got an unexpected keyword argument '${k}'`);
      out[k] = kw[k];
    }
  }
  return out;
}
