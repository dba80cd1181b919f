import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  exportSite,
  normaliseExportOptions,
  parseShard
} from "./chunk-LHHNTVVX.js";
import {
  loadConfig
} from "./chunk-P2RRI54F.js";
import "./chunk-VVQ26ECO.js";
import {
  bootServer
} from "./chunk-KF65J4GK.js";
import {
  normaliseBaseUrl
} from "./chunk-X6CBF64O.js";
import "./chunk-5KYFMQND.js";
import "./chunk-ASUEK7BA.js";
import "./chunk-JHF3PE6T.js";
import "./chunk-ATCLKJJX.js";
import "./chunk-GN73FVAW.js";
import "./chunk-RVBKGXXC.js";
import "./chunk-Z4UFLIYT.js";
import "./chunk-FDXMYN4B.js";
import "./chunk-RNORCARU.js";
import "./chunk-EEQHA2N2.js";
import "./chunk-E6AZRTMP.js";

// src/commands/export.ts
var EXIT_CRAWL_STOPPED = 3;
async function exportCommand(serve, opts) {
  if (typeof opts.baseUrl === "string")
    serve.settings = [...serve.settings ?? [], ["base_url", normaliseBaseUrl(opts.baseUrl)]];
  const server = await loadConfig(serve);
  const options = normaliseExportOptions({
    server,
    output: opts.output,
    replaceOutput: Boolean(opts.replaceOutput),
    // Database files, configuration directory and metadata: never replaced by the output.
    sources: [...serve.files, ...serve.immutable ?? [], ...serve.metadata ? [serve.metadata] : []],
    paths: opts.path,
    sql: opts.sql,
    sqlDatabase: opts.sqlDatabase ?? null,
    pathsFile: opts.pathsFile ?? null,
    crawl: Boolean(opts.crawl),
    maxPages: opts.maxPages,
    include: opts.include,
    exclude: opts.exclude,
    setup: opts.setup,
    setupDatabase: opts.setupDatabase ?? null,
    siteUrl: opts.siteUrl ?? null,
    trailingSlash: Boolean(opts.trailingSlash),
    // A base URL asks for links that name it: root-absolute under it. Without one, links are relative.
    absoluteLinks: typeof opts.baseUrl === "string",
    render: opts.render,
    ...opts.concurrency ? { concurrency: opts.concurrency } : {},
    waitUntil: opts.waitUntil,
    waitFor: opts.waitFor ?? null,
    timeoutMs: opts.timeout,
    stripScripts: Boolean(opts.stripScripts),
    thirdParty: opts.thirdParty,
    allowErrors: Boolean(opts.allowErrors),
    checkLinks: opts.checkLinks !== false,
    failOnBrokenLinks: Boolean(opts.failOnBrokenLinks),
    reportPath: opts.report ?? null,
    shard: opts.shard ? parseShard(opts.shard) : null,
    browserPath: opts.browser ?? null,
    progress: opts.progress
  });
  const result = await exportSite(options, { boot: bootServer });
  if (result.crawlStoppedAt !== null) return EXIT_CRAWL_STOPPED;
  return result.failures.length && !options.allowErrors ? 1 : 0;
}
export {
  EXIT_CRAWL_STOPPED,
  exportCommand
};
