import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { startServer, type TestServer } from "../helpers/server.js";
import { Signer } from "../../src/server/signer.js";
import { createToken, type TokenRestrictions } from "../../src/server/auth/tokens.js";
import type { ServeOptions } from "../../src/config/load.js";

export const SECRET = "write-api-test-secret";

export interface WriteFixture {
  server: TestServer;
  dir: string;
  dataPath: string;
  /** POSTs JSON (or a raw string body) with a bearer token; answers status and parsed JSON. */
  post(
    pathname: string,
    body?: unknown,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: any }>;
  /** Reads the data database directly (a separate connection: what was committed). */
  query(sql: string, ...params: unknown[]): Record<string, unknown>[];
  token(
    actorId?: string,
    restrictions?: TokenRestrictions,
    options?: { expiresAfter?: number; now?: number },
  ): string;
  close(): Promise<void>;
}

/**
 * Datasette's ds_write fixture: data.db and immutable.db, each with
 * `docs (id integer primary key, title text, score float, age integer)`, served with --root.
 */
export async function writeFixture(options: Partial<ServeOptions> = {}): Promise<WriteFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), "dx-write-"));
  const dataPath = path.join(dir, "data.db");
  const immutablePath = path.join(dir, "immutable.db");
  for (const file of [dataPath, immutablePath]) {
    const conn = new BetterSqlite3(file);
    conn.exec("create table docs (id integer primary key, title text, score float, age integer)");
    conn.close();
  }
  const server = await startServer({
    files: [dataPath],
    immutable: [immutablePath],
    secret: SECRET,
    root: true,
    ...options,
  });
  const signer = new Signer(SECRET);
  const reader = () => new BetterSqlite3(dataPath, { readonly: true });
  return {
    server,
    dir,
    dataPath,
    async post(pathname, body, token = createToken(signer, "root"), headers = {}) {
      const response = await server.get(pathname, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      return { status: response.status, json };
    },
    query(sql, ...params) {
      const conn = reader();
      try {
        return conn.prepare(sql).all(...params) as Record<string, unknown>[];
      } finally {
        conn.close();
      }
    },
    token: (actorId = "root", restrictions, opts = {}) =>
      createToken(signer, actorId, { restrictions, ...opts }),
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Datasette's error_body. */
export const errorBody = (errors: string[], status: number) => ({
  ok: false,
  error: errors.join("; "),
  errors,
  status,
});
