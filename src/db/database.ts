/**
 * One served database: reads go to the shared read pool, writes to this database's single writer, and
 * the schema is cached until SQLite's schema_version says it changed.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { DatabaseMetadata } from "../config/metadata.js";
import type { Settings } from "../config/settings.js";
import { tildeEncode } from "../server/tilde.js";
import { QueryTimeoutError, ReadOnlyError, SqlError } from "./errors.js";
import type { ReadPool } from "./read-pool.js";
import type { QueryRunner } from "./query-runner.js";
import { checkSqlText } from "./sql-guard.js";
import type { Database, DatabaseSchema, Lane, QueryOptions, QueryResult } from "./types.js";
import { decodeRows, encodeParams } from "./wire.js";
import type { Writer } from "./writer.js";

/** Introspection is trusted work with no user-facing limit, but must not hold a read process forever. */
const SCHEMA_TIME_LIMIT_MS = 60_000;
/**
 * How long a schema read, or an answer kept by `remember`, counts as current without asking SQLite when
 * our own writer has not written since. Reading schema_version or data_version opens a read transaction
 * (~30 µs on a WAL file under load, 4 % of a table request), so changes other processes make show within
 * this time rather than on the very next request.
 */
const RECHECK_MS = 1_000;
/**
 * Table counts stop at this many rows plus one (Datasette's count_limit): a page says ">10,000 rows" rather
 * than scanning a huge table, and the count's cost does not grow with the table.
 */
export const COUNT_LIMIT = 10_000;
/** Answers `remember` keeps per database, least recently used first out. */
const REMEMBERED = 500;

export interface SqliteDatabaseOptions {
  name: string;
  path: string | null;
  isMemory: boolean;
  immutable: boolean;
  /** A pool of read processes per lane. */
  lanes: Record<Lane, ReadPool>;
  /** Read connections in this thread for bounded queries and schema reads (Config.inThreadReads), or null. */
  local?: QueryRunner | null;
  /** null: writes are refused (immutable databases, `_memory`). */
  writer: Writer | null;
  settings: Pick<Settings, "sql_time_limit_ms" | "max_returned_rows">;
  metadata?: DatabaseMetadata;
}

export class SqliteDatabase implements Database {
  readonly name: string;
  readonly path: string | null;
  readonly isMemory: boolean;
  readonly immutable: boolean;
  readonly route: string;
  private cachedSchema: {
    version: number;
    schema: DatabaseSchema;
    /** When schema_version was last read, and how many writes our writer had finished then. */
    checkedAt: number;
    writes: number;
  } | null = null;
  private readonly counts = new Map<string, number>();
  private readonly remembered = new Map<
    string,
    { writes: number; dataVersion: number | null; at: number; value: unknown }
  >();

  constructor(private readonly options: SqliteDatabaseOptions) {
    this.name = options.name;
    this.path = options.path;
    this.isMemory = options.isMemory;
    this.immutable = options.immutable;
    this.route = tildeEncode(options.name);
  }

  async execute(sql: string, opts: QueryOptions = {}): Promise<QueryResult> {
    if (!opts.trusted) checkSqlText(sql);
    const request = {
      type: "query" as const,
      db: this.name,
      sql,
      params: encodeParams(opts.params),
      maxRows: opts.maxRows ?? this.options.settings.max_returned_rows,
    };
    const local = opts.bounded ? this.options.local : null;
    const response = local
      ? inThread(() => local.query(request), sql)
      : await this.options.lanes[opts.lane ?? "pages"].run(
          request,
          opts.timeLimitMs ?? this.options.settings.sql_time_limit_ms,
          opts.signal,
        );
    if (!("rows" in response)) throw new Error("The read process answered a query with a schema");
    return {
      columns: response.columns,
      rows: response.tagged ? decodeRows(response.rows) : (response.rows as QueryResult["rows"]),
      truncated: response.truncated,
      ...(response.floatColumns ? { floatColumns: response.floatColumns } : {}),
      ...(response.floatCells ? { floatCells: response.floatCells } : {}),
    };
  }

  write<T>(fn: (conn: BetterSqlite3.Database) => T): Promise<T> {
    if (!this.options.writer) {
      const why = this.isMemory && !this.path ? "it is read-only" : "it is immutable";
      return Promise.reject(new ReadOnlyError(`Database "${this.name}" cannot be written to: ${why}`));
    }
    return this.options.writer.write(fn);
  }

