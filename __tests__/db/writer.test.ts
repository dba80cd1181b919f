import { chmodSync, existsSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { ReadOnlyError } from "../../src/db/errors.js";
import { openDatabases, type DatabaseRegistry } from "../../src/db/registry.js";
import type { Database } from "../../src/db/types.js";
import { fileSpec, tempDir, testConfig, type TempDir } from "./helpers.js";

let t: TempDir;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.remove());

let registry: DatabaseRegistry | null = null;
afterEach(async () => {
  await registry?.close();
  registry = null;
});

async function open(...args: Parameters<typeof openDatabases>): Promise<DatabaseRegistry> {
  registry = await openDatabases(...args);
  return registry;
}

describe("the writer", () => {
  test("keeps each file's journal mode: a rollback-journal file stays one, a WAL file stays WAL", async () => {
    const plain = t.createDb("plain.db", "create table x (id integer)");
    const wal = t.createDb("wal.db", "pragma journal_mode = wal; create table x (id integer)");
    const reg = await open(testConfig([fileSpec(plain), fileSpec(wal)]));
    for (const name of ["plain", "wal"])
      await reg.databases.get(name)!.write((conn) => conn.exec("insert into x values (1)"));
    await reg.close();
    registry = null;
    const mode = (file: string) => {
      const check = new BetterSqlite3(file, { readonly: true });
      const value = check.pragma("journal_mode", { simple: true });
      check.close();
      return value;
    };
    expect([mode(plain), mode(wal)]).toEqual(["delete", "wal"]);
  });

  test("runs many concurrent writes one at a time, in order, while readers read — never 'database is locked'", async () => {
    const file = t.createDb("busy.db", "create table log (n integer, seen integer)");
    const db = (await open(testConfig([fileSpec(file)], {}, { num_sql_threads: 2 }))).databases.get("busy")!;
    const writes = Array.from({ length: 200 }, (_, n) =>
      db.write((conn) => {
        // Read-modify-write: only correct if no other write interleaves.
        const seen = conn.prepare("select count(*) from log").pluck().get() as number;
        conn.prepare("insert into log values (?, ?)").run(n, seen);
        return n;
      }),
    );
    // Time limits count queueing: 60 reads queued behind each other on a busy machine need a long one.
    const reads = Array.from({ length: 60 }, () =>
      db.execute("select count(*) from log", { timeLimitMs: 60_000 }),
    );
    const [written, counts] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    expect(written).toEqual(Array.from({ length: 200 }, (_, n) => n));
    for (const result of counts) expect(result.rows[0]![0]).toBeGreaterThanOrEqual(0);
    const { rows } = await db.execute("select n, seen from log order by rowid", { maxRows: 0 });
    expect(rows).toEqual(Array.from({ length: 200 }, (_, n) => [n, n]));
  });

  test("a write that throws is rolled back entirely, and later writes still run", async () => {
    const file = t.createDb("tx.db", "create table items (name text unique)");
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("tx")!;
    const failing = db.write((conn) => {
      conn.prepare("insert into items values ('first')").run();
      conn.prepare("insert into items values ('first')").run(); // UNIQUE violation
    });
    const next = db.write((conn) => conn.prepare("insert into items values ('second')").run().changes);
    await expect(failing).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await next).toBe(1);
    expect((await db.execute("select name from items")).rows).toEqual([["second"]]);
  });

  test("writes asked for together share one transaction, each all-or-nothing, answered once durable", async () => {
    const file = t.createDb("group.db", "create table items (n integer unique)");
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("group")!;
    // Another connection's view of the file when each write is answered: committed, not just written.
    const outside = new BetterSqlite3(file, { readonly: true });
    const seen = (n: number) => outside.prepare("select count(*) from items where n = ?").pluck().get(n);
    const inOneTransaction: boolean[] = [];
    const insert = (n: number) =>
      db.write((conn) => {
        inOneTransaction.push(conn.inTransaction);
        conn.prepare("insert into items values (?)").run(n);
        return n;
      });
    const first = insert(1).then((n) => [n, seen(1)]);
    const failing = db.write((conn) => {
      conn.prepare("insert into items values (2)").run();
      conn.prepare("insert into items values (1)").run(); // UNIQUE violation: 2 goes too
    });
    const third = insert(3).then((n) => [n, seen(3)]);
    await expect(failing).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await first).toEqual([1, 1]);
    expect(await third).toEqual([3, 1]);
    expect(inOneTransaction).toEqual([true, true]);
    expect(outside.prepare("select n from items order by n").pluck().all()).toEqual([1, 3]);
    outside.close();
  });

  test("when a group cannot commit as a whole, its writes run again one by one: only the culprit fails", async () => {
    const file = t.createDb(
      "culprit.db",
      "create table parent (id integer primary key); create table child (pid integer references parent(id))",
    );
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("culprit")!;
    const runs: string[] = [];
    const insert = (id: number) =>
      db.write((conn) => {
        runs.push(`parent ${id}`);
        return conn.prepare("insert into parent values (?)").run(id).changes;
      });
    const first = insert(1);
    // Checked only at COMMIT: the group's COMMIT fails, then this write alone.
    const deferred = db.write((conn) => {
      runs.push("orphan");
      conn.pragma("defer_foreign_keys = ON");
      conn.prepare("insert into child values (99)").run();
    });
    const ends = db.write((conn) => conn.exec("rollback")); // ends the transaction it runs in
    const last = insert(3);
    await expect(deferred).rejects.toThrow(/FOREIGN KEY constraint failed/);
    await expect(ends).rejects.toThrow();
    expect([await first, await last]).toEqual([1, 1]);
    expect((await db.execute("select id from parent order by id")).rows).toEqual([[1], [3]]);
    expect((await db.execute("select count(*) from child")).rows).toEqual([[0]]);
    // The group ran up to the write that ended it, then each write once more on its own.
    expect(runs).toEqual(["parent 1", "orphan", "parent 1", "orphan", "parent 3"]);
  });

  test("an async function is refused rather than committed half-done", async () => {
    const file = t.createDb("async.db", "create table x (id integer)");
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("async")!;
    await expect(db.write(async () => 1)).rejects.toThrow(/cannot return a promise/);
  });

  test("an immutable database refuses writes with a clear error", async () => {
    const file = t.copyFixtures("frozen.db");
    const modeOf = () => {
      const check = new BetterSqlite3(file, { readonly: true });
      const mode = check.pragma("journal_mode", { simple: true });
      check.close();
      return mode;
    };
    const before = modeOf();
    const db = (await open(testConfig([fileSpec(file, true)]))).databases.get("frozen")!;
    expect(db.immutable).toBe(true);
    const error = await db.write(() => 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadOnlyError);
    expect((error as Error).message).toBe('Database "frozen" cannot be written to: it is immutable');
    // Immutable files are left exactly as they are: their journal mode too.
    expect(modeOf()).toBe(before);
  });

  test("a file the process may not write is served, and writes say why they fail", async () => {
    const file = t.copyFixtures("locked-down.db");
    chmodSync(file, 0o444);
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("locked-down")!;
    expect((await db.execute("select count(*) from facetable")).rows).toEqual([[15]]);
    if (process.getuid?.() === 0) return; // root writes through file modes: nothing more to see
    await expect(db.write(() => 1)).rejects.toThrow(/cannot be written: the file .* is read-only/);
  });
});

