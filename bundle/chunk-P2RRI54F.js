import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  CONFIG_FILES,
  ConfigError,
  DEFAULT_SETTINGS,
  mergeConfig,
  normaliseBaseUrl,
  parseConfigText,
  parseSetting,
  readDatasetteConfig
} from "./chunk-X6CBF64O.js";

// src/config/load.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
var DB_EXTENSIONS = /\.(db|sqlite|sqlite3)$/i;
var METADATA_FILES = ["metadata.yml", "metadata.yaml", "metadata.json"];
async function loadConfig(options) {
  const databases = [];
  let metadataFile = options.metadata ?? null;
  let configFile = options.config ?? null;
  let templateDir = options.templateDir ?? null;
  let pluginsDir = options.pluginsDir ?? null;
  const staticMounts = [];
  let settings = { ...DEFAULT_SETTINGS };
  const immutable = new Set((options.immutable ?? []).map((f) => path.resolve(f)));
  const inputs = [...options.files, ...options.immutable ?? []];
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
      if (settingsFile) settings = { ...settings, ...await readSettingsFile(settingsFile) };
      if (!templateDir && await isDir(path.join(dir, "templates")))
        templateDir = path.join(dir, "templates");
      if (!pluginsDir && await isDir(path.join(dir, "plugins"))) pluginsDir = path.join(dir, "plugins");
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
    if (!await isDir(dir)) throw new ConfigError(`--static ${pair}: ${dir} is not a directory`);
    staticMounts.push({ mount: mount.replace(/^\/|\/$/g, ""), dir: path.resolve(dir) });
  }
  const datasetteConfig = configFile ? await readDatasetteConfig(configFile) : null;
  if (datasetteConfig) settings = { ...settings, ...datasetteConfig.settings };
  for (const [name, value] of options.settings ?? []) {
    try {
      const [key, parsed] = parseSetting(name, value);
      settings[key] = parsed;
    } catch (error) {
      throw new ConfigError(error.message);
    }
  }
  settings.base_url = normaliseBaseUrl(settings.base_url);
  const fileMetadata = metadataFile ? await readMetadata(metadataFile) : {};
  const metadata = datasetteConfig ? mergeConfig(fileMetadata, datasetteConfig.metadata) : fileMetadata;
  const ephemeralConfig = metadata.plugins?.["datasette-ephemeral-tables"];
  const ephemeral = options.ephemeral || ephemeralConfig ? {
    database: ephemeralConfig?.database ?? "ephemeral",
    ttlSeconds: options.ttl ?? ephemeralConfig?.table_ttl ?? 300,
    checkIntervalSeconds: options.checkInterval ?? ephemeralConfig?.check_interval ?? 2
  } : null;
  if (ephemeral && !databases.some((d) => d.name === ephemeral.database)) {
    databases.push({ name: ephemeral.database, path: null, immutable: false });
  }
  const templateDirs = templateDir ? [path.resolve(templateDir)] : [];
  const pagesDir = templateDir && await isDir(path.join(templateDir, "pages")) ? path.resolve(templateDir, "pages") : null;
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
    port: options.port ?? 8001
  };
}
async function readMetadata(file) {
  const text = await readFile(file, "utf8").catch(() => {
    throw new ConfigError(`Could not read metadata file ${file}`);
  });
  try {
    const parsed = await parseConfigText(file, text);
    if (parsed === null || parsed === void 0) return {};
    if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("it must hold a mapping");
    return parsed;
  } catch (error) {
    throw new ConfigError(`Invalid metadata file ${file}: ${error.message}`);
  }
}
async function readSettingsFile(file) {
  let raw;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`Invalid settings file ${file}: ${error.message}`);
  }
  const out = {};
  for (const [name, value] of Object.entries(raw)) {
    try {
      const [key, parsed] = parseSetting(name, String(value));
      out[key] = parsed;
    } catch (error) {
      throw new ConfigError(`${file}: ${error.message}`);
    }
  }
  return out;
}
function spec(file, immutable) {
  return { name: path.basename(file).replace(DB_EXTENSIONS, ""), path: file, immutable: immutable.has(file) };
}
function firstExisting(dir, names, entries) {
  const found = names.find((n) => entries.includes(n));
  return found ? path.join(dir, found) : null;
}
async function isDir(p) {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}
function splitOnce(value, sep) {
  const i = value.indexOf(sep);
  return i === -1 ? [value, ""] : [value.slice(0, i), value.slice(i + 1)];
}

export {
  loadConfig
};
