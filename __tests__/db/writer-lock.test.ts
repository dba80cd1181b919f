/**
 * Another process holding SQLite's write lock must not freeze the server: the writer waits for the lock
 * on a timer (busy_timeout 0), so pages keep answering while writes wait, and a write that cannot get
 * the lock fails with a clear error once its wait (5 s from its arrival) runs out.
 */
import BetterSqlite3 from "better-sqlite3";
import { afterEach, expect, test } from "vitest";
import { writeFixture, type WriteFixture } from "../server/write-helpers.js";

let fx: WriteFixture | null = null;
afterEach(async () => {
  await fx?.close();
  fx = null;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timedGet(pathname: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fx!.server.get(pathname);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

test("while another connection holds the write lock, pages answer at once; the writes land when it lets go", async () => {
  fx = await writeFixture();
  await timedGet("data/docs.json"); // read processes started and warm
  const holder = new BetterSqlite3(fx.dataPath);
  holder.exec("begin immediate; insert into docs (title) values ('held')");
  const writes = [1, 2, 3].map((n) => fx!.post("data/docs/-/insert", { row: { title: `w${n}` } }));
  await sleep(300); // the writes are waiting for the lock now
  const versions = await timedGet("-/versions.json");
  const table = await timedGet("data/docs.json");
  expect([versions.status, table.status]).toEqual([200, 200]);
  // Waiting on the event loop, each would take 5 s (15–20 s for three); the margin is for a busy machine.
  expect(versions.ms).toBeLessThan(1_000);
  expect(table.ms).toBeLessThan(1_000);
  holder.exec("commit");
  holder.close();
  const answers = await Promise.all(writes);
  expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
  expect(fx.query("select title from docs order by id").map((r) => r.title)).toEqual([
    "held",
    "w1",
    "w2",
    "w3",
  ]);
});

test("a reader keeping the file (rollback journal) delays a COMMIT on a timer, never on the event loop", async () => {
  fx = await writeFixture();
  await timedGet("data/docs.json");
  const reader = new BetterSqlite3(fx.dataPath);
  // A read transaction that has read holds SQLite's shared lock: a COMMIT must wait for it to end.
  reader.exec("begin");
  reader.prepare("select count(*) from docs").get();
  const write = fx.post("data/docs/-/insert", { row: { title: "after the reader" } });
  await sleep(300);
  const versions = await timedGet("-/versions.json");
  expect(versions.ms).toBeLessThan(1_000);
  reader.exec("commit");
  reader.close();
  expect((await write).status).toBe(201);
  expect(fx.query("select title from docs").map((r) => r.title)).toEqual(["after the reader"]);
});

test("a write that cannot get the lock in 5 s fails with a clear error, once, and the server kept answering", async () => {
  fx = await writeFixture();
  await timedGet("data/docs.json"); // read processes started: what follows times the write alone
  const holder = new BetterSqlite3(fx.dataPath);
  holder.exec("begin immediate");
  const started = performance.now();
  const write = fx.post("data/docs/-/insert", { row: { title: "never" } });
  await sleep(1_000);
  expect((await timedGet("-/versions.json")).ms).toBeLessThan(1_000);
  const { status, json } = await write;
  const waited = performance.now() - started;
  holder.exec("rollback");
  holder.close();
  expect(status).toBe(503);
  expect(json.errors).toEqual([
    'Database "data" is locked by another connection: the write waited 5 s for it and gave up',
  ]);
  // Its wait counts from its arrival: not 5 s more for a retry alone after its group failed.
  expect(waited).toBeGreaterThanOrEqual(4_900);
  expect(waited).toBeLessThan(8_000);
  expect(fx.query("select count(*) as n from docs")).toEqual([{ n: 0 }]);
});
