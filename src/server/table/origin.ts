import type Koa from "koa";
import type { Datasette } from "../datasette.js";

/**
 * scheme://host of the request, for Datasette's absolute_url (next_url, toggle URLs). Koa 3's `ctx.origin`
 * is the Origin request header, not this. `force_https_urls` turns http into https.
 */
export function requestOrigin(ctx: Koa.Context, datasette: Datasette): string {
  const origin = `${ctx.protocol}://${ctx.host}`;
  return datasette.settings.force_https_urls ? origin.replace(/^http:/, "https:") : origin;
}
