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
import { writeSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { exportCommand } from "./export-command.mjs";

const job = JSON.parse(process.argv[2]);
const extra = ["--render", job.render];
if (job.tuning.renderThreads !== undefined) extra.push("--render-threads", String(job.tuning.renderThreads));
if (job.tuning.transport !== undefined) extra.push("--transport", job.tuning.transport);
const { cli, args } = exportCommand(job, extra);
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
