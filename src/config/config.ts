import type { Metadata } from "./metadata.js";
import type { Settings } from "./settings.js";

/** One database the server serves. `path: null` is an in-memory database. */
export interface DatabaseSpec {
  name: string;
  path: string | null;
  immutable: boolean;
}

export interface StaticMount {
  /** URL prefix under base_url, without slashes: "static" serves /static/… */
  mount: string;
  dir: string;
}

export interface EphemeralConfig {
  database: string;
  ttlSeconds: number;
  checkIntervalSeconds: number;
}

/** Everything the server needs, normalised once from CLI flags and a configuration directory. */
export interface Config {
  databases: DatabaseSpec[];
  metadata: Metadata;
  settings: Settings;
  /** Template folders searched before the built-in templates, first wins. */
  templateDirs: string[];
  /** Folder of custom pages (templates/pages), if any. */
  pagesDir: string | null;
  staticMounts: StaticMount[];
  pluginsDir: string | null;
  /** npm package names or file paths of plugins to load. */
  plugins: string[];
  crossdb: boolean;
  /** Serve the `_memory` database even without --crossdb (`--memory`). */
  memory: boolean;
  cors: boolean;
  /** Secret that signs tokens and cookies. */
  secret: string;
  /** `--root`: print a sign-in URL for the root actor. */
  root: boolean;
  ephemeral: EphemeralConfig | null;
  host: string;
  port: number;
  /**
   * Pages depend on the data only, never on the machine's load or a random draw (default false; the
   * exporter sets it): the server's own optional queries run without their short time limits
   * (server/time-limits.ts), and timings and per-request tokens printed in pages are fixed values.
   */
  deterministic?: boolean;
  /**
   * Bounded queries (QueryOptions.bounded: a row read by its key) and schema reads run on read-only
   * connections in the server's own thread, and read processes start only when other SQL needs one
   * (default false; the exporter sets it: its pages are thousands of such lookups, each a process round
   * trip otherwise). A live server keeps every query off its event loop.
   */
  inThreadReads?: boolean;
}
