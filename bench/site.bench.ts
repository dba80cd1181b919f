/**
 * A real site's shape (bench/analytics-site.ts: 234 pages of custom pages with sql() and Markdown,
 * table and row pages, one third-party analytics tag in the base template), exported whole — server
 * start-up, browser start-up when one is needed, rendering and writing — with each option side by side
 * in interleaved rounds: `--render http` (the baseline), the defaults, `--render adaptive`, and, for
 * scale, every page through Chromium as the exporter did before the own-script rule. Figures are the
 * median of SITE_BENCH_ROUNDS (default 3) rounds. SITE_BENCH_OWN_SCRIPTS (default 10) adds that many
 * pages with an inline chart script, in rows of their own.
 */
import os from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { printTable } from "./table.js";
import { cpuSeconds } from "./export-measure.js";
import { ANALYTICS_SRC, createAnalyticsSite } from "./analytics-site.js";
import { exportSite } from "../src/export/export.js";
import { bootServer } from "../src/export/boot-server.js";
import { normaliseExportOptions } from "../src/export/options.js";
import { loadConfig } from "../src/config/load.js";
import type { BrowserTuning, ExportOptions, ExportResult } from "../src/export/types.js";

const ROUNDS = Number(process.env.SITE_BENCH_ROUNDS ?? 3);
const OWN_SCRIPTS = Number(process.env.SITE_BENCH_OWN_SCRIPTS ?? 10);
const SHELL = "/usr/bin/chromium-headless-shell";

interface Variant {
  what: string;
  paths: "site" | "site+own";
  options: Partial<ExportOptions>;
  tuning?: Partial<BrowserTuning>;
}

export default async function bench(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "site-bench-"));
  const site = await createAnalyticsSite(path.join(work, "site"), OWN_SCRIPTS);
  // A shared machine can hold a query past the default 1 s limit; a failed page would end the run.
  const config = await loadConfig({ files: [site.dir], settings: [["sql_time_limit_ms", "30000"]] });
  const variants: Variant[] = [
    { what: "--render http (baseline)", paths: "site", options: { render: "http" } },
    { what: "default options", paths: "site", options: {} },
    {
      what: "--render http, over HTTP (no in-process)",
      paths: "site",
      options: { render: "http" },
      tuning: { transport: "http" },
    },
    { what: "--render adaptive", paths: "site", options: { render: "adaptive" } },
    { what: "--render browser (every page in Chromium)", paths: "site", options: { render: "browser" } },
  ];
  if (OWN_SCRIPTS > 0)
    variants.push(
      {
        what: `--render http, + ${OWN_SCRIPTS} own-script pages`,
        paths: "site+own",
        options: { render: "http" },
      },
      { what: `default options, + ${OWN_SCRIPTS} own-script pages`, paths: "site+own", options: {} },
    );
  const times = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const notes = new Map<string, string>();
  let n = 0;
  const once = async (v: Variant): Promise<void> => {
    const output = path.join(work, `out-${n++}`);
    const reportPath = path.join(work, `report-${n}.json`);
    const paths = v.paths === "site" ? site.paths : [...site.paths, ...site.ownScriptPaths];
    const c = cpuSeconds();
    const t = performance.now();
    const result: ExportResult = await exportSite(
      normaliseExportOptions({
        server: config,
        output,
        paths,
        progress: "none",
        reportPath,
        browserPath: SHELL,
        timeoutMs: 300_000, // a loaded machine must slow the run, not fail it
        ...v.options,
      }),
      { boot: bootServer, effects: { log: () => undefined }, tuning: v.tuning },
    );
    times.set(v.what, [...(times.get(v.what) ?? []), (performance.now() - t) / 1000]);
    cpu.set(v.what, [...(cpu.get(v.what) ?? []), cpuSeconds() - c]);
    const report = (
      JSON.parse(readFileSync(reportPath, "utf8")) as { pages: { renderer: string; file: string | null }[] }
    ).pages;
    const pages = report.filter((p) => p.file?.endsWith(".html"));
    notes.set(
      v.what,
      `${result.pages} pages, ${pages.filter((p) => p.renderer === "browser").length} in Chromium` +
        (result.failures.length ? `, ${result.failures.length} failed` : ""),
    );
    const entry = readFileSync(path.join(output, "entries", "entry-7.html"), "utf8");
    if (!entry.includes(ANALYTICS_SRC))
      throw new Error(
        `${v.what}: the analytics tag is missing from entries/entry-7.html:\n${entry.slice(0, 600)}`,
      );
    await rm(output, { recursive: true, force: true });
    console.log(`${v.what}: ${times.get(v.what)!.at(-1)!.toFixed(2)} s, ${notes.get(v.what)}`);
  };

  try {
    for (let round = 0; round < ROUNDS; round++) for (const v of variants) await once(v);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const base = median(times.get(variants[0]!.what)!);
    printTable(
      variants.map((v) => {
        const secs = median(times.get(v.what)!);
        return {
          what: v.what,
          "s (median)": secs,
          "÷ baseline": secs / base,
          "CPU s": median(cpu.get(v.what)!),
          rounds: times
            .get(v.what)!
            .map((s) => s.toFixed(2))
            .join(" "),
          note: notes.get(v.what)!,
        };
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
