import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Writer } from "../../../src/db/writer.js";
import { EphemeralTables, planSweep, quoteIdentifier } from "../../../src/plugins/ephemeral/tables.js";
import { FakeClock } from "./fake-clock.js";

// The sweep runs on the real single-writer connection (src/db/writer.ts) over a real SQLite file.
let dir: string;
let writer: Writer;
let other: Writer;
let clock: FakeClock;
let tables: EphemeralTables;
let errors: { table: string | null; message: string }[];

const setup = { plugins: [], cacheSizeKb: 0 };
const exec = (sql: string, w = writer) => w.write((conn) => conn.exec(sql));
const names = (w = writer) =>
  w.write((conn) =>
    (
      conn.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
        name: string;
      }[]
    ).map((r) => r.name),
  );

function track(ttlSeconds: number, checkIntervalSeconds: number) {
  tables = new EphemeralTables(writer, {
    ttlSeconds,
    checkIntervalSeconds,
    clock,
    onError: (table, error) => errors.push({ table, message: error.message }),
  });
  // A sweep's writes each wait a turn of the event loop (group commit): wait for the sweep itself.
  clock.settle = () => tables.idle();
  return tables;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dx-ephemeral-"));
  writer = new Writer("ephemeral", path.join(dir, "ephemeral.db"), setup, { create: true });
  other = new Writer("other", path.join(dir, "other.db"), setup, { create: true });
  clock = new FakeClock();
  errors = [];
});

afterEach(async () => {
  await tables?.stop();
  await writer.close();
  await other.close();
  await rm(dir, { recursive: true, force: true });
});

describe("planSweep", () => {
  it("notices new tables, forgets vanished ones and expires those seen ttl ago", () => {
    const known = new Map([
      ["old", 0],
      ["young", 4_000],
      ["gone", 0],
    ]);
    expect(planSweep(known, ["old", "young", "new"], 5_000, 5_000)).toEqual({
      seen: ["new"],
      forgotten: ["gone"],
      expired: ["old"],
    });
  });
});

