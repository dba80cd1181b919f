/**
 * Tracks the tables of one database and drops each `ttl` after it was first seen (datasette-ephemeral-tables'
 * behaviour). Listing and dropping happen in one call on the database's writer connection, so a table
 * cannot be recreated between "it expired" and "drop it". Only the database handed in is ever touched.
 *
 * A table dropped and created again under the same name is a new table with a clock of its own, whatever
 * dropped and re-created it (the write API, a writable canned query, setup SQL, a plugin): each table
 * seen gets a marker, a TEMP trigger on the writer connection that never fires (`when 0`). SQLite drops
 * a table's triggers with it, temp ones too, so a table whose marker is gone was re-created since. The
 * marker lives only on that connection: the file and the read processes never see it.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { Database } from "../../db/types.js";
import { systemClock, type Clock } from "./clock.js";

/** The part of a Database the sweep needs. */
export type WritableDatabase = Pick<Database, "name" | "write">;

export interface EphemeralTablesOptions {
  ttlSeconds: number;
  checkIntervalSeconds: number;
  /** Default: the system clock. */
  clock?: Clock;
  /** Told once per table that cannot be dropped (it is retried every sweep). Default: console.warn. */
  onError?: (table: string | null, error: Error) => void;
}

export interface SweepResult {
  /** Tables seen for the first time. */
  seen: string[];
  dropped: string[];
  /** Known tables that disappeared by other means. */
  forgotten: string[];
  /** Expired tables that could not be dropped. */
  failed: string[];
}

interface Plan {
  seen: string[];
  forgotten: string[];
  expired: string[];
}

/** What to do given the tables now present: pure, so the rules are tested without a database. */
export function planSweep(
  known: ReadonlyMap<string, number>,
  present: string[],
  now: number,
  ttlMs: number,
): Plan {
  const here = new Set(present);
  return {
    seen: present.filter((t) => !known.has(t)),
    forgotten: [...known.keys()].filter((t) => !here.has(t)),
    expired: [...known].filter(([t, firstSeen]) => here.has(t) && now - firstSeen >= ttlMs).map(([t]) => t),
  };
}

