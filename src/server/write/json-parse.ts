/**
 * A JSON parser that behaves like Python's json.loads, because the write API must:
 * - tell `1.0` from `1` — Datasette creates a REAL column for the first and an INTEGER for the second,
 *   and binds them as such (JSON.parse makes both the number 1);
 * - keep integers beyond 2^53 exact (as BigInt);
 * - accept NaN/Infinity and refuse bad input with Python's messages, which Datasette's errors repeat
 *   ("Expecting property name enclosed in double quotes: line 1 column 2 (char 1)").
 */

/**
 * Where a number with an integer value was written with a fraction or exponent (`1.0`, `2.5e3`):
 * `floats.get(container)?.has(key)`. Only those need a mark — any other number is a float by its value.
 */
export type FloatMarks = WeakMap<object, Set<string | number>>;

export class JsonSyntaxError extends Error {
  override name = "JsonSyntaxError";
}

/**
 * Arrays and objects nested deeper than this are refused (a 400), before anything walks them
 * recursively: Python's json.loads stops near its recursion limit of 1000 too.
 */
export const MAX_JSON_DEPTH = 1000;
const tooDeep = () => new JsonSyntaxError(`Nested more than ${MAX_JSON_DEPTH} levels deep`);

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
 * Parses `text`. The usual document goes through the native JSON.parse, with one pass over the text for
 * what it drops: which number tokens have a fraction or exponent. Anything that path cannot read exactly
 * (invalid JSON, NaN, integers past 2^53, duplicate or integer-like keys, which V8 drops or reorders)
 * goes through the full parser below.
 */
export function parseJson(text: string): ParsedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJsonSlowly(text);
  }
  if (value === null || typeof value !== "object") return parseJsonSlowly(text);
  const tokens = scanTokens(text);
  const floats: FloatMarks = new WeakMap();
  let numbers = 0;
  let keys = 0;
  let exact = true;
  // Values in document order: JSON.parse keeps it (but for the integer-like keys refused below), so the
  // n-th number met is the n-th number token.
  const visit = (node: Record<string, unknown> | unknown[]): void => {
    const names = Array.isArray(node) ? null : Object.keys(node);
    if (names) {
      keys += names.length;
      if (names.some((k) => ARRAY_INDEX.test(k))) exact = false;
    }
    const length = names ? names.length : (node as unknown[]).length;
    for (let i = 0; i < length && exact; i++) {
      const key = names ? names[i]! : i;
      const v = (node as Record<string | number, unknown>)[key];
      if (typeof v === "number") {
        const written = tokens.floatLiteral[numbers++];
        if (!Number.isInteger(v)) continue;
        if (written) {
          let set = floats.get(node);
          if (!set) floats.set(node, (set = new Set()));
          set.add(key);
        } else if (!Number.isSafeInteger(v)) exact = false; // an integer past 2^53: keep its digits
      } else if (v !== null && typeof v === "object") visit(v as Record<string, unknown> | unknown[]);
    }
  };
  visit(value as Record<string, unknown> | unknown[]);
  // A duplicate key leaves fewer keys (and maybe fewer numbers) than the text has: the marks would slip.
  const aligned = numbers === tokens.floatLiteral.length && keys === tokens.keys;
  return exact && aligned ? { value, floats } : parseJsonSlowly(text);
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * One pass over a document JSON.parse accepted: for each number token in order, whether it has a
 * fraction or exponent, and how many object keys there are (a key is the string before a ":"). Outside
 * strings a number is the only thing starting with "-" or a digit; strings are skipped by jumping from
 * quote to quote.
 */
function scanTokens(text: string): { floatLiteral: boolean[]; keys: number } {
  const floatLiteral: boolean[] = [];
  let keys = 0;
  let depth = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      // A quote after an odd run of backslashes is escaped: look for the next one.
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      i = end === -1 ? text.length : end + 1;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      let float = false;
      for (let d = text.charCodeAt(++i); ; d = text.charCodeAt(++i)) {
        if (d === 46 || d === 101 || d === 69)
          float = true; // . e E
        else if (!((d >= 48 && d <= 57) || d === 43 || d === 45)) break;
      }
      floatLiteral.push(float);
    } else {
      if (c === 58 /* : */) keys++;
      else if (c === 91 /* [ */ || c === 123 /* { */) {
        if (++depth > MAX_JSON_DEPTH) throw tooDeep();
      } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
      i++;
    }
  }
  return { floatLiteral, keys };
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; text.charCodeAt(j) === 92; j--) backslashes++;
  return backslashes % 2 === 1;
}

/** The full parser: Python's error messages, NaN/Infinity, exact big integers, duplicate keys. */
export function parseJsonSlowly(text: string): ParsedJson {
  const floats: FloatMarks = new WeakMap();
  let pos = 0;
  let depth = 0;

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
    if (c === "{" || c === "[") {
      if (++depth > MAX_JSON_DEPTH) throw tooDeep();
      const nested = c === "{" ? object() : array();
      depth--;
      return [nested, false];
    }
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
      if (isFloat && Number.isInteger(v)) mark(out, key);
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
      if (isFloat && Number.isInteger(v)) mark(out, out.length);
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
