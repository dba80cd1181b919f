/**
 * Turns the action's inputs into the exporter's options. Everything the action has no input for gets the
 * exporter's documented default (see src/export/types.ts); progress is printed as lines, which read well in
 * a CI log, and the JSON report is written beside the output folder so that it is not published.
 */
import { availableParallelism } from "node:os";
import type { Config } from "../config/config.js";
import type { ServeOptions } from "../config/load.js";
import type { ExportOptions } from "../export/types.js";
import type { ActionInputs } from "./inputs.js";

/** What the action passes to config loading, beside the site folder: the `serve` flags it has inputs for. */
export type SiteOverrides = Omit<ServeOptions, "files">;

export function siteOverrides(inputs: ActionInputs): SiteOverrides {
  return {
    crossdb: inputs.crossdb,
    ephemeral: inputs.ephemeral,
    ...(inputs.ttl !== null ? { ttl: inputs.ttl } : {}),
    settings: [["base_url", inputs.baseUrl]],
  };
}

/** Where the report goes: `<output>.report.json`, next to the site rather than inside it. */
export function reportPathFor(output: string): string {
  return `${output.replace(/[/\\]+$/, "")}.report.json`;
}

export function toExportOptions(inputs: ActionInputs, server: Config): ExportOptions {
  return {
    server,
    paths: inputs.paths,
    sql: inputs.sql,
    sqlDatabase: null,
    pathsFile: null,
    crawl: inputs.crawl,
    maxPages: 10_000,
    include: [],
    exclude: [],
    setup: inputs.setup,
    setupDatabase: null,
    output: inputs.output,
    siteUrl: inputs.siteUrl,
    trailingSlash: inputs.trailingSlash,
    render: inputs.render,
    // Integration note: replace with the exporter's measured default when it exports one.
    concurrency: inputs.concurrency ?? availableParallelism(),
    waitUntil: "load",
    waitFor: null,
    timeoutMs: 30_000,
    stripScripts: false,
    allowErrors: inputs.allowErrors,
    checkLinks: false,
    failOnBrokenLinks: false,
    reportPath: reportPathFor(inputs.output),
    shard: inputs.shard,
    browserPath: null,
    progress: "lines",
  };
}
