import type BetterSqlite3 from "better-sqlite3";

/** A SQLite value as it crosses the read pool: BLOBs arrive as Buffers. */
export type SqlValue = string | number | bigint | null | Buffer;

/** `:name` parameters as an object, `?` parameters as an array. */
export type SqlParams = Record<string, SqlValue | boolean> | (SqlValue | boolean)[];

/** The read processes' two lanes: see QueryOptions.lane. */
export type Lane = "pages" | "sql";

export interface QueryOptions {
  params?: SqlParams;
  /** Answer "took too long" this many ms after the call, queued or running (default: settings.sql_time_limit_ms). */
  timeLimitMs?: number;
  /**
   * Which read processes run it (default "pages"): "sql" for arbitrary SQL from a request (`?sql=`,
   * canned queries), which then can never hold up the bounded queries pages run for themselves.
   */
  lane?: Lane;
  /**
   * SQL the site's own configuration wrote (a canned query): Datasette's rules for the text of `?sql=`
   * (SELECT only, a few PRAGMA functions) do not apply, so `PRAGMA cache_size;` runs as in Datasette.
   * SQLite must still see one statement that returns rows and writes nothing. Default false.
   */
  trusted?: boolean;
  /** The caller went away (the client hung up): the query leaves the queue, or is stopped. */
  signal?: AbortSignal;
  /** Stop reading after this many rows and set `truncated` (default: settings.max_returned_rows; 0 = no limit). */
  maxRows?: number;
  /**
   * The query reads a handful of rows by key (a row by its primary key): it cannot run away, so a server
   * with in-thread reads (Config.inThreadReads, an export's) runs it to completion on a read connection
   * of its own thread, sparing the read-process round trip. Elsewhere it changes nothing.
   */
  bounded?: boolean;
}

export interface QueryResult {
  columns: string[];
  rows: SqlValue[][];
  truncated: boolean;
  /**
   * Indexes of the columns whose numbers in these rows are all SQLite REALs, so their whole numbers are
   * floats (JSON and HTML write `1.0`, as Datasette does), whether from a REAL column, a view or an
   * expression. A column mixing INTEGERs and whole REALs is not listed: its whole numbers print as ints.
   */
  floatColumns?: number[];
  /**
   * Whole REALs in columns that also hold INTEGERs, as flattened [row, column] index pairs: these numbers
   * are floats too, though their columns are not listed in floatColumns.
   */
  floatCells?: number[];
}

export interface ColumnInfo {
  cid: number;
  name: string;
  type: string;
  notnull: boolean;
  default_value: string | null;
  /** Position in the primary key, 0 when not part of it (PRAGMA table_xinfo's pk). */
  is_pk: number;
  hidden: number;
}

export interface ForeignKey {
  column: string;
  other_table: string;
  other_column: string;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  /** Primary key columns in key order; empty for rowid tables. */
  primaryKeys: string[];
  /** Hidden as Datasette hides them: FTS shadow tables, sqlite_ internals, spatialite, metadata hidden: true. */
  hidden: boolean;
  /** The FTS table that indexes this table, if any. */
  ftsTable: string | null;
  /** This table is itself an FTS virtual table. */
  isFts: boolean;
  foreignKeys: { incoming: ForeignKey[]; outgoing: ForeignKey[] };
  /** The column used as a label for foreign keys pointing here (metadata label_column, or detected). */
  labelColumn: string | null;
  sql: string;
}

export interface ViewInfo {
  name: string;
  columns: string[];
  sql: string;
}

export interface DatabaseSchema {
  tables: TableInfo[];
  views: ViewInfo[];
}

/** One database as the server sees it. */
export interface Database {
  readonly name: string;
  /** File path, or null for an in-memory database. */
  readonly path: string | null;
  readonly isMemory: boolean;
  readonly immutable: boolean;
  /** Datasette's "route": the tilde-encoded name used in URLs. */
  readonly route: string;
  /** Read-only, time-limited query in the read pool; never blocks the event loop. Rejects with SqlError/QueryTimeoutError. */
  execute(sql: string, opts?: QueryOptions): Promise<QueryResult>;
  /** Runs `fn` on this database's single writer connection, one call at a time, inside a transaction. */
  write<T>(fn: (conn: BetterSqlite3.Database) => T): Promise<T>;
  /**
   * Schema, cached until the schema version changes. Pages accept a schema up to a second old when the
   * change came from another process; `current` (the write API) checks the version every time.
   */
  schema(options?: { current?: boolean }): Promise<DatabaseSchema>;
  /**
   * `compute()`'s answer for `key`, reused while the database's content cannot have changed (for good if
   * immutable; else until a write of ours or, seen within a second, another process's); kept only when
   * `compute` says `keep`.
   */
  remember<T>(key: string, compute: () => Promise<{ value: T; keep: boolean }>): Promise<T>;
  /**
   * Row count of a table up to COUNT_LIMIT + 1 (more rows answer COUNT_LIMIT + 1, as Datasette's
   * table_counts), time-limited; null when it took too long. Cached for immutable databases.
   */
  tableCount(table: string, limitMs?: number): Promise<number | null>;
}
