import http from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type Koa from "koa";
import type { Config } from "../config/config.js";
import type { Database } from "../db/types.js";
import type { Datasette } from "./datasette.js";
import type { Actor, Plugin, Route } from "../plugins/hooks.js";
import { renderHtml } from "./render-html.js";
import { resolveSecrets } from "../config/datasette-config.js";
import { openDatabases } from "../db/registry.js";
import { BUILT_IN_TEMPLATES } from "../templates/compiled-templates.js";
import { createTemplateEngine } from "../templates/engine.js";
import { loadPlugins } from "../plugins/load.js";
import { builtInPlugins } from "../plugins/built-in.js";
import { callEveryHook, callHookSync, hookCaller, pluginRoutes } from "../plugins/hook-runner.js";
import { Urls } from "./urls.js";
import { Signer } from "./signer.js";
import { HttpError } from "./http-error.js";
import { checkPermission } from "./permissions.js";
import { createApp } from "./app.js";
import { builtInRoutes } from "./routes.js";

export interface DatasetteServer {
  datasette: Datasette;
  app: Koa;
  /** Listens (port 0 picks a free port) and resolves to the server's URL including base_url. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops listening, runs shutdown hooks, closes databases and the read pool. */
  close(): Promise<void>;
}

/**
 * Boots everything `serve` needs from one normalised Config; the exporter and the action call this too.
 * `extraPlugins` lets an embedding program (the exporter) add in-process plugins.
 */
export async function createServer(config: Config, extraPlugins: Plugin[] = []): Promise<DatasetteServer> {
  const { plugins: userPlugins, modules } = await loadPlugins(config.pluginsDir, config.plugins);
  const plugins: Plugin[] = [...builtInPlugins(config), ...extraPlugins, ...userPlugins];
  const registry = await openDatabases(config, { pluginModules: modules });
  const templates = createTemplateEngine({ dirs: [...config.templateDirs, BUILT_IN_TEMPLATES] });
  const signer = new Signer(config.secret);

  const datasette: Datasette = {
    config,
    settings: config.settings,
    metadata: config.metadata,
    databases: registry.databases,
    templates,
    plugins,
    urls: new Urls(config.settings.base_url),
    getDatabase(name: string): Database {
      const db = registry.databases.get(name);
      if (!db) throw new HttpError(404, `Database not found: ${name}`);
      return db;
    },
    permissionAllowed: (actor, action, resource = null) =>
      checkPermission(datasette, actor, action, resource),
    sign: (value, namespace) => signer.sign(value, namespace),
    unsign: (signed, namespace) => signer.unsign(signed, namespace),
    pluginConfig(name, database, table) {
      const dbMeta = database ? config.metadata.databases?.[database] : undefined;
      const fromTable = table
        ? (dbMeta?.tables?.[table] as { plugins?: Record<string, unknown> } | undefined)?.plugins?.[name]
        : undefined;
      const fromDb = (dbMeta as { plugins?: Record<string, unknown> } | undefined)?.plugins?.[name];
      const value = resolveSecrets(
        fromTable ?? fromDb ?? config.metadata.plugins?.[name],
        process.env,
        (file) => readFileSync(file, "utf8"),
      );
      return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
    },
    callHook: (hook, ...args) => callHook(hook, args),
    async renderTemplate(templates, context, options) {
      const ctx = options.request;
      const page = await renderHtml({
        datasette,
        ctx,
        actor: (ctx.state.actor as Actor | undefined) ?? null,
        viewName: options.viewName ?? "page",
        templates: typeof templates === "string" ? [templates] : templates,
        context: context ?? {},
      });
      if (page.notFound !== null) throw new HttpError(404, page.notFound || "Not found");
      return page.body;
    },
  };
  const callHook = hookCaller(plugins);

  let routesFromPlugins: Route[];
  try {
    callHookSync(plugins, "prepareJinja2Environment", [templates, datasette]);
    await datasette.callHook("startup", datasette);
    routesFromPlugins = pluginRoutes(plugins, datasette);
  } catch (error) {
    // Plugins that did start (timers, connections) are stopped before the error goes up.
    await callEveryHook(plugins, "shutdown", [datasette]).catch(() => undefined);
    await registry.close();
    throw error;
  }
  const app = createApp(datasette, builtInRoutes(), routesFromPlugins);
  let server: http.Server | null = null;

  return {
    datasette,
    app,
    async listen(port = config.port, host = config.host) {
      server = http.createServer(app.callback());
      server.keepAliveTimeout = 5_000;
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject);
        server!.listen(port, host, () => resolve());
      });
      const address = server.address() as AddressInfo;
      const hostname = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return `http://${hostname}:${address.port}${config.settings.base_url}`;
    },
    async close() {
      if (server) {
        const s = server;
        server = null;
        s.closeAllConnections?.();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      try {
        await callEveryHook(plugins, "shutdown", [datasette]);
      } finally {
        await registry.close();
      }
    },
  };
}
