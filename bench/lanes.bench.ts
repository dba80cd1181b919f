/**
 * Fair SQL lanes: table and row page reads (HTML and JSON) while 40 clients loop slow `?sql=` (a recursive
 * CTE that runs until the time limit cuts it), on our build and on the baseline — the code just before the
 * lanes, compiled from git in a temporary folder — and on each with no slow clients, in interleaved
 * rounds of one run, keeping each case's best round (by p95) and listing every round's p95 and p99. The baseline
 * under slow clients is measured once, at the end (see below).
 *
 * Readers: READERS keep-alive connections looping over the read paths, each latency recorded. A read
 * still unanswered CUT_SECONDS after the measured time is abandoned and counted at its age so far (a
 * lower bound, marked ≥): the baseline queues reads for tens of seconds. The slow clients are answered
 * "took too long" (400) each time; at the end they hang up, which also cancels their queries.
 * `BENCH_SECONDS` sets the measured time per case (default 5), `BENCH_ROUNDS` the rounds (default 3),
 * `BENCH_LANES_BASELINE` the git ref.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import BetterSqlite3 from "better-sqlite3";
import { startServe, type ServerProcess } from "./processes.js";
import { printTable } from "./table.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** main just before the lanes landed (e0b835d's parent): one pool, time limits from dispatch. */
const BASELINE = process.env.BENCH_LANES_BASELINE ?? "9e099a1bb0c48e3f3d8ebaaf89c3752c4e89a044";
const SLOW_CLIENTS = 40;
const READERS = 4;
const CUT_SECONDS = 3;
const ROWS = 10_000;
const SLOW_SQL =
  "with recursive c(x) as (select 1 union all select x + 1 from c where x < 1e12) select count(*) from c";
const READS = [
  "bench/big.json?_size=20",
  "bench/big/5000",
  "bench/big.json?_size=20&_sort=name",
  "bench/big/123.json",
  "bench/big?_size=20",
  "bench/big/7777.json",
];

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Keep-alive clients looping GETs over `paths` until told to stop (a message); then requests still
 * pending get `cutMs` to finish before they are abandoned (recorded with done: false) and the sockets
 * closed. Posts every request's latency.
 */
