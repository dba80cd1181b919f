import type Koa from "koa";
import type { Datasette } from "../datasette.js";

/**
 * The origin a deterministic server (an export's) names in absolute URLs: its real one, a loopback address
 * with a random port, would make every export's JSON differ. The exporter reads it as its own server.
 */
export const DETERMINISTIC_ORIGIN = "http://localhost";

/**
 * scheme://host of the request, for Datasette's absolute_url (next_url, toggle URLs). Koa 3's `ctx.origin`
 * is the Origin request header, not this. `force_https_urls` turns http into https.
 */
export function requestOrigin(ctx: Koa.Context, datasette: Datasette): string {
  if (datasette.config.deterministic) return DETERMINISTIC_ORIGIN;
  const origin = `${ctx.protocol}://${ctx.host}`;
  return datasette.settings.force_https_urls ? origin.replace(/^http:/, "https:") : origin;
}
