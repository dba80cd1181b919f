/**
 * The one connection that writes to a database. Every write goes through it, one at a time, in the order
 * asked — so writers never race each other into "database is locked". The file keeps the journal mode it
 * has (./file-access.ts); only our own in-memory databases' backing files are switched to WAL.
 *
 * Group commit: writes asked for in the same turn of the event loop run together in one immediate
 * transaction, each in a savepoint of its own. A write that throws rolls back alone; the group pays one
 * COMMIT (and its sync) instead of one each, ~20 % of a 100-row insert under concurrent load. Every
 * caller is answered after the COMMIT that made its write durable. Should the group's transaction fail
 * as a whole (a deferred foreign key at COMMIT, an I/O error, a write that ends the transaction), it is
 * rolled back and its writes run again one transaction each, so no write fails for another's fault.
 *
 * No wait for a lock blocks the event loop: the connection's busy_timeout is 0, so BEGIN IMMEDIATE (the
 * write lock) and COMMIT (in rollback-journal mode, readers must finish first) answer SQLITE_BUSY at once,
 * and are tried again on a timer. A write waits at most LOCK_WAIT_MS from its arrival, however many
 * times its group is tried, then fails with DatabaseBusyError.
 */
import { setTimeout as sleep } from "node:timers/promises";
import BetterSqlite3 from "better-sqlite3";
import { setUpConnection, type ConnectionSetup } from "./connection-setup.js";
import { DatabaseBusyError, ReadOnlyError } from "./errors.js";
import { walHint, whyUnwritable } from "./file-access.js";

/** How long a write may wait for another connection's lock, from its arrival (SQLite's usual 5 s). */
export const LOCK_WAIT_MS = 5_000;
/** Pauses between tries for a lock, as SQLite's own busy handler spaces them; the last one repeats. */
const BACK_OFF_MS = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50];

export interface WriterOptions {
  /** Create the file if missing (default false: it must exist). */
  create?: boolean;
  /** Switch the file to WAL (default false: keep its mode). Only for files that are ours. */
  wal?: boolean;
  /** Default LOCK_WAIT_MS. */
  lockWaitMs?: number;
}

