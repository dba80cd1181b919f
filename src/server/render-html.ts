import type Koa from "koa";
import type { Datasette } from "./datasette.js";
import type { Actor, PageHookContext, Plugin } from "../plugins/hooks.js";
import type { RenderedPage, TemplateContext } from "../templates/types.js";
import { templateRequest } from "./request.js";
import { formatBytes } from "./format-bytes.js";
import { DATASETTE_COMPAT_VERSION, VERSION } from "../version.js";
import { legacyCsrfToken } from "./auth/csrf.js";
import { showMessages } from "./messages.js";
import { withLinkableUrls } from "./link-urls.js";
import { bindArgs, pyStr } from "../templates/python-values.js";
import { layeredVariables, readVariable, withDefaults } from "../templates/jinja-compat.js";
import { implementsHook, whenAll } from "../plugins/hook-runner.js";
import { permissionNow } from "./permissions.js";

type CrumbItems = (...args: unknown[]) => { href: string; label: string }[];

export interface HtmlRenderInput {
  datasette: Datasette;
  ctx: Koa.Context;
  actor: Actor | null;
  viewName: string;
  templates: string[];
  context: TemplateContext;
  urlVars?: Record<string, string>;
  /** The page's JSON URL (`alternate_url_json`), under the view's context: a view's own key wins. */
  alternateUrlJson?: string | null;
}

type AssetUrl = string | { url: string; sri?: string; module?: boolean };

/**
 * Renders a page template with Datasette's base context (render_template in datasette/app.py): request,
 * urls, actor, base_url, extra CSS/JS URLs and body scripts from metadata and plugins, extra template vars.
 */
export async function renderHtml(input: HtmlRenderInput): Promise<RenderedPage> {
  const { datasette, ctx, actor, viewName, context } = input;
  const page: PageHookContext = {
    datasette,
    viewName,
    database: (readVariable(context, "database") as string | undefined) ?? null,
    table: (readVariable(context, "table") as string | undefined) ?? null,
    request: ctx,
  };
  // Hooks no plugin implements are not called, and whenAll waits only for those that are (see there).
  const started = whenAll([
    hookAnswers(datasette, "extraCssUrls", page),
    hookAnswers(datasette, "extraJsUrls", page),
    hookAnswers(datasette, "extraBodyScript", page),
    hookAnswers(datasette, "extraTemplateVars", page),
  ]);
  const answers = Array.isArray(started) ? started : await started;
  const cssFromPlugins = answers[0]!;
  const jsFromPlugins = answers[1]!;
  const scripts = answers[2]!;
  const extraVars = answers[3]!;
  const metadata = datasette.metadata;
  const extraCss = normaliseAssets(datasette, [
    ...(metadata.extra_css_urls ?? []),
    ...(cssFromPlugins.flat() as AssetUrl[]),
  ]);
  const extraJs = normaliseAssets(datasette, [
    ...(metadata.extra_js_urls ?? []),
    ...(jsFromPlugins.flat() as AssetUrl[]),
  ]);
  const bodyScripts = scripts
    .filter((s) => s !== null && s !== undefined && s !== "")
    .map((s) =>
      typeof s === "string" ? { script: s, module: false } : (s as { script: string; module?: boolean }),
    );
  const request = templateRequest(ctx, actor, input.urlVars);
  const crumbsAndMenu = whenAll<unknown>([
    crumbItemsFor(datasette, actor, page.database, page.table),
    hookAnswers(datasette, "menuLinks", { datasette, actor, request: ctx }),
  ]);
  const crumbsAndLinks = Array.isArray(crumbsAndMenu) ? crumbsAndMenu : await crumbsAndMenu;
  const crumbItems = crumbsAndLinks[0] as CrumbItems;
  const menuLinks = crumbsAndLinks[1] as unknown[];
  const chosen = datasette.templates.resolve(input.templates);
  // The base context over the view's, which is not copied: a page's context has many keys, and copying
  // them (a spread, or Object.assign) is V8's slow path for objects that size.
  const own: Record<string, unknown> = Object.assign(
    {
      request,
      urls: datasette.urls,
      actor,
      // Datasette's error pages get no crumb_items (handle_exception renders them with a bare context).
      crumb_items: viewName === "error" ? () => [] : crumbItems,
      menu_links: () => menuLinks.flatMap((links) => (Array.isArray(links) ? links : [])),
      static: (...args: unknown[]) => {
        // static("app.css"), as every page calls it, needs no binding of arguments.
        if (args.length === 1 && typeof args[0] === "string") return datasette.urls.static(args[0]);
        const { path, plugin } = bindArgs("static", ["path", "plugin"], args);
        return plugin
          ? datasette.urls.staticPlugins(pyStr(plugin), pyStr(path))
          : datasette.urls.static(pyStr(path));
      },
      zip,
      select_templates: input.templates.map((t) => (t === chosen ? `*${t}` : t)),
      display_actor: displayActor,
      show_logout: Boolean(actor && request.cookies.ds_actor),
      body_scripts: bodyScripts,
      format_bytes: formatBytes,
      show_messages: () => showMessages(datasette, ctx),
      csrftoken: () => legacyCsrfToken(ctx, datasette.config.deterministic),
      extra_css_urls: extraCss,
      extra_js_urls: extraJs,
      base_url: datasette.settings.base_url,
      datasette_version: DATASETTE_COMPAT_VERSION,
      datasette_export_version: VERSION,
      settings: datasette.settings,
      metadata: withLinkableUrls(readVariable(context, "metadata") ?? metadata),
    },
    ...(extraVars as Record<string, unknown>[]),
  );
  const viewContext =
    input.alternateUrlJson === undefined
      ? context
      : withDefaults(context, { alternate_url_json: input.alternateUrlJson });
  const fullContext = layeredVariables(own, viewContext);
  return datasette.templates.render(input.templates, fullContext, (sql, params, database) => {
    const db = datasette.getDatabase(database ?? [...datasette.databases.keys()][0] ?? "_memory");
    // Every row, as datasette-template-sql's sql() answers: bounded by sql_time_limit_ms, not by
    // max_returned_rows, which caps what a page shows rather than what a template may read.
    return db.execute(sql, { params, maxRows: 0 });
  });
}

