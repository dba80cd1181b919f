/**
 * The built command line an export benchmark runs in its child process (bench/export-child.mjs,
 * bench/alloc-child.mjs): `dist/cli.js export` over the job's site, its `--sql` paths, into its output.
 * job: {files, pluginsDir, sql, output, dist?}; dist is another build's dist/ folder, else ours.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

export function exportCommand(job, extra = []) {
  const dist = job.dist ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist");
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
    "--progress",
    "none",
    ...extra,
  ];
  return { cli: path.join(dist, "cli.js"), args };
}