/** `"name"` with embedded quotes doubled: safe for hyphens, spaces, quotes and brackets alike. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export class EphemeralTables {
  private readonly known = new Map<string, number>();
  /** Each known table's marker trigger; missing for a table that cannot carry one (virtual tables). */
  private readonly markers = new Map<string, string>();
  private nextMarker = 1;
  private readonly clock: Clock;
  private readonly ttlMs: number;
  private readonly warned = new Set<string>();
  private timer: unknown = null;
  /** Sweeps run one after another; the timer skips a tick while one is under way. */
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  constructor(
    readonly db: WritableDatabase,
    private readonly options: EphemeralTablesOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.ttlMs = options.ttlSeconds * 1000;
  }

  /** Sweeps now, then every checkIntervalSeconds. Calling it again does nothing. */
  start(): void {
    if (this.timer !== null) return;
    this.timer = this.clock.setInterval(() => {
      if (this.pending === 0) void this.sweep().catch(() => undefined);
    }, this.options.checkIntervalSeconds * 1000);
    void this.sweep().catch(() => undefined);
  }

  /** Stops the timer and waits for a sweep under way; no timer is left behind. */
  async stop(): Promise<void> {
    if (this.timer !== null) this.clock.clearInterval(this.timer);
    this.timer = null;
    await this.idle();
  }

  get running(): boolean {
    return this.timer !== null;
  }

  /** Resolves when every sweep asked for so far has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail.catch(() => undefined);
  }

  /** When `table` expires, noticing it first if no sweep has yet; null if it is not a table of this database. */
  async expiresAt(table: string): Promise<number | null> {
    if (!this.known.has(table)) await this.sweep();
    const firstSeen = this.known.get(table);
    return firstSeen === undefined ? null : firstSeen + this.ttlMs;
  }

  /** The tables being tracked and when each was first seen (ms since the epoch). */
  tracked(): ReadonlyMap<string, number> {
    return this.known;
  }

  /** Notices new tables, forgets vanished ones and drops the expired, after any sweep already asked for. */
  sweep(): Promise<SweepResult> {
    this.pending++;
    const run = this.tail.then(() => this.sweepNow()).finally(() => this.pending--);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async sweepNow(): Promise<SweepResult> {
    const now = this.clock.now();
    let plan: Plan;
    let dropped: string[] = [];
    const failed: string[] = [];
    try {
      plan = await this.db.write((conn) => {
        this.forgetRecreated(conn);
        const p = planSweep(this.known, listTables(conn), now, this.ttlMs);
        this.markSeen(conn, p.seen);
        // Tables that expire together may reference each other: check foreign keys at commit, not per drop.
        conn.pragma("defer_foreign_keys = ON");
        dropped = dropTables(conn, p.expired);
        return p;
      });
    } catch (error) {
      // One table that cannot go (still referenced by a newer table) must not keep the others: one by one.
      plan = await this.db
        .write((conn) => {
          this.forgetRecreated(conn);
          const p = planSweep(this.known, listTables(conn), now, this.ttlMs);
          this.markSeen(conn, p.seen);
          return p;
        })
        .catch((e: Error) => {
          this.report(null, e);
          throw e;
        });
      dropped = [];
      for (const table of plan.expired) {
        try {
          dropped.push(...(await this.db.write((conn) => dropTables(conn, [table]))));
        } catch (e) {
          failed.push(table);
          this.report(table, e as Error);
        }
      }
      if (plan.expired.length === 0) this.report(null, error as Error);
    }
    for (const table of plan.seen) this.known.set(table, now);
    for (const table of [...plan.forgotten, ...dropped]) {
      this.known.delete(table);
      this.markers.delete(table);
      this.warned.delete(table);
    }
    // A virtual table's drop takes its shadow tables with it: those are gone, not failed.
    const gone = plan.expired.filter((t) => !dropped.includes(t) && !failed.includes(t));
    for (const table of gone) {
      this.known.delete(table);
      this.markers.delete(table);
    }
    return { seen: plan.seen, dropped, forgotten: [...plan.forgotten, ...gone], failed };
  }

  /**
   * Forgets known tables whose marker is gone: they were dropped (and maybe created again) since the last
   * sweep, so the plan sees a present one as new. Runs inside the sweep's write.
   */
  private forgetRecreated(conn: BetterSqlite3.Database): void {
    const live = new Map(
      (
        conn.prepare("select name, tbl_name from sqlite_temp_master where type = 'trigger'").all() as {
          name: string;
          tbl_name: string;
        }[]
      ).map((r) => [r.name, r.tbl_name]),
    );
    for (const [table, marker] of this.markers) {
      if (live.get(marker) === table) continue;
      this.markers.delete(table);
      this.known.delete(table);
    }
  }

  /**
   * Puts a marker on each newly seen table. The sweep's transaction commits them with its plan; should it
   * roll back, the tables are seen again next time. A table that takes no trigger is tracked by name.
   */
  private markSeen(conn: BetterSqlite3.Database, tables: string[]): void {
    for (const table of tables) {
      const marker = `datasette_export_ephemeral_${this.nextMarker++}`;
      try {
        conn.exec(
          `create temp trigger ${quoteIdentifier(marker)} after delete on main.${quoteIdentifier(table)} when 0 begin select 1; end`,
        );
        this.markers.set(table, marker);
      } catch {
        // Virtual and shadow tables refuse triggers.
      }
    }
  }

  private report(table: string | null, error: Error): void {
    const key = table ?? "";
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const report = this.options.onError ?? defaultReport(this.db.name);
    report(table, error);
  }
}

function defaultReport(database: string) {
  return (table: string | null, error: Error) =>
    console.warn(
      table === null
        ? `Ephemeral tables: could not sweep database ${database}: ${error.message}`
        : `Ephemeral tables: could not drop ${database}.${table} (will retry): ${error.message}`,
    );
}

function listTables(conn: BetterSqlite3.Database): string[] {
  // sqlite_sequence and sqlite_stat* belong to SQLite and cannot (or must not) be dropped.
  return (
    conn
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

/** Drops those of `tables` that still exist, virtual tables first (their shadow tables go with them). */
function dropTables(conn: BetterSqlite3.Database, tables: string[]): string[] {
  const info = conn.prepare("select sql from sqlite_master where type = 'table' and name = ?");
  const isVirtual = (t: string) =>
    /^\s*create\s+virtual\s/i.test((info.get(t) as { sql: string } | undefined)?.sql ?? "");
  const ordered = [...tables].sort((a, b) => Number(isVirtual(b)) - Number(isVirtual(a)));
  const dropped: string[] = [];
  for (const table of ordered) {
    if (!info.get(table)) continue;
    conn.exec(`DROP TABLE ${quoteIdentifier(table)}`);
    dropped.push(table);
  }
  return dropped;
}
