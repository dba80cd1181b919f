/**
 * Turns the action's inputs into the exporter's options. Everything the action has no input for gets the
 * exporter's own default (normaliseExportOptions); the JSON report is written beside the output folder so
 * that it is not published.
 */
import type { Config } from "../config/config.js";
import type { ServeOptions } from "../config/load.js";
import { normaliseExportOptions } from "../export/options.js";
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

/** Only what the action has inputs for; normaliseExportOptions fills in the exporter's own defaults. */
export function toExportOptions(inputs: ActionInputs, server: Config): ExportOptions {
  return normaliseExportOptions({
    server,
    output: inputs.output,
    sources: [inputs.sitePath],
    paths: inputs.paths,
    sql: inputs.sql,
    crawl: inputs.crawl,
    setup: inputs.setup,
    siteUrl: inputs.siteUrl,
    trailingSlash: inputs.trailingSlash,
    // The action always knows its base URL: absolute links keep 404.html working at any depth.
    absoluteLinks: true,
    render: inputs.render,
    thirdParty: inputs.thirdParty,
    ...(inputs.concurrency !== null ? { concurrency: inputs.concurrency } : {}),
    allowErrors: inputs.allowErrors,
    reportPath: reportPathFor(inputs.output),
    shard: inputs.shard,
    // A CI log is not a terminal: plain progress lines.
    progress: "lines",
  });
}
