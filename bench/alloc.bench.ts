/**
 * Bytes allocated per exported row page, and the GCs they cost: ALLOC_BENCH_PAGES (default 5,000) plain
 * row pages as HTML and as JSON, each export in a fresh process through the built command line
 * (bench/alloc-child.mjs; start-up included, render threads off so the main thread does every page).
 * Bytes come from V8's sampling heap profiler counting collected objects too, so they are close to
 * deterministic and can be compared on a loaded machine where wall time cannot; scavenges are counted in
 * a second run without the profiler. EXPORT_BENCH_BASELINE=/path/to/other/dist measures that build in
 * the same run. ALLOC_BENCH_TOP (default 0) prints that many top allocating functions of each export.
 */
import path from "node:path";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createBenchSite } from "./export-site.js";
import { printTable } from "./table.js";

const PAGES = Number(process.env.ALLOC_BENCH_PAGES ?? 5_000);
const TOP = Number(process.env.ALLOC_BENCH_TOP ?? 0);
const BASELINE = process.env.EXPORT_BENCH_BASELINE ?? "";
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "alloc-child.mjs");

interface Answer {
  bytes?: number;
  top?: [string, number][];
  scavenges: number;
  markSweeps: number;
}

/** One export in a fresh process; fails if the export does (a failed page ends it). */
async function child(job: { result: string } & Record<string, unknown>): Promise<Answer> {
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, [CHILD, JSON.stringify(job)], { maxBuffer: 1 << 22 }, (error, _out, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
    ),
  );
  return JSON.parse(await readFile(job.result, "utf8")) as Answer;
}

export default async function allocBench(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "alloc-bench-"));
  try {
    const site = await createBenchSite(path.join(work, "site"), PAGES);
    await site.server.close();
    const target = {
      files: [path.join(work, "site", "data.db")],
      pluginsDir: path.join(work, "site", "plugins"),
    };
    const builds: [string, string | undefined][] = [["this build", undefined]];
    if (BASELINE) builds.unshift(["EXPORT_BENCH_BASELINE", BASELINE]);
    const rows: Record<string, string | number>[] = [];
    let outputs = 0;
    for (const [kind, suffix] of [
      ["HTML", ""],
      ["JSON", ".json"],
    ] as const) {
      const sql = `select '/data/plain/' || id || '${suffix}' from plain where id <= ${PAGES} order by id`;
      for (const [what, dist] of builds) {
        const run = (sample: boolean) => {
          const n = ++outputs;
          const output = path.join(work, `out-${n}`);
          return child({
            ...target,
            sql,
            dist,
            top: TOP,
            output,
            result: path.join(work, `result-${n}.json`),
            sample,
          });
        };
        const sampled = await run(true);
        const counted = await run(false);
        rows.push({
          what: `${kind}: ${what}`,
          "row pages": PAGES,
          "KB allocated/page": sampled.bytes! / PAGES / 1024,
          "MB allocated": sampled.bytes! / 1e6,
          scavenges: counted.scavenges,
          "mark-sweeps": counted.markSweeps,
        });
        for (const [fn, bytes] of sampled.top ?? [])
          console.log(`${kind} ${what}: ${(bytes / 1e6).toFixed(1)} MB ${fn}`);
      }
    }
    printTable(rows);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
