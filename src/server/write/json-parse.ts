/**
 * A JSON parser that behaves like Python's json.loads, because the write API must:
 * - tell `1.0` from `1` — Datasette creates a REAL column for the first and an INTEGER for the second,
 *   and binds them as such (JSON.parse makes both the number 1);
 * - keep integers beyond 2^53 exact (as BigInt);
 * - accept NaN/Infinity and refuse bad input with Python's messages, which Datasette's errors repeat
 *   ("Expecting property name enclosed in double quotes: line 1 column 2 (char 1)").
 */

/** Where a number was written with a fraction or exponent: `floats.get(container)?.has(key)`. */
export type FloatMarks = WeakMap<object, Set<string | number>>;

export class JsonSyntaxError extends Error {
  override name = "JsonSyntaxError";
}

export interface ParsedJson {
  value: unknown;
  floats: FloatMarks;
}

// eslint-disable-next-line no-control-regex -- control characters end a plain run: JSON forbids them raw.
const PLAIN = /[^"\\\u0000-\u001f]+/y;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/**
 * Parses `text`. The usual document goes through the native JSON.parse, its float marks taken from the
 * number tokens in document order; anything that path cannot read exactly (invalid JSON, NaN, integers
 * past 2^53, duplicate or integer-like keys, which V8 reorders) goes through the full parser below.
 */
export function parseJson(text: string): ParsedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJsonSlowly(text);
  }
  if (value === null || typeof value !== "object") return parseJsonSlowly(text);
  const numbers = text.match(TOKENS)?.filter((t) => t[0] !== '"') ?? [];
  const floats: FloatMarks = new WeakMap();
  let next = 0;
  let exact = true;
  const walk = (container: Record<string, unknown> | unknown[], keys: (string | number)[]) => {
    for (const key of keys) {
      const v = (container as Record<string | number, unknown>)[key];
      if (typeof v === "number") {
        const token = numbers[next++];
        if (
          token === undefined ||
          Number(token) !== v ||
          (token.length > 15 && !Number.isSafeInteger(v) && !/[.eE]/.test(token))
        )
          exact = false;
        else if (token.includes(".") || token.includes("e") || token.includes("E")) {
          let set = floats.get(container);
          if (!set) floats.set(container, (set = new Set()));
          set.add(key);
        }
      } else if (v !== null && typeof v === "object") {
        visit(v as Record<string, unknown> | unknown[]);
      }
      if (!exact) return;
    }
  };
  const visit = (node: Record<string, unknown> | unknown[]) => {
    if (Array.isArray(node)) walk(node, Array.from(node.keys()));
    else {
      const keys = Object.keys(node);
      if (keys.some((k) => ARRAY_INDEX.test(k))) exact = false;
      else walk(node, keys);
    }
  };
  visit(value as Record<string, unknown> | unknown[]);
  return exact && next === numbers.length ? { value, floats } : parseJsonSlowly(text);
}

/** Strings (to skip keys and values) and numbers, in document order. */
const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/g;
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/** The full parser: Python's error messages, NaN/Infinity, exact big integers, duplicate keys. */
export function parseJsonSlowly(text: string): ParsedJson {
  const floats: FloatMarks = new WeakMap();
  let pos = 0;

  const fail = (message: string, at: number): never => {
    const line = countNewlines(text, at) + 1;
    const column = line === 1 ? at + 1 : at - text.lastIndexOf("\n", at - 1);
    throw new JsonSyntaxError(`${message}: line ${line} column ${column} (char ${at})`);
  };
  const skip = () => {
    let c = text.charCodeAt(pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++pos);
  };
  const mark = (container: object, key: string | number) => {
    let set = floats.get(container);
    if (!set) floats.set(container, (set = new Set()));
    set.add(key);
  };

  // Returns [value, isFloat]; positions are left just after the value.
  const value = (): [unknown, boolean] => {
    const c = text[pos];
    if (c === '"') return [string(), false];
    if (c === "{") return [object(), false];
    if (c === "[") return [array(), false];
    if (c !== undefined && !(c >= "0" && c <= "9")) {
      for (const [word, v, isFloat] of LITERALS) {
        if (text.startsWith(word, pos)) {
          pos += word.length;
          return [v, isFloat];
        }
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) return fail("Expecting value", pos);
    pos += m[0].length;
    if (m[1] || m[2]) return [Number(m[0]), true];
    const n = Number(m[0]);
    return [Number.isSafeInteger(n) ? n : BigInt(m[0]), false];
  };

  const string = (): string => {
    const start = pos++;
    let out = "";
    for (;;) {
      // Plain runs are taken whole: the per-character loop below only sees quotes, escapes and controls.
      PLAIN.lastIndex = pos;
      if (PLAIN.test(text)) {
        out += text.slice(pos, PLAIN.lastIndex);
        pos = PLAIN.lastIndex;
      }
      if (pos >= text.length) fail("Unterminated string starting at", start);
      const c = text[pos]!;
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === "\\") {
        const e = text[pos + 1];
        if (e === undefined) fail("Unterminated string starting at", start);
        if (e === "u") {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("Invalid \\uXXXX escape", pos + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
          continue;
        }
        const decoded = ESCAPES[e!];
        if (decoded === undefined) fail(`Invalid \\escape: '${e}'`, pos);
        out += decoded;
        pos += 2;
        continue;
      }
      if (c < " ") fail("Invalid control character at", pos);
      out += c;
      pos++;
    }
  };

  const object = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    pos++;
    skip();
    if (text[pos] === "}") {
      pos++;
      return out;
    }
    for (;;) {
      if (text[pos] !== '"') fail("Expecting property name enclosed in double quotes", pos);
      const key = string();
      skip();
      if (text[pos] !== ":") fail("Expecting ':' delimiter", pos);
      pos++;
      skip();
      const [v, isFloat] = value();
      // Python keeps the last of duplicate keys; defineProperty keeps "__proto__" an ordinary key.
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      if (isFloat) mark(out, key);
      else floats.get(out)?.delete(key);
      skip();
      const c = text[pos];
      if (c === "}") {
        pos++;
        return out;
      }
      if (c !== ",") fail("Expecting ',' delimiter", pos);
      const comma = pos++;
      skip();
      if (text[pos] === "}") fail("Illegal trailing comma before end of object", comma);
    }
  };

  const array = (): unknown[] => {
    const out: unknown[] = [];
    pos++;
    skip();
    if (text[pos] === "]") {
      pos++;
      return out;
    }
    for (;;) {
      const [v, isFloat] = value();
      if (isFloat) mark(out, out.length);
      out.push(v);
      skip();
      const c = text[pos];
      if (c === "]") {
        pos++;
        return out;
      }
      if (c !== ",") fail("Expecting ',' delimiter", pos);
      const comma = pos++;
      skip();
      if (text[pos] === "]") fail("Illegal trailing comma before end of array", comma);
    }
  };

  skip();
  const [result] = value();
  skip();
  if (pos !== text.length) fail("Extra data", pos);
  return { value: result, floats };
}

const LITERALS: [string, unknown, boolean][] = [
  ["null", null, false],
  ["true", true, false],
  ["false", false, false],
  ["NaN", NaN, true],
  ["Infinity", Infinity, true],
  ["-Infinity", -Infinity, true],
];

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
