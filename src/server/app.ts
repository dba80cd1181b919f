import Koa from "koa";
import type { Datasette } from "./datasette.js";
import type { RouteDef } from "./routes.js";
import type { Route } from "../plugins/hooks.js";
import type { ViewRequest } from "./view.js";
import { HttpError } from "./http-error.js";
import { respond } from "./respond.js";
import { tildeDecode } from "./tilde.js";
import { handleError } from "./error-page.js";
import { resolveActor } from "./actor.js";
import { serveStatic } from "./static-files.js";
import { customPage } from "./views/page.js";
import { corsHeaders } from "./cors.js";
import { crossOriginProtection } from "./auth/csrf.js";
import { onSiteLocation } from "./redirect-location.js";
import { isValidHostHeader } from "./host-header.js";
import { requestArgs } from "./request.js";

/** Composes the Koa app once: errors → CORS → cross-site refusal → base_url → actor → plugin routes → URL table → custom pages. */
export function createApp(datasette: Datasette, routes: RouteDef[], pluginRoutes: Route[]): Koa {
  const app = new Koa();
  app.proxy = false;
  // Errors are answered by handleError; Koa's default logger would print client errors too.
  app.silent = true;
  const baseUrl = datasette.settings.base_url;

  app.use(async (ctx, next) => {
    try {
      if (!isValidHostHeader(ctx.get("host"))) throw new HttpError(400, "Bad Request: malformed Host header");
      await next();
    } catch (error) {
      await handleError(datasette, ctx, error);
    }
    // Whoever set it (a view, a template's custom_redirect, a plugin route), a path stays on this site.
    const location = ctx.response.get("Location");
    if (location) ctx.set("Location", onSiteLocation(location));
  });

  if (datasette.config.cors) {
    app.use(async (ctx, next) => {
      ctx.set(corsHeaders());
      if (ctx.method === "OPTIONS") {
        ctx.status = 200;
        ctx.body = "ok";
        return;
      }
      await next();
    });
  }

  app.use(crossOriginProtection(datasette));

  app.use(async (ctx, next) => {
    if (!ctx.path.startsWith(baseUrl) && ctx.path + "/" !== baseUrl) throw new HttpError(404, "Not found");
    // Under base_url "/" the route's path is the request's (no slice and join back of the same string).
    ctx.state.routePath = baseUrl === "/" ? ctx.path : "/" + ctx.path.slice(baseUrl.length);
    ctx.state.actor = await resolveActor(datasette, ctx);
    await next();
  });

  app.use(async (ctx, next) => {
    const path: string = ctx.state.routePath;
    if (await serveStatic(datasette, ctx, path)) return;

    // Indexed loops, here and below: for…of in an async function allocated an iterator result for every
    // route passed over, on every request (~1 KB a page of an export).
    for (let r = 0; r < pluginRoutes.length; r++) {
      const route = pluginRoutes[r]!;
      const match = route.pattern.exec(path);
      if (!match || (route.methods && !route.methods.includes(ctx.method))) continue;
      await route.handler({ datasette, ctx, params: { ...(match.groups ?? {}) } });
      return;
    }

    for (let r = 0; r < routes.length; r++) {
      const route = routes[r]!;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const methods = route.methods ?? ["GET", "HEAD"];
      if (!methods.includes(ctx.method)) throw new HttpError(405, `Method not allowed: ${ctx.method}`);
      const params = decodeParams(match.groups ?? {});
      const req: ViewRequest = {
        datasette,
        ctx,
        params,
        format: match.groups?.format ?? route.format ?? null,
        args: requestArgs(ctx),
        actor: ctx.state.actor ?? null,
      };
      try {
        await respond(req, await route.view(req), route.name);
        return;
      } catch (error) {
        // As in Datasette, a 404 from a view gives custom pages their chance (/about is a "database" route).
        if (!(error instanceof HttpError && error.status === 404)) throw error;
        if (await customPage(datasette, ctx, path)) return;
        throw error;
      }
    }
    if (await customPage(datasette, ctx, path)) return;
    await next();
  });

  app.use(async (ctx) => {
    const path: string = ctx.state.routePath;
    if (path.length > 1 && path.endsWith("/")) {
      ctx.status = 302;
      ctx.set("Location", ctx.path.replace(/\/+$/, "") + (ctx.querystring ? `?${ctx.querystring}` : ""));
      return;
    }
    throw new HttpError(404, "Not found");
  });

  return app;
}

/** Database, table and query names arrive tilde-encoded; row keys are decoded by the row view. */
function decodeParams(groups: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  // A match's groups object has no prototype: for…in is its own keys, without Object.entries's pairs.
  for (const key in groups) {
    const value = groups[key];
    if (value === undefined) continue;
    out[key] = key === "pks" || key === "format" ? value : tildeDecode(value);
  }
  return out;
}