const CLIENT = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { base, paths, connections } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const pending = new Set();
let stopping = false;
const get = (url) => new Promise((resolve) => {
  const started = performance.now();
  const settle = (status, done) => {
    pending.delete(entry);
    resolve({ ms: performance.now() - started, status, done });
  };
  const req = http.get(url, { agent }, (res) => {
    res.resume();
    res.on("end", () => settle(res.statusCode, true));
    res.on("error", () => settle(0, false));
  });
  const entry = () => { req.destroy(); settle(0, false); };
  pending.add(entry);
  req.on("error", () => settle(0, false));
});
const samples = [];
const statuses = {};
const loops = Promise.all(Array.from({ length: connections }, async (_, i) => {
  for (let n = i; !stopping; n++) {
    const sample = await get(base + paths[n % paths.length]);
    if (stopping && !sample.done) { samples.push(sample); break; }
    statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
    samples.push(sample);
  }
}));
parentPort.once("message", ({ cutMs }) => {
  stopping = true;
  const cut = setTimeout(() => { for (const abandon of [...pending]) abandon(); }, cutMs);
  void loops.then(() => {
    clearTimeout(cut);
    agent.destroy();
    parentPort.postMessage({ samples, statuses });
  });
});
`;

interface Sample {
  ms: number;
  status: number;
  /** False: abandoned (still waiting at the cut, or hung up on); `ms` is then a lower bound. */
  done: boolean;
}

interface Loop {
  samples: Sample[];
  statuses: Record<string, number>;
}

/** Starts a client loop; the returned function stops it and resolves with what it measured. */
function loop(base: string, paths: string[], connections: number): (cutMs: number) => Promise<Loop> {
  const worker = new Worker(CLIENT, { eval: true, workerData: { base, paths, connections } });
  const result = new Promise<Loop>((resolve, reject) => {
    worker.once("message", (m: Loop) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`client worker exited (${code}) before reporting`)));
  });
  return (cutMs) => {
    worker.postMessage({ cutMs });
    return result;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Our source at `ref` (its src, templates and static), transpiled file by file with esbuild into a
 * temporary folder next to our node_modules (seconds, where tsc takes a minute on a busy machine);
 * returns its cli.js.
 */
function buildBaseline(ref: string, dir: string): string {
  const archive = execFileSync("git", ["archive", ref, "src", "templates", "static", "package.json"], {
    cwd: root,
    maxBuffer: 64 << 20,
  });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  const sources = (readdirSync(path.join(dir, "src"), { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join("src", f));
  execFileSync(
    path.join(root, "node_modules/.bin/esbuild"),
    [...sources, "--outdir=dist", "--outbase=src", "--platform=node", "--format=esm", "--log-level=warning"],
    { cwd: dir },
  );
  return path.join(dir, "dist/cli.js");
}

interface Measured {
  samples: Sample[];
  notOk: number;
  slowAnswered: number;
}

/** Reads for `seconds`, with SLOW_CLIENTS looping slow SQL meanwhile when `slow`. */
async function measure(server: ServerProcess, slow: boolean, seconds = SECONDS): Promise<Measured> {
  const slowPath = `bench/-/query.json?sql=${encodeURIComponent(SLOW_SQL)}`;
  const stopSlow = slow ? loop(server.url, [slowPath], SLOW_CLIENTS) : null;
  if (stopSlow) await sleep(1_500); // every slow client in its loop, the queue full
  const stopReads = loop(server.url, READS, READERS);
  await sleep(seconds * 1000);
  const reads = await stopReads(CUT_SECONDS * 1000);
  const slowDone = stopSlow ? await stopSlow(0) : null;
  await sleep(slow ? 1_500 : 200); // the hung-up slow queries cancelled, the server quiet again
  return {
    samples: reads.samples,
    notOk: reads.samples.filter((s) => s.done && s.status !== 200).length,
    slowAnswered: slowDone ? slowDone.samples.filter((s) => s.done).length : 0,
  };
}

function percentile(sorted: Sample[], p: number): string {
  const sample = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  if (!sample) return "–";
  const ms = sample.ms < 10 ? sample.ms.toFixed(1) : Math.round(sample.ms).toString();
  return sample.done ? ms : `≥${ms}`;
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lanes-bench-"));
  const servers: { name: string; server: ServerProcess }[] = [];
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
    // Each server its own copy of the file: the baseline switches its file to WAL.
    for (const [name, cli] of [
      ["ours (two lanes)", undefined],
      [`baseline (${BASELINE.slice(0, 7)}: one pool)`, baselineCli],
    ] as const) {
      const copy = path.join(dir, `${servers.length}`, "bench.db");
      mkdirSync(path.dirname(copy), { recursive: true });
      copyFileSync(file, copy);
      const server = await startServe([copy], cli);
      servers.push({ name, server });
      await measure(server, false, 1); // warm: every read path once, connections opened
    }

    const rounds = new Map<string, Measured[]>();
    const loads: number[] = [];
    const run = async (index: number, slow: boolean) => {
      const { name, server } = servers[index]!;
      const key = `${name}|${slow ? `${SLOW_CLIENTS} slow clients` : "no slow clients"}`;
      loads.push(os.loadavg()[0]!);
      rounds.set(key, [...(rounds.get(key) ?? []), await measure(server, slow)]);
    };
    for (let round = 0; round < ROUNDS; round++) {
      await run(0, false);
      await run(0, true);
      await run(1, false);
    }
    // The baseline under slow clients once, last: it cannot cancel the queries of clients that left, so
    // its queue keeps both cores busy for a while afterwards and would slow whatever ran next.
    await run(1, true);

    const rows = [...rounds].map(([key, measured]) => {
      const [server, load] = key.split("|") as [string, string];
      const sortedRounds = measured.map((m) => [...m.samples].sort((a, b) => a.ms - b.ms));
      const p95 = (sorted: Sample[]) => sorted[Math.floor(0.95 * (sorted.length - 1))]?.ms ?? Infinity;
      const best = sortedRounds.reduce((a, b) => (p95(b) < p95(a) ? b : a));
      const bestRound = measured[sortedRounds.indexOf(best)]!;
      return {
        server,
        load,
        "reads/s": best.filter((s) => s.done).length / SECONDS,
        "p50 ms": percentile(best, 50),
        "p95 ms": percentile(best, 95),
        "p99 ms": percentile(best, 99),
        "max ms": percentile(best, 100),
        "reads not 200": bestRound.notOk,
        "reads unanswered": best.filter((s) => !s.done).length,
        "slow SQL answered": bestRound.slowAnswered,
        "p95 each round": sortedRounds.map((sorted) => percentile(sorted, 95)).join(", "),
        "p99 each round": sortedRounds.map((sorted) => percentile(sorted, 99)).join(", "),
      };
    });
    console.log(
      `${SLOW_CLIENTS} clients looping slow ?sql= (cut at sql_time_limit_ms 1000), ${READERS} readers of table` +
        ` and row pages (HTML and JSON), ${SECONDS} s per case, best of ${ROUNDS} rounds by p95,` +
        ` ${os.cpus().length} cores, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` +
        ` during the run\n`,
    );
    printTable(rows);
  } finally {
    await Promise.all(servers.map(({ server }) => server.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}
