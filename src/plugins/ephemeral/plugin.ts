/**
 * Ephemeral tables (datasette-ephemeral-tables) as a built-in plugin on the public hooks: startup starts
 * the sweep, shutdown stops it, table pages of the ephemeral database get a countdown banner, and the
 * table JSON gains `expires_at` / `expires_in_seconds` through tableExtras.
 */
import type { EphemeralConfig } from "../../config/config.js";
import type { Datasette } from "../../server/datasette.js";
import type { PageHookContext, Plugin } from "../hooks.js";
import type { Clock } from "./clock.js";
import { EphemeralTables } from "./tables.js";

export const EPHEMERAL_PLUGIN_NAME = "datasette-export.ephemeral-tables";
/** Served by the built-in static handler from static/. */
export const COUNTDOWN_SCRIPT = "/-/static/ephemeral-countdown.js";

const TRACKER = Symbol("ephemeral tables tracker");

export interface EphemeralPluginOptions {
  /** Default: the system clock. */
  clock?: Clock;
  onError?: (table: string | null, error: Error) => void;
}

type EphemeralPlugin = Plugin & { [TRACKER]?: EphemeralTables };

export function ephemeralTablesPlugin(
  settings: EphemeralConfig,
  options: EphemeralPluginOptions = {},
): Plugin {
  let tracker: EphemeralTables | null = null;

  /** The expiry of a table page's table, or null when the page is not one of ours. */
  const pageExpiry = async (page: PageHookContext): Promise<number | null> => {
    if (!tracker || page.viewName !== "table" || page.database !== settings.database || !page.table)
      return null;
    return tracker.expiresAt(page.table);
  };

  const plugin: EphemeralPlugin = {
    name: EPHEMERAL_PLUGIN_NAME,
    builtIn: true,

    startup(datasette: Datasette) {
      const db = datasette.databases.get(settings.database);
      if (!db) throw new Error(`the ephemeral database "${settings.database}" is not served`);
      // Dropping tables is only safe in a database made for it: never in someone's file.
      if (!db.isMemory || db.immutable) {
        throw new Error(
          `"${settings.database}" must be an in-memory, writable database for ephemeral tables, but it is ${db.path ?? "immutable"}`,
        );
      }
      if (!(settings.ttlSeconds >= 0) || !(settings.checkIntervalSeconds > 0)) {
        throw new Error(
          `table_ttl must be >= 0 and check_interval > 0 (got ${settings.ttlSeconds} and ${settings.checkIntervalSeconds})`,
        );
      }
      tracker = new EphemeralTables(db, { ...settings, ...options });
      plugin[TRACKER] = tracker;
      tracker.start();
    },

    async shutdown() {
      await tracker?.stop();
    },

    async extraJsUrls(page) {
      return (await pageExpiry(page)) === null ? [] : [COUNTDOWN_SCRIPT];
    },

    async extraBodyScript(page) {
      const expires = await pageExpiry(page);
      if (expires === null) return null;
      // Runs at the end of <body>, before first paint: the banner appears with its text already in it.
      const iso = JSON.stringify(new Date(expires).toISOString());
      return `window.datasetteEphemeralCountdown && window.datasetteEphemeralCountdown(${iso});`;
    },

    async tableExtras({ database, table }) {
      if (!tracker || database !== settings.database) return null;
      const expires = await tracker.expiresAt(table);
      if (expires === null) return null;
      const now = (options.clock ?? { now: Date.now }).now();
      return {
        expires_at: new Date(expires).toISOString(),
        expires_in_seconds: Math.max(0, Math.ceil((expires - now) / 1000)),
      };
    },
  };
  return plugin;
}

/** The running sweep of a server's ephemeral-tables plugin, or null (for tests and diagnostics). */
export function ephemeralTables(datasette: Pick<Datasette, "plugins">): EphemeralTables | null {
  for (const plugin of datasette.plugins as EphemeralPlugin[]) if (plugin[TRACKER]) return plugin[TRACKER];
  return null;
}
