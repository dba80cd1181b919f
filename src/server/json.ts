import { randomBytes } from "node:crypto";
import { formatFloat } from "../templates/python-numbers.js";

/**
 * A float JSON must write with its decimal point (`1.0`): a whole number read from a REAL column.
 * JavaScript's one number type would write `1`, which a Python client reads as an int.
 */
export class JsonFloat {
  constructor(readonly value: number) {}
  /** Python's repr: 1.0, 1e+16. */
  get text(): string {
    return formatFloat(this.value);
  }
}

/**
 * JSON as Datasette writes it: BLOBs as {"$base64": true, "encoded": …}, integers as numbers with every
 * digit (a bigint past 2^53 too, as Python's json writes it; JSON.stringify would throw), and non-finite floats as Python's json.dumps writes them — `Infinity`, `-Infinity`,
 * `NaN` (not standard JSON). Row values reach here already replaced by null unless the request asked
 * for `?_json_infinity=1` (table/json-shape.ts), as in Datasette.
 */
export function toJson(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, replacer, indent);
  return text.includes(TOKEN) ? text.replace(BARE_NUMBER_STRING, (_m, name: string) => name) : text;
}

// JSON.stringify cannot write Infinity, 1.0 or a bigint: such numbers go out as a string carrying this
// per-process token, then the quoted string is swapped for the bare word or digits. No value from a
// request can carry the token.
const TOKEN = randomBytes(8).toString("hex");
const BARE_NUMBER = `\u0000${TOKEN}:`;
// JSON.stringify writes the NUL as the six characters \u0000.
const BARE_NUMBER_STRING = new RegExp(`"\\\\u0000${TOKEN}:(Infinity|-Infinity|NaN|-?[0-9][0-9.e+-]*)"`, "g");

function replacer(this: unknown, key: string, value: unknown): unknown {
  // JSON.stringify calls Buffer#toJSON before the replacer sees it: look at the holder's raw value.
  const raw = key === "" ? value : (this as Record<string, unknown>)[key];
  if (Buffer.isBuffer(raw) || raw instanceof Uint8Array) {
    return { $base64: true, encoded: Buffer.from(raw as Uint8Array).toString("base64") };
  }
  if (typeof value === "number" && !Number.isFinite(value)) return BARE_NUMBER + String(value);
  if (value instanceof JsonFloat)
    return Number.isFinite(value.value) ? BARE_NUMBER + value.text : BARE_NUMBER + String(value.value);
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : BARE_NUMBER + value.toString();
  return value;
}

/**
 * The value as JSON would carry it — BLOBs, bigints converted as toJson does, non-finite numbers kept —
 * for writers that format JSON themselves (the `_nl` lines).
 */
export function toJsonValue(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, replacer), (_key, v: unknown) => {
    if (typeof v !== "string" || !v.startsWith(BARE_NUMBER)) return v;
    const text = v.slice(BARE_NUMBER.length);
    if (/^-?\d+$/.test(text)) return BigInt(text);
    const n = Number(text);
    return Number.isFinite(n) ? new JsonFloat(n) : n;
  });
}
