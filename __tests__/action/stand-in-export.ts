/**
 * STAND-IN for the real exporter (src/export), used until the lead wires `exportSite` in at integration.
 * It writes real files into the output folder — one index.html per path, a shared stylesheet, .nojekyll and
 * a .well-known file — and reports paths listed in `failPaths` as failures (throwing, with the result
 * attached, unless allowErrors — as the real one does), so the action's own work (tar, upload, outputs,
 * summary, annotations) runs on a real folder. It renders nothing and runs no SQL.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ExportOptions, ExportResult, PageReport } from "../../src/export/types.js";

export interface StandInCall {
  options: ExportOptions;
}

export function standInExport(
  failPaths: string[] = [],
  opts: { cssFor?: (options: ExportOptions) => string; crawlStoppedAt?: number } = {},
) {
  const calls: StandInCall[] = [];
  const exportSite = async (options: ExportOptions): Promise<ExportResult> => {
    calls.push({ options });
    const start = Date.now();
    const all = [
      ...options.paths.map((p) => ({ path: p, source: "--path" })),
      ...options.sql.map((q, i) => ({ path: `/sql-${i + 1}/`, source: `SQL: ${q} (row 1)` })),
      ...(options.crawl ? [{ path: "/", source: "crawl" }] : []),
    ];
    // Same contiguous ranges a --shard i/n would take.
    const pages = options.shard
      ? all.slice(
          Math.floor(((options.shard.index - 1) * all.length) / options.shard.total),
          Math.floor((options.shard.index * all.length) / options.shard.total),
        )
      : all;
    const failing = pages.filter((p) => failPaths.includes(p.path));
    // Like the real exporter: failed pages without allowErrors throw, with the result attached, and leave the
    // output folder alone.
    const writing = failing.length === 0 || options.allowErrors;
    if (writing) await mkdir(options.output, { recursive: true });
    const reports: PageReport[] = [];
    let bytes = 0;
    for (const page of pages) {
      const failed = failPaths.includes(page.path);
      const file = path.join(options.output, page.path, "index.html");
      const html = `<!DOCTYPE html><title>${page.path}</title><link rel="stylesheet" href="${options.server.settings.base_url}static/app.css"><h1>${page.path}</h1>`;
      if (!failed && writing) {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, html);
        bytes += Buffer.byteLength(html);
      }
      reports.push({
        path: page.path,
        file: failed ? null : path.relative(options.output, file),
        status: failed ? 500 : 200,
        bytes: failed ? 0 : Buffer.byteLength(html),
        ms: 5 + reports.length,
        renderer: "http",
        retries: 0,
        consoleErrors: [],
        source: page.source,
        ...(failed ? { error: "no such table: missing" } : {}),
      });
    }
    const shared: [string, string][] = [
      ["static/app.css", opts.cssFor?.(options) ?? "body { font-family: sans-serif }\n"],
      [".nojekyll", ""],
      [".well-known/security.txt", "Contact: mailto:security@example.com\n"],
    ];
    for (const [rel, text] of writing ? shared : []) {
      await mkdir(path.dirname(path.join(options.output, rel)), { recursive: true });
      await writeFile(path.join(options.output, rel), text);
      bytes += Buffer.byteLength(text);
    }
    const failures = reports.filter((r) => r.status !== 200);
    const ok = reports.length - failures.length;
    const result: ExportResult = {
      output: options.output,
      pages: ok,
      files: ok + shared.length,
      bytes,
      durationMs: Date.now() - start + 1,
      failures,
      failedPages: failures.length,
      brokenLinks: [],
      unexportedVariants: 0,
      crawlStoppedAt: opts.crawlStoppedAt ?? null,
      slowest: [...reports].sort((a, b) => b.ms - a.ms).slice(0, 3),
      timings: { serverStartMs: 1, browserStartMs: 0, renderMs: 2, writeMs: 1 },
      reportPath: options.reportPath,
    };
    if (options.reportPath) await writeFile(options.reportPath, JSON.stringify({ pages: reports }, null, 2));
    if (!writing)
      throw Object.assign(new Error(`Export failed: ${failures.length} page(s) failed`), { result });
    return result;
  };
  return { exportSite, calls };
}
