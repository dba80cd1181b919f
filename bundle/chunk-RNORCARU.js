import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);

// src/db/wire.ts
var CHANNEL_FD = 3;
function encodeValue(value) {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0) ? value : { $num: Object.is(value, -0) ? "-0" : String(value) };
    case "bigint":
      return value >= -MAX_SAFE && value <= MAX_SAFE ? Number(value) : { $int: value.toString() };
    case "boolean":
      return value ? 1 : 0;
    default:
      if (value === null || value === void 0) return null;
      if (value instanceof Uint8Array)
        return { $b64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
      throw new TypeError(`Cannot send a ${typeof value} as an SQL value`);
  }
}
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function decodeValue(value) {
  if (value === null || typeof value !== "object") return value;
  if ("$b64" in value) return Buffer.from(value.$b64, "base64");
  if ("$int" in value) return BigInt(value.$int);
  return Number(value.$num);
}
function encodeParams(params) {
  if (params === void 0) return void 0;
  if (Array.isArray(params)) return params.map(encodeValue);
  const out = {};
  for (const [key, value] of Object.entries(params)) out[key.replace(/^[:$@]/, "")] = encodeValue(value);
  return out;
}
function decodeParams(params) {
  if (params === void 0) return void 0;
  if (Array.isArray(params)) return params.map(decodeValue);
  const out = {};
  for (const [key, value] of Object.entries(params)) out[key] = decodeValue(value);
  return out;
}
function decodeRows(rows) {
  const decoded = rows;
  for (const row of decoded) for (let i = 0; i < row.length; i++) row[i] = decodeValue(row[i]);
  return decoded;
}

export {
  CHANNEL_FD,
  encodeValue,
  encodeParams,
  decodeParams,
  decodeRows
};