describe("in-memory databases", () => {
  test("what the writer writes, the read processes see; the backing file goes on close", async () => {
    const reg = await open(
      testConfig([{ name: "ephemeral", path: null, immutable: false }], {}, { num_sql_threads: 2 }),
    );
    const db = reg.databases.get("ephemeral")!;
    await db.write((conn) => {
      conn.exec("create table notes (body text)");
      conn.prepare("insert into notes values (?)").run("visible across processes");
    });
    const results = await Promise.all([
      db.execute("select body from notes"),
      db.execute("select body from notes"),
    ]);
    for (const r of results) expect(r.rows).toEqual([["visible across processes"]]);
    expect(db.isMemory).toBe(true);
    expect(db.path).toBeNull();
    const backing = (await db.execute("select file from pragma_database_list where name = 'main'"))
      .rows[0]![0] as string;
    expect(existsSync(backing)).toBe(true);
    await reg.close();
    registry = null;
    expect(existsSync(backing)).toBe(false);
  });
});

describe("schema cache", () => {
  test("a table created through the writer appears in schema() at once", async () => {
    const file = t.createDb("growing.db", "create table first (id integer primary key, name text)");
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("growing")!;
    const before = await db.schema();
    expect(before.tables.map((x) => x.name)).toEqual(["first"]);
    expect(await db.schema()).toBe(before); // unchanged version: the cached object
    await db.write((conn) =>
      conn.exec("create table second (id integer primary key, first_id integer references first(id))"),
    );
    const after = await db.schema();
    expect(after.tables.map((x) => x.name)).toEqual(["first", "second"]);
    expect(after.tables[0]!.foreignKeys.incoming).toEqual([
      { other_table: "second", column: "id", other_column: "first_id" },
    ]);
  });

  test("a change made by another process is seen too, within the recheck interval", async () => {
    const file = t.createDb("external.db", "create table a (id integer)");
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("external")!;
    expect((await db.schema()).tables).toHaveLength(1);
    const other = new BetterSqlite3(file);
    other.exec("create view v as select * from a");
    other.close();
    // schema_version is read again at most once a second while our own writer has not written.
    await vi.waitFor(async () => expect((await db.schema()).views.map((v) => v.name)).toEqual(["v"]), {
      timeout: 5_000,
      interval: 100,
    });
  });
});

