import type Koa from "koa";
import type { Datasette } from "./datasette.js";
import { HttpError } from "./http-error.js";
import { SqlError, QueryTimeoutError } from "../db/errors.js";
import { toJson } from "./json.js";
import { renderHtml } from "./render-html.js";

/**
 * The one error handler: Datasette's error format for JSON paths (`{ok: false, error, errors, status}`),
 * the `STATUS.html` / `error.html` template otherwise. 500s are logged with their cause and never show
 * a stack trace to the client.
 */
export async function handleError(datasette: Datasette, ctx: Koa.Context, error: unknown): Promise<void> {
  const http = toHttpError(error);
  if (http.status === 404 && ctx.path.includes("%")) {
    // Datasette's handle_404: names are tilde-encoded in this URL design, and a browser percent-encodes a
    // typed non-ASCII name (`/db/%C3%A9t%C3%A9`), so the path is tried again with `%` read as `~`.
    const tilde = ctx.path.replaceAll("~", "~7E").replaceAll("%", "~").replaceAll(".", "~2E");
    ctx.body = "";
    ctx.status = 302;
    ctx.set("Location", tilde + (ctx.querystring ? `?${ctx.querystring}` : ""));
    return;
  }
  // The request line is data, never the format string: `%d` or `%s` in a URL would swallow the cause.
  if (http.status >= 500) console.error("%s %s failed:", ctx.method, urlForLog(ctx.url), error);
  ctx.status = http.status;
  if (http.options.headers) ctx.set(http.options.headers);
  const body = { ok: false, error: http.errors.join("; "), errors: http.errors, status: http.status };
  if (ctx.path.endsWith(".json") || wantsJson(ctx)) {
    ctx.type = "application/json; charset=utf-8";
    ctx.body = toJson(body);
    return;
  }
  try {
    const page = await renderHtml({
      datasette,
      ctx,
      actor: ctx.state.actor ?? null,
      viewName: "error",
      templates: [`${http.status}.html`, "error.html"],
      context: { ...body, title: http.options.title ?? null },
    });
    ctx.type = "text/html; charset=utf-8";
    ctx.body = page.body;
  } catch (renderError) {
    console.error("The error page itself failed to render:", renderError);
    ctx.type = "text/plain; charset=utf-8";
    ctx.body = `Error ${http.status}: ${http.message}`;
  }
}

export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof QueryTimeoutError)
    return new HttpError(400, error.message, { title: "SQL Interrupted", cause: error });
  if (error instanceof SqlError)
    return new HttpError(400, error.message, { title: "Invalid SQL", cause: error });
  const status = (error as { status?: unknown })?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new HttpError(status, (error as Error).message || "Bad request", { cause: error });
  }
  return new HttpError(500, "Internal Server Error", { cause: error });
}

/** Write API endpoints and refused tokens answer JSON whatever their path looks like. */
function wantsJson(ctx: Koa.Context): boolean {
  // Set by views and checks that always answer JSON (the write API, a refused bearer token).
  if (ctx.state.answerJson === true) return true;
  return (
    ctx.method === "POST" && /\/-\/[a-z-]+$/.test(ctx.path) && !ctx.is("application/x-www-form-urlencoded")
  );
}

/** Query parameters whose values are credentials (the root sign-in's `token`, a `_csrftoken`, …). */
const SECRET_PARAM = /token|secret|password|passwd|auth|key|signature|session|csrf/i;

/**
 * The request URL as the log may show it: values of credential-like query parameters replaced by `***`.
 * Headers (Authorization, Cookie) are never logged at all.
 */
export function urlForLog(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const kept = url
    .slice(q + 1)
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      if (eq < 0) return pair;
      let name: string;
      try {
        name = decodeURIComponent(pair.slice(0, eq).replace(/\+/g, " "));
      } catch {
        name = pair.slice(0, eq);
      }
      return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=***` : pair;
    });
  return `${url.slice(0, q)}?${kept.join("&")}`;
}
