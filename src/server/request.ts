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
  const cookies: Record<string, string> = {};
  for (const part of (ctx.get("cookie") || "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) cookies[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return {
    method: ctx.method,
    path: ctx.path,
    full_path: ctx.url,
    url: ctx.href,
    query_string: ctx.querystring,
    host: ctx.host,
    scheme: ctx.protocol,
    args: new MultiParams(ctx.URL.searchParams),
    cookies,
    headers: ctx.headers,
    actor,
    url_vars: urlVars,
  };
}
