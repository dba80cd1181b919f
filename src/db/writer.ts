/**
 * The one connection that writes to a database. Every write goes through it, one at a time, in the order
 * asked, each in its own immediate transaction — so writers never race each other into "database is
 * locked". The file is switched to WAL, so the read processes keep reading while a write is under way.
 */
import BetterSqlite3 from "better-sqlite3";
import { setUpConnection, type ConnectionSetup } from "./connection-setup.js";
import { ReadOnlyError } from "./errors.js";

export class Writer {
  private readonly conn: BetterSqlite3.Database;
  /** One transaction wrapper for every write: building a new one per call showed up in profiles. */
  private readonly inTransaction: BetterSqlite3.Transaction<
    (fn: (conn: BetterSqlite3.Database) => unknown) => unknown
  >;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Why writes are refused, when the file cannot be written (read-only file or folder). */
  private readonly refusal: string | null = null;

  /**
   * Opens `path` (which must exist unless `create`) for writing and switches it to WAL.
   * @param name the database name, for plugins and messages
   */
  constructor(
    readonly name: string,
    path: string,
    setup: ConnectionSetup,
    options: { create?: boolean } = {},
  ) {
    this.conn = new BetterSqlite3(path, { fileMustExist: !options.create });
    try {
      if (this.conn.readonly) {
        this.refusal = `Database "${name}" cannot be written: the file ${path} is read-only`;
      } else {
        this.conn.pragma("journal_mode = WAL");
      }
      setUpConnection(this.conn, name, setup);
      this.inTransaction = this.conn.transaction((fn: (conn: BetterSqlite3.Database) => unknown) =>
        fn(this.conn),
      );
    } catch (error) {
      this.conn.close();
      throw new Error(`Could not open database ${path}: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * Runs `fn` on the writer connection inside a transaction, after every write asked for before it.
   * A throw rolls the whole call back. `fn` must be synchronous (better-sqlite3 refuses a Promise).
   */
  write<T>(fn: (conn: BetterSqlite3.Database) => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`Database "${this.name}" is closed`));
    if (this.refusal) return Promise.reject(new ReadOnlyError(this.refusal));
    const run = this.tail.then(() => this.inTransaction.immediate(fn) as T);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** SQLite's schema_version, read in-process: a cheap "did the schema change?" for the schema cache. */
  schemaVersion(): number {
    return this.conn.pragma("schema_version", { simple: true }) as number;
  }

  /** Waits for queued writes, then closes the connection (which checkpoints the WAL). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    this.conn.close();
  }
}