describe("quoteIdentifier", () => {
  it("doubles embedded quotes", () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});

describe("EphemeralTables", () => {
  it("drops a table ttl seconds after the sweep first saw it, not before", async () => {
    await exec("create table t (id integer)");
    track(5, 1).start();
    await tables.idle();
    expect([...tables.tracked().keys()]).toEqual(["t"]);
    await clock.advance(4_000);
    expect(await names()).toEqual(["t"]);
    await clock.advance(1_000);
    await tables.idle();
    expect(await names()).toEqual([]);
    expect(tables.tracked().size).toBe(0);
  });

  it("counts from when a table was first seen, for tables created later", async () => {
    track(5, 1).start();
    await tables.idle();
    await clock.advance(2_500);
    await exec("create table late (id integer)");
    await clock.advance(500); // the 3 s sweep sees it
    expect(await tables.expiresAt("late")).toBe(clock.now() + 5_000);
    await clock.advance(4_000);
    expect(await names()).toEqual(["late"]);
    await clock.advance(1_000);
    await tables.idle();
    expect(await names()).toEqual([]);
  });

  it("only drops on a sweep: every check interval", async () => {
    await exec("create table t (id integer)");
    track(1, 3).start();
    await tables.idle();
    await clock.advance(2_900);
    expect(await names()).toEqual(["t"]);
    await clock.advance(100);
    await tables.idle();
    expect(await names()).toEqual([]);
  });

  it("drops tables whose names have hyphens, spaces, quotes and brackets", async () => {
    const odd = ["a-b", "with space", 'quo"te', "it's", "[bracket]", "]", "ünïcödé", "select"];
    await writer.write((conn) => {
      for (const name of odd) conn.exec(`create table ${quoteIdentifier(name)} (id integer)`);
    });
    track(1, 1).start();
    await tables.idle();
    expect(tables.tracked().size).toBe(odd.length);
    await clock.advance(1_000);
    await tables.idle();
    expect(await names()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("forgets a table dropped by someone else, and starts a recreated one afresh", async () => {
    await exec("create table t (id integer)");
    track(5, 1).start();
    await tables.idle();
    await clock.advance(2_000);
    await exec("drop table t");
    await clock.advance(1_000);
    expect(tables.tracked().has("t")).toBe(false);
    await exec("create table t (id integer)");
    await clock.advance(1_000); // seen again at 4 s
    expect(await tables.expiresAt("t")).toBe(clock.now() + 5_000);
    await clock.advance(4_000);
    expect(await names()).toEqual(["t"]);
  });

  it.each([
    [
      "two writes between sweeps (write API drop, then create)",
      ["drop table t", "create table t (id integer)"],
    ],
    ["one write (a setup .sql script, a plugin)", ["drop table t; create table t (id integer)"]],
    [
      "a rename away and a new table under the name",
      ["alter table t rename to u", "create table t (id integer)"],
    ],
  ])("a table dropped and created again between sweeps gets its own clock: %s", async (_how, statements) => {
    await exec("create table t (id integer)");
    track(5, 1).start();
    await tables.idle();
    const first = clock.now();
    await clock.advance(3_500);
    // No sweep in between: the 4 s sweep is the first to look.
    for (const sql of statements) await exec(sql);
    await clock.advance(500);
    expect(tables.tracked().get("t")).toBe(first + 4_000);
    await clock.advance(3_000); // 7 s: the old table's clock (5 s) has long run out
    expect(await names()).toContain("t");
    await clock.advance(2_000); // 9 s: its own clock's 5 s
    expect(await names()).not.toContain("t");
  });

  it("the markers live on the writer connection only: the file shows no trigger", async () => {
    await exec("create table t (id integer)");
    track(5, 1).start();
    await tables.idle();
    const triggers = await writer.write(
      (conn) =>
        conn.prepare("select count(*) from sqlite_master where type = 'trigger'").pluck().get() as number,
    );
    expect(triggers).toBe(0);
  });

  it("never touches another database", async () => {
    await exec("create table mine (id integer)", other);
    await exec("create table t (id integer)");
    track(1, 1).start();
    await tables.idle();
    await clock.advance(5_000);
    await tables.idle();
    expect(await names()).toEqual([]);
    expect(await names(other)).toEqual(["mine"]);
  });

  it("stops on stop(): no timer left, nothing dropped afterwards", async () => {
    track(1, 1).start();
    await tables.idle();
    expect(clock.activeTimers).toBe(1);
    await tables.stop();
    expect(clock.activeTimers).toBe(0);
    expect(tables.running).toBe(false);
    await exec("create table t (id integer)");
    await clock.advance(10_000);
    expect(await names()).toEqual(["t"]);
  });

  it("leaves SQLite's own tables and drops an FTS table with its shadow tables", async () => {
    await exec(
      "create table counter (id integer primary key autoincrement, v); insert into counter (v) values (1)",
    );
    await exec("create virtual table docs using fts5 (body)");
    track(1, 1).start();
    await tables.idle();
    await clock.advance(1_000);
    await tables.idle();
    expect(await names()).toEqual(["sqlite_sequence"]);
    expect(errors).toEqual([]);
  });

  it("drops tables that reference each other in one go", async () => {
    await exec(
      "create table parent (id integer primary key); create table child (pid integer references parent(id))",
    );
    await exec("insert into parent values (1); insert into child values (1)");
    track(1, 1).start();
    await tables.idle();
    await clock.advance(1_000);
    await tables.idle();
    expect(await names()).toEqual([]);
  });

  it("keeps the others going when one table cannot be dropped yet, and reports it once", async () => {
    await exec(
      "create table parent (id integer primary key); insert into parent values (1); create table other (id integer)",
    );
    track(2, 1).start();
    await tables.idle();
    await clock.advance(1_000);
    await exec("create table child (pid integer references parent(id)); insert into child values (1)");
    // 2 s: parent and other expire, but child (seen at 2 s) still points at parent.
    await clock.advance(2_000);
    await tables.idle();
    expect(await names()).toEqual(["child", "parent"]);
    expect(errors).toEqual([{ table: "parent", message: expect.stringMatching(/FOREIGN KEY/i) }]);
    // 4 s: child expires too, and both go together.
    await clock.advance(1_000);
    await tables.idle();
    expect(await names()).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  it("does not track views, and says so with a null expiry", async () => {
    await exec("create table t (id integer); create view v as select * from t");
    track(60, 1);
    expect(await tables.expiresAt("v")).toBeNull();
    expect(await tables.expiresAt("t")).toBe(clock.now() + 60_000);
  });
});
