import { randomBytes } from "node:crypto";
import type Koa from "koa";
import type { Datasette } from "../datasette.js";
import { HttpError } from "../http-error.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443 };

/**
 * Why an unsafe request is refused as cross-site, or null to let it through. Datasette 1.0a37 dropped
 * asgi-csrf's token cookie for header checks (datasette/csrf.py, after Go 1.25's CrossOriginProtection):
 * - GET/HEAD/OPTIONS always pass;
 * - `Authorization: Bearer …` without a Cookie header passes — a token is not an ambient credential;
 * - a browser's `Sec-Fetch-Site` must be `same-origin` or `none`;
 * - otherwise an `Origin` header must equal the request's own scheme://host:port;
 * - with neither header it is not a browser (curl, scripts) and passes.
 */
export function crossOriginRefusal(request: {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  scheme: string;
}): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const header = (name: string) => {
    const v = request.headers[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  const authorization = header("authorization");
  if (authorization && !header("cookie") && authorization.split(/\s+/, 1)[0]!.toLowerCase() === "bearer")
    return null;
  const site = header("sec-fetch-site");
  if (site !== undefined) {
    return site === "same-origin" || site === "none"
      ? null
      : `Sec-Fetch-Site was '${site}', expected 'same-origin' or 'none'`;
  }
  const origin = header("origin");
  if (origin === undefined) return null;
  const host = header("host") ?? "";
  const mine = originTuple(`${request.scheme}://${host}`);
  const theirs = originTuple(origin);
  if (!mine || !theirs) return `Malformed Origin '${origin}' or Host '${host}'`;
  return mine === theirs ? null : `Origin '${origin}' does not match Host '${host}'`;
}

function originTuple(value: string): string | null {
  try {
    const url = new URL(value);
    const scheme = url.protocol.replace(/:$/, "");
    const port = url.port ? Number(url.port) : DEFAULT_PORTS[scheme];
    if (!url.hostname || port === undefined) return null;
    return `${scheme}://${url.hostname.toLowerCase()}:${port}`;
  } catch {
    return null;
  }
}

/** Koa middleware refusing cross-site unsafe requests with a 403 (placed before routing, as in Datasette). */
export function crossOriginProtection(datasette: Datasette): Koa.Middleware {
  return async (ctx, next) => {
    const reason = crossOriginRefusal({
      method: ctx.method,
      headers: ctx.headers,
      scheme: datasette.settings.force_https_urls ? "https" : ctx.protocol,
    });
    if (reason)
      throw new HttpError(403, `Cross-site request refused: ${reason}`, { title: "CSRF check failed" });
    await next();
  };
}

/**
 * `csrftoken()` for templates and plugins that still put it in their forms: a random per-request value,
 * as Datasette 1.0a37 keeps it for compatibility. Nothing checks it; the headers above protect forms.
 * `deterministic` (an export): a fixed value, so a form does not make every export of a page differ.
 */
export const DETERMINISTIC_CSRF_TOKEN = "datasette-export-static";

export function legacyCsrfToken(ctx: Koa.Context, deterministic = false): string {
  if (deterministic) return DETERMINISTIC_CSRF_TOKEN;
  ctx.state.csrftoken ??= randomBytes(24).toString("base64url");
  return ctx.state.csrftoken as string;
}
