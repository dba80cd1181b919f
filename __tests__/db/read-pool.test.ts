import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { QueryCancelledError, QueryTimeoutError, SqlError } from "../../src/db/errors.js";
import { ReadPool } from "../../src/db/read-pool.js";
import { openDatabases, type DatabaseRegistry } from "../../src/db/registry.js";
import type { Database } from "../../src/db/types.js";
import { ENDLESS, fileSpec, tempDir, testConfig, type TempDir } from "./helpers.js";

let t: TempDir;
let registry: DatabaseRegistry;
let db: Database;

beforeAll(async () => {
  t = tempDir();
  registry = await openDatabases(
    testConfig([fileSpec(t.copyFixtures())], {}, { num_sql_threads: 2, max_returned_rows: 10 }),
  );
  db = registry.databases.get("fixtures")!;
  await registry.ready();
});
afterAll(async () => {
  await registry.close();
  t.remove();
});

async function timed<T>(promise: Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const start = performance.now();
  try {
    const value = await promise;
    return { ms: performance.now() - start, value };
  } catch (error) {
    return { ms: performance.now() - start, error };
  }
}

describe("time limit", () => {
  test("a runaway query is stopped at the limit while another query answers at normal speed", async () => {
    // Warm both processes, so the quick query below measures answering, not start-up.
    await Promise.all([db.execute("select 1"), db.execute("select 2")]);
    const slow = timed(db.execute(ENDLESS, { timeLimitMs: 1500 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const quick = await timed(db.execute("select count(*) from facetable"));
    expect(quick.value?.rows).toEqual([[15]]);
    // Queued behind the runaway query it would wait 1200 ms or more; on an idle machine it takes ~1 ms,
    // the margin is for a machine shared by many test runs.
    expect(quick.ms).toBeLessThan(1000);

    const { ms, error } = await slow;
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toBe("SQL query took too long");
    expect((error as QueryTimeoutError).limitMs).toBe(1500);
    expect((error as QueryTimeoutError).sql).toBe(ENDLESS);
    expect(ms).toBeGreaterThanOrEqual(1490);
    expect(ms).toBeLessThan(2500);
  });

  test("an answer that came while this thread was busy past the deadline is taken, not timed out", async () => {
    await Promise.all([db.execute("select 1"), db.execute("select 2")]);
    const answer = timed(db.execute("select count(*) from facetable", { timeLimitMs: 200 }));
    // The read process answers within milliseconds; this thread only reads that answer after its
    // timers have run, well past the 200 ms deadline (as when a template compiles or a module loads).
    const busyUntil = Date.now() + 1_500;
    while (Date.now() < busyUntil);
    const { value, error } = await answer;
    expect(error).toBeUndefined();
    expect(value?.rows).toEqual([[15]]);
  });

  test("the pool recovers: the killed process is replaced and every slot answers again", async () => {
    await expect(db.execute(ENDLESS, { timeLimitMs: 200 })).rejects.toThrow("SQL query took too long");
    await registry.ready();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => db.execute(`select ${i} as n`)));
    expect(results.map((r) => r.rows[0]![0])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("after a timeout a spare process stands by, so a stuck process leaves no slot empty", async () => {
    const reg = await openDatabases(
      testConfig([fileSpec(t.copyFixtures("spare.db"))], {}, { num_sql_threads: 1 }),
    );
    try {
      const spare = reg.databases.get("spare")!;
      await expect(spare.execute(ENDLESS, { timeLimitMs: 100 })).rejects.toBeInstanceOf(QueryTimeoutError);
      await reg.ready(); // the replacement and the spare
      const runaway = spare.execute(ENDLESS, { timeLimitMs: 400 });
      // One slot (num_sql_threads 1) and it is busy: the spare does not add a second, so this waits.
      const waiting = timed(spare.execute("select 'next'"));
      await expect(runaway).rejects.toBeInstanceOf(QueryTimeoutError);
      const { value, ms } = await waiting;
      expect(value?.rows).toEqual([["next"]]);
      expect(ms).toBeGreaterThanOrEqual(390);
      // Answered by the spare at once (well inside the runaway's one-second grace period), not after the
      // runaway process was killed and a replacement forked.
      expect(ms).toBeLessThan(1_300);
    } finally {
      await reg.close();
    }
  });

  test("requests queue while every process is busy, and run once one is free", async () => {
    const first = db.execute(ENDLESS, { timeLimitMs: 700 });
    const second = db.execute(ENDLESS, { timeLimitMs: 700 });
    // Its time limit counts from now, queueing included: long enough to outlast the runaways.
    const queued = timed(db.execute("select 'after'", { timeLimitMs: 30_000 }));
    await expect(first).rejects.toBeInstanceOf(QueryTimeoutError);
    await expect(second).rejects.toBeInstanceOf(QueryTimeoutError);
    const { value, ms } = await queued;
    expect(value?.rows).toEqual([["after"]]);
    // It waited for a process to come free (and be replaced): not answered before the others timed out.
    expect(ms).toBeGreaterThanOrEqual(690);
  });

  test("a query still queued at its deadline is answered 'took too long' without running", async () => {
    const first = db.execute(ENDLESS, { timeLimitMs: 1500 });
    const second = db.execute(ENDLESS, { timeLimitMs: 1500 });
    // Both processes are busy for 1.5 s; this one's limit runs out in the queue. Had it run, its
    // side effect (a call to a function that does not exist) would have failed with another message.
    const queued = await timed(db.execute("select no_such_function()", { timeLimitMs: 300 }));
    expect(queued.error).toBeInstanceOf(QueryTimeoutError);
    expect(queued.ms).toBeGreaterThanOrEqual(290);
    expect(queued.ms).toBeLessThan(1400);
    await expect(first).rejects.toBeInstanceOf(QueryTimeoutError);
    await expect(second).rejects.toBeInstanceOf(QueryTimeoutError);
  });

  test("a caller that goes away: its queued query leaves the queue, its running query's process is freed", async () => {
    const pool = new ReadPool({
      size: 1,
      databases: [{ name: "fixtures", kind: "file", path: t.copyFixtures("cancel.db"), attach: [] }],
      pluginModules: [],
      cacheSizeKb: 0,
      graceMs: () => 0,
    });
    try {
      await pool.ready();
      const running = new AbortController();
      const waiting = new AbortController();
      const first = timed(
        pool.run({ type: "query", db: "fixtures", sql: ENDLESS, maxRows: 0 }, 0, running.signal),
      );
      const second = timed(
        pool.run({ type: "query", db: "fixtures", sql: ENDLESS, maxRows: 0 }, 0, waiting.signal),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(pool.queued).toBe(1);
      waiting.abort();
      expect((await second).error).toBeInstanceOf(QueryCancelledError);
      expect(pool.queued).toBe(0);
      running.abort();
      expect((await first).error).toBeInstanceOf(QueryCancelledError);
      // No time limit at all (0), yet the endless query's process was killed: the next query runs.
      const next = await timed(
        pool.run({ type: "query", db: "fixtures", sql: "select 'freed'", maxRows: 0 }, 30_000),
      );
      expect(next.value && "rows" in next.value ? next.value.rows : null).toEqual([["freed"]]);
    } finally {
      await pool.close();
    }
  });
});

describe("results", () => {
  test("max rows: stops reading and says truncated only when more rows existed", async () => {
    const five = await db.execute("select pk from facetable order by pk", { maxRows: 5 });
    expect(five.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(five.truncated).toBe(true);
    const exact = await db.execute("select pk from facetable", { maxRows: 15 });
    expect(exact.rows).toHaveLength(15);
    expect(exact.truncated).toBe(false);
    const all = await db.execute("select pk from facetable", { maxRows: 0 });
    expect(all.rows).toHaveLength(15);
    expect(all.truncated).toBe(false);
    // The default is settings.max_returned_rows (10 here).
    const byDefault = await db.execute("select pk from facetable");
    expect(byDefault.rows).toHaveLength(10);
    expect(byDefault.truncated).toBe(true);
  });

  test("BLOBs arrive as Buffers, both ways", async () => {
    const stored = await db.execute("select data from binary_data where data is not null order by rowid");
    expect(stored.rows.length).toBeGreaterThan(0);
    for (const [value] of stored.rows) expect(Buffer.isBuffer(value)).toBe(true);
    const bytes = Buffer.from([0, 1, 2, 254, 255, 0x22, 0x5c]);
    const echoed = await db.execute("select ? as b, length(?) as n, typeof(?) as t", {
      params: [bytes, bytes, bytes],
    });
    expect(echoed.rows[0]![0]).toEqual(bytes);
    expect(echoed.rows[0]!.slice(1)).toEqual([7, "blob"]);
  });

  test("values JSON cannot carry survive: big integers, infinities", async () => {
    const { rows } = await db.execute(
      "select 9007199254740993, -9007199254740993, 9007199254740991, 1e999, -1e999, 1.5",
    );
    expect(rows[0]).toEqual([
      9007199254740993n,
      -9007199254740993n,
      9007199254740991,
      Infinity,
      -Infinity,
      1.5,
    ]);
    // A REAL that large is read again too, and stays a REAL; the one-call path (maxRows 0) keeps digits.
    const unbounded = await db.execute("select 1e20, 9007199254740993, x'00ff'", { maxRows: 0 });
    expect(unbounded.rows).toEqual([[1e20, 9007199254740993n, Buffer.from([0, 255])]]);
    const fixtures = await db.execute("select value from infinity order by rowid");
    expect(fixtures.rows.map((r) => r[0])).toEqual([Infinity, -Infinity, 1.5]);
  });

  test("duplicate column names are kept, in order", async () => {
    const result = await db.execute("select 1 as a, 2 as a, 3 as b");
    expect(result.columns).toEqual(["a", "a", "b"]);
    expect(result.rows).toEqual([[1, 2, 3]]);
  });

  test("named and positional parameters; ':name' keys and booleans accepted", async () => {
    const named = await db.execute("select :state as s, count(*) from facetable where state = :state", {
      params: { state: "CA" },
    });
    expect(named.rows).toEqual([["CA", 10]]);
    const colon = await db.execute("select :x", { params: { ":x": "colon" } });
    expect(colon.rows).toEqual([["colon"]]);
    const positional = await db.execute("select ?, ?", { params: [true, 7n] });
    expect(positional.rows).toEqual([[1, 7]]);
  });

  test("a statement prepared before an ALTER reports the new columns after it, in every process", async () => {
    await db.write((conn) => conn.exec("create table altered (a integer)"));
    const selectAll = () =>
      Promise.all([db.execute("select * from altered"), db.execute("select * from altered")]);
    // Both processes prepare and cache `select *` while the table has one column.
    for (const result of await selectAll()) expect(result.columns).toEqual(["a"]);
    await db.write((conn) =>
      conn.exec("alter table altered add column b text; insert into altered values (1, 'x')"),
    );
    for (const result of await selectAll()) {
      expect(result.columns).toEqual(["a", "b"]);
      expect(result.rows).toEqual([[1, "x"]]);
    }
    await db.write((conn) => conn.exec("delete from altered; alter table altered add column c"));
    // No rows to read: the columns still come from the statement as SQLite prepared it again.
    for (const result of await selectAll()) expect(result.columns).toEqual(["a", "b", "c"]);
  });

  test("SQLite's errors arrive as SqlError with SQLite's message and the SQL", async () => {
    const error = await db.execute("select * from no_such_table").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SqlError);
    expect((error as SqlError).message).toBe("no such table: no_such_table");
    expect((error as SqlError).sql).toBe("select * from no_such_table");
  });
});

describe("failures of the read processes themselves", () => {
  test("closing the pool answers a query under way with a clear error", async () => {
    const pool = new ReadPool({
      size: 1,
      databases: [{ name: "fixtures", kind: "file", path: t.copyFixtures("closing.db"), attach: [] }],
      pluginModules: [],
      cacheSizeKb: 0,
    });
    await pool.ready();
    const running = expect(
      pool.run({ type: "query", db: "fixtures", sql: ENDLESS, maxRows: 0 }, 0),
    ).rejects.toThrow("The database connections are closed");
    await new Promise((resolve) => setTimeout(resolve, 100));
    await pool.close();
    await running;
  });

  test("a process that dies mid-query fails that query only, and is replaced", async () => {
    const plugin = path.join(t.dir, "crash-plugin.mjs");
    writeFileSync(
      plugin,
      `export default { name: "crash", prepareConnection(conn) { conn.function("crash", () => process.exit(3)); } };`,
    );
    const reg = await openDatabases(testConfig([fileSpec(t.copyFixtures("crashy.db"))]), {
      pluginModules: [plugin],
    });
    try {
      const crashy = reg.databases.get("crashy")!;
      await expect(crashy.execute("select crash()", { timeLimitMs: 30_000 })).rejects.toThrow(
        "The read process stopped during the query: it exited with code 3",
      );
      // Its replacement is forked now; the time limit counts that wait, so a generous one.
      expect((await crashy.execute("select count(*) from facetable", { timeLimitMs: 30_000 })).rows).toEqual([
        [15],
      ]);
    } finally {
      await reg.close();
    }
  });

  test("a process that cannot start rejects the waiting queries with the reason", async () => {
    const pool = new ReadPool({
      size: 1,
      databases: [],
      pluginModules: [path.join(t.dir, "missing-plugin.mjs")],
      cacheSizeKb: 0,
    });
    try {
      await expect(pool.run({ type: "query", db: "x", sql: "select 1", maxRows: 0 }, 5000)).rejects.toThrow(
        /^Could not start a read process: Could not load plugin module .*missing-plugin\.mjs/,
      );
    } finally {
      await pool.close();
    }
  });
});
