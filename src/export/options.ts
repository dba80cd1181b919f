/** Loose export options → strict ExportOptions, with every default stated once, here. */
import os from "node:os";
import type { ExportOptions, RenderMode, WaitUntil } from "./types.js";
import { THIRD_PARTY_RULES } from "./third-party.js";

export const RENDER_MODES: RenderMode[] = ["auto", "browser", "http", "adaptive"];
const WAITS: WaitUntil[] = ["load", "domcontentloaded", "networkidle"];

/**
 * Pages rendered in parallel by default: one per core, at least 2. Measured on 2 cores: more pages
 * than cores buys nothing, and 2 pages in parallel beat 1 even on one core (one waits on I/O).
 */
export function defaultConcurrency(): number {
  return Math.max(2, Math.min(os.availableParallelism(), 8));
}

export function normaliseExportOptions(
  partial: Partial<ExportOptions> & Pick<ExportOptions, "server" | "output">,
): ExportOptions {
  const o: ExportOptions = {
    server: partial.server,
    output: partial.output,
    paths: partial.paths ?? [], // no explicit paths
    sql: partial.sql ?? [], // no SQL path queries
    sqlDatabase: partial.sqlDatabase ?? null, // the server's choice: first database (or _memory with crossdb)
    pathsFile: partial.pathsFile ?? null,
    crawl: partial.crawl ?? false, // only listed paths (and the assets they load) unless asked
    maxPages: partial.maxPages ?? 10_000, // a crawl adds pages until the site has this many
    include: partial.include ?? [], // every crawled path
    exclude: partial.exclude ?? [], // none
    setup: partial.setup ?? [],
    setupDatabase: partial.setupDatabase ?? null,
    replaceOutput: partial.replaceOutput ?? false, // only new, empty or tool-written folders
    sources: partial.sources ?? [],
    siteUrl: partial.siteUrl ?? null, // no sitemap.xml
    trailingSlash: partial.trailingSlash ?? false, // /a/b → a/b.html
    absoluteLinks: partial.absoluteLinks ?? false, // links relative to their page: the site works anywhere
    // Chromium only for HTML pages with a <script>; "adaptive" also skips it for templates whose
    // scripts measured to change nothing (src/export/adaptive.ts). Opt-in: it trusts a sample.
    render: partial.render ?? "auto",
    concurrency: partial.concurrency ?? defaultConcurrency(),
    waitUntil: partial.waitUntil ?? "load", // scripts that run on load (countdowns) have run
    waitFor: partial.waitFor ?? null,
    timeoutMs: partial.timeoutMs ?? 30_000,
    stripScripts: partial.stripScripts ?? false, // the exported site keeps working JavaScript
    thirdParty: partial.thirdParty ?? "scripts", // other origins' scripts and stylesheets, fetched once

    allowErrors: partial.allowErrors ?? false, // any failed page fails the export
    checkLinks: partial.checkLinks ?? true, // broken links are reported
    failOnBrokenLinks: partial.failOnBrokenLinks ?? false, // …but do not fail the export
    reportPath: partial.reportPath ?? null,
    shard: partial.shard ?? null, // the whole site
    browserPath: partial.browserPath ?? null, // DATASETTE_EXPORT_BROWSER, Playwright's, then the system's
    progress: partial.progress ?? "auto", // a bar on a TTY, a line every 5 s otherwise
  };
  if (!RENDER_MODES.includes(o.render)) throw new Error(`render must be one of ${RENDER_MODES.join(", ")}`);
  if (!THIRD_PARTY_RULES.includes(o.thirdParty))
    throw new Error(`thirdParty must be one of ${THIRD_PARTY_RULES.join(", ")}`);
  if (!WAITS.includes(o.waitUntil)) throw new Error(`waitUntil must be one of ${WAITS.join(", ")}`);
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1)
    throw new Error("concurrency must be a whole number >= 1");
  if (!Number.isInteger(o.maxPages) || o.maxPages < 1)
    throw new Error("maxPages must be a whole number >= 1");
  if (!(o.timeoutMs > 0)) throw new Error("timeoutMs must be > 0");
  if (o.shard && !(o.shard.index >= 1 && o.shard.index <= o.shard.total)) {
    throw new Error(`shard index must be between 1 and ${o.shard.total}`);
  }
  if (o.siteUrl && !/^https?:\/\//.test(o.siteUrl))
    throw new Error("siteUrl must start with http:// or https://");
  if (o.siteUrl && !o.siteUrl.endsWith("/")) o.siteUrl += "/";
  if (!o.output) throw new Error("output folder is required");
  // Nothing listed: export the whole site, as the action does, rather than a site with no index.html.
  if (!o.paths.length && !o.sql.length && !o.pathsFile) {
    o.paths = ["/"];
    o.crawl = true;
  }
  return o;
}
