/**
 * Time limits of the server's own optional work: table counts, facets, facet suggestions and a row's
 * incoming-reference counts, each left out of the page when cut short. Live, each keeps Datasette's
 * limit, so a slow table never holds a page up. An export (`config.deterministic`) must give the same
 * bytes for the same data whatever the machine's load, so there they run to completion: bounded only by
 * DETERMINISTIC_TIME_LIMIT_MS, far past the exporter's page timeout (30 s by default), which fails the
 * page loudly first.
 */
import type { Config } from "../config/config.js";

export const DETERMINISTIC_TIME_LIMIT_MS = 600_000;

/** The limit for one of the server's own optional queries: `liveMs`, or none to speak of for an export. */
export function ownTimeLimit(config: Pick<Config, "deterministic">, liveMs: number): number {
  return config.deterministic ? DETERMINISTIC_TIME_LIMIT_MS : liveMs;
}
