/**
 * Python's two number types in templates. JavaScript has one, so `1.0` and `1` are the same value and a
 * Jinja template's `{{ 2.999|round(2) }}` (Python prints `3.0`) would print `3`. A float whose value is
 * whole is carried as a PyFloat while a template runs; every other number is an int when it is whole and
 * a float otherwise. Arithmetic follows Python (`/` is always a float, a float operand makes a float),
 * `round` rounds halves to even as Python does, and floats print as Python's repr.
 *
 * A PyFloat only lives inside template evaluation: functions and filters from plugins receive plain
 * numbers (see `plainArguments`), and JSON writes it as a number.
 */

/** A float with a whole value (1.0, -0.0, 1e+16) while a template runs. */
export class PyFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return formatFloat(this.value);
  }
  toJSON(): number {
    return this.value;
  }
}

/** A float result: whole values become a PyFloat so they keep printing as floats. */
export function pyFloat(n: number): number | PyFloat {
  return Number.isInteger(n) || Object.is(n, -0) ? new PyFloat(n) : n;
}

/** The number inside a PyFloat, or the value unchanged. */
export function plain(v: unknown): unknown {
  return v instanceof PyFloat ? v.value : v;
}

/** A number is a float when it is a PyFloat or not whole (NaN and infinities are floats). */
export function isFloat(v: unknown): boolean {
  return v instanceof PyFloat || (typeof v === "number" && !Number.isInteger(v));
}

export function isNumber(v: unknown): v is number | PyFloat {
  return typeof v === "number" || v instanceof PyFloat;
}

