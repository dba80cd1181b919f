import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { parseConfigText } from "./parse-config-text.js";
import type { Config, DatabaseSpec, StaticMount } from "./config.js";
import type { Metadata } from "./metadata.js";
import { ConfigError } from "./config-error.js";
import { CONFIG_FILES, mergeConfig, readDatasetteConfig } from "./datasette-config.js";
import { DEFAULT_SETTINGS, parseSetting, normaliseBaseUrl, type Settings } from "./settings.js";

/** The `serve` flags, as the CLI (or the exporter, or the action) passes them. */
export interface ServeOptions {
  /** Database files and/or one configuration directory. */
  files: string[];
  immutable?: string[];
  metadata?: string | null;
  /** `-c/--config`: a datasette.yml|yaml|json (default: the one in the configuration directory). */
  config?: string | null;
  templateDir?: string | null;
  pluginsDir?: string | null;
  plugins?: string[];
  static?: string[];
  settings?: [string, string][];
  crossdb?: boolean;
  memory?: boolean;
  cors?: boolean;
  root?: boolean;
  secret?: string | null;
  host?: string;
  port?: number;
  ephemeral?: boolean;
  ttl?: number;
  checkInterval?: number;
}

export { ConfigError };

const DB_EXTENSIONS = /\.(db|sqlite|sqlite3)$/i;
const METADATA_FILES = ["metadata.yml", "metadata.yaml", "metadata.json"];

/** Normalises CLI-style options and an optional configuration directory into one strict Config. */
export async function loadConfig(options: ServeOptions): Promise<Config> {
  const databases: DatabaseSpec[] = [];
  let metadataFile = options.metadata ?? null;
  let configFile = options.config ?? null;
  let templateDir = options.templateDir ?? null;
  let pluginsDir = options.pluginsDir ?? null;
  const staticMounts: StaticMount[] = [];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const immutable = new Set((options.immutable ?? []).map((f) => path.resolve(f)));

  const inputs = [...options.files, ...(options.immutable ?? [])];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new ConfigError(`No such file or directory: ${input}`);
    if (info.isDirectory()) {
      const dir = path.resolve(input);
      const entries = (await readdir(dir)).sort();
      for (const name of entries) {
        if (DB_EXTENSIONS.test(name)) databases.push(spec(path.join(dir, name), immutable));
      }
      metadataFile ??= firstExisting(dir, METADATA_FILES, entries);
      configFile ??= firstExisting(dir, CONFIG_FILES, entries);
      const settingsFile = entries.includes("settings.json") ? path.join(dir, "settings.json") : null;
      if (settingsFile) settings = { ...settings, ...(await readSettingsFile(settingsFile)) };
      if (!templateDir && (await isDir(path.join(dir, "templates"))))
        templateDir = path.join(dir, "templates");
      if (!pluginsDir && (await isDir(path.join(dir, "plugins")))) pluginsDir = path.join(dir, "plugins");
      if (await isDir(path.join(dir, "static")))
        staticMounts.push({ mount: "static", dir: path.join(dir, "static") });
    } else {
      const resolved = path.resolve(input);
      if (!databases.some((d) => d.path === resolved)) databases.push(spec(resolved, immutable));
    }
  }

  for (const pair of options.static ?? []) {
    const [mount, dir] = splitOnce(pair, ":");
    if (!mount || !dir) throw new ConfigError(`--static takes MOUNT:DIRECTORY, not "${pair}"`);
    if (!(await isDir(dir))) throw new ConfigError(`--static ${pair}: ${dir} is not a directory`);
    staticMounts.push({ mount: mount.replace(/^\/|\/$/g, ""), dir: path.resolve(dir) });
  }

  // Precedence, lowest first: settings.json, datasette.yml's settings:, --setting.
  const datasetteConfig = configFile ? await readDatasetteConfig(configFile) : null;
  if (datasetteConfig) settings = { ...settings, ...datasetteConfig.settings };

  for (const [name, value] of options.settings ?? []) {
    try {
      const [key, parsed] = parseSetting(name, value);
      (settings as unknown as Record<string, unknown>)[key] = parsed;
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
  }
  settings.base_url = normaliseBaseUrl(settings.base_url);

  const fileMetadata = metadataFile ? await readMetadata(metadataFile) : {};
  const metadata = datasetteConfig ? mergeConfig(fileMetadata, datasetteConfig.metadata) : fileMetadata;
  const ephemeralConfig = metadata.plugins?.["datasette-ephemeral-tables"] as
    { database?: string; table_ttl?: number; check_interval?: number } | undefined;
  const ephemeral =
    options.ephemeral || ephemeralConfig
      ? {
          database: ephemeralConfig?.database ?? "ephemeral",
          ttlSeconds: options.ttl ?? ephemeralConfig?.table_ttl ?? 300,
          checkIntervalSeconds: options.checkInterval ?? ephemeralConfig?.check_interval ?? 2,
        }
      : null;
  if (ephemeral && !databases.some((d) => d.name === ephemeral.database)) {
    databases.push({ name: ephemeral.database, path: null, immutable: false });
  }

  const templateDirs = templateDir ? [path.resolve(templateDir)] : [];
  const pagesDir =
    templateDir && (await isDir(path.join(templateDir, "pages"))) ? path.resolve(templateDir, "pages") : null;

  return {
    databases,
    metadata,
    settings,
    templateDirs,
    pagesDir,
    staticMounts,
    pluginsDir: pluginsDir ? path.resolve(pluginsDir) : null,
    plugins: options.plugins ?? [],
    crossdb: options.crossdb ?? false,
    memory: options.memory ?? false,
    cors: options.cors ?? false,
    secret: options.secret ?? process.env.DATASETTE_SECRET ?? randomBytes(32).toString("hex"),
    root: options.root ?? false,
    ephemeral,
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 8001,
  };
}

/** Reads metadata.yml|yaml|json; a parse error names the file. */
export async function readMetadata(file: string): Promise<Metadata> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new ConfigError(`Could not read metadata file ${file}`);
  });
  try {
    const parsed = await parseConfigText(file, text);
    if (parsed === null || parsed === undefined) return {};
    if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("it must hold a mapping");
    return parsed as Metadata;
  } catch (error) {
    throw new ConfigError(`Invalid metadata file ${file}: ${(error as Error).message}`);
  }
}

async function readSettingsFile(file: string): Promise<Partial<Settings>> {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`Invalid settings file ${file}: ${(error as Error).message}`);
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    try {
      const [key, parsed] = parseSetting(name, String(value));
      out[key] = parsed;
    } catch (error) {
      throw new ConfigError(`${file}: ${(error as Error).message}`);
    }
  }
  return out as Partial<Settings>;
}

function spec(file: string, immutable: Set<string>): DatabaseSpec {
  return { name: path.basename(file).replace(DB_EXTENSIONS, ""), path: file, immutable: immutable.has(file) };
}

function firstExisting(dir: string, names: string[], entries: string[]): string | null {
  const found = names.find((n) => entries.includes(n));
  return found ? path.join(dir, found) : null;
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}

function splitOnce(value: string, sep: string): [string, string] {
  const i = value.indexOf(sep);
  return i === -1 ? [value, ""] : [value.slice(0, i), value.slice(i + 1)];
}
