/**
 * One read process of the read pool (./read-pool.ts forks this file). It holds read-only connections,
 * opened lazily per database, and answers one request at a time. It lives in its own process so the
 * parent can SIGKILL it when a query runs past its time limit: better-sqlite3 exposes no
 * sqlite3_interrupt, and neither a worker thread nor the event loop can stop a statement stuck in SQLite.
 */
import { hasRealAffinity } from "./affinity.js";
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
 * Prepared statements by database and SQL: pages repeat the same few queries, and preparing costs ~30 µs.
 * After a schema change SQLite prepares a cached statement again on its next step (a `select *` then
 * expands to the new columns), so the key needs no schema version — reading one per query would cost a
 * read transaction of its own. `columns()` is therefore read after stepping.
 */
const statements = new Map<string, BetterSqlite3.Statement>();
const STATEMENT_CACHE_SIZE = 256;

function statement(db: string, sql: string): BetterSqlite3.Statement {
  const key = `${db}\u0000${sql}`;
  const cached = statements.get(key);
  if (cached) {
    // Re-insert so the Map's order is least recently used first.
    statements.delete(key);
    statements.set(key, cached);
    return cached;
  }
  const stmt = prepareReadOnly(connection(db), sql);
  stmt.raw(true);
  statements.set(key, stmt);
  if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
  return stmt;
}

/** Rows came back with an integer beyond 2^53: read again as BigInt so no digit is lost. */
const UNSAFE = Symbol("unsafe integers");

function runQuery(request: QueryRequest): WorkerResponse {
  const stmt = statement(request.db, request.sql);
  const params = decodeParams(request.params);
  // Plain numbers first: BigInt for every integer costs ~10 % of a page, and integers past 2^53 are rare.
  // A query that meets one runs again (reads are repeatable); a REAL that large costs that second run too.
  let read = readRows(stmt, params, request.maxRows, false);
  if (read === UNSAFE) read = readRows(stmt, params, request.maxRows, true) as Rows;
  const { rows, truncated, tagged } = read;
  const info = stmt.columns();
  const columns = info.map((c) => c.name);
  const floatColumns = info.flatMap((c, i) => (hasRealAffinity(c.type) ? [i] : []));
  return {
    id: request.id,
    ok: true,
    columns,
    rows,
    truncated,
    tagged,
    ...(floatColumns.length ? { floatColumns } : {}),
  };
}

interface Rows {
  rows: WireValue[][];
  truncated: boolean;
  tagged: boolean;
}

function readRows(
  stmt: BetterSqlite3.Statement,
  params: ReturnType<typeof decodeParams>,
  maxRows: number,
  safeIntegers: boolean,
): Rows | typeof UNSAFE {
  stmt.safeIntegers(safeIntegers);
  const args = params === undefined ? [] : [params];
  // maxRows 0: the caller's SQL bounds itself (our own `limit`s), so read it in one call, ~35 % faster
  // than stepping row by row. Otherwise step, and stop at maxRows + 1 to know it was truncated.
  let rows: WireValue[][];
  let truncated = false;
  if (maxRows === 0) rows = stmt.all(...args) as WireValue[][];
  else {
    rows = [];
    const iterator = stmt.iterate(...args) as IterableIterator<WireValue[]>;
    try {
      for (const row of iterator) {
        if (rows.length === maxRows) {
          truncated = true;
          break;
        }
        rows.push(row);
      }
    } finally {
      iterator.return?.();
    }
  }
  let tagged = false;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const raw = row[i];
      if (!safeIntegers && typeof raw === "number" && Number.isInteger(raw) && !Number.isSafeInteger(raw))
        return UNSAFE;
      const value = encodeValue(raw);
      if (value === raw) continue;
      row[i] = value;
      if (value !== null && typeof value === "object") tagged = true;
    }
  }
  return { rows, truncated, tagged };
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
