import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "./hooks.js";

/** A plugin that could not be loaded stops startup with this, naming the plugin and the cause. */
export class PluginLoadError extends Error {
  override name = "PluginLoadError";
}

/** Loads `.js`/`.mjs` files from the plugins folder, then npm packages or files named with --plugin. */
export async function loadPlugins(pluginsDir: string | null, names: string[]): Promise<{ plugins: Plugin[]; modules: string[] }> {
  const modules: string[] = [];
  if (pluginsDir) {
    for (const file of (await readdir(pluginsDir)).sort()) {
      if (/\.(m?js)$/.test(file)) modules.push(pathToFileURL(path.join(pluginsDir, file)).href);
    }
  }
  for (const name of names) {
    modules.push(name.startsWith(".") || path.isAbsolute(name) ? pathToFileURL(path.resolve(name)).href : name);
  }
  const plugins: Plugin[] = [];
  for (const specifier of modules) {
    let mod: { default?: unknown };
    try {
      mod = (await import(specifier)) as { default?: unknown };
    } catch (error) {
      throw new PluginLoadError(`Could not load plugin ${specifier}: ${(error as Error).message}`, { cause: error });
    }
    const exported = mod.default ?? mod;
    for (const plugin of Array.isArray(exported) ? exported : [exported]) {
      if (!plugin || typeof plugin !== "object" || typeof (plugin as Plugin).name !== "string") {
        throw new PluginLoadError(`Plugin ${specifier} must export (as default) an object with a "name"`);
      }
      plugins.push(plugin as Plugin);
    }
  }
  return { plugins, modules };
}
