import type { Config } from "../config/config.js";
import type { Settings } from "../config/settings.js";
import type { Metadata } from "../config/metadata.js";
import type { Database } from "../db/types.js";
import type { TemplateEngine } from "../templates/types.js";
import type { Actor, Plugin } from "../plugins/hooks.js";
import type { Urls } from "./urls.js";
import type Koa from "koa";

/** Options of `datasette.renderTemplate()`. */
export interface RenderTemplateOptions {
  /** The request being answered: the template sees it as `request`, with its actor, messages and CSRF token. */
  request: Koa.Context;
  /** Passed to extraTemplateVars/extraCssUrls/… as `viewName` (default "page"). */
  viewName?: string;
}

/**
 * The running server as views and plugins see it (Datasette's `datasette` object). Created by
 * `createServer(config)` in ./server.ts.
 */
export interface Datasette {
  readonly config: Config;
  readonly settings: Settings;
  readonly metadata: Metadata;
  /** In serving order; includes `_memory` with --crossdb/--memory and `ephemeral` with --ephemeral. */
  readonly databases: Map<string, Database>;
  readonly templates: TemplateEngine;
  readonly plugins: Plugin[];
  readonly urls: Urls;
  /** The database by name, or a 404 HttpError. */
  getDatabase(name: string): Database;
  /** Datasette's permission check: a token's restrictions first (they only take away), then plugins, then allow blocks and defaults. */
  permissionAllowed(
    actor: Actor | null,
    action: string,
    resource?: string | [string, string] | null,
  ): Promise<boolean>;
  /** Sign/unsign with the instance secret (tokens, ds_actor cookie, CSRF), namespaced like itsdangerous salts. */
  sign(value: unknown, namespace: string): string;
  unsign(signed: string, namespace: string): unknown;
  /** Plugin configuration from metadata `plugins:` (Datasette's plugin_config). */
  pluginConfig(name: string, database?: string, table?: string): Record<string, unknown> | null;
  /**
   * Datasette's render_template: renders the first of `templates` that exists with the base context every
   * page has (request, urls, actor, extra CSS/JS and body scripts, extraTemplateVars, base_url, …) and
   * `context` over it, and returns the HTML. For plugin routes: `ctx.body = await
   * datasette.renderTemplate("my.html", { rows }, { request: ctx })`. A template that calls raise_404()
   * makes it throw a 404 HttpError.
   */
  renderTemplate(
    templates: string | string[],
    context: Record<string, unknown> | undefined,
    options: RenderTemplateOptions,
  ): Promise<string>;
  /** Calls every plugin that implements `hook`, in load order; errors name the plugin. */
  callHook<K extends keyof Plugin>(
    hook: K,
    ...args: Parameters<Extract<Plugin[K], (...a: any[]) => any>>
  ): Promise<unknown[]>;
}
