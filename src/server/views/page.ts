import type Koa from "koa";
import type { Datasette } from "../datasette.js";
import { scanPages, matchPage, type PageRoute } from "../../templates/pages.js";
import { renderHtml } from "../render-html.js";
import { applyRenderEffects } from "../render-effects.js";

const routesByServer = new WeakMap<Datasette, Promise<PageRoute[]>>();

/** templates/pages/**.html as routes: `{name}` segments become template variables. True when it answered. */
export async function customPage(
  datasette: Datasette,
  ctx: Koa.Context,
  routePath: string,
): Promise<boolean> {
  const pagesDir = datasette.config.pagesDir;
  if (!pagesDir || (ctx.method !== "GET" && ctx.method !== "HEAD")) return false;
  const routes = routesByServer.get(datasette) ?? scanPages(pagesDir);
  routesByServer.set(datasette, routes);
  const match = matchPage(await routes, routePath);
  if (!match) return false;
  const page = await renderHtml({
    datasette,
    ctx,
    actor: ctx.state.actor ?? null,
    viewName: "page",
    templates: [match.template],
    context: { ...match.params },
    urlVars: match.params,
  });
  ctx.status = 200;
  ctx.type = "text/html; charset=utf-8";
  ctx.body = page.body;
  applyRenderEffects(ctx, page);
  return true;
}
