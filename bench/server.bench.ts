/**
 * Table, HTML and row pages through the whole server (the built CLI: Koa, permissions, the read pool's
 * child processes, JSON shaping, templates), under a concurrent keep-alive load on loopback, side by side
 * with the floor: a bare Koa handler that runs the same SQL synchronously on better-sqlite3 in-process
 * and writes the same JSON. Each server is a process of its own. `BENCH_SECONDS` sets the length of each
 * case (default 12), split over interleaved rounds; each case keeps its best round, so a burst of someone
 * else's load on a shared machine does not land on one case only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { load, loadTool, type LoadResult } from "./load.js";
import { startFloor, startServe } from "./processes.js";
import { printTable } from "./table.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const CONNECTIONS = 32;
const ROUNDS = 4;
const ROWS = 10_000;

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

  const ours = await startServe([file]);
  const floor = await startFloor("table-json", file);
  try {
    // The floor must do the page's own work: the same rows and next token, checked rather than trusted.
    const page = async (url: string) => {
      const answer = (await (await fetch(`${url}bench/big.json?_size=100`)).json()) as Record<
        string,
        unknown
      >;
      return JSON.stringify([answer.rows, answer.next]);
    };
    if ((await page(ours.url)) !== (await page(floor.url)))
      throw new Error("the two servers answer differently");
    const cases: [string, string][] = [
      ["bare Koa + better-sqlite3, same SQL (floor)", floor.url + "bench/big.json?_size=100"],
      ["ours: /bench/big.json?_size=100", ours.url + "bench/big.json?_size=100"],
      ["ours: /bench/big (HTML table page)", ours.url + "bench/big"],
      ["ours: /bench/big/5000 (HTML row page)", ours.url + "bench/big/5000"],
      ["ours: /bench/big/5000.json", ours.url + "bench/big/5000.json"],
    ];
    // Warm each server's JIT (and our read processes' statement caches) before anything counts.
    for (const [, url] of cases) await load({ url, connections: CONNECTIONS, seconds: 1 });
    const best = new Map<string, LoadResult>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of cases) {
        const result = await load({ url, connections: CONNECTIONS, seconds: SECONDS / ROUNDS });
        if (!best.has(name) || result.rps > best.get(name)!.rps) best.set(name, result);
      }
    }
    const floorRps = best.get(cases[0]![0])!.rps;
    console.log(`${CONNECTIONS} connections, load from ${loadTool()}, best of ${ROUNDS} rounds\n`);
    printTable(
      cases.map(([name]) => {
        const r = best.get(name)!;
        return {
          case: name,
          "req/s": r.rps,
          "% of floor": (100 * r.rps) / floorRps,
          "p50 ms": r.p50,
          "p99 ms": r.p99,
          errors: r.errors,
        };
      }),
    );
  } finally {
    await Promise.all([ours.stop(), floor.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
