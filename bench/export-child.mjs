/**
 * One export in a fresh Node process through the built command line (dist/cli.js, what users run; npm run
 * bench builds it first), so a figure includes everything a user waits for: Node's start, module loading,
 * the server's boot, planning, rendering, writing, the summary. Argument: JSON {files, pluginsDir, sql,
 * output, render, tuning, dist?}; dist is another build's dist/ folder (a baseline: bench/export-rows.ts,
 * EXPORT_BENCH_BASELINE), else ours. tuning.renderThreads and tuning.transport become --render-threads and
 * --transport (a baseline build may not know them: leave them out for it).
 * The command's own output passes through; at exit, JSON {cpuSeconds, maxRssMiB} (this process and its
 * threads; read processes not counted: bench/export-rows.ts counts the whole tree) goes to file
 * descriptor 3.
 */
import path from "node:path";
import { writeSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const job = JSON.parse(process.argv[2]);
const dist = job.dist ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const cli = path.join(dist, "cli.js");
const args = [
  "export",
  ...job.files,
  "--plugins-dir",
  job.pluginsDir,
  // A shared machine can hold a query past the default 1 s limit; a failed page would end the run.
  "--setting",
  "sql_time_limit_ms",
  "30000",
  "--sql",
  job.sql,
  "--output",
  job.output,
  "--render",
  job.render,
  "--progress",
  "none",
];
if (job.tuning.renderThreads !== undefined) args.push("--render-threads", String(job.tuning.renderThreads));
if (job.tuning.transport !== undefined) args.push("--transport", job.tuning.transport);
process.on("exit", () => {
  const usage = process.resourceUsage();
  writeSync(
    3,
    JSON.stringify({
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      maxRssMiB: usage.maxRSS / 1024,
    }),
  );
});
process.argv = [process.argv[0], cli, ...args];
await import(pathToFileURL(cli).href);
