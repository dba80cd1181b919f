/**
 * One export in a fresh Node process through the built command line (dist/cli.js, as bench/export-child.mjs
 * runs one), measuring what the main thread allocates rather than how long it takes: a shared machine's
 * load moves wall time but hardly moves bytes allocated or the number of scavenges. Argument: JSON
 * {files, pluginsDir, sql, output, result, sample, dist?, top?, profileFile?}. With sample, V8's sampling
 * heap profiler (every 4 KiB on average) runs from before the command line loads to its exit, counting
 * objects the GC has since collected too, and the result has the bytes allocated and the top allocating
 * functions; without it, only the count of GCs by kind (the profiler is left off so it cannot change
 * them). Render threads are off (--render-threads 0) so every page is this thread's work. Writes JSON
 * {bytes?, top?, scavenges, markSweeps} to the file `result` at exit; profileFile gets the profile itself
 * (DevTools' Memory panel loads it: who called an allocator).
 */
import path from "node:path";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { PerformanceObserver, constants } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { exportCommand } from "./export-command.mjs";

const job = JSON.parse(process.argv[2]);
// Render threads off: every page is this thread's work.
const { cli, args } = exportCommand(job, ["--render-threads", "0"]);

const gcs = { scavenges: 0, markSweeps: 0 };
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = entry.detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gcs.scavenges++;
    else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gcs.markSweeps++;
  }
});
observer.observe({ entryTypes: ["gc"] });

// The callback API: a session on this thread answers synchronously, so it works in the exit handler.
const session = new Session();
session.connect();
if (job.sample) {
  session.post("HeapProfiler.startSampling", {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
process.on("exit", () => {
  const answer = { ...gcs };
  if (job.sample) {
    session.post("HeapProfiler.stopSampling", (error, result) => {
      if (error) throw error;
      const { profile } = result;
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
    });
  }
  writeFileSync(job.result, JSON.stringify(answer));
});
process.argv = [process.argv[0], cli, ...args];
await import(pathToFileURL(cli).href);
