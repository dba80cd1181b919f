/** The exporter's public surface, for the CLI and the GitHub Action. */
export { exportSite, ExportFailedError } from "./export.js";
export { mergeExports, MergeConflictError } from "./merge.js";
export { normaliseExportOptions, defaultConcurrency } from "./options.js";
export { parseShard } from "./shard.js";
export { findBrowser, BrowserNotFoundError } from "./browser.js";
export { UnsafePathError } from "./paths.js";
export { SqlQueryError } from "./plan.js";
export { SetupError } from "./setup.js";
export type * from "./types.js";
