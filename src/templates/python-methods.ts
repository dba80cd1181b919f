/**
 * Attribute lookup the way Jinja2 templates expect it: Python's string, list and dict methods
 * (`.format()`, `.split()`, `.items()`, `.get()` …), negative indexes, slices, and `sql()` rows that
 * answer by position and by column name.
 */
import { pyFormat } from "./python-format.js";
import {
  bindArgs,
  escapeHtml,
  isPlainObject,
  isSafe,
  markSafe,
  pyStr,
  splitArgs,
  type SafeString,
} from "./python-values.js";
import { SqlRow } from "./sql.js";

type Method = (self: any, ...args: unknown[]) => unknown;

function stripChars(s: string, chars: unknown, left: boolean, right: boolean): string {
  const set = chars == null ? null : pyStr(chars);
  const strip = (c: string) => (set === null ? /\s/.test(c) : set.includes(c));
  let a = 0;
  let b = s.length;
  if (left) while (a < b && strip(s[a]!)) a++;
  if (right) while (b > a && strip(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function pySplit(s: string, args: unknown[]): string[] {
  const { sep, maxsplit } = bindArgs("split", ["sep", "maxsplit"], args);
  const max = maxsplit == null ? -1 : Number(maxsplit);
  if (sep == null) {
    const parts: string[] = [];
    let rest = s.replace(/^\s+/, "");
    while (rest) {
      if (max >= 0 && parts.length === max) {
        parts.push(rest);
        break;
      }
      const m = /\s+/.exec(rest);
      if (!m) {
        parts.push(rest);
        break;
      }
      parts.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return parts;
  }
  const all = s.split(pyStr(sep));
  if (max < 0 || all.length <= max + 1) return all;
  return [...all.slice(0, max), all.slice(max).join(pyStr(sep))];
}

function affix(s: string, arg: unknown, test: (p: string) => boolean): boolean {
  return Array.isArray(arg) ? arg.some((p) => test(pyStr(p))) : test(pyStr(arg));
}

const STRING_METHODS: Record<string, Method> = {
  upper: (s: string) => s.toUpperCase(),
  lower: (s: string) => s.toLowerCase(),
  casefold: (s: string) => s.toLowerCase(),
  strip: (s: string, chars) => stripChars(s, chars, true, true),
  lstrip: (s: string, chars) => stripChars(s, chars, true, false),
  rstrip: (s: string, chars) => stripChars(s, chars, false, true),
  split: (s: string, ...args) => pySplit(s, args),
  splitlines: (s: string) => s.split(/\r\n|\r|\n/).filter((l, i, all) => i < all.length - 1 || l !== ""),
  startswith: (s: string, p) => affix(s, p, (x) => s.startsWith(x)),
  endswith: (s: string, p) => affix(s, p, (x) => s.endsWith(x)),
  replace: (s: string, old, repl, count) => {
    const parts = s.split(pyStr(old));
    const n = count == null || Number(count) < 0 ? parts.length - 1 : Number(count);
    return (
      parts.slice(0, n + 1).join(pyStr(repl)) +
      (n + 1 < parts.length ? pyStr(old) + parts.slice(n + 1).join(pyStr(old)) : "")
    );
  },
  title: (s: string) =>
    s.toLowerCase().replace(/(^|[^a-zA-Z0-9])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase()),
  capitalize: (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
  swapcase: (s: string) =>
    [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(""),
  find: (s: string, sub) => s.indexOf(pyStr(sub)),
  rfind: (s: string, sub) => s.lastIndexOf(pyStr(sub)),
  index: (s: string, sub) => {
    const i = s.indexOf(pyStr(sub));
    if (i < 0) throw new Error("ValueError: substring not found");
    return i;
  },
  count: (s: string, sub) => s.split(pyStr(sub)).length - 1,
  join: (s: string, items) => Array.from(items as Iterable<unknown>, pyStr).join(s),
  isdigit: (s: string) => /^\d+$/.test(s),
  isnumeric: (s: string) => /^\d+$/.test(s),
  isalpha: (s: string) => /^\p{L}+$/u.test(s),
  isalnum: (s: string) => /^[\p{L}\d]+$/u.test(s),
  isspace: (s: string) => /^\s+$/.test(s),
  islower: (s: string) => /[a-z]/.test(s) && s === s.toLowerCase(),
  isupper: (s: string) => /[A-Z]/.test(s) && s === s.toUpperCase(),
  zfill: (s: string, w) =>
    /^[+-]/.test(s) ? s[0] + s.slice(1).padStart(Number(w) - 1, "0") : s.padStart(Number(w), "0"),
  ljust: (s: string, w, fill) => s.padEnd(Number(w), fill == null ? " " : pyStr(fill)),
  rjust: (s: string, w, fill) => s.padStart(Number(w), fill == null ? " " : pyStr(fill)),
  center: (s: string, w) => {
    const pad = Math.max(0, Number(w) - s.length);
    return " ".repeat(Math.floor(pad / 2)) + s + " ".repeat(Math.ceil(pad / 2));
  },
  partition: (s: string, sep) => {
    const i = s.indexOf(pyStr(sep));
    return i < 0 ? [s, "", ""] : [s.slice(0, i), pyStr(sep), s.slice(i + pyStr(sep).length)];
  },
  format: (s: string, ...args) => {
    const { pos, kw } = splitArgs(args);
    return pyFormat(s, pos, kw);
  },
};

const LIST_METHODS: Record<string, Method> = {
  append: (l: unknown[], x) => void l.push(x),
  extend: (l: unknown[], xs) => void l.push(...Array.from(xs as Iterable<unknown>)),
  insert: (l: unknown[], i, x) => void l.splice(Number(i), 0, x),
  pop: (l: unknown[], i) => {
    if (!l.length) throw new Error("IndexError: pop from empty list");
    return i == null ? l.pop() : l.splice(Number(i) < 0 ? l.length + Number(i) : Number(i), 1)[0];
  },
  remove: (l: unknown[], x) => {
    const i = l.indexOf(x);
    if (i < 0) throw new Error("ValueError: list.remove(x): x not in list");
    l.splice(i, 1);
  },
  index: (l: unknown[], x) => {
    const i = l.indexOf(x);
    if (i < 0) throw new Error("ValueError: value is not in list");
    return i;
  },
  count: (l: unknown[], x) => l.filter((y) => y === x).length,
  copy: (l: unknown[]) => [...l],
};

const DICT_METHODS: Record<string, Method> = {
  items: (d: Record<string, unknown>) => Object.entries(d),
  keys: (d: Record<string, unknown>) => Object.keys(d),
  values: (d: Record<string, unknown>) => Object.values(d),
  get: (d: Record<string, unknown>, k, def) => (Object.hasOwn(d, String(k)) ? d[String(k)] : (def ?? null)),
  pop: (d: Record<string, unknown>, k, def) => {
    const key = String(k);
    if (!Object.hasOwn(d, key)) {
      if (def === undefined) throw new Error(`KeyError: ${key}`);
      return def;
    }
    const v = d[key];
    delete d[key];
    return v;
  },
  setdefault: (d: Record<string, unknown>, k, def) => {
    const key = String(k);
    if (!Object.hasOwn(d, key)) d[key] = def ?? null;
    return d[key];
  },
  update: (d: Record<string, unknown>, other) => {
    const { pos, kw } = splitArgs([other]);
    Object.assign(d, pos[0] ?? {}, kw);
    return null;
  },
  copy: (d: Record<string, unknown>) => ({ ...d }),
};

/**
 * The Python protocol methods Jinja's default Undefined answers (`{{ rows.__len__() }}` is 0 when `rows`
 * is undefined); any other attribute of an undefined value stays undefined, so calling it is an error.
 */
const UNDEFINED_PROTOCOL: Record<string, () => unknown> = Object.assign(Object.create(null), {
  __len__: () => 0,
  __iter__: () => [],
  __str__: () => "",
  __html__: () => "",
  __bool__: () => false,
  __repr__: () => "Undefined",
  __hash__: () => 0,
});

/** Our own Python methods take a PyFloat as the float it is (the flag callWrap looks for). */
function pythonAware<F extends (...args: unknown[]) => unknown>(fn: F): F {
  (fn as F & { pythonNumbers: boolean }).pythonNumbers = true;
  return fn;
}

function bind(method: Method, self: unknown): (...args: unknown[]) => unknown {
  return pythonAware((...args: unknown[]) => method(self, ...args));
}

/** A Markup receiver escapes its string arguments and returns Markup, as MarkupSafe's methods do. */
function bindSafe(method: Method, self: { val: string }): (...args: unknown[]) => unknown {
  return pythonAware((...args: unknown[]) => {
    const escaped = args.map((a) => (typeof a === "string" ? escapeHtml(a).val : a));
    const out = method(self.val, ...escaped);
    return typeof out === "string" ? markSafe(out) : out;
  });
}

function index(len: number, i: number): number {
  return i < 0 ? len + i : i;
}

/** Python slicing (`s[:10]`, `s[-3:]`, `l[::2]`) of strings and lists. */
export function pySlice(obj: unknown, start: unknown, stop: unknown, step: unknown): unknown {
  if (obj == null) return undefined;
  const safe = isSafe(obj);
  const seq: ArrayLike<unknown> = safe
    ? obj.val
    : typeof obj === "string" || Array.isArray(obj)
      ? obj
      : Array.from(obj as Iterable<unknown>);
  const len = seq.length;
  const st = step == null ? 1 : Number(step);
  if (st === 0) throw new Error("ValueError: slice step cannot be zero");
  const clamp = (v: unknown, dflt: number, lo: number, hi: number) =>
    v == null ? dflt : Math.min(Math.max(index(len, Number(v)), lo), hi);
  const a = st > 0 ? clamp(start, 0, 0, len) : clamp(start, len - 1, -1, len - 1);
  const b = st > 0 ? clamp(stop, len, 0, len) : clamp(stop, -1, -1, len - 1);
  const out: unknown[] = [];
  for (let i = a; st > 0 ? i < b : i > b; i += st) out.push(seq[i]);
  if (typeof obj === "string" || safe) {
    const s = out.join("");
    return safe ? markSafe(s) : s;
  }
  return out;
}

/**
 * Replaces Nunjucks's runtime.memberLookup. `obj.name` and `obj["name"]` compile to the same call, so
 * (as Jinja does for `.`) a Python method name wins over a missing key, and a present key over a method.
 */
export function memberLookup(obj: unknown, key: unknown, stop?: unknown, step?: unknown): unknown {
  // A slice passes four arguments (stop and step may be undefined); a lookup, every `a.b`, two.
  if (arguments.length === 4) return pySlice(obj, key, stop, step);
  if (obj === undefined) return typeof key === "string" ? UNDEFINED_PROTOCOL[key] : undefined;
  if (obj === null) return undefined;
  if (key === "__len__") {
    const len = lenMethod(obj);
    if (len) return len;
  }
  // Each kind of value once, the commonest (strings, dicts, lists) first.
  if (typeof obj === "string") return stringMember(obj, obj, key);
  if (typeof obj === "object") {
    if (Array.isArray(obj)) {
      if (obj instanceof SqlRow) {
        if (typeof key === "string" && obj.has(key)) return obj.get(key);
        if (key === "keys") return sqlRowKeys(obj);
      }
      if (typeof key === "number") return obj[index(obj.length, key)];
      if (typeof key === "string" && Object.hasOwn(LIST_METHODS, key)) return bind(LIST_METHODS[key]!, obj);
    } else if (isSafe(obj)) {
      return stringMember(obj, obj.val, key);
    } else if (isPlainObject(obj)) {
      const k = String(key);
      if (Object.hasOwn(obj, k)) return obj[k];
      // Only own keys: a dict has no `constructor` or `__proto__` to reach through.
      return Object.hasOwn(DICT_METHODS, k) ? bind(DICT_METHODS[k]!, obj) : undefined;
    }
  }
  const value = (obj as Record<string | number, unknown>)[key as string];
  if (typeof value === "function") return boundMethod(value as (...a: unknown[]) => unknown, obj);
  return value;
}

// memberLookup's closures are made in these functions, not in it: a closure over memberLookup's own
// parameters made V8 allocate a context for them on every call (~90 lookups a row page), used or not.

/** A SqlRow's `keys` method. */
function sqlRowKeys(row: SqlRow): () => unknown {
  return () => row.keys();
}

/** An object's own method called as `obj.method(…)`: `this` is the object. */
function boundMethod(method: (...a: unknown[]) => unknown, obj: unknown): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => method.apply(obj, args);
}

/** `x.__len__`, for the values that have a length. */
function lenMethod(obj: unknown): (() => number) | null {
  if (typeof obj === "string" || isSafe(obj) || Array.isArray(obj))
    return () => (isSafe(obj) ? obj.val : (obj as unknown[] | string)).length;
  if (isPlainObject(obj)) return () => Object.keys(obj).length;
  return null;
}

/** A string's (or Markup's, whose text is `s`) item or method. */
function stringMember(obj: string | SafeString, s: string, key: unknown): unknown {
  if (typeof key === "number") return s[index(s.length, key)];
  const method = typeof key === "string" && Object.hasOwn(STRING_METHODS, key) ? STRING_METHODS[key]! : null;
  if (method) return typeof obj === "string" ? bind(method, obj) : bindSafe(method, obj);
  return undefined;
}
