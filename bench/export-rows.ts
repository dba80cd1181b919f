/**
 * Row pages without scripts, exported whole by the built command line in a fresh process each
 * (bench/export-child.mjs: Node's start, module loading, the server's boot, planning, rendering, writing,
 * the summary), in interleaved rounds:
 *  - rows: EXPORT_BENCH_ROWS (default 5,000) HTML and as many JSON row pages of a plain table of
 *    EXPORT_BENCH_TABLE_ROWS (default 20,000) rows: `--render http --transport http` over HTTP (the
 *    baseline: the path before in-process rendering) vs the defaults (render threads as "auto" decides) vs the main thread
 *    only vs one render thread from the start; best of EXPORT_BENCH_ROUNDS (default 3). Beside
 *    them, the floor per page measured alone: the SQLite lookup, the app's handler (lookup + view +
 *    template), writing the page's file. EXPORT_BENCH_BASELINE=/path/to/other/dist adds the defaults
 *    of another build's command line (e.g. main's before a change), in the same rounds.
 *    "CPU ms/page" counts the export's whole process tree (its read processes too, once reaped).
 *  - large (opt-in: `npm run bench -- export --large`, long): the defaults at 25,000, 50,000 and 100,000
 *    row pages (EXPORT_BENCH_LARGE, kinds EXPORT_BENCH_LARGE_KINDS, default "json,html"): time should
 *    grow linearly and peak RSS stay flat; with EXPORT_BENCH_BASELINE, that build's beside ours.
 */
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { mkdirSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { printTable } from "./table.js";
import { childrenCpuSeconds } from "./export-measure.js";
import { createBenchSite } from "./export-site.js";
import { InProcessFetcher } from "../src/export/render-in-process.js";
import type { BootedServer, BrowserTuning, RenderMode } from "../src/export/types.js";

const count = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ROWS = count("EXPORT_BENCH_ROWS", 5_000);
const TABLE_ROWS = count("EXPORT_BENCH_TABLE_ROWS", 20_000);
const ROUNDS = count("EXPORT_BENCH_ROUNDS", 3);
const LARGE = (process.env.EXPORT_BENCH_LARGE ?? "25000,50000,100000").split(",").map(Number);
const LARGE_KINDS = (process.env.EXPORT_BENCH_LARGE_KINDS ?? "json,html").split(",");
const BASELINE = process.env.EXPORT_BENCH_BASELINE ?? "";
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "export-child.mjs");

interface Site {
  files: string[];
  pluginsDir: string;
}

