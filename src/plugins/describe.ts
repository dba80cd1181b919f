/** What /-/plugins.json says about each plugin, in Datasette's shape. */
import type { Plugin } from "./hooks.js";
import { HOOK_NAMES } from "./hook-names.js";

export interface PluginDescription {
  name: string;
  static: boolean;
  templates: boolean;
  version: string | null;
  /** Implemented hooks in Datasette's snake_case names, sorted. */
  hooks: string[];
}

/**
 * Datasette's `/-/plugins` list: sorted by name, built-ins left out unless `all`. Only real hooks are
 * listed (a plugin's own helper methods are not hooks).
 */
export function describePlugins(plugins: readonly Plugin[], all = false): PluginDescription[] {
  return plugins
    .filter((p) => all || !p.builtIn)
    .map((p) => ({
      name: p.name,
      static: Boolean(p.staticDir),
      templates: false,
      version: p.version ?? null,
      hooks: HOOK_NAMES.filter((hook) => typeof p[hook] === "function")
        .map(snakeCase)
        .sort(),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** prepareJinja2Environment → prepare_jinja2_environment. */
export function snakeCase(hook: string): string {
  return hook.replace(/[A-Z]|(?<![0-9])[0-9]+/g, (c) => `_${c.toLowerCase()}`).replace("jinja_2", "jinja2");
}
