/**
 * The names a plugin object may carry, and the check that turns a misspelt hook into a startup error: a
 * hook nobody calls (`extraCSSUrls`, `extra_css_urls`, `shutdwon`) would otherwise fail silently.
 */
import type { Plugin } from "./hooks.js";

/** Every hook of src/plugins/hooks.ts, in the order Datasette's docs list them. */
export const HOOK_NAMES = [
  "prepareConnection",
  "prepareJinja2Environment",
  "extraTemplateVars",
  "extraCssUrls",
  "extraJsUrls",
  "extraBodyScript",
  "menuLinks",
  "renderCell",
  "registerOutputRenderer",
  "registerRoutes",
  "startup",
  "shutdown",
  "actorFromRequest",
  "permissionAllowed",
  "tableActions",
  "viewActions",
  "rowActions",
  "queryActions",
  "databaseActions",
  "homepageActions",
  "topHomepage",
  "topDatabase",
  "topTable",
  "topRow",
  "topQuery",
  "topStoredQuery",
  "tableExtras",
] as const satisfies readonly (keyof Plugin)[];

export type HookName = (typeof HOOK_NAMES)[number];

/** Properties that describe a plugin rather than hook into anything. */
export const PLUGIN_FIELDS = ["name", "version", "staticDir", "builtIn", "description"] as const;

/**
 * Datasette hooks this server does not call. A plugin ported from Datasette that implements one would
 * silently do nothing, so naming one is an error too.
 */
const UNSUPPORTED_DATASETTE_HOOKS = [
  "asgiWrapper",
  "cannedQueries",
  "skipCsrf",
  "forbidden",
  "handleException",
  "registerCommands",
  "registerFacetClasses",
  "registerMagicParameters",
  "registerPermissions",
  "registerActions",
  "getMetadata",
  "filtersFromRequest",
  "publishSubcommand",
  "actorsFromIds",
  "jinja2EnvironmentFromRequest",
  "trackEvent",
  "registerEvents",
  "writeWrapper",
  "registerColumnTypes",
  "jumpItemsSql",
  "permissionResourcesSql",
  "registerTokenHandler",
];

/** Datasette hooks renamed by 1.0a37 (top_canned_query in 1.0a31): a ported plugin is told the new name. */
const RENAMED_DATASETTE_HOOKS: Record<string, string> = { topCannedQuery: "topStoredQuery" };

const squash = (name: string) => name.replace(/[_-]/g, "").toLowerCase();

/**
 * What is wrong with one property name of a plugin, or null when it is a hook, a plugin field, or a name
 * unrelated to any hook (helpers a plugin keeps on itself are allowed).
 */
export function checkPropertyName(key: string): string | null {
  if ((HOOK_NAMES as readonly string[]).includes(key) || (PLUGIN_FIELDS as readonly string[]).includes(key))
    return null;
  const squashed = squash(key);
  const renamed = Object.entries(RENAMED_DATASETTE_HOOKS).find(([old]) => squash(old) === squashed);
  if (renamed) return `"${key}" is Datasette's old name for "${renamed[1]}"`;
  const exact = HOOK_NAMES.find((hook) => squash(hook) === squashed);
  if (exact) return `"${key}" is not a hook name: did you mean "${exact}"?`;
  const unsupported = UNSUPPORTED_DATASETTE_HOOKS.find((hook) => squash(hook) === squashed);
  if (unsupported) return `the Datasette hook "${key}" is not supported by this server`;
  // Short names are too often unrelated helpers (`start`, `render`) to call them typos.
  if (squashed.length >= 6) {
    const near = HOOK_NAMES.find((hook) => editDistance(squash(hook), squashed) <= 2);
    if (near) return `"${key}" is not a hook name: did you mean "${near}"?`;
  }
  return null;
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
