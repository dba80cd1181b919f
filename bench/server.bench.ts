/**
 * Table, HTML and row pages through the whole server (Koa, permissions, the read pool's child processes,
 * JSON shaping, templates), under a concurrent keep-alive load on loopback, side by side with the floor: a
 * bare Koa handler that runs the same SQL synchronously on better-sqlite3 in-process and writes the same
 * JSON. `BENCH_SECONDS` sets the length of each case (default 10), split over three interleaved rounds.
 */
import http from "node:http";
import { Worker } from "node:worker_threads";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import Koa from "koa";
import BetterSqlite3 from "better-sqlite3";
import { loadConfig } from "../src/config/load.js";
import { createServer } from "../src/server/server.js";
import { printTable } from "./table.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const ROUNDS = 3;
const ROWS = 10_000;
const PAGE_SQL = "select id, name, score, flag, note from big order by id limit 101";

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "server-bench-"));
  const file = path.join(dir, "bench.db");
  const setup = new BetterSqlite3(file);
  setup.exec("create table big (id integer primary key, name text, score real, flag integer, note text)");
  const insert = setup.prepare("insert into big values (?, ?, ?, ?, ?)");
  setup.transaction(() => {
    for (let i = 1; i <= ROWS; i++)
      insert.run(i, `item ${i}`, i * 1.5, i % 2, i % 7 ? `note about item number ${i}` : null);
  })();
  setup.close();

  const server = await createServer(await loadConfig({ files: [file], port: 0 }));
  const ours = await server.listen(0, "127.0.0.1");

  const conn = new BetterSqlite3(file, { readonly: true });
  const stmt = conn.prepare(PAGE_SQL);
  const bare = new Koa();
  bare.use((ctx) => {
    const rows = stmt.all() as { id: number }[];
    const page = rows.slice(0, 100);
    const next = rows.length > 100 ? String(page[page.length - 1]!.id) : null;
    ctx.type = "application/json; charset=utf-8";
    ctx.body = JSON.stringify({
      ok: true,
      next,
      next_url: next && `${ctx.protocol}://${ctx.host}/bench/big.json?_size=100&_next=${next}`,
      rows: page,
      truncated: false,
    });
  });
  const bareServer = http.createServer(bare.callback());
  await new Promise<void>((resolve) => bareServer.listen(0, "127.0.0.1", resolve));
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/`;

  try {
    const cases: [string, string][] = [
      ["bare Koa + better-sqlite3, same SQL (floor)", bareUrl + "bench/big.json?_size=100"],
      ["ours: /bench/big.json?_size=100", ours + "bench/big.json?_size=100"],
      ["ours: /bench/big (HTML table page)", ours + "bench/big"],
      ["ours: /bench/big/5000 (HTML row page)", ours + "bench/big/5000"],
      ["ours: /bench/big/5000.json", ours + "bench/big/5000.json"],
    ];
    // The machine is shared: cases take turns over ROUNDS short rounds and each keeps its best round, so a
    // burst of someone else's load does not land on one case only.
    const best = new Map<string, Awaited<ReturnType<typeof load>>>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of cases) {
        const result = await load(name, url);
        if (!best.has(name) || result.rps > best.get(name)!.rps) best.set(name, result);
      }
    }
    const results = cases.map(([name]) => best.get(name)!);
    const floor = results[0]!.rps;
    printTable(
      results.map((r) => ({
        case: r.name,
        "req/s": r.rps,
        "% of floor": (100 * r.rps) / floor,
        "p50 ms": r.p50,
        "p99 ms": r.p99,
        errors: r.errors,
      })),
    );
  } finally {
    await server.close();
    await new Promise<void>((resolve) => bareServer.close(() => resolve()));
    conn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The load client runs in a worker thread, so it does not share an event loop with the servers it measures:
 * CONNECTIONS keep-alive clients request the URL back to back for SECONDS, after a short uncounted warm-up.
 */
const CLIENT = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { url, connections, seconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const get = () => new Promise((resolve, reject) => {
  const started = performance.now();
  http.get(url, { agent }, (res) => {
    res.resume();
    res.on("end", () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error("HTTP " + res.statusCode))));
  }).on("error", reject);
});
const latencies = [];
let errors = 0;
async function run(until, record) {
  while (performance.now() < until) {
    try { const ms = await get(); if (record) latencies.push(ms); } catch { errors++; }
  }
}
(async () => {
  await Promise.all(Array.from({ length: connections }, () => run(performance.now() + 500, false)));
  errors = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, () => run(started + seconds * 1000, true)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  parentPort.postMessage({ latencies, errors, elapsed });
})();
`;

async function load(name: string, url: string) {
  const worker = new Worker(CLIENT, {
    eval: true,
    workerData: { url, connections: CONNECTIONS, seconds: SECONDS / ROUNDS },
  });
  const { latencies, errors, elapsed } = await new Promise<{
    latencies: number[];
    errors: number;
    elapsed: number;
  }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { name, rps: latencies.length / elapsed, p50: pct(50), p99: pct(99), errors };
}
