import type Koa from "koa";
import type BetterSqlite3 from "better-sqlite3";
import type { TemplateEngine } from "../templates/types.js";
import type { Datasette } from "../server/datasette.js";
import type { SafeString } from "../templates/python-values.js";

/** An actor as Datasette models one: `{id: "root"}`, or what a token or plugin says. */
export type Actor = Record<string, unknown> & { id: string | number };

/** What a page hook knows about the page being rendered (Datasette's view_name, database, table, request). */
export interface PageHookContext {
  datasette: Datasette;
  viewName: "index" | "database" | "table" | "row" | "query" | "page" | string;
  database: string | null;
  table: string | null;
  request: Koa.Context;
}

export interface RouteHandlerContext {
  datasette: Datasette;
  ctx: Koa.Context;
  /** Named groups from the route pattern. */
  params: Record<string, string>;
}

export interface Route {
  /** Regular expression over the path below base_url, with a leading "/" (Datasette's register_routes). */
  pattern: RegExp;
  methods?: string[];
  handler: (route: RouteHandlerContext) => Promise<void> | void;
}

export interface OutputRenderer {
  extension: string;
  contentType?: string;
  render: (data: {
    datasette: Datasette;
    columns: string[];
    rows: unknown[][];
    database: string;
    table: string | null;
    request: Koa.Context;
  }) => Promise<{
    body: string | Buffer;
    contentType?: string;
    status?: number;
    headers?: Record<string, string>;
  }>;
}

/** A navigation menu link (Datasette's menu_links items). */
export interface MenuLink {
  href: string;
  label: string;
}

/**
 * An item of a page's actions menu (`details.actions-menu-links`): a link, or with `type: "button"` a
 * button carrying `attrs` (for a page's own script). The label and description are escaped unless Markup.
 */
export interface ActionItem {
  href?: string;
  label: string | SafeString;
  description?: string | SafeString;
  type?: "button";
  attrs?: Record<string, string>;
}

/** What an actions hook returns: items, or null/undefined for none. */
export type ActionItems = ActionItem[] | null | undefined | Promise<ActionItem[] | null | undefined>;

/** What a top-of-page hook returns: HTML printed as is (a string or Markup), or null/undefined for none. */
export type TopHtml =
  string | SafeString | null | undefined | Promise<string | SafeString | null | undefined>;

/** What every actions hook is told (Datasette passes datasette, actor and request to each). */
interface ActionsPage {
  datasette: Datasette;
  actor: Actor | null;
  request: Koa.Context;
}

/** What every top-of-page hook is told. */
interface TopPage {
  datasette: Datasette;
  request: Koa.Context;
}

export interface CellContext {
  value: unknown;
  column: string;
  table: string | null;
  database: string;
  row: Record<string, unknown>;
  datasette: Datasette;
}

/**
 * Datasette's plugin hooks (docs/plugin_hooks.rst), in camelCase. Every hook is optional; async is allowed
 * wherever a Promise is returned. Built-in features (ephemeral tables, …) use these same hooks.
 */
export interface Plugin {
  name: string;
  /** Shown in /-/plugins.json. */
  version?: string;
  /** Files served at /-/static-plugins/NAME/; a relative path is resolved against the plugin's module. */
  staticDir?: string;
  /** Set on the server's own features so /-/plugins.json hides them unless `?all=1`. */
  builtIn?: boolean;
  startup?(datasette: Datasette): void | Promise<void>;
  shutdown?(datasette: Datasette): void | Promise<void>;
  /** Runs on every connection, in every read-pool process and on the writer: no `datasette` there. */
  prepareConnection?(conn: BetterSqlite3.Database, database: string): void;
  prepareJinja2Environment?(env: TemplateEngine, datasette: Datasette): void;
  registerRoutes?(datasette: Datasette): Route[];
  extraTemplateVars?(page: PageHookContext): Record<string, unknown> | Promise<Record<string, unknown>>;
  extraCssUrls?(
    page: PageHookContext,
  ): (string | { url: string; sri?: string })[] | Promise<(string | { url: string })[]>;
  extraJsUrls?(
    page: PageHookContext,
  ):
    | (string | { url: string; sri?: string; module?: boolean })[]
    | Promise<(string | { url: string; module?: boolean })[]>;
  extraBodyScript?(
    page: PageHookContext,
  ): string | { script: string; module?: boolean } | null | Promise<string | null>;
  /**
   * Links for the navigation menu (`details.nav-menu` in base.html): `{href, label}` items, or null for
   * none. Datasette's menu_links(datasette, actor, request).
   */
  menuLinks?(page: {
    datasette: Datasette;
    actor: Actor | null;
    request: Koa.Context;
  }): MenuLink[] | null | undefined | Promise<MenuLink[] | null | undefined>;
  renderCell?(cell: CellContext): string | null | undefined | Promise<string | null | undefined>;
  registerOutputRenderer?(datasette: Datasette): OutputRenderer | OutputRenderer[];
  actorFromRequest?(
    ctx: Koa.Context,
    datasette: Datasette,
  ): Actor | null | undefined | Promise<Actor | null | undefined>;
  /**
   * true allows, false denies, undefined has no opinion. A true never passes an actor's token
   * restrictions (`_r`): an action they do not list stays denied.
   */
  permissionAllowed?(check: {
    actor: Actor | null;
    action: string;
    resource: string | [string, string] | null;
    datasette: Datasette;
  }): boolean | undefined | Promise<boolean | undefined>;
  /** The table page's actions menu (Datasette's table_actions); a view's page asks viewActions instead. */
  tableActions?(page: ActionsPage & { database: string; table: string }): ActionItems;
  viewActions?(page: ActionsPage & { database: string; view: string }): ActionItems;
  /** `row` is the row as {column: value}. */
  rowActions?(
    page: ActionsPage & { database: string; table: string; row: Record<string, unknown> },
  ): ActionItems;
  /** A `?sql=` page and a stored (canned) query's page: `queryName` is null on the former. */
  queryActions?(
    page: ActionsPage & {
      database: string;
      queryName: string | null;
      sql: string;
      params: Record<string, unknown>;
    },
  ): ActionItems;
  databaseActions?(page: ActionsPage & { database: string }): ActionItems;
  homepageActions?(page: ActionsPage): ActionItems;
  /** HTML at the top of the homepage, below its heading (Datasette's top_homepage); likewise below. */
  topHomepage?(page: TopPage): TopHtml;
  topDatabase?(page: TopPage & { database: string }): TopHtml;
  topTable?(page: TopPage & { database: string; table: string }): TopHtml;
  topRow?(page: TopPage & { database: string; table: string; row: Record<string, unknown> }): TopHtml;
  /** A `?sql=` page; a stored query's page asks topStoredQuery instead. */
  topQuery?(page: TopPage & { database: string; sql: string }): TopHtml;
  topStoredQuery?(page: TopPage & { database: string; queryName: string }): TopHtml;
  /** Extra data for table JSON/HTML (used by ephemeral tables to expose expiry). */
  tableExtras?(page: {
    database: string;
    table: string;
    datasette: Datasette;
  }): Record<string, unknown> | null | Promise<Record<string, unknown> | null>;
}
