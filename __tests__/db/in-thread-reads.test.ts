/**
 * Config.inThreadReads (an export's server): bounded queries and schema reads run on a connection in the
 * server's own thread, with the read processes' answers — values, float columns, errors — and no read
 * process starts until other SQL needs one.
 */
import { readFileSync, readdirSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabases, type DatabaseRegistry } from "../../src/db/registry.js";
import { ReadOnlyError, SqlError } from "../../src/db/errors.js";
import { fileSpec, tempDir, testConfig, type TempDir } from "./helpers.js";

let t: TempDir;
let file: string;
beforeAll(() => {
  t = tempDir();
  file = t.createDb(
    "values.db",
    `create table v (id integer primary key, n integer, r real, s text, b blob, z);
     insert into v values (1, 9007199254740993, 2.0, 'héllo', x'00ff10', null);
     insert into v values (2, -5, 1e300, '', x'', 3.5);`,
  );
});
afterAll(() => t.remove());

/** Read processes of this process (the read pool forks them), from /proc. */
function childCount(): number {
  let n = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === process.pid) n++;
    } catch {
      // ended while we looked
    }
  }
  return n;
}

async function both<T>(
  run: (registry: DatabaseRegistry) => Promise<T>,
): Promise<{ inThread: T | Error; pool: T | Error }> {
  const answers: (T | Error)[] = [];
  for (const inThreadReads of [true, false]) {
    const registry = await openDatabases(testConfig([fileSpec(file)], { inThreadReads }));
    try {
      answers.push(await run(registry).catch((e: Error) => e));
    } finally {
      await registry.close();
    }
  }
  return { inThread: answers[0]!, pool: answers[1]! };
}

describe("in-thread reads", () => {
  test("answer a bounded query with the read process's values and float columns", async () => {
    const { inThread, pool } = await both((r) =>
      r.databases.get("values")!.execute("select * from v where id in (:a, :b) order by id", {
        params: { a: 1, b: Buffer.from("2") },
        bounded: true,
      }),
    );
    expect(inThread).toEqual(pool);
    const rows = (inThread as { rows: unknown[][] }).rows;
    expect(rows[0]![1]).toBe(9007199254740993n);
    expect(rows[0]![4]).toEqual(Buffer.from([0, 255, 16]));
    expect((inThread as { floatColumns?: number[] }).floatColumns).toEqual([2]);
  });

  test("fail as the read process fails: SQLite's message, a write refused as read-only", async () => {
    const bad = await both((r) =>
      r.databases.get("values")!.execute("select nope from v", { bounded: true }),
    );
    expect(bad.inThread).toBeInstanceOf(SqlError);
    expect((bad.inThread as Error).message).toBe((bad.pool as Error).message);
    expect((bad.inThread as SqlError).sql).toBe("select nope from v");
    const write = await both((r) =>
      r.databases.get("values")!.execute("delete from v returning id", { bounded: true }),
    );
    expect(write.inThread).toBeInstanceOf(ReadOnlyError);
    expect((write.inThread as Error).message).toBe((write.pool as Error).message);
  });

  test("read the schema the read process reads", async () => {
    const { inThread, pool } = await both((r) => r.databases.get("values")!.schema());
    expect(inThread).toEqual(pool);
  });

  test("start no read process until a query that is not bounded needs one", async () => {
    const before = childCount();
    const registry = await openDatabases(testConfig([fileSpec(file)], { inThreadReads: true }));
    try {
      const db = registry.databases.get("values")!;
      await db.schema();
      await db.execute("select s from v where id = 1", { bounded: true });
      await registry.ready();
      expect(childCount()).toBe(before);
      expect((await db.execute("select count(*) from v")).rows).toEqual([[2]]);
      expect(childCount()).toBe(before + 1);
    } finally {
      await registry.close();
    }
  });

  test("in one turn of the event loop share a read transaction, which the next turn ends", async () => {
    const shared = t.createDb("shared.db", "create table v (id integer primary key)");
    const registry = await openDatabases(testConfig([fileSpec(shared)], { inThreadReads: true }));
    const other = new BetterSqlite3(shared);
    other.pragma("busy_timeout = 0");
    try {
      const db = registry.databases.get("shared")!;
      await db.execute("select count(*) from v", { bounded: true });
      // Another process's write cannot commit while the read transaction holds the file's shared lock…
      expect(() => other.prepare("insert into v values (1)").run()).toThrow(/locked/);
      // …and can once the turn is over.
      await new Promise((resolve) => setImmediate(resolve));
      other.prepare("insert into v values (2)").run();
      expect((await db.execute("select id from v", { bounded: true })).rows).toEqual([[2]]);
    } finally {
      other.close();
      await registry.close();
    }
  });

  test("never hide this process's own write: a read after it, in the same turn, sees it", async () => {
    for (const journal of ["wal", "delete"]) {
      const file = t.createDb(
        `own-${journal}.db`,
        `pragma journal_mode = ${journal}; create table v (id integer primary key)`,
      );
      const registry = await openDatabases(testConfig([fileSpec(file)], { inThreadReads: true }));
      try {
        const db = registry.databases.get(`own-${journal}`)!;
        const count = async () => (await db.execute("select count(*) from v", { bounded: true })).rows;
        // A read in the same turn as the write, just before it: its read transaction is still open.
        const before = new Promise((resolve) => setImmediate(() => resolve(count())));
        const started = Date.now();
        await db.write((conn) => conn.prepare("insert into v values (1)").run());
        expect(await before).toEqual([[0]]);
        expect(await count()).toEqual([[1]]);
        // Its COMMIT did not wait for the read transaction (in rollback-journal mode it would have had to).
        expect(Date.now() - started).toBeLessThan(1_000);
      } finally {
        await registry.close();
      }
    }
  });
});