describe("remember", () => {
  test("keeps an answer until our writer writes, and never one marked not to keep", async () => {
    const file = t.createDb("remember.db", "create table t (id integer); insert into t values (1)");
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("remember")!;
    await db.execute("select 1"); // a started read process: the first count must not take a second
    let runs = 0;
    const count = () =>
      db.remember("count", async () => {
        runs++;
        return { value: (await db.execute("select count(*) from t")).rows[0]![0], keep: true };
      });
    expect([await count(), await count()]).toEqual([1, 1]);
    expect(runs).toBe(1);
    await db.write((conn) => conn.exec("insert into t values (2)"));
    expect(await count()).toBe(2);
    expect(runs).toBe(2);
    // Past the recheck interval, SQLite's data_version says no one else wrote: still the kept answer.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await count()).toBe(2);
    expect(runs).toBe(2);

    let provisional = 0;
    const timedOut = () => db.remember("cut short", async () => ({ value: ++provisional, keep: false }));
    expect([await timedOut(), await timedOut()]).toEqual([1, 2]);
  });

  test("sees another process's change within a second", async () => {
    const file = t.createDb("remember-outside.db", "create table t (id integer)");
    const db = (await open(testConfig([fileSpec(file)]))).databases.get("remember-outside")!;
    const count = () =>
      db.remember("count", async () => ({
        value: (await db.execute("select count(*) from t")).rows[0]![0],
        keep: true,
      }));
    expect(await count()).toBe(0);
    const other = new BetterSqlite3(file);
    other.exec("insert into t values (1)");
    other.close();
    await vi.waitFor(async () => expect(await count()).toBe(1), { timeout: 5_000, interval: 100 });
  });
});

describe("tableCount", () => {
  let db: Database;
  let frozen: Database;
  let frozenFile: string;

  test("counts rows, gives null past the time limit", async () => {
    const file = t.createDb(
      "counts.db",
      "create table things (id integer primary key); insert into things (id) values (1), (2), (3)",
    );
    frozenFile = t.copyFixtures("counted.db");
    const reg = await open(
      testConfig([fileSpec(file), fileSpec(frozenFile, true)], {}, { num_sql_threads: 2 }),
    );
    db = reg.databases.get("counts")!;
    frozen = reg.databases.get("counted")!;
    expect(await db.tableCount("things")).toBe(3);
    await db.write((conn) =>
      conn.exec(
        // Counting stops at COUNT_LIMIT + 1 rows: this view takes forever to give its first row.
        "create view endless as with recursive c(x) as (select 1 union all select x + 1 from c where x < 1e12) select x from c where x > 1e11",
      ),
    );
    const start = performance.now();
    expect(await db.tableCount("endless", 300)).toBeNull();
    expect(performance.now() - start).toBeLessThan(1500);
    await db.write((conn) => conn.exec("insert into things default values"));
    // The runaway count's process may still hold the file for its grace period: a limit to outlast it.
    expect(await db.tableCount("things", 30_000)).toBe(4);

    // Immutable: counted once. Changing the file behind its back (breaking the promise) shows the cache.
    expect(await frozen.tableCount("facetable")).toBe(15);
    const sneaky = new BetterSqlite3(frozenFile);
    sneaky.exec("delete from facetable");
    sneaky.close();
    expect(await frozen.tableCount("facetable")).toBe(15);
    expect((await frozen.execute("select count(*) from facetable")).rows).toEqual([[0]]);
  });
});
