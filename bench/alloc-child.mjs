/**
 * One export in a fresh Node process from a built dist/ (as bench/export-child.mjs runs one), measuring
 * what the main thread allocates rather than how long it takes: a shared machine's load moves wall time
 * but hardly moves bytes allocated or the number of scavenges. Argument: JSON {files, pluginsDir, sql,
 * output, sample, dist?, top?, profileFile?}. With sample, V8's sampling heap profiler (every 4 KiB on average) runs
 * over the whole export, counting objects the GC has since collected too, and the answer has the bytes
 * allocated and the top allocating functions; without it, only the count of GCs by kind (the profiler
 * is left off so it cannot change them). Render threads are off so every page is this thread's work.
 * Prints JSON {pages, failures, bytes?, top?, scavenges, markSweeps}.
 */
import path from "node:path";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { PerformanceObserver, constants } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const job = JSON.parse(process.argv[2]);
const dist = job.dist ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
const [{ loadConfig }, { bootServer }, { exportSite }, { normaliseExportOptions }] = await Promise.all([
  load("config/load.js"),
  load("export/boot-server.js"),
  load("export/export.js"),
  load("export/options.js"),
]);
const config = await loadConfig({
  files: job.files,
  pluginsDir: job.pluginsDir,
  settings: [["sql_time_limit_ms", "30000"]],
});

const gcs = { scavenges: 0, markSweeps: 0 };
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = entry.detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gcs.scavenges++;
    else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gcs.markSweeps++;
  }
});
observer.observe({ entryTypes: ["gc"] });

const session = new Session();
session.connect();
if (job.sample) {
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
const result = await exportSite(
  normaliseExportOptions({
    server: config,
    output: job.output,
    sql: [job.sql],
    render: "auto",
    progress: "none",
  }),
  { boot: bootServer, tuning: { renderThreads: 0 }, effects: { log: () => undefined } },
);
const answer = { pages: result.pages, failures: result.failures.length };
if (job.sample) {
  const { profile } = await session.post("HeapProfiler.stopSampling");
  // A file DevTools' Memory panel opens (Load profile), to see who called an allocator.
  if (job.profileFile) writeFileSync(job.profileFile, JSON.stringify(profile));
  const byFunction = new Map();
  let bytes = 0;
  const walk = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} ${path.basename(url)}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    bytes += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  answer.bytes = bytes;
  answer.top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, job.top ?? 40);
}
// Let the last GC entries reach the observer.
await new Promise((resolve) => globalThis.setTimeout(resolve, 50));
observer.disconnect();
session.disconnect();
process.stdout.write(JSON.stringify({ ...answer, ...gcs }));
