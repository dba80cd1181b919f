import type Koa from "koa";
import type { Actor } from "../plugins/hooks.js";

/** Datasette's MultiParams: `args.get(name)`, `args.getlist(name)`, `name in args`. */
export class MultiParams {
  constructor(private readonly params: URLSearchParams) {
    // Attribute-style lookups (`request.args.q` in templates) fall back to the first value.
    for (const key of new Set(params.keys())) {
      if (!(key in this)) (this as Record<string, unknown>)[key] = params.get(key);
    }
  }
  get(name: string, fallback: string | null = null): string | null {
    return this.params.get(name) ?? fallback;
  }
  getlist(name: string): string[] {
    return this.params.getAll(name);
  }
  keys(): string[] {
    return [...new Set(this.params.keys())];
  }
  items(): [string, string][] {
    return [...this.params.entries()];
  }
  has(name: string): boolean {
    return this.params.has(name);
  }
  toString(): string {
    return this.params.toString();
  }
}

/** The request as templates and plugins see it (Datasette's Request: path, args, url, query_string …). */
export interface TemplateRequest {
  method: string;
  path: string;
  full_path: string;
  url: string;
  query_string: string;
  host: string;
  scheme: string;
  args: MultiParams;
  cookies: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  actor: Actor | null;
  url_vars: Record<string, string>;
}

export function templateRequest(
  ctx: Koa.Context,
  actor: Actor | null,
  urlVars: Record<string, string> = {},
): TemplateRequest {
  return {
    method: ctx.method,
    path: ctx.path,
    full_path: ctx.url,
    url: ctx.href,
    query_string: ctx.querystring,
    host: ctx.host,
    scheme: ctx.protocol,
    args: new MultiParams(requestArgs(ctx)),
    cookies: requestCookies(ctx.get("cookie")),
    headers: ctx.headers,
    actor,
    url_vars: urlVars,
  };
}

/**
 * The query string's parameters. Read from the request line alone: Koa's ctx.URL is built from the Host
 * header too, and is an empty object when that header is not a host.
 */
export function requestArgs(ctx: Koa.Context): URLSearchParams {
  return new URLSearchParams(ctx.querystring);
}

/**
 * The Cookie header as name → value, %-decoded. Other applications on the same host set cookies too:
 * one whose value is not valid %-encoding (`analytics=100%`) is left out, not a failure of every page.
 */
export function requestCookies(header: string): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    let value: string;
    try {
      value = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      continue;
    }
    // defineProperty: a cookie named __proto__ is an ordinary entry, not the object's prototype.
    Object.defineProperty(cookies, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return cookies;
}
