import type BetterSqlite3 from "better-sqlite3";
import type { View, ViewRequest } from "../view.js";
import type { Database, TableInfo } from "../../db/types.js";
import { DatabaseBusyError, ReadOnlyError } from "../../db/errors.js";
import { HttpError } from "../http-error.js";
import type { Resource } from "../permissions.js";
import { maxPostBodyBytes, readJson } from "./request-body.js";
import type { ParsedJson } from "./json-parse.js";
import { WriteError } from "./sqlite-tables.js";

/** What a write handler answers: a status and the JSON body. */
export interface WriteResult {
  status: number;
  body: Record<string, unknown>;
}

/** An error in Datasette's format; `errors` are all reported, joined with "; " in `error`. */
export function writeError(status: number, errors: string[] | string): HttpError {
  const list = Array.isArray(errors) ? errors : [errors];
  return new HttpError(status, list.join("; "), { errors: list });
}

/**
 * Wraps a write handler as a view: JSON in and out whatever the path looks like (errors too), POST only
 * (anything else is Datasette's JSON 405).
 */
export function writeView(handler: (req: ViewRequest) => Promise<WriteResult>): View {
  return async (req) => {
    req.ctx.state.answerJson = true;
    if (req.ctx.method !== "POST") throw writeError(405, "Method not allowed");
    const result = await handler(req);
    return { status: result.status, json: () => result.body };
  };
}

/** Every method, so the view itself answers the ones it refuses with a JSON 405. */
export const ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export async function allowed(req: ViewRequest, action: string, resource: Resource): Promise<boolean> {
  return req.datasette.permissionAllowed(req.actor, action, resource);
}

export function databaseOr404(req: ViewRequest): Database {
  const db = req.datasette.databases.get(req.params.database!);
  if (!db) throw writeError(404, "Database not found");
  return db;
}

/** What a write needs to know about its table before it runs. */
export interface TableLookup {
  kind: "table" | "view" | null;
  columns: string[];
  /** Primary keys in key order; empty for a rowid table. */
  primaryKeys: string[];
}

/**
 * Looks the table up in the database's schema, checked against schema_version first so a table another
 * process just created or altered is seen: in-process, with no read-pool round trip and no transaction
 * of its own on the writer (the write API's hot path).
 */
export async function lookupTable(db: Database, name: string): Promise<TableLookup> {
  const schema = await db.schema({ current: true });
  const table: TableInfo | undefined = schema.tables.find((t) => t.name === name);
  if (table)
    return { kind: "table", columns: table.columns.map((c) => c.name), primaryKeys: table.primaryKeys };
  return { kind: schema.views.some((v) => v.name === name) ? "view" : null, columns: [], primaryKeys: [] };
}

/** The request body as JSON, limited to max_post_body_bytes. */
export function requestJson(req: ViewRequest): Promise<ParsedJson> {
  return readJson(req.ctx, maxPostBodyBytes(req.datasette.settings));
}

/**
 * Runs `fn` on the database's writer inside one transaction: all of it commits or none of it does.
 * SQLite's refusals (constraint failures, unknown columns) become 400s with SQLite's message.
 */
export async function runWrite<T>(db: Database, fn: (conn: BetterSqlite3.Database) => T): Promise<T> {
  try {
    return await db.write(fn);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (error instanceof WriteError) throw writeError(error.status, error.message);
    if (error instanceof ReadOnlyError)
      throw writeError(403, db.immutable ? "Database is immutable" : error.message);
    // Another process held the write lock for the whole lock wait: worth trying again later.
    if (error instanceof DatabaseBusyError) throw writeError(503, error.message);
    if (
      (error as { code?: unknown }).code !== undefined &&
      String((error as { code: unknown }).code).startsWith("SQLITE_")
    ) {
      throw writeError(400, (error as Error).message);
    }
    throw error;
  }
}

/** Datasette's absolute_url: this request's scheme and host, https with force_https_urls. */
export function absoluteUrl(req: ViewRequest, path: string): string {
  if (/^https?:/.test(path)) return path;
  const scheme = req.datasette.settings.force_https_urls ? "https" : req.ctx.protocol;
  return `${scheme}://${req.ctx.host}${path}`;
}
