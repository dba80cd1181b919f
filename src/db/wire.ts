/**
 * What crosses the channels between the read pool, its launcher and its processes. They speak JSON
 * (measured ~2.4× faster than 'advanced' serialisation for 100-row messages), so the few SQLite values
 * JSON cannot carry travel tagged: BLOBs as base64, integers beyond 2^53 as decimal strings, infinities and -0 by name.
 */
import type { DatabaseSchema, SqlParams, SqlValue } from "./types.js";

export type WireValue = string | number | null | { $b64: string } | { $int: string } | { $num: string };
export type WireParams = Record<string, WireValue> | WireValue[];

/** How a read process opens one database. */
export interface WorkerDatabase {
  name: string;
  /** "file": a SQLite file opened read-only; "empty": a fresh in-memory database (`_memory`). */
  kind: "file" | "empty";
  path: string | null;
  /** Files ATTACHed under their own names on every connection (crossdb `_memory`). */
  attach: { name: string; path: string }[];
}

export interface InitMessage {
  type: "init";
  databases: WorkerDatabase[];
  pluginModules: string[];
  cacheSizeKb: number;
}

export interface QueryRequest {
  type: "query";
  id: number;
  db: string;
  sql: string;
  params?: WireParams;
  /** 0 = no limit. */
  maxRows: number;
}

export interface SchemaRequest {
  type: "schema";
  id: number;
  db: string;
  /** The schema_version the caller has cached; the answer is `unchanged` when it still holds. */
  knownVersion: number | null;
}

export type WorkerRequest = QueryRequest | SchemaRequest;

export type WorkerResponse =
  | {
      id: number;
      ok: true;
      columns: string[];
      rows: WireValue[][];
      truncated: boolean;
      tagged: boolean;
      /** Columns whose numbers are all REALs (their whole numbers are floats: `1.0`); absent if none. */
      floatColumns?: number[];
      /** Whole REALs in columns that also hold INTEGERs, as [row, column] index pairs; absent if none. */
      floatCells?: number[];
    }
  | { id: number; ok: true; version: number; schema: DatabaseSchema | null }
  | { id: number; ok: false; error: { name: string; message: string } };

export type WorkerNotice = { type: "ready" } | { type: "fatal"; message: string };

/** The fd on which a read process finds its socket to the server (JSON lines: ./line-channel.ts). */
export const CHANNEL_FD = 3;

/** The server asks its launcher (./read-launcher.ts) for a read process. */
export interface LaunchRequest {
  id: number;
  file: string;
  execArgv: string[];
  /** CPU niceness, set as the process starts (0: as the server). */
  niceness: number;
}

/** The launcher answers: started (with the server's end of the process's socket), later exited. */
export type LaunchNotice =
  | { type: "started"; id: number; pid: number }
  | { type: "exited"; id: number; code: number | null; signal: NodeJS.Signals | null; error?: string };

/** Encodes one value for JSON; returns the value itself when JSON carries it faithfully. */
export function encodeValue(value: unknown): WireValue {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      // JSON writes -0 as 0: it travels tagged, as Python prints -0.0.
      return Number.isFinite(value) && !Object.is(value, -0)
        ? value
        : { $num: Object.is(value, -0) ? "-0" : String(value) };
    case "bigint":
      return value >= -MAX_SAFE && value <= MAX_SAFE ? Number(value) : { $int: value.toString() };
    case "boolean":
      return value ? 1 : 0;
    default:
      if (value === null || value === undefined) return null;
      if (value instanceof Uint8Array)
        return { $b64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
      throw new TypeError(`Cannot send a ${typeof value} as an SQL value`);
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function decodeValue(value: WireValue): SqlValue {
  if (value === null || typeof value !== "object") return value;
  if ("$b64" in value) return Buffer.from(value.$b64, "base64");
  if ("$int" in value) return BigInt(value.$int);
  return Number(value.$num);
}

export function encodeParams(params: SqlParams | undefined): WireParams | undefined {
  if (params === undefined) return undefined;
  if (Array.isArray(params)) return params.map(encodeValue);
  const out: Record<string, WireValue> = {};
  // better-sqlite3 wants bare names; Datasette users write ":name" keys as often as "name".
  for (const [key, value] of Object.entries(params)) out[key.replace(/^[:$@]/, "")] = encodeValue(value);
  return out;
}

export function decodeParams(
  params: WireParams | undefined,
): SqlValue[] | Record<string, SqlValue> | undefined {
  if (params === undefined) return undefined;
  if (Array.isArray(params)) return params.map(decodeValue);
  const out: Record<string, SqlValue> = {};
  for (const [key, value] of Object.entries(params)) out[key] = decodeValue(value);
  return out;
}

/** Decodes rows in place; only called when the sender saw a tagged value. */
export function decodeRows(rows: WireValue[][]): SqlValue[][] {
  const decoded = rows as unknown as SqlValue[][];
  for (const row of decoded) for (let i = 0; i < row.length; i++) row[i] = decodeValue(row[i] as WireValue);
  return decoded;
}