interface Run {
  seconds: number;
  pages: number;
  cpuSeconds: number;
  maxRssMiB: number;
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(", ");

let outputs = 0;
/**
 * A new folder for each export, left in place until the bench's work folder goes at the end. Deleting
 * the last export's thousands of files just before the next one is written made that one pay: ext4
 * skips inodes freed in the last ~30 s when it allocates new ones, scanning past each of them (measured:
 * 5,000 JSON pages 2.5–2.8 s after such a delete, 1.5 s into a fresh folder; ~1 s more kernel time).
 * A user's export writes its new files before it deletes the old output, so it does not meet this.
 */
const freshOutput = (work: string) => path.join(work, `out-${++outputs}`);

/** One export in a fresh process; wall time measured here, around the whole process. */
function exportInChild(
  site: Site,
  pages: number,
  suffix: string,
  output: string,
  render: RenderMode,
  tuning: Partial<BrowserTuning>,
  dist?: string,
): Promise<Run> {
  const sql = `select '/data/plain/' || id || '${suffix}' from plain where id <= ${pages} order by id`;
  const job = JSON.stringify({ ...site, sql, output, render, tuning, dist });
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  return new Promise((resolve, reject) => {
    // The child's own figures come on file descriptor 3; the command's output on 1 and 2.
    const child = spawn(process.execPath, [CHILD, job], { stdio: ["ignore", "pipe", "pipe", "pipe"] });
    const streams = [child.stdout!, child.stderr!, child.stdio[3] as Readable].map(collect);
    child.on("error", reject);
    child.on("close", async (code) => {
      const seconds = (performance.now() - started) / 1000;
      // The whole tree: the child and what it reaped (its read processes), not only its own threads.
      const cpuSeconds = childrenCpuSeconds() - cpuBefore;
      const [stdout, stderr, figures] = await Promise.all(streams);
      const exported = /^Exported (\d+) pages/m.exec(stderr!);
      // Exit status 1: a page failed (or nothing was written); the summary (on stderr) says which.
      if (code !== 0 || !exported) return reject(new Error(`export exited ${code}\n${stdout}\n${stderr}`));
      const usage = JSON.parse(figures!) as { maxRssMiB: number };
      resolve({ pages: Number(exported[1]), seconds, cpuSeconds, maxRssMiB: usage.maxRssMiB });
    });
  });
}

function collect(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8"))));
}

/** EXPORT_BENCH_ROW_KINDS (default "html,json") picks which of the two the rows section exports. */
const ROW_KINDS = (process.env.EXPORT_BENCH_ROW_KINDS ?? "html,json").toUpperCase().split(",");
const KINDS = (
  [
    ["HTML", ""],
    ["JSON", ".json"],
  ] as const
).filter(([kind]) => ROW_KINDS.includes(kind));

const VARIANTS: { what: string; render: RenderMode; tuning: Partial<BrowserTuning>; dist?: string }[] = [
  { what: "--render http over HTTP (baseline)", render: "http", tuning: { transport: "http" } },
  { what: "defaults (render threads: auto, none below 20,000 pages)", render: "auto", tuning: {} },
  { what: "main thread only", render: "auto", tuning: { renderThreads: 0 } },
  { what: "defaults, 1 render thread", render: "auto", tuning: { renderThreads: 1 } },
  ...(BASELINE
    ? [
        {
          what: "defaults, EXPORT_BENCH_BASELINE's build",
          render: "auto" as const,
          tuning: {},
          dist: BASELINE,
        },
      ]
    : []),
];

export async function rowsBench(work: string): Promise<void> {
  if (ROWS <= 0) return;
  const dir = path.join(work, "rows-site");
  const site = await createBenchSite(dir, Math.max(TABLE_ROWS, ROWS));
  const files = [path.join(dir, "data.db")];
  const target = { files, pluginsDir: path.join(dir, "plugins") };
  const floor = await floorPerPage(site.server, files[0]!, work);
  await site.server.close();

  console.log(`rows: load average before ${load()}`);
  const runs = new Map<string, Run[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [kind, suffix] of KINDS) {
      for (const v of VARIANTS) {
        const key = `${kind}\u0000${v.what}`;
        const out = freshOutput(work);
        const run = await exportInChild(target, ROWS, suffix, out, v.render, v.tuning, v.dist);
        runs.set(key, [...(runs.get(key) ?? []), run]);
        console.log(
          `rows round ${round}: ${kind} ${v.what}: ${run.seconds.toFixed(2)} s, ` +
            `${((run.cpuSeconds * 1000) / ROWS).toFixed(2)} CPU ms/page`,
        );
      }
    }
  }
  console.log(`rows: load average after ${load()}\n`);
  const table: Record<string, string | number>[] = [];
  for (const [kind] of KINDS) {
    const best = (what: string) =>
      runs.get(`${kind}\u0000${what}`)!.sort((a, b) => a.seconds - b.seconds)[0]!;
    const base = best(VARIANTS[0]!.what);
    for (const v of VARIANTS) {
      const r = best(v.what);
      table.push({
        what: `${kind}: ${v.what}`,
        pages: ROWS,
        "best s": r.seconds,
        "pages/s": ROWS / r.seconds,
        "× baseline": base.seconds / r.seconds,
        "CPU ms/page": (r.cpuSeconds * 1000) / ROWS,
        "peak RSS MiB": r.maxRssMiB,
        rounds: runs
          .get(`${kind}\u0000${v.what}`)!
          .map((x) => x.seconds.toFixed(1))
          .join(" / "),
      });
    }
    const f = floor[kind];
    table.push({
      what: `${kind}: floor per page, measured alone (lookup + handler + file)`,
      pages: ROWS,
      "best s": (ROWS * (f.handlerMs + f.writeMs)) / 1000,
      "pages/s": 1000 / (f.handlerMs + f.writeMs),
      "× baseline": "",
      "CPU ms/page": `lookup ${f.lookupMs.toFixed(3)} + handler ${f.handlerMs.toFixed(2)} + file ${f.writeMs.toFixed(2)}`,
      "peak RSS MiB": "",
      rounds: "one thread, no start-up",
    });
  }
  printTable(table);
}

