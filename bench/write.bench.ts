/**
 * Write API throughput: rows/second inserted through POST /DB/TABLE/-/insert in batches of 100 from a
 * concurrent client (IN_FLIGHT connections, each sending the next batch as soon as the last is answered),
 * side by side with the baseline — the same rows inserted directly with better-sqlite3, 100 per
 * transaction, into the same kind of WAL file — and with the floor under any HTTP API: a bare node:http
 * server that only reads the same bodies. Our server runs from the built CLI, in a process of its own.
 * Rounds are interleaved and each case keeps its best, as the machine may be shared.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Signer } from "../src/server/signer.js";
import { createToken } from "../src/server/auth/tokens.js";
import { load, loadTool, type LoadResult } from "./load.js";
import { startFloor, startServe } from "./processes.js";
import { printTable } from "./table.js";

const BATCH = 100;
const IN_FLIGHT = 16;
const ROUNDS = 4;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const SCHEMA = "create table items (id integer primary key, name text, score real, tags text, n integer)";

const rows = Array.from({ length: BATCH }, (_, i) => ({
  name: `item ${i}`,
  score: i / 7,
  tags: `["a", "b${i % 5}"]`,
  n: i,
}));
const body = JSON.stringify({ rows });

/** The baseline for `seconds`: one prepared INSERT run per row, one transaction per batch. */
function direct(file: string, seconds: number): { rowsPerSecond: number } {
  const conn = new BetterSqlite3(file);
  conn.pragma("journal_mode = WAL");
  conn.exec(SCHEMA);
  const insert = conn.prepare("insert into items (name, score, tags, n) values (@name, @score, @tags, @n)");
  const insertBatch = conn.transaction((batch: typeof rows) => {
    for (const row of batch) insert.run(row);
  });
  for (let i = 0; i < 50; i++) insertBatch(rows); // warm
  let inserted = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    insertBatch(rows);
    inserted += BATCH;
  }
  const rowsPerSecond = inserted / ((performance.now() - started) / 1000);
  conn.close();
  return { rowsPerSecond };
}

export default async function bench(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "dx-write-bench-"));
  const apiFile = path.join(dir, "api.db");
  new BetterSqlite3(apiFile).exec(SCHEMA).close();
  const secret = "bench-secret";
  const ours = await startServe([apiFile, "--secret", secret, "--root"]);
  const floor = await startFloor("read-bodies");
  const request = {
    method: "POST" as const,
    body,
    headers: {
      authorization: `Bearer ${createToken(new Signer(secret), "root")}`,
      "content-type": "application/json",
    },
    connections: IN_FLIGHT,
  };
  const apiUrl = `${ours.url}api/items/-/insert`;
  try {
    const first = await fetch(apiUrl, { method: "POST", headers: request.headers, body });
    if (first.status !== 201) throw new Error(`insert answered ${first.status}: ${await first.text()}`);
    const warmUp = await load({ ...request, url: apiUrl, seconds: 1 }); // warms the server's JIT
    let answered = BATCH + (warmUp.requests - warmUp.errors) * BATCH;
    let loads = 1;
    const best = { direct: 0, floor: null as LoadResult | null, api: null as LoadResult | null };
    let apiCpuPerRow = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      const seconds = SECONDS / ROUNDS;
      const baseline = direct(path.join(dir, `direct-${round}.db`), seconds);
      best.direct = Math.max(best.direct, baseline.rowsPerSecond);
      const bare = await load({ ...request, url: floor.url, seconds });
      if (!best.floor || bare.rps > best.floor.rps) best.floor = bare;
      const cpu = ours.cpuSeconds();
      const api = await load({ ...request, url: apiUrl, seconds });
      apiCpuPerRow = Math.min(apiCpuPerRow, (ours.cpuSeconds() - cpu) / (api.requests * BATCH));
      answered += (api.requests - api.errors) * BATCH;
      loads++;
      if (!best.api || api.rps > best.api.rps) best.api = api;
    }
    // Every answered batch is in the file (the last requests of each load may still have been in flight).
    const conn = new BetterSqlite3(apiFile, { readonly: true });
    const count = conn.prepare("select count(*) from items").pluck().get() as number;
    conn.close();
    if (count < answered || count > answered + loads * IN_FLIGHT * BATCH)
      throw new Error(`${answered} rows were answered 201, but the table holds ${count}`);

    const pct = (a: number) => `${Math.round((a / best.direct) * 100)}%`;
    const floorRows = best.floor!.rps * BATCH;
    const apiRows = best.api!.rps * BATCH;
    console.log(`${IN_FLIGHT} connections, load from ${loadTool()}, best of ${ROUNDS} rounds\n`);
    printTable([
      {
        method: `better-sqlite3 direct, ${BATCH} rows/transaction (baseline)`,
        "rows/s": Math.round(best.direct),
        "vs direct": "100%",
        "p99 ms": "",
        errors: 0,
      },
      {
        method: "bare node:http reading the same bodies (no database)",
        "rows/s": Math.round(floorRows),
        "vs direct": pct(floorRows),
        "p99 ms": best.floor!.p99,
        errors: best.floor!.errors,
      },
      {
        method: `POST /-/insert, ${BATCH} rows/request`,
        "rows/s": Math.round(apiRows),
        "vs direct": pct(apiRows),
        "p99 ms": best.api!.p99,
        errors: best.api!.errors,
      },
    ]);
    console.log(
      `\nour server's CPU per inserted row: ${(apiCpuPerRow * 1e6).toFixed(2)} µs (all its processes)`,
    );
  } finally {
    await Promise.all([ours.stop(), floor.stop()]);
    await rm(dir, { recursive: true, force: true });
  }
}
