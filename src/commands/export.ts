import { loadConfig, type ServeOptions } from "../config/load.js";
import { normaliseBaseUrl } from "../config/settings.js";
import { exportSite } from "../export/export.js";
import { normaliseExportOptions } from "../export/options.js";
import { bootServer } from "../export/boot-server.js";
import { parseShard } from "../export/shard.js";
import type { BrowserTuning, ExportOptions } from "../export/types.js";

/**
 * Exit statuses of `export` (the README lists them): 0 the site was written; 1 nothing was written (a page
 * failed, the output was refused, a bad option…); EXIT_CRAWL_STOPPED the site was written but a crawl
 * stopped at --max-pages, so pages it found are missing; a signal's own status when interrupted.
 */
export const EXIT_CRAWL_STOPPED = 3;

/** `datasette-export export`: CLI flags → ExportOptions → exportSite; the exit code says what happened. */
export async function exportCommand(serve: ServeOptions, opts: Record<string, unknown>): Promise<number> {
  if (typeof opts.baseUrl === "string")
    serve.settings = [...(serve.settings ?? []), ["base_url", normaliseBaseUrl(opts.baseUrl)]];
  const server = await loadConfig(serve);
  const options: ExportOptions = normaliseExportOptions({
    server,
    output: opts.output as string,
    replaceOutput: Boolean(opts.replaceOutput),
    // Database files, configuration directory and metadata: never replaced by the output.
    sources: [...serve.files, ...(serve.immutable ?? []), ...(serve.metadata ? [serve.metadata] : [])],
    paths: opts.path as string[],
    sql: opts.sql as string[],
    sqlDatabase: (opts.sqlDatabase as string) ?? null,
    pathsFile: (opts.pathsFile as string) ?? null,
    crawl: Boolean(opts.crawl),
    maxPages: opts.maxPages as number,
    include: opts.include as string[],
    exclude: opts.exclude as string[],
    setup: opts.setup as string[],
    setupDatabase: (opts.setupDatabase as string) ?? null,
    siteUrl: (opts.siteUrl as string) ?? null,
    trailingSlash: Boolean(opts.trailingSlash),
    // A base URL asks for links that name it: root-absolute under it. Without one, links are relative.
    absoluteLinks: typeof opts.baseUrl === "string",
    render: opts.render as ExportOptions["render"],
    ...(opts.concurrency ? { concurrency: opts.concurrency as number } : {}),
    waitUntil: opts.waitUntil as ExportOptions["waitUntil"],
    waitFor: (opts.waitFor as string) ?? null,
    timeoutMs: opts.timeout as number,
    stripScripts: Boolean(opts.stripScripts),
    thirdParty: opts.thirdParty as ExportOptions["thirdParty"],
    allowErrors: Boolean(opts.allowErrors),
    checkLinks: opts.checkLinks !== false,
    failOnBrokenLinks: Boolean(opts.failOnBrokenLinks),
    reportPath: (opts.report as string) ?? null,
    shard: opts.shard ? parseShard(opts.shard as string) : null,
    browserPath: (opts.browser as string) ?? null,
    progress: opts.progress as ExportOptions["progress"],
  });
  // Only what was given: an absent flag leaves the exporter's default (a key set to undefined would not).
  const tuning: Partial<BrowserTuning> = {};
  if (opts.transport !== undefined) tuning.transport = opts.transport as BrowserTuning["transport"];
  if (opts.renderThreads !== undefined)
    tuning.renderThreads = opts.renderThreads as BrowserTuning["renderThreads"];
  const result = await exportSite(options, { boot: bootServer, tuning });
  if (result.crawlStoppedAt !== null) return EXIT_CRAWL_STOPPED;
  return result.failures.length && !options.allowErrors ? 1 : 0;
}