/**
 * The floor of one row page, each part alone in this process, best of 3 runs of 1,000 pages: the
 * SQLite lookup by key (a prepared statement), the app's handler in process (lookup, view, template or
 * JSON), and writing the page's bytes to a new file on the disk the exports write to.
 */
async function floorPerPage(
  server: BootedServer,
  dbFile: string,
  work: string,
): Promise<Record<"HTML" | "JSON", { lookupMs: number; handlerMs: number; writeMs: number }>> {
  const N = 1_000;
  const bestMs = async (fn: (i: number) => unknown) => {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      for (let i = 1; i <= N; i++) await fn(i);
      best = Math.min(best, (performance.now() - t) / N);
    }
    return best;
  };
  const db = new Database(dbFile, { readonly: true });
  const lookup = db.prepare('select * from plain where "id" = ?').raw(true);
  const lookupMs = await bestMs((i) => lookup.all(i));
  db.close();
  const fetcher = new InProcessFetcher(server.handler!, new URL(server.url).origin);
  const out: Record<string, { lookupMs: number; handlerMs: number; writeMs: number }> = {};
  for (const [kind, suffix] of KINDS) {
    // Its own folder, kept to the end like the exports' (freshOutput).
    const dir = path.join(work, `floor-files-${kind}`);
    const url = (i: number) => `${server.url}data/plain/${i}${suffix}`;
    const body = (await fetcher.get(url(1), 30_000)).body;
    const handlerMs = await bestMs((i) => fetcher.get(url(i), 30_000));
    let n = 0;
    mkdirSync(dir, { recursive: true });
    const writeMs = await bestMs(() => writeFileSync(path.join(dir, `${n++}.html`), body));
    out[kind] = { lookupMs, handlerMs, writeMs };
  }
  return out as Record<"HTML" | "JSON", { lookupMs: number; handlerMs: number; writeMs: number }>;
}

/**
 * Opt-in: the defaults at growing sizes, each in a fresh process: time and peak RSS. With
 * EXPORT_BENCH_BASELINE, that build's export runs beside ours at each size (which goes first alternates).
 */
export async function largeBench(work: string): Promise<void> {
  const largest = Math.max(...LARGE);
  const dir = path.join(work, "large-site");
  const site = await createBenchSite(dir, largest);
  await site.server.close();
  const target = { files: [path.join(dir, "data.db")], pluginsDir: path.join(dir, "plugins") };
  const builds = [{ what: "defaults", dist: undefined as string | undefined }];
  if (BASELINE) builds.push({ what: "defaults, EXPORT_BENCH_BASELINE's build", dist: BASELINE });
  console.log(`large: load average before ${load()}`);
  const table: Record<string, string | number>[] = [];
  for (const kind of LARGE_KINDS) {
    const suffix = kind === "json" ? ".json" : "";
    const first = new Map<string, { pages: number; run: Run }>();
    for (const [i, pages] of LARGE.entries()) {
      for (const build of i % 2 ? [...builds].reverse() : builds) {
        const out = freshOutput(work);
        const run = await exportInChild(target, pages, suffix, out, "auto", {}, build.dist);
        if (!first.has(build.what)) first.set(build.what, { pages, run });
        const base = first.get(build.what)!;
        console.log(
          `large: ${kind} ${pages} pages, ${build.what}: ${run.seconds.toFixed(1)} s, ` +
            `peak ${run.maxRssMiB.toFixed(0)} MiB (load ${load()})`,
        );
        table.push({
          what: `${kind.toUpperCase()} row pages, ${build.what}`,
          pages,
          s: run.seconds,
          "pages/s": pages / run.seconds,
          "s ÷ linear from first": run.seconds / ((base.run.seconds * pages) / base.pages),
          "CPU ms/page": (run.cpuSeconds * 1000) / pages,
          "peak RSS MiB": run.maxRssMiB,
          "RSS × first": run.maxRssMiB / base.run.maxRssMiB,
        });
      }
    }
  }
  console.log(`large: load average after ${load()}\n`);
  printTable(table);
}
