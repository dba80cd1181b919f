/**
 * One export in a fresh Node process, from the built dist/ (npm run bench builds it first), so a figure
 * includes everything a user waits for: Node's start, module loading, the server's boot, planning,
 * rendering, writing. Argument: JSON {files, pluginsDir, sql, output, render, tuning, dist?}; dist is
 * another build's dist/ folder (a baseline: bench/export-rows.ts, EXPORT_BENCH_BASELINE), else ours.
 * Prints JSON {pages, failures, cpuSeconds, maxRssMiB} (this process and its threads; read processes
 * not counted: bench/export-rows.ts counts the whole tree).
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const job = JSON.parse(process.argv[2]);
const dist = job.dist ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
// As the CLI does for --sql (src/cli.ts): the path SQL's read process starts while the exporter loads
// (a baseline build without prestartReadProcess starts it when the SQL first runs).
(await load("db/read-pool.js")).prestartReadProcess?.();
const [{ loadConfig }, { bootServer }, { exportSite }, { normaliseExportOptions }] = await Promise.all([
  load("config/load.js"),
  load("export/boot-server.js"),
  load("export/export.js"),
  load("export/options.js"),
]);
// A shared machine can hold a query past the default 1 s limit; a failed page would end the run.
const config = await loadConfig({
  files: job.files,
  pluginsDir: job.pluginsDir,
  settings: [["sql_time_limit_ms", "30000"]],
});
const result = await exportSite(
  normaliseExportOptions({
    server: config,
    output: job.output,
    sql: [job.sql],
    render: job.render,
    progress: "none",
  }),
  { boot: bootServer, tuning: job.tuning, effects: { log: () => undefined } },
);
const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    pages: result.pages,
    failures: result.failures.length,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    maxRssMiB: usage.maxRSS / 1024,
  }),
);
