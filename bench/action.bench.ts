/**
 * The Pages artifact tar: our streaming writer against GNU tar running upload-pages-artifact's own command,
 * on the same generated site (many small pages plus a few large files), in the same run. Also reports the
 * writer's peak RSS growth, which should stay flat however big the site is.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writePagesArtifact } from "../src/action/pages-artifact.js";
import { printTable } from "./table.js";

const PAGES = Number(process.env.BENCH_TAR_PAGES ?? 10_000);
const BIG_FILES = 4;
const BIG_BYTES = 32 * 1024 * 1024;

export default async function bench(): Promise<void> {
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
