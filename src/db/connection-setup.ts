/**
 * What every connection gets, in the read processes and on the writer alike: the page cache size from
 * settings, Datasette's own SQL functions, then each plugin's prepareConnection hook (Datasette's order). The read processes cannot be
 * handed live plugin objects, so plugins travel as module specifiers and are imported on each side.
 */
import { allowPluginApiImports } from "../plugins/import-hook.js";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type BetterSqlite3 from "better-sqlite3";
import type { Plugin } from "../plugins/hooks.js";

/**
 * Imports plugin modules: file paths (absolute, or relative to the working directory), file: URLs or
 * package names. Each module's default export is a Plugin or an array of Plugins.
 */
export async function loadPluginModules(modules: string[]): Promise<Plugin[]> {
  if (modules.length) allowPluginApiImports();
  const plugins: Plugin[] = [];
  for (const spec of modules) {
    let mod: { default?: unknown };
    try {
      mod = (await import(toImportSpecifier(spec))) as { default?: unknown };
    } catch (error) {
      throw new Error(`Could not load plugin module ${spec}: ${(error as Error).message}`, { cause: error });
    }
    const exported = Array.isArray(mod.default) ? mod.default : [mod.default];
    for (const plugin of exported) {
      if (!plugin || typeof plugin !== "object" || typeof (plugin as Plugin).name !== "string") {
        throw new Error(
          `Plugin module ${spec} must export a plugin object (with a name) or an array of them as default`,
        );
      }
      plugins.push(plugin as Plugin);
    }
  }
  return plugins;
}

function toImportSpecifier(spec: string): string {
  if (spec.startsWith("file:")) return spec;
  if (path.isAbsolute(spec) || spec.startsWith(".")) return pathToFileURL(path.resolve(spec)).href;
  return spec;
}

export interface ConnectionSetup {
  plugins: Plugin[];
  /** settings.cache_size_kb; 0 leaves SQLite's default. */
  cacheSizeKb: number;
}

export function setUpConnection(
  conn: BetterSqlite3.Database,
  database: string,
  setup: ConnectionSetup,
): void {
  // Another process may hold the write lock for a moment (a checkpoint, an external writer).
  conn.pragma("busy_timeout = 5000");
  if (setup.cacheSizeKb > 0) conn.pragma(`cache_size = -${Math.floor(setup.cacheSizeKb)}`);
  registerSqlFunctions(conn);
  for (const plugin of setup.plugins) {
    if (!plugin.prepareConnection) continue;
    try {
      plugin.prepareConnection(conn, database);
    } catch (error) {
      throw new Error(
        `Plugin ${plugin.name} failed in prepareConnection for ${database}: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }
}

/**
 * The SQL functions Datasette defines on every connection (app.py _prepare_connection), so SQL it writes
 * (`match escape_fts(:search)`) and SQL users copy from it run unchanged.
 */
function registerSqlFunctions(conn: BetterSqlite3.Database): void {
  conn.function("escape_fts", { deterministic: true }, (query: unknown) =>
    query === null ? null : escapeFts(String(query)),
  );
}

/**
 * Datasette's escape_fts: every word becomes a quoted FTS phrase, so user input cannot use FTS operators
 * (and cannot cause FTS syntax errors); an unbalanced `"` is closed first.
 */
export function escapeFts(query: string): string {
  if ((query.match(/"/g) ?? []).length % 2) query += '"';
  const bits = splitKeepingQuoted(query).filter((b) => b && b !== '""');
  return bits.map((b) => (b.startsWith('"') ? b : `"${b}"`)).join(" ");
}

/** Python's re.split(r'\s+|(".*?")', q): splits on whitespace and keeps quoted phrases as their own bits. */
function splitKeepingQuoted(query: string): string[] {
  const out: string[] = [];
  const re = /\s+|(".*?")/g;
  let last = 0;
  for (const m of query.matchAll(re)) {
    out.push(query.slice(last, m.index));
    if (m[1] !== undefined) out.push(m[1]);
    last = m.index! + m[0].length;
  }
  out.push(query.slice(last));
  return out;
}
