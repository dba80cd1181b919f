/**
 * Datasette 1.0's configuration file (docs/configuration.rst): `datasette.yml|yaml|json`, given with
 * `-c/--config` or found in a configuration directory. It holds settings, plugin configuration,
 * permissions and allow blocks, canned queries, table options and extra CSS/JS; metadata.yml keeps the
 * descriptive metadata. Datasette 1.0 moves `plugins`, `allow` and table options found in metadata over
 * to the configuration; we keep one combined `Metadata` for the server and merge the other way, with the
 * same outcome: a key set in both files takes the configuration file's value.
 *
 * Unlike Datasette, which ignores keys it does not know, every key is checked here: a misspelt
 * `setings:` or `querys:` would otherwise be silently lost, so it stops startup naming file and key.
 */
import { readFile } from "node:fs/promises";
import { parseConfigText } from "./parse-config-text.js";
import { ConfigError } from "./config-error.js";
import type { Metadata } from "./metadata.js";
import { DEFAULT_SETTINGS, type Settings } from "./settings.js";

/** The configuration file names looked for in a configuration directory, first found wins (Datasette's order). */
export const CONFIG_FILES = ["datasette.json", "datasette.yaml", "datasette.yml"];

/** A problem in a datasette.yml: names the file and the key path. */
export class ConfigFileError extends ConfigError {
  constructor(
    readonly file: string,
    readonly key: string | null,
    message: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ""}${message}`);
  }
}

export interface DatasetteConfig {
  /** Settings the file sets, already typed and checked. */
  settings: Partial<Settings>;
  /** Everything else, in metadata's shape, to merge over metadata.yml. */
  metadata: Metadata;
}

/** Datasette's descriptive metadata keys, at every level (instance, database, table, query). */
export const SOURCE_KEYS = [
  "title",
  "description",
  "description_html",
  "license",
  "license_url",
  "source",
  "source_url",
  "about",
  "about_url",
] as const;
const ACCESS_KEYS = ["allow", "permissions", "plugins"];

/** The keys each level may hold. Descriptive keys are accepted too, as metadata.yml would take them. */
const TOP_KEYS = new Set([
  "settings",
  "databases",
  "allow_sql",
  "extra_css_urls",
  "extra_js_urls",
  ...ACCESS_KEYS,
  ...SOURCE_KEYS,
]);
const DATABASE_KEYS = new Set(["tables", "queries", "allow_sql", ...ACCESS_KEYS, ...SOURCE_KEYS]);
const TABLE_KEYS = new Set([
  "hidden",
  "sort",
  "sort_desc",
  "size",
  "sortable_columns",
  "label_column",
  "facets",
  "facet_size",
  "fts_table",
  "fts_pk",
  "searchmode",
  "columns",
  "units",
  ...ACCESS_KEYS,
  ...SOURCE_KEYS,
]);
const QUERY_KEYS = new Set([
  "sql",
  "params",
  "write",
  "hide_sql",
  "fragment",
  "is_trusted",
  "on_success_message",
  "on_success_message_sql",
  "on_success_redirect",
  "on_error_message",
  "on_error_redirect",
  ...ACCESS_KEYS,
  ...SOURCE_KEYS,
]);

/** Reads and checks one configuration file (YAML, or JSON by its `.json` name). */
export async function readDatasetteConfig(file: string): Promise<DatasetteConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigFileError(file, null, `could not read it: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = await parseConfigText(file, text);
  } catch (error) {
    throw new ConfigFileError(
      file,
      null,
      `not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${(error as Error).message}`,
    );
  }
  return checkDatasetteConfig(parsed ?? {}, file);
}

