/**
 * Two parts:
 * - The whole action on the example site (as __tests__/e2e exports it, for owner/repo), uploading to the
 *   local artifact service, split into the phases it prints: server start, browser start, render, write,
 *   tar, upload. Rendering every page through Chromium (render: browser) and letting the exporter choose
 *   (render: auto, which takes HTTP for pages without scripts) beside the HTTP-only baseline.
 * - The Pages artifact tar: our streaming writer against GNU tar running upload-pages-artifact's own
 *   command, on the same generated site (many small pages plus a few large files), in the same run. Also
 *   reports the writer's peak RSS growth, which should stay flat however big the site is.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startFakeArtifactService } from "../__tests__/action/fake-artifact-service.js";
import { EXAMPLE_INPUTS, exampleSiteJob, parseTimings } from "../__tests__/e2e/docker-action.js";
import { writePagesArtifact } from "../src/action/pages-artifact.js";
import { runAction } from "../src/action/run.js";
import { loadConfig } from "../src/config/load.js";
import { bootServer } from "../src/export/boot-server.js";
import { exportSite } from "../src/export/export.js";
import { printTable } from "./table.js";

const PAGES = Number(process.env.BENCH_TAR_PAGES ?? 10_000);
const BIG_FILES = 4;
const BIG_BYTES = 32 * 1024 * 1024;

export default async function bench(): Promise<void> {
  await actionPhases();
  await tarWriters();
}

/** The action in-process, as `datasette-export action` wires it, once per render mode. */
async function actionPhases(): Promise<void> {
  // Every action run loads @actions/artifact once, on its first upload: load it here, timed on its own, so
  // the first mode measured does not carry it alone.
  const importStart = performance.now();
  await import("@actions/artifact");
  const importMs = performance.now() - importStart;
  const fake = await startFakeArtifactService();
  const rows: Record<string, string | number>[] = [];
  try {
    for (const render of ["http", "auto", "browser"]) {
      const name = `bench-${render}`;
      const job = exampleSiteJob(name, { ...EXAMPLE_INPUTS, render }, fake.envFor(name, `run-${name}`));
      const lines: string[] = [];
      const start = performance.now();
      const code = await runAction(job.env, {
        exportSite: (options) =>
          exportSite(options, {
            boot: bootServer,
            effects: { log: () => {}, progressStream: { write: () => true } },
          }),
        loadConfig: (sitePath, overrides) => loadConfig({ ...overrides, files: [sitePath] }),
        log: (line) => lines.push(line),
      });
      const wallMs = performance.now() - start;
      rmSync(job.root, { recursive: true, force: true });
      if (code !== 0) throw new Error(`the action failed:\n${lines.join("\n")}`);
      const t = parseTimings(lines.join("\n"));
      const pages = /^(\d+) pages,/m.exec(lines.join("\n"))?.[1] ?? "?";
      rows.push({
        mode: render === "http" ? "render: http (baseline)" : `render: ${render}`,
        pages,
        "wall ms": wallMs,
        "server start": t["server start"] ?? "–",
        "browser start": t["browser start"] ?? "–",
        render: t.render ?? "–",
        write: t.write ?? "–",
        tar: t.tar ?? "–",
        upload: t.upload ?? "–",
      });
    }
  } finally {
    await fake.close();
  }
  printTable(rows);
  console.log(
    `\nLoading @actions/artifact (paid once per action run, inside upload): ${importMs.toFixed(0)} ms\n`,
  );
}

async function tarWriters(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), "bench-tar-"));
  try {
    const site = path.join(tmp, "site");
    const page = Buffer.from("<!DOCTYPE html>" + "<p>row</p>".repeat(450));
    for (let i = 0; i < PAGES; i++) {
      const dir = path.join(site, `db${i % 10}`, `t${i % 100}`);
      if (i < 100) mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${i}.html`), page);
    }
    for (let i = 0; i < BIG_FILES; i++) writeFileSync(path.join(site, `big-${i}.db`), randomBytes(BIG_BYTES));

    const rows: Record<string, string | number>[] = [];
    for (const round of [1, 2]) {
      const gnu = path.join(tmp, "gnu.tar");
      let t = performance.now();
      execFileSync("tar", [
        "--dereference",
        "--hard-dereference",
        "-C",
        site,
        "-cf",
        gnu,
        "--exclude=.git",
        "--exclude=.github",
        ".",
      ]);
      const gnuMs = performance.now() - t;

      const ours = path.join(tmp, "ours.tar");
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      t = performance.now();
      await writePagesArtifact(site, ours);
      const oursMs = performance.now() - t;
      clearInterval(sampler);

      const mb = statSync(ours).size / 1024 / 1024;
      rows.push(
        {
          round,
          writer: "GNU tar (upload-pages-artifact)",
          files: PAGES + BIG_FILES,
          "tar MiB": mb,
          ms: gnuMs,
          "MiB/s": mb / (gnuMs / 1000),
          "RSS growth MiB": "–",
        },
        {
          round,
          writer: "writePagesArtifact",
          files: PAGES + BIG_FILES,
          "tar MiB": mb,
          ms: oursMs,
          "MiB/s": mb / (oursMs / 1000),
          "RSS growth MiB": (peak - rssBefore) / 1024 / 1024,
        },
      );
    }
    printTable(rows);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
