/**
 * JSON as Datasette writes it: BLOBs as {"$base64": true, "encoded": …}, non-finite floats as null
 * (JSON has no Infinity), bigints as numbers when safe and strings otherwise.
 */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, replacer, indent);
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  // JSON.stringify calls Buffer#toJSON before the replacer sees it: look at the holder's raw value.
  const raw = key === "" ? value : (this as Record<string, unknown>)[key];
  if (Buffer.isBuffer(raw) || raw instanceof Uint8Array) {
    return { $base64: true, encoded: Buffer.from(raw as Uint8Array).toString("base64") };
  }
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  return value;
}
