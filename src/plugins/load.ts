/**
 * Finds, imports and checks user plugins. Everything that can be wrong with a plugin — a file that does not
 * parse, a missing default export, a misspelt hook, a hook that is not a function — stops startup here
 * with the plugin's name, instead of failing (or silently doing nothing) on some later request.
 */
import { spawnSync } from "node:child_process";
import { readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "./hooks.js";
import { debuglog } from "node:util";
import { HOOK_NAMES, checkPropertyName } from "./hook-names.js";
import { allowPluginApiImports, PLUGIN_API_SPECIFIER } from "./import-hook.js";

/** Notes on what loading skipped, printed with NODE_DEBUG=datasette-export. */
const debug = debuglog("datasette-export");

/** A plugin that could not be loaded stops startup with this, naming the plugin and the cause. */
export class PluginLoadError extends Error {
  override name = "PluginLoadError";
  constructor(
    /** The plugin's file, package or name as the user gave it. */
    readonly plugin: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface LoadedPlugins {
  plugins: Plugin[];
  /**
   * Module URLs (file: URLs) of the plugins that implement prepareConnection: the read processes import
   * exactly these, so their SQL functions exist on every connection.
   */
  modules: string[];
}

export interface LoadOptions {
  /** Where package names given with --plugin are looked up first (default: process.cwd()). */
  cwd?: string;
}

/**
 * Loads the `.js`/`.mjs` files of `pluginsDir` (sorted by name), then each of `names`: a file, a package
 * folder, or an npm package name (looked up from `cwd`, then from this server's own node_modules).
 * Each module's default export is a Plugin or an array of them.
 *
 * Helper modules may sit in `pluginsDir` beside the plugins that import them: a file whose name starts
 * with `_` is never loaded as a plugin, and a module with no default export and no hook-named export is
 * skipped (a note says so with NODE_DEBUG=datasette-export). A module that exports hooks by name but no
 * default is a plugin written the wrong way, and stops startup.
 * @throws PluginLoadError naming the plugin
 */
export async function loadPlugins(
  pluginsDir: string | null,
  names: string[],
  options: LoadOptions = {},
): Promise<LoadedPlugins> {
  const cwd = options.cwd ?? process.cwd();
  const sources: { label: string; url: string }[] = [];
  if (pluginsDir) {
    let files: string[];
    try {
      files = await readdir(pluginsDir);
    } catch (error) {
      throw new PluginLoadError(
        pluginsDir,
        `Could not read the plugins folder ${pluginsDir}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    for (const file of files.sort()) {
      if (/\.m?js$/.test(file) && file.startsWith("_"))
        debug(
          "plugins: %s is a helper (its name starts with _), not loaded as a plugin",
          path.join(pluginsDir, file),
        );
      else if (/\.m?js$/.test(file))
        sources.push({
          label: path.join(pluginsDir, file),
          url: pathToFileURL(path.join(pluginsDir, file)).href,
        });
    }
  }
  for (const name of names) sources.push({ label: name, url: await resolvePlugin(name, cwd) });

  // The hook costs a thread of Node's own, started before register() returns (~0.1 s of every start-up
  // on a 2-core VM, an export's included): installed when a plugin may import the API — always for a
  // package or file named with --plugin, for the plugins folder when one of its modules names it.
  if (names.length || (pluginsDir && sources.length && (await namesPluginApi(pluginsDir))))
    allowPluginApiImports();
  const plugins: Plugin[] = [];
  const modules: string[] = [];
  const seen = new Map<string, string>();
  for (const { label, url } of sources) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(url)) as Record<string, unknown>;
    } catch (error) {
      throw new PluginLoadError(label, `Could not load plugin ${label}: ${importFailure(url, error)}`, {
        cause: error,
      });
    }
    if (!("default" in mod)) {
      const hooks = Object.keys(mod).filter(
        (key) => checkPropertyName(key) !== null || (HOOK_NAMES as readonly string[]).includes(key),
      );
      if (hooks.length || !pluginsDir || !label.startsWith(pluginsDir)) {
        throw new PluginLoadError(
          label,
          `Plugin ${label} has no default export${hooks.length ? ` (it exports ${hooks.join(", ")} by name)` : ""}: write \`export default { name: "…", startup() {…} }\`, or name a helper module with a leading _`,
        );
      }
      debug("plugins: %s has no default export: treated as a helper module, not a plugin", label);
      continue;
    }
    const exported = Array.isArray(mod.default) ? mod.default : [mod.default];
    const moduleDir = path.dirname(fileURLToPath(url));
    for (const value of exported) {
      const plugin = checkPlugin(value, label, moduleDir);
      const other = seen.get(plugin.name);
      if (other)
        throw new PluginLoadError(label, `Two plugins are named "${plugin.name}": ${other} and ${label}`);
      seen.set(plugin.name, label);
      if (plugin.staticDir) await checkStaticDir(plugin, label);
      plugins.push(plugin);
      if (plugin.prepareConnection && !modules.includes(url)) modules.push(url);
    }
  }
  return { plugins, modules };
}

/**
 * Checks one exported value: an object with a non-empty string `name`, every hook a function, no
 * property that looks like a misspelt hook. A relative `staticDir` is resolved against `moduleDir`.
 * @throws PluginLoadError naming the plugin
 */
export function checkPlugin(value: unknown, label: string, moduleDir: string | null = null): Plugin {
  if (!value || typeof value !== "object") {
    throw new PluginLoadError(
      label,
      `Plugin ${label} must export an object (or an array of objects) as default, not ${describe(value)}`,
    );
  }
  const plugin = value as Plugin;
  if (typeof plugin.name !== "string" || plugin.name.trim() === "") {
    throw new PluginLoadError(label, `Plugin ${label} must have a "name" (a non-empty string)`);
  }
  const who = plugin.name === label ? label : `${plugin.name} (${label})`;
  const problems: string[] = [];
  for (const key of propertyNames(plugin)) {
    const problem = checkPropertyName(key);
    if (problem) problems.push(problem);
  }
  for (const hook of HOOK_NAMES) {
    const fn = (plugin as unknown as Record<string, unknown>)[hook];
    if (fn !== undefined && typeof fn !== "function")
      problems.push(`its hook "${hook}" is ${describe(fn)}, not a function`);
  }
  if (plugin.version !== undefined && typeof plugin.version !== "string")
    problems.push(`"version" must be a string`);
  if (plugin.staticDir !== undefined && typeof plugin.staticDir !== "string")
    problems.push(`"staticDir" must be a string`);
  if (problems.length) throw new PluginLoadError(label, `Plugin ${who} is broken: ${problems.join("; ")}`);
  if (plugin.staticDir && moduleDir && !path.isAbsolute(plugin.staticDir)) {
    plugin.staticDir = path.resolve(moduleDir, plugin.staticDir);
  }
  return plugin;
}

/** Own and inherited names (hooks may be class methods), short of Object.prototype. */
function propertyNames(object: object): string[] {
  const names = new Set<string>();
  for (
    let o: object | null = object;
    o && o !== Object.prototype;
    o = Object.getPrototypeOf(o) as object | null
  ) {
    for (const key of Object.getOwnPropertyNames(o)) if (key !== "constructor") names.add(key);
  }
  return [...names];
}

async function checkStaticDir(plugin: Plugin, label: string): Promise<void> {
  const info = await stat(plugin.staticDir!).catch(() => null);
  if (!info?.isDirectory()) {
    throw new PluginLoadError(
      label,
      `Plugin ${plugin.name} names a staticDir that is not a folder: ${plugin.staticDir}`,
    );
  }
}

/** A file, a package folder or a package name → the file: URL to import. */
async function resolvePlugin(name: string, cwd: string): Promise<string> {
  if (name.startsWith("file:")) return name;
  if (name.startsWith(".") || path.isAbsolute(name)) {
    const file = path.resolve(cwd, name);
    const info = await stat(file).catch(() => null);
    if (!info) throw new PluginLoadError(name, `Plugin ${name} not found: no file or folder ${file}`);
    return pathToFileURL(info.isDirectory() ? await packageEntry(file, name) : file).href;
  }
  for (const from of [path.join(cwd, "package.json"), fileURLToPath(import.meta.url)]) {
    const dir = packageDir(name, from);
    if (dir) return pathToFileURL(await packageEntry(dir, name)).href;
  }
  throw new PluginLoadError(
    name,
    `Plugin package ${name} is not installed (looked in ${cwd} and beside this server): run npm install ${name}`,
  );
}

/** The folder of package `name` as Node would find it from `from`, or null. */
function packageDir(name: string, from: string): string | null {
  const require = createRequire(from);
  for (const dir of require.resolve.paths(name) ?? []) {
    const candidate = path.join(dir, name);
    try {
      require.resolve(path.join(candidate, "package.json"));
      return candidate;
    } catch {
      // not in this node_modules
    }
  }
  return null;
}

/** The ESM entry of a package folder: exports (import/default), then module, main, index.js. */
async function packageEntry(dir: string, label: string): Promise<string> {
  let pkg: Record<string, unknown> = {};
  try {
    pkg = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new PluginLoadError(
        label,
        `Plugin ${label} has an unreadable package.json: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  const entry =
    exportsEntry(pkg.exports) ??
    (typeof pkg.module === "string" ? pkg.module : null) ??
    (typeof pkg.main === "string" ? pkg.main : null) ??
    "index.js";
  return path.resolve(dir, entry);
}

function exportsEntry(exports: unknown): string | null {
  if (typeof exports === "string") return exports;
  if (!exports || typeof exports !== "object") return null;
  const map = exports as Record<string, unknown>;
  if ("." in map) return exportsEntry(map["."]);
  for (const condition of ["import", "node", "default"]) {
    const found = exportsEntry(map[condition]);
    if (found) return found;
  }
  return null;
}

/** Whether a module in `dir` or below (plugins, helpers; node_modules not entered) names the plugin API. */
async function namesPluginApi(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && (await namesPluginApi(full))) return true;
    } else if (/\.[cm]?js$/.test(entry.name)) {
      if ((await readFile(full, "utf8").catch(() => "")).includes(PLUGIN_API_SPECIFIER)) return true;
    }
  }
  return false;
}

/**
 * Node's SyntaxError from import() names neither file nor line; `node --check` does, so ask it (only
 * on this error path) and quote the line with its caret.
 */
function importFailure(url: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes(`'${PLUGIN_API_SPECIFIER.split("/")[0]}'`))
    return (
      `${message} (${PLUGIN_API_SPECIFIER} is found for modules in the plugins folder that name it, ` +
      "and for plugins given with --plugin)"
    );
  if (!(error instanceof SyntaxError) || !url.startsWith("file:")) return message;
  const check = spawnSync(process.execPath, ["--check", fileURLToPath(url)], {
    encoding: "utf8",
    timeout: 10_000,
  });
  const [where, code, caret] = (check.stderr ?? "").split("\n");
  return where && /:\d+$/.test(where) ? `${message} at ${where}\n${code}\n${caret}` : message;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object"
    ? "an object"
    : `${typeof value} ${JSON.stringify(value) ?? String(value)}`;
}