export class Writer {
  private readonly conn: BetterSqlite3.Database;
  /** One transaction wrapper for every write: building a new one per call showed up in profiles. */
  private readonly inTransaction: BetterSqlite3.Transaction<
    (fn: (conn: BetterSqlite3.Database) => unknown) => unknown
  >;
  /** Prepared once: `conn.pragma()` prepares anew on every call, and this one runs on every request. */
  private readonly schemaVersionStatement: BetterSqlite3.Statement<[], number>;
  private readonly dataVersionStatement: BetterSqlite3.Statement<[], number>;
  /** Writes waiting for the next group. */
  private queue: PendingWrite[] = [];
  /** A group is under way (perhaps waiting for a lock) or about to start. */
  private busy = false;
  /** Writes finished so far (committed or rolled back): a cheap "might the schema have changed?". */
  private finished = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];
  /** Why writes are refused, when the file cannot be written (read-only file or folder). */
  private readonly refusal: string | null = null;
  private readonly lockWaitMs: number;
  private readonly schemaListeners: (() => void)[] = [];
  private readonly lockListeners: (() => void)[] = [];

  /**
   * Opens `path` (which must exist unless `create`) for writing, or notes why it cannot be written.
   * @param name the database name, for plugins and messages
   */
  constructor(
    readonly name: string,
    path: string,
    setup: ConnectionSetup,
    options: WriterOptions = {},
  ) {
    this.lockWaitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
    const unwritable = options.create ? null : whyUnwritable(path);
    // A file we cannot write is opened read-only: SQLite then never tries to take a lock for writing.
    this.conn = new BetterSqlite3(path, { fileMustExist: !options.create, readonly: unwritable !== null });
    try {
      if (unwritable) this.refusal = `Database "${name}" cannot be written: ${unwritable}`;
      else if (this.conn.readonly)
        this.refusal = `Database "${name}" cannot be written: ${path} is read-only`;
      else if (options.wal) this.conn.pragma("journal_mode = WAL");
      setUpConnection(this.conn, name, setup);
      // After setUpConnection, which sets the read processes' 5 s: here a busy lock is waited for on a timer.
      this.conn.pragma("busy_timeout = 0");
      // A transaction larger than the page cache would otherwise need the exclusive lock mid-statement
      // (rollback-journal mode), where no timer can wait for it.
      this.conn.pragma("cache_spill = OFF");
      this.inTransaction = this.conn.transaction((fn: (conn: BetterSqlite3.Database) => unknown) =>
        fn(this.conn),
      );
      this.schemaVersionStatement = this.conn.prepare<[], number>("pragma schema_version").pluck();
      this.dataVersionStatement = this.conn.prepare<[], number>("pragma data_version").pluck();
      // Read the header now, so a file SQLite cannot read fails at start rather than on the first page.
      this.conn.pragma("busy_timeout = 5000");
      this.schemaVersionStatement.get();
      this.conn.pragma("busy_timeout = 0");
    } catch (error) {
      this.conn.close();
      throw new Error(`Could not open database ${path}: ${(error as Error).message}${walHint(path)}`, {
        cause: error,
      });
    }
  }

  /**
   * Runs `fn` on the writer connection inside a transaction, after every write asked for before it.
   * A throw rolls the whole call back. `fn` must be synchronous (better-sqlite3 refuses a Promise), and
   * may run twice when its group's transaction fails as a whole: its effects belong on the connection.
   */
  write<T>(fn: (conn: BetterSqlite3.Database) => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`Database "${this.name}" is closed`));
    if (this.refusal) return Promise.reject(new ReadOnlyError(this.refusal));
    return new Promise<T>((resolve, reject) => {
      const deadline = Date.now() + this.lockWaitMs;
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject, deadline });
      this.schedule();
    });
  }

  /**
   * Called before this writer takes or escalates its lock (BEGIN IMMEDIATE, COMMIT) and after a group
   * ended: readers in this thread that hold a read transaction end it (QueryRunner's shareReads), so
   * COMMIT never waits on them, and their next read sees what was committed.
   */
  beforeLocking(listener: () => void): void {
    this.lockListeners.push(listener);
  }

  /** Called after each write that changed the schema, once it committed (the ephemeral tables' sweep). */
  onSchemaChange(listener: () => void): void {
    this.schemaListeners.push(listener);
  }

  /** Starts the next group on the next turn of the event loop, so writes asked for meanwhile join it. */
  private schedule(): void {
    if (this.busy || this.queue.length === 0) {
      if (!this.busy) for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    this.busy = true;
    setImmediate(() => {
      void this.runQueued().finally(() => {
        this.busy = false;
        this.schedule();
      });
    });
  }

  private async runQueued(): Promise<void> {
    const group = this.queue;
    this.queue = [];
    const watched = this.schemaListeners.length > 0;
    const before = watched ? this.schemaVersion() : null;
    try {
      if (!(await this.runGroup(group))) for (const write of group) await this.runGroup([write]); // alone: never answers false
    } finally {
      for (const listener of this.lockListeners) listener();
    }
    if (watched && (before === null || this.schemaVersion() !== before))
      for (const listener of this.schemaListeners) listener();
  }

  /**
   * Runs `group` in one transaction, each write in a savepoint (better-sqlite3's wrapper makes one when
   * a transaction is open), and answers them after COMMIT. False, with nothing committed or answered,
   * when a group of several failed as a whole; a write alone is answered with the error instead.
   */
  private async runGroup(group: PendingWrite[]): Promise<boolean> {
    const waiting = await this.withLock(group, () => this.conn.exec("BEGIN IMMEDIATE"));
    if (waiting.length === 0) return true;
    group = waiting;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    for (const write of group) {
      try {
        outcomes.push({ ok: true, value: this.inTransaction(write.fn) });
      } catch (error) {
        if (!this.conn.inTransaction) {
          // SQLite rolled back the whole transaction (or the write ended it).
          if (group.length > 1) return false;
          outcomes.push({ ok: false, value: error });
        } else outcomes.push({ ok: false, value: error });
      }
    }
    if (this.conn.inTransaction) {
      let committed: PendingWrite[];
      try {
        committed = await this.withLock(group, () => this.conn.exec("COMMIT"), true);
      } catch (error) {
        if (this.conn.inTransaction) this.conn.exec("ROLLBACK");
        if (group.length > 1) return false;
        outcomes[0] = { ok: false, value: error };
        committed = group;
      }
      if (committed.length < group.length) return true; // the lock wait ran out: rolled back, answered
    }
    this.finished += group.length;
    group.forEach((write, i) => {
      const { ok, value } = outcomes[i]!;
      if (ok) write.resolve(value);
      else write.reject(value);
    });
    return true;
  }

  /**
   * Runs `step` (BEGIN IMMEDIATE or COMMIT) until it gets past SQLITE_BUSY, pausing on a timer between
   * tries, and returns the writes still waiting for it. Writes whose lock wait runs out are answered with
   * DatabaseBusyError; for COMMIT (`all`) the whole group is then rolled back and answered, and the rest
   * go back to the front of the queue. Other errors are thrown.
   */
  private async withLock(group: PendingWrite[], step: () => void, all = false): Promise<PendingWrite[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        for (const listener of this.lockListeners) listener();
        step();
        return group;
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
      const now = Date.now();
      const expired = group.filter((w) => w.deadline <= now);
      if (expired.length) {
        const busy = new DatabaseBusyError(
          `Database "${this.name}" is locked by another connection: the write waited ${this.lockWaitMs / 1000} s for it and gave up`,
        );
        const kept = all ? [] : group.filter((w) => w.deadline > now);
        if (all) {
          if (this.conn.inTransaction) this.conn.exec("ROLLBACK");
          this.queue.unshift(...group.filter((w) => w.deadline > now));
        }
        for (const write of expired) write.reject(busy);
        if (all || kept.length === 0) return [];
        group = kept;
      }
      await sleep(BACK_OFF_MS[Math.min(attempt, BACK_OFF_MS.length - 1)]);
    }
  }

  /** How many writes have finished: changes when this writer may have changed the file. */
  get writesFinished(): number {
    return this.finished;
  }

  /**
   * SQLite's schema_version, read in-process: a cheap "did the schema change?" for the schema cache.
   * Null when another connection holds a lock that keeps even readers out (no wait on the event loop).
   */
  schemaVersion(): number | null {
    return readUnlessBusy(this.schemaVersionStatement);
  }

  /**
   * SQLite's data_version on this connection: it changes when another connection — another process —
   * commits to the file, never for this writer's own commits (writesFinished counts those). Null as above.
   */
  dataVersion(): number | null {
    return readUnlessBusy(this.dataVersionStatement);
  }

  /** Waits for queued writes, then closes the connection (which checkpoints a WAL file and removes it). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.busy || this.queue.length) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.conn.close();
  }
}

interface PendingWrite {
  fn: (conn: BetterSqlite3.Database) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** Until when this write may wait for a lock (its arrival plus the lock wait). */
  deadline: number;
}

function isBusy(error: unknown): boolean {
  return String((error as { code?: unknown }).code ?? "").startsWith("SQLITE_BUSY");
}

function readUnlessBusy(statement: BetterSqlite3.Statement<[], number>): number | null {
  try {
    return statement.get()!;
  } catch (error) {
    if (isBusy(error)) return null;
    throw error;
  }
}
