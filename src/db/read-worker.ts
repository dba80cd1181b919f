/**
 * One read process of the read pool (./read-pool.ts forks this file). It holds read-only connections,
 * opened lazily per database, and answers one request at a time. It lives in its own process so the
 * parent can SIGKILL it when a query runs past its time limit: better-sqlite3 exposes no
 * sqlite3_interrupt, and neither a worker thread nor the event loop can stop a statement stuck in SQLite.
 */
import BetterSqlite3 from "better-sqlite3";
import { loadPluginModules, setUpConnection, type ConnectionSetup } from "./connection-setup.js";
import { introspectSchema, schemaVersion } from "./introspect.js";
import { prepareReadOnly } from "./sql-guard.js";
import { decodeParams, encodeValue } from "./wire.js";
import type {
  InitMessage,
  QueryRequest,
  SchemaRequest,
  WireValue,
  WorkerDatabase,
  WorkerNotice,
  WorkerRequest,
  WorkerResponse,
} from "./wire.js";

const databases = new Map<string, WorkerDatabase>();
const connections = new Map<string, BetterSqlite3.Database>();
let setup: ConnectionSetup = { plugins: [], cacheSizeKb: 0 };

const send = (message: WorkerResponse | WorkerNotice) => process.send!(message);

// The parent going away closes the channel: nothing is left to answer.
process.on("disconnect", () => process.exit(0));

process.on("message", (message: InitMessage | WorkerRequest) => {
  if (message.type === "init") void init(message);
  else if (message.type === "query") answer(message.id, () => runQuery(message));
  else answer(message.id, () => runSchema(message));
});

async function init(message: InitMessage): Promise<void> {
  try {
    for (const db of message.databases) databases.set(db.name, db);
    setup = { plugins: await loadPluginModules(message.pluginModules), cacheSizeKb: message.cacheSizeKb };
    send({ type: "ready" });
  } catch (error) {
    send({ type: "fatal", message: (error as Error).message });
    process.exit(1);
  }
}

function answer(id: number, work: () => WorkerResponse): void {
  let response: WorkerResponse;
  try {
    response = work();
  } catch (error) {
    const e = error as Error;
    response = {
      id,
      ok: false,
      error: { name: e.name === "ReadOnlyError" ? "ReadOnlyError" : "SqlError", message: e.message },
    };
  }
  send(response);
}

function connection(name: string): BetterSqlite3.Database {
  const existing = connections.get(name);
  if (existing) return existing;
  const db = databases.get(name);
  if (!db) throw new Error(`Unknown database ${name}`);
  const conn =
    db.kind === "file"
      ? new BetterSqlite3(db.path!, { readonly: true, fileMustExist: true })
      : new BetterSqlite3(":memory:");
  try {
    setUpConnection(conn, name, setup);
    // Cross-database queries: `_memory` sees the files under their own names. ATTACH cannot open them
    // read-only here (this SQLite has no URI filenames), so query_only below guards them too.
    for (const other of db.attach)
      conn.prepare(`attach database ? as "${other.name.replaceAll('"', '""')}"`).run(other.path);
    conn.pragma("query_only = 1");
  } catch (error) {
    conn.close();
    throw error;
  }
  connections.set(name, conn);
  return conn;
}

/**
 * Prepared statements by database, schema version and SQL: pages repeat the same few queries, and
 * preparing costs ~30 µs. The schema version is in the key because a cached `select *` would otherwise
 * report the columns it had before an ALTER.
 */
const statements = new Map<string, BetterSqlite3.Statement>();
const schemaVersions = new Map<string, BetterSqlite3.Statement>();
const STATEMENT_CACHE_SIZE = 256;

function cachedSchemaVersion(db: string): unknown {
  let stmt = schemaVersions.get(db);
  if (!stmt) {
    stmt = connection(db).prepare("pragma schema_version").pluck();
    schemaVersions.set(db, stmt);
  }
  return stmt.get();
}

function statement(db: string, sql: string): BetterSqlite3.Statement {
  const key = `${db}\u0000${String(cachedSchemaVersion(db))}\u0000${sql}`;
  const cached = statements.get(key);
  if (cached) {
    // Re-insert so the Map's order is least recently used first.
    statements.delete(key);
    statements.set(key, cached);
    return cached;
  }
  const stmt = prepareReadOnly(connection(db), sql);
  stmt.raw(true);
  // Integers beyond 2^53 would silently lose digits as JS numbers.
  stmt.safeIntegers(true);
  statements.set(key, stmt);
  if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
  return stmt;
}

function runQuery(request: QueryRequest): WorkerResponse {
  const stmt = statement(request.db, request.sql);
  const columns = stmt.columns().map((c) => c.name);
  const params = decodeParams(request.params);
  const iterator = (params === undefined ? stmt.iterate() : stmt.iterate(params)) as IterableIterator<
    unknown[]
  >;
  const rows: WireValue[][] = [];
  let truncated = false;
  let tagged = false;
  try {
    for (const row of iterator) {
      if (request.maxRows > 0 && rows.length === request.maxRows) {
        truncated = true;
        break;
      }
      const out = new Array<WireValue>(row.length);
      for (let i = 0; i < row.length; i++) {
        const value = encodeValue(row[i]);
        if (value !== null && typeof value === "object") tagged = true;
        out[i] = value;
      }
      rows.push(out);
    }
  } finally {
    iterator.return?.();
  }
  return { id: request.id, ok: true, columns, rows, truncated, tagged };
}

function runSchema(request: SchemaRequest): WorkerResponse {
  const conn = connection(request.db);
  // One read transaction, so the version and the schema read belong together.
  conn.exec("begin");
  try {
    const version = schemaVersion(conn);
    const schema = version === request.knownVersion ? null : introspectSchema(conn);
    return { id: request.id, ok: true, version, schema };
  } finally {
    conn.exec("commit");
  }
}