// Template functions that are the same for every page: made once, not per page.
const zip = (...lists: unknown[][]) => (lists[0] ?? []).map((_, i) => lists.map((l) => l[i]));
const displayActor = (a: Actor | null) =>
  a ? String(a.display ?? a.name ?? a.username ?? a.login ?? a.id) : "";

/**
 * Datasette's crumb_items(request=, database=, table=): home, the database and the table, each only when
 * the actor may view it. Template functions are synchronous here, so the page's own database and table are
 * checked before rendering; a template asking about others gets links without a permission check.
 */
function crumbItemsFor(
  datasette: Datasette,
  actor: Actor | null,
  database: string | null,
  table: string | null,
): CrumbItems | Promise<CrumbItems> {
  // permissionNow: booleans at once when no plugin decides permissions (datasette.permissionAllowed's
  // answers, without their promises).
  const checks = whenAll([
    permissionNow(datasette, actor, "view-instance", null),
    database ? permissionNow(datasette, actor, "view-database", database) : true,
    database && table ? permissionNow(datasette, actor, "view-table", [database, table]) : true,
  ]);
  return Array.isArray(checks)
    ? crumbItems(datasette, database, table, checks)
    : checks.then((allowed) => crumbItems(datasette, database, table, allowed));
}

/** crumb_items, given whether the actor may view the instance, the page's database and its table. */
function crumbItems(
  datasette: Datasette,
  database: string | null,
  table: string | null,
  allowed: boolean[],
): CrumbItems {
  const instance = allowed[0]!;
  const db = allowed[1]!;
  const tbl = allowed[2]!;
  return (...args) => {
    const a = bindArgs("crumb_items", ["request", "database", "table"], args);
    const items: { href: string; label: string }[] = [];
    if (instance) items.push({ href: datasette.urls.instance(), label: "home" });
    const dbName = a.database == null ? null : pyStr(a.database);
    const tableName = a.table == null ? null : pyStr(a.table);
    if (dbName && (dbName !== database || db))
      items.push({ href: datasette.urls.database(dbName), label: dbName });
    if (dbName && tableName && (tableName !== table || dbName !== database || tbl))
      items.push({ href: datasette.urls.table(dbName, tableName), label: tableName });
    return items;
  };
}

/** Answers no plugin gave: read by renderHtml, never changed. */
const NO_ANSWERS: readonly unknown[] = Object.freeze([]);

/** datasette.callHook's answers, or NO_ANSWERS without a call when no plugin implements the hook. */
function hookAnswers<
  K extends "extraCssUrls" | "extraJsUrls" | "extraBodyScript" | "extraTemplateVars" | "menuLinks",
>(
  datasette: Datasette,
  hook: K,
  ...args: Parameters<Extract<Plugin[K], (...a: never[]) => unknown>>
): readonly unknown[] | Promise<unknown[]> {
  return implementsHook(datasette.plugins, hook) ? datasette.callHook(hook, ...args) : NO_ANSWERS;
}

function normaliseAssets(
  datasette: Datasette,
  assets: AssetUrl[],
): { url: string; sri?: string; module?: boolean }[] {
  return assets.map((a) => {
    const asset = typeof a === "string" ? { url: a } : a;
    return { ...asset, url: datasette.urls.path(asset.url) };
  });
}