/** Checks a parsed configuration; `file` names it in errors. */
export function checkDatasetteConfig(raw: unknown, file: string): DatasetteConfig {
  const top = mapping(raw, file, null);
  checkKeys(top, TOP_KEYS, file, "");
  const { settings: rawSettings, ...rest } = top;
  const settings = checkSettings(rawSettings, file);
  for (const key of ["extra_css_urls", "extra_js_urls"]) {
    if (rest[key] !== undefined && !Array.isArray(rest[key]))
      throw new ConfigFileError(file, key, "must be a list of URLs or {url: …} objects");
  }
  if (rest.databases !== undefined) {
    const databases = mapping(rest.databases, file, "databases");
    for (const [db, dbValue] of Object.entries(databases)) {
      const dbPath = `databases.${db}`;
      const dbConfig = mapping(dbValue ?? {}, file, dbPath);
      checkKeys(dbConfig, DATABASE_KEYS, file, dbPath + ".");
      for (const [table, tableValue] of Object.entries(
        mapping(dbConfig.tables ?? {}, file, `${dbPath}.tables`),
      ))
        checkKeys(
          mapping(tableValue ?? {}, file, `${dbPath}.tables.${table}`),
          TABLE_KEYS,
          file,
          `${dbPath}.tables.${table}.`,
        );
      for (const [query, queryValue] of Object.entries(
        mapping(dbConfig.queries ?? {}, file, `${dbPath}.queries`),
      )) {
        const queryPath = `${dbPath}.queries.${query}`;
        if (typeof queryValue === "string") continue; // a bare string is the SQL
        const q = mapping(queryValue, file, queryPath);
        checkKeys(q, QUERY_KEYS, file, queryPath + ".");
        if (typeof q.sql !== "string")
          throw new ConfigFileError(file, `${queryPath}.sql`, "a canned query needs its SQL as a string");
      }
    }
  }
  return { settings, metadata: rest as Metadata };
}

/** Settings as Datasette checks them in a config file: known names, and the default's own type. */
function checkSettings(raw: unknown, file: string): Partial<Settings> {
  if (raw === undefined || raw === null) return {};
  const settings = mapping(raw, file, "settings");
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(settings)) {
    const key = `settings.${name}`;
    if (!(name in DEFAULT_SETTINGS)) throw new ConfigFileError(file, key, `unknown setting "${name}"`);
    if (value === null) continue;
    const def = DEFAULT_SETTINGS[name as keyof Settings];
    const ok =
      typeof def === "number"
        ? typeof value === "number" && Number.isInteger(value) && value >= 0
        : typeof value === typeof def;
    if (!ok)
      throw new ConfigFileError(
        file,
        key,
        `expected ${typeof def === "number" ? "a whole number" : typeof def === "boolean" ? "true or false" : "a string"}, got ${JSON.stringify(value)} (in YAML and JSON, write numbers and booleans without quotes)`,
      );
    out[name] = value;
  }
  return out as Partial<Settings>;
}

function mapping(value: unknown, file: string, key: string | null): Record<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new ConfigFileError(
    file,
    key,
    `expected a mapping, got ${Array.isArray(value) ? "a list" : JSON.stringify(value)}`,
  );
}

function checkKeys(
  object: Record<string, unknown>,
  allowed: Set<string>,
  file: string,
  prefix: string,
): void {
  for (const key of Object.keys(object)) {
    if (!allowed.has(key))
      throw new ConfigFileError(
        file,
        prefix + key,
        `unknown key "${key}" (expected one of: ${[...allowed].join(", ")})`,
      );
  }
}

/**
 * Merges the configuration file's metadata-shaped part over metadata.yml: mappings merge key by key
 * (so a table's `sort` from datasette.yml and its `description` from metadata.yml both hold); anything
 * else (lists, strings, allow blocks) is replaced by the configuration's value.
 */
export function mergeConfig(metadata: Metadata, config: Metadata): Metadata {
  return deepMerge(metadata, config) as Metadata;
}

const REPLACED = new Set(["allow", "allow_sql"]);

function deepMerge(base: unknown, over: unknown): unknown {
  if (!isMapping(base) || !isMapping(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over))
    out[key] = REPLACED.has(key) ? value : deepMerge(base[key], value);
  return out;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * Datasette's resolve_env_secrets: `{"$env": "NAME"}` becomes the environment variable's value and
 * `{"$file": "path"}` the file's text, at any depth. Applied when a plugin asks for its configuration,
 * so the secrets are never part of /-/metadata.json.
 */
export function resolveSecrets(
  value: unknown,
  env: NodeJS.ProcessEnv,
  readText: (file: string) => string,
): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveSecrets(v, env, readText));
  if (!isMapping(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === "$env") return env[String(value.$env)] ?? null;
  if (keys.length === 1 && keys[0] === "$file") return readText(String(value.$file));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveSecrets(v, env, readText)]));
}
