/**
 * Fair SQL lanes: table and row reads while 40 clients loop slow `?sql=` (a recursive CTE that runs until
 * the time limit cuts it), on our build and on the baseline — the code before the lanes, built from git
 * in a temporary folder — in the same run. Readers: READERS connections alternating a table page and a
 * row page (JSON), each latency recorded; the slow clients are answered "took too long" (400) each time.
 * `BENCH_SECONDS` sets the measured time per server (default 15); `BENCH_LANES_BASELINE` the git ref.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import BetterSqlite3 from "better-sqlite3";
import { startServe, type ServerProcess } from "./processes.js";
import { printTable } from "./table.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/** main just before the lanes landed (e0b835d's parent): one pool, time limits from dispatch. */
const BASELINE = process.env.BENCH_LANES_BASELINE ?? "9e099a1bb0c48e3f3d8ebaaf89c3752c4e89a044";
const SLOW_CLIENTS = 40;
const READERS = 4;
const ROWS = 10_000;
const SLOW_SQL =
  "with recursive c(x) as (select 1 union all select x + 1 from c where x < 1e12) select count(*) from c";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Keep-alive clients looping GETs over `paths` until `seconds` pass; latencies of the ones measured. */
const CLIENT = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { base, paths, connections, seconds, record } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const get = (url) => new Promise((resolve) => {
  const started = performance.now();
  const req = http.get(url, { agent }, (res) => {
    res.resume();
    res.on("end", () => resolve({ ms: performance.now() - started, status: res.statusCode }));
  });
  req.on("error", () => resolve({ ms: performance.now() - started, status: 0 }));
});
const latencies = [];
const statuses = {};
(async () => {
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async (_, i) => {
    for (let n = i; performance.now() < until; n++) {
      const { ms, status } = await get(base + paths[n % paths.length]);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (record) latencies.push(ms);
    }
  }));
  agent.destroy();
  parentPort.postMessage({ latencies, statuses });
})();
`;

interface Loop {
  latencies: number[];
  statuses: Record<string, number>;
}

function loop(base: string, paths: string[], connections: number, seconds: number, record: boolean) {
  const worker = new Worker(CLIENT, {
    eval: true,
    workerData: { base, paths, connections, seconds, record },
  });
  return new Promise<Loop>((resolve, reject) => {
    worker.once("message", (m: Loop) => void worker.terminate().then(() => resolve(m)));
    worker.once("error", reject);
  });
}

/** Our source at `ref`, compiled in a temporary folder next to our node_modules; returns its cli.js. */
function buildBaseline(ref: string, dir: string): string {
  const archive = execFileSync(
    "git",
    ["archive", ref, "src", "tsconfig.json", "tsconfig.build.json", "package.json"],
    {
      cwd: root,
      maxBuffer: 64 << 20,
    },
  );
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  for (const folder of ["templates", "static"]) symlinkSync(path.join(root, folder), path.join(dir, folder));
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: dir,
    },
  );
  return path.join(dir, "dist/cli.js");
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function measure(name: string, server: ServerProcess): Promise<Record<string, string | number>> {
  const reads = [
    "bench/big.json?_size=20",
    "bench/big/5000.json",
    "bench/big.json?_size=20&_sort=name",
    "bench/big/123.json",
  ];
  const slowPath = `bench/-/query.json?sql=${encodeURIComponent(SLOW_SQL)}`;
  await loop(server.url, reads, READERS, 1, false); // warm
  const slow = loop(server.url, [slowPath], SLOW_CLIENTS, SECONDS + 2, false);
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // every slow client in its loop
  const measured = await loop(server.url, reads, READERS, SECONDS, true);
  const slowDone = await slow;
  const sorted = measured.latencies.sort((a, b) => a - b);
  const failed = Object.entries(measured.statuses).filter(([status]) => status !== "200");
  return {
    server: name,
    "reads/s": sorted.length / SECONDS,
    "p50 ms": pct(sorted, 50),
    "p95 ms": pct(sorted, 95),
    "p99 ms": pct(sorted, 99),
    "max ms": sorted.at(-1) ?? NaN,
    "reads not 200": failed.reduce((sum, [, n]) => sum + n, 0),
    "slow SQL answered": Object.values(slowDone.statuses).reduce((a, b) => a + b, 0),
  };
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lanes-bench-"));
  try {
    const file = path.join(dir, "bench.db");
    const setup = new BetterSqlite3(file);
    setup.exec("create table big (id integer primary key, name text, score real, flag integer, note text)");
    const insert = setup.prepare("insert into big values (?, ?, ?, ?, ?)");
    setup.transaction(() => {
      for (let i = 1; i <= ROWS; i++) insert.run(i, `item ${i}`, i * 1.5, i % 2, `note ${i}`);
    })();
    setup.close();
    const baselineDir = path.join(dir, "baseline");
    mkdirSync(baselineDir);
    const baselineCli = buildBaseline(BASELINE, baselineDir);
    const rows: Record<string, string | number>[] = [];
    // Each server its own copy: the baseline switches its file to WAL.
    for (const [name, cli] of [
      [`baseline (${BASELINE.slice(0, 7)}: one pool)`, baselineCli],
      ["ours (two lanes)", undefined],
    ] as const) {
      const copy = path.join(dir, `${name.split(" ")[0]}`, "bench.db");
      mkdirSync(path.dirname(copy), { recursive: true });
      copyFileSync(file, copy);
      const server = await startServe([copy], cli);
      try {
        rows.push(await measure(name, server));
      } finally {
        await server.stop();
      }
    }
    console.log(
      `${SLOW_CLIENTS} clients looping slow ?sql= (cut at sql_time_limit_ms 1000), ${READERS} readers of table` +
        ` and row JSON, ${SECONDS} s each, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`,
    );
    printTable(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