/** Python's repr() of a float: `1.0`, `1e-05`, `1e+16`, `0.30000000000000004`, `inf`, `nan`. */
export function formatFloat(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  if (n === 0) return Object.is(n, -0) ? "-0.0" : "0.0";
  // toExponential() gives the shortest digits that round-trip, as Python's repr uses.
  const [mantissa, exp] = n.toExponential().split("e") as [string, string];
  const exponent = Number(exp);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace(/^-/, "").replace(".", "");
  if (exponent < -4 || exponent >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || "0"}`;
}

/** Python's str() of a number: ints in full (no exponent), floats as their repr. */
export function formatNumber(v: number | PyFloat): string {
  if (v instanceof PyFloat) return formatFloat(v.value);
  if (!Number.isInteger(v)) return formatFloat(v);
  return Math.abs(v) < 1e21 ? String(v) : BigInt(v).toString();
}

type Op = "+" | "-" | "*" | "/" | "//" | "%" | "**";

/**
 * A binary operator as Python applies it. Strings and lists concatenate with `+`; anything that is not
 * two numbers falls back to JavaScript's operator, as before.
 */
export function pyArith(op: Op, a: unknown, b: unknown): unknown {
  if (!isNumber(a) && typeof a !== "boolean") return jsArith(op, a, b);
  if (!isNumber(b) && typeof b !== "boolean") return jsArith(op, a, b);
  const x = Number(plain(a));
  const y = Number(plain(b));
  const float = isFloat(a) || isFloat(b);
  switch (op) {
    case "+":
      return result(x + y, float);
    case "-":
      return result(x - y, float);
    case "*":
      return result(x * y, float);
    case "/":
      if (y === 0) throw new Error("ZeroDivisionError: division by zero");
      return pyFloat(x / y);
    case "//":
      if (y === 0) throw new Error("ZeroDivisionError: integer division or modulo by zero");
      return result(Math.floor(x / y), float);
    case "%": {
      if (y === 0) throw new Error("ZeroDivisionError: integer modulo by zero");
      const m = x % y;
      return result(m !== 0 && m < 0 !== y < 0 ? m + y : m, float);
    }
    case "**":
      // int ** negative int is a float in Python.
      return result(x ** y, float || y < 0);
  }
}

function result(n: number, float: boolean): number | PyFloat {
  return float ? pyFloat(n) : n;
}

function jsArith(op: Op, a: unknown, b: unknown): unknown {
  const x = plain(a) as any;
  const y = plain(b) as any;
  switch (op) {
    case "+":
      if (Array.isArray(x) && Array.isArray(y)) return [...x, ...y];
      return x + y;
    case "-":
      return x - y;
    case "*":
      if (typeof x === "string" && typeof y === "number") return x.repeat(Math.max(0, y));
      if (Array.isArray(x) && typeof y === "number")
        return Array.from({ length: Math.max(0, y) }, () => x).flat();
      return x * y;
    case "/":
      return x / y;
    case "//":
      return Math.floor(x / y);
    case "%":
      return x % y;
    case "**":
      return x ** y;
  }
}

/** Unary minus and plus keep the operand's type. */
export function pyNeg(a: unknown): unknown {
  if (a instanceof PyFloat) return new PyFloat(-a.value);
  return -(a as number);
}

/** `==` as Python compares: 1 == 1.0, and two PyFloats by value. */
export function pyEq(a: unknown, b: unknown): boolean {
  if (isNumber(a) && isNumber(b)) return Number(plain(a)) === Number(plain(b));
  // Nunjucks compiled `==` to JavaScript's loose equality: keep that for everything else.
  return plain(a) == plain(b);
}

/**
 * Python's round(x, ndigits): the decimal nearest to the double's exact value, a tie going to the
 * even digit. (2.5 → 2.0, 2.675 → 2.67 because the double is just under 2.675.)
 */
export function roundHalfEven(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits < 0) {
    const f = 10 ** -ndigits;
    return roundHalfEven(x / f, 0) * f;
  }
  // toFixed with enough digits spells the double's exact decimal value (doubles above 2^-60 or so need
  // at most ~60 fraction digits to show where a tie is); 100 is toFixed's maximum.
  const exact = Math.abs(x).toFixed(Math.min(100, ndigits + 60));
  const [whole, fraction = ""] = exact.split(".") as [string, string?];
  const kept = fraction.slice(0, ndigits);
  const rest = fraction.slice(ndigits);
  let digits = whole + kept;
  const half = rest === "" ? -1 : compareHalf(rest);
  const lastDigit = Number(digits[digits.length - 1]);
  if (half > 0 || (half === 0 && lastDigit % 2 === 1)) digits = incrementDecimal(digits);
  const text = ndigits > 0 ? `${digits.slice(0, -ndigits)}.${digits.slice(-ndigits)}` : digits;
  const rounded = Number(text);
  return x < 0 ? -rounded : rounded;
}

/** Compares a string of decimal digits (a fraction) with one half: -1 below, 0 equal, 1 above. */
function compareHalf(rest: string): number {
  const first = Number(rest[0]);
  if (first !== 5) return first > 5 ? 1 : -1;
  return /[1-9]/.test(rest.slice(1)) ? 1 : 0;
}

function incrementDecimal(digits: string): string {
  const out = digits.split("");
  let i = out.length - 1;
  while (i >= 0) {
    if (out[i] === "9") {
      out[i] = "0";
      i--;
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
  }
  return "1" + out.join("");
}

/** Jinja's round filter: `common` rounds as Python, `ceil`/`floor` always give a float. */
export function jinjaRound(value: unknown, precision: unknown = 0, method: unknown = "common"): unknown {
  const p = Number(plain(precision) ?? 0);
  const x = Number(plain(value));
  const m = String(method ?? "common");
  if (m === "common") {
    const rounded = roundHalfEven(x, p);
    return isFloat(value) ? pyFloat(rounded) : rounded;
  }
  if (m !== "ceil" && m !== "floor") throw new Error("method must be 'common', 'ceil' or 'floor'");
  const f = 10 ** p;
  return pyFloat((m === "ceil" ? Math.ceil(x * f) : Math.floor(x * f)) / f);
}

/** Turns PyFloats (also inside lists and dicts) into plain numbers before a plugin's function or filter sees them. */
export function plainArguments(args: unknown[]): unknown[] {
  for (const arg of args) if (holdsPyFloat(arg)) return args.map(plainDeep);
  return args;
}

/** Whether a PyFloat is in `v`, looked for without copying: every call a template makes asks this. */
function holdsPyFloat(v: unknown): boolean {
  if (v === null || typeof v !== "object") return false;
  if (v instanceof PyFloat) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (holdsPyFloat(v[i])) return true;
    return false;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  const dict = v as Record<string, unknown>;
  for (const key in dict) if (Object.hasOwn(dict, key) && holdsPyFloat(dict[key])) return true;
  return false;
}

function plainDeep(v: unknown): unknown {
  if (v instanceof PyFloat) return v.value;
  if (Array.isArray(v)) return v.map(plainDeep);
  if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainDeep(x)]));
  return v;
}