  /**
   * The schema, introspected again only when SQLite's schema_version changed. Databases with a writer read
   * the version in-process, and skip even that while our writer has not written and the last read is
   * under RECHECK_MS old (unless `current`); others (`_memory`) ask a read process. Calls are not coalesced: one
   * started before a write finished could answer a later caller with the schema from before that write.
   */
  async schema(options: { current?: boolean } = {}): Promise<DatabaseSchema> {
    const known = this.cachedSchema;
    const writer = this.options.writer;
    if (known && this.immutable) return known.schema;
    if (known && writer) {
      const writes = writer.writesFinished;
      const now = Date.now();
      const recent = writes === known.writes && now - known.checkedAt < RECHECK_MS;
      if (recent && !options.current) return known.schema;
      // Read the count before the version, so a write finishing in between is seen next time.
      const version = writer.schemaVersion(); // null: locked by another process, ask a read process
      if (version !== null && version === known.version) {
        Object.assign(known, { checkedAt: now, writes });
        return known.schema;
      }
    }
    const writes = writer?.writesFinished ?? 0;
    const checkedAt = Date.now();
    const request = { type: "schema" as const, db: this.name, knownVersion: known?.version ?? null };
    const local = this.options.local;
    const response = local
      ? inThread(() => local.schema(request))
      : await this.options.lanes.pages.run(request, SCHEMA_TIME_LIMIT_MS);
    if (!("version" in response)) throw new Error("The read process answered a schema request with rows");
    if (response.schema === null && known) {
      Object.assign(known, { checkedAt, writes });
      return known.schema;
    }
    const schema = applyMetadata(response.schema!, this.options.metadata);
    this.cachedSchema = { version: response.version, schema, checkedAt, writes };
    return schema;
  }

  /**
   * `compute()`'s answer, kept while this database's content cannot have changed: for good on an immutable
   * file; else while our writer has finished no write since, and — checked once RECHECK_MS have passed —
   * no other process has committed to the file (SQLite's data_version on the writer's connection; a
   * database without a writer just recomputes then). Only answers `compute` marks `keep` are kept — not
   * one cut short by a time limit.
   */
  async remember<T>(key: string, compute: () => Promise<{ value: T; keep: boolean }>): Promise<T> {
    const writer = this.options.writer;
    const writes = writer?.writesFinished ?? 0;
    const now = Date.now();
    const kept = this.remembered.get(key);
    if (kept && kept.writes === writes) {
      let current = this.immutable || now - kept.at < RECHECK_MS;
      if (!current && writer && kept.dataVersion !== null && writer.dataVersion() === kept.dataVersion) {
        kept.at = now;
        current = true;
      }
      if (current) {
        this.remembered.delete(key);
        this.remembered.set(key, kept);
        return kept.value as T;
      }
    }
    const dataVersion = writer?.dataVersion() ?? null;
    const { value, keep } = await compute();
    if (keep) {
      this.remembered.delete(key);
      this.remembered.set(key, { writes, dataVersion, at: now, value });
      if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
    }
    return value;
  }

  async tableCount(table: string, limitMs?: number): Promise<number | null> {
    const cached = this.counts.get(table);
    if (cached !== undefined) return cached;
    let count: number;
    try {
      const name = `"${table.replaceAll('"', '""')}"`;
      const result = await this.execute(
        `select count(*) from (select * from ${name} limit ${COUNT_LIMIT + 1})`,
        {
          timeLimitMs: limitMs ?? this.options.settings.sql_time_limit_ms,
          maxRows: 0,
        },
      );
      count = Number(result.rows[0]![0]);
    } catch (error) {
      if (error instanceof QueryTimeoutError) return null;
      // The table was dropped after the schema was read (an ephemeral table expiring mid-request): no
      // count, as Datasette's table_counts answers None when counting fails.
      if (error instanceof SqlError && /^no such table/.test(error.message)) return null;
      throw error;
    }
    // An immutable file cannot change under us: count once.
    if (this.immutable) this.counts.set(table, count);
    return count;
  }
}

/** Runs a read in this thread, its errors the read pool's (SqlError, or ReadOnlyError for a write). */
function inThread<T>(work: () => T, sql?: string): T {
  try {
    return work();
  } catch (error) {
    const e = error as Error;
    throw e.name === "ReadOnlyError" ? new ReadOnlyError(e.message, sql) : new SqlError(e.message, sql);
  }
}

/** Metadata `hidden: true` hides a table; `label_column` overrides the detected one. */
function applyMetadata(schema: DatabaseSchema, metadata: DatabaseMetadata | undefined): DatabaseSchema {
  const tables = metadata?.tables;
  if (!tables) return schema;
  for (const table of schema.tables) {
    const meta = tables[table.name];
    if (!meta) continue;
    if (meta.hidden) table.hidden = true;
    if (meta.label_column) table.labelColumn = meta.label_column;
  }
  return schema;
}
