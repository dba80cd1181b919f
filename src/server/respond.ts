import type { ViewRequest, ViewResult } from "./view.js";
import { HttpError } from "./http-error.js";
import { toJson } from "./json.js";
import { csvStream } from "./csv.js";
import { renderHtml } from "./render-html.js";
import { applyRenderEffects } from "./render-effects.js";

/** Writes a view's result in the requested format: the one place bodies are produced. */
export async function respond(req: ViewRequest, result: ViewResult, viewName: string): Promise<void> {
  const { ctx, datasette, format } = req;
  if (result.headers) ctx.set(result.headers);
  if (result.redirect) {
    ctx.status = result.status ?? 302;
    ctx.set("Location", result.redirect);
    return;
  }
  ctx.status = result.status ?? 200;
  if (result.raw) {
    ctx.body = result.raw.body;
    // Set after the body: Koa's ctx.type would append a charset that Datasette does not send.
    ctx.set("Content-Type", result.raw.contentType);
    return;
  }
  if (format === "json") {
    if (!result.json) throw new HttpError(404, "JSON is not available for this page");
    ctx.type = "application/json; charset=utf-8";
    ctx.body = jsonBody(await result.json());
    return;
  }
  if (format === "csv") {
    if (!result.csv) throw new HttpError(404, "CSV is not available for this page");
    const source = await result.csv();
    const download = req.args.has("_dl");
    if (download && !datasette.settings.allow_download)
      throw new HttpError(403, "CSV downloads are disabled");
    ctx.type = download ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8";
    if (download) ctx.set("content-disposition", attachment(source.filename));
    ctx.body = csvStream(source, {
      maxBytes: datasette.settings.max_csv_mb ? datasette.settings.max_csv_mb * 1024 * 1024 : Infinity,
      header: req.args.get("_header") !== "off",
    });
    return;
  }
  if (format) {
    const renderer = (await datasette.callHook("registerOutputRenderer", datasette))
      .flat()
      .find((r) => (r as { extension: string }).extension === format) as
      import("../plugins/hooks.js").OutputRenderer | undefined;
    if (!renderer || !result.rows) throw new HttpError(404, `Invalid format: ${format}`);
    const data = await result.rows();
    const out = await renderer.render({ datasette, ...data, request: ctx });
    ctx.status = out.status ?? 200;
    if (out.headers) ctx.set(out.headers);
    ctx.type = out.contentType ?? renderer.contentType ?? "text/plain; charset=utf-8";
    ctx.body = out.body;
    return;
  }
  if (!result.html) throw new HttpError(404, "Not found");
  const { templates, context } = await result.html();
  const alternate = result.alternateJson ? absolute(ctx, result.alternateJson) : null;
  const page = await renderHtml({
    datasette,
    ctx,
    actor: req.actor,
    viewName,
    templates,
    context,
    alternateUrlJson: alternate,
    urlVars: req.params,
  });
  if (alternate) ctx.append("Link", `<${alternate}>; rel="alternate"; type="application/json+datasette"`);
  ctx.type = "text/html; charset=utf-8";
  ctx.body = page.body;
  applyRenderEffects(ctx, page);
}

/**
 * `attachment; filename="…"` for any table or query name: a name with quotes, backslashes, controls
 * (CR/LF would be refused by Node as a header, a 500) or non-ASCII gets "_" in the plain `filename` and
 * its exact spelling in `filename*` (RFC 6266/8187). Plain ASCII names are sent as Datasette sends them.
 */
export function attachment(filename: string): string {
  const plain = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  if (plain === filename) return `attachment; filename="${filename}"`;
  const exact = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${plain}"; filename*=UTF-8''${exact}`;
}

/**
 * toJson's replacer costs a call per value, and most bodies (rows of text and numbers) need none of its
 * conversions: those are written by plain JSON.stringify, which gives the same text.
 */
function jsonBody(value: unknown): string {
  return needsConversion(value, 0) ? toJson(value) : JSON.stringify(value);
}

/** A BLOB, a bigint, a non-finite number, an object with toJSON, or nesting too deep to check cheaply. */
function needsConversion(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case "number":
      return !Number.isFinite(value);
    case "bigint":
      return true;
    case "object": {
      if (value === null) return false;
      if (depth > 8) return true;
      if (Array.isArray(value)) {
        for (const item of value) if (needsConversion(item, depth + 1)) return true;
        return false;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return true;
      for (const key in value)
        if (needsConversion((value as Record<string, unknown>)[key], depth + 1)) return true;
      return false;
    }
    default:
      return false;
  }
}

/** Koa 3's ctx.origin is the Origin request header, so build the server's own origin from protocol and host. */
function absolute(ctx: { protocol: string; host: string }, url: string): string {
  return url.startsWith("/") ? `${ctx.protocol}://${ctx.host}${url}` : url;
}
