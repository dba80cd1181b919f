import Database from "better-sqlite3";
import type { RouteDef } from "../routes.js";
import type { View, ViewRequest } from "../view.js";
import type { Datasette } from "../datasette.js";
import { DATASETTE_COMPAT_VERSION, VERSION } from "../../version.js";
import { toJson } from "../json.js";
import { instanceMetadata } from "./index.js";
import { describePlugins } from "../../plugins/describe.js";

/**
 * Datasette's JsonDataView pages: `/-/NAME.json` answers JSON (objects gain `ok: true`), `/-/NAME` shows
 * the same data in show_json.html.
 */
function jsonDataView(filename: string, data: (req: ViewRequest) => unknown | Promise<unknown>): View {
  return async (req) => {
    const value = await data(req);
    return {
      json: () =>
        value && typeof value === "object" && !Array.isArray(value) ? { ok: true, ...value } : value,
      html: async () => ({
        templates: ["show_json.html"],
        context: { filename, data: value, data_json: toJson(value, 2) },
      }),
    };
  };
}

export function jsonDataViews(): RouteDef[] {
  const route = (name: string, data: (req: ViewRequest) => unknown | Promise<unknown>): RouteDef => ({
    name,
    pattern: new RegExp(`^/-/${name}(?:\\.(?<format>json))?$`),
    view: jsonDataView(`${name}.json`, data),
  });
  return [
    route("versions", () => versions()),
    route("plugins", ({ datasette, args }) => describePlugins(datasette.plugins, args.has("all"))),
    route("settings", ({ datasette }) => ({ ...datasette.settings })),
    route("config", ({ datasette }) => ({ settings: { ...datasette.settings } })),
    route("databases", ({ datasette }) => ({ databases: connectedDatabases(datasette) })),
    route("metadata", ({ datasette }) => ({
      ...instanceMetadata(datasette),
      databases: datasette.metadata.databases ?? {},
    })),
    route("actor", ({ actor }) => ({ actor })),
  ];
}

let cachedVersions: Record<string, unknown> | null = null;

function versions(): Record<string, unknown> {
  if (cachedVersions) return cachedVersions;
  const conn = new Database(":memory:");
  const ftsVersions = ["FTS5", "FTS4", "FTS3"].filter((fts) => {
    try {
      conn.exec(`create virtual table v${fts} using ${fts} (data)`);
      return true;
    } catch {
      return false;
    }
  });
  let json1 = true;
  try {
    conn.prepare("select json('{}')").get();
  } catch {
    json1 = false;
  }
  cachedVersions = {
    node: { version: process.versions.node, full: process.version },
    datasette: { version: DATASETTE_COMPAT_VERSION, note: `datasette-export ${VERSION}` },
    "datasette-export": { version: VERSION },
    sqlite: {
      version: (conn.prepare("select sqlite_version() as v").get() as { v: string }).v,
      fts_versions: ftsVersions,
      extensions: { json1 },
      compile_options: (conn.prepare("pragma compile_options").all() as { compile_options: string }[]).map(
        (r) => r.compile_options,
      ),
    },
  };
  conn.close();
  return cachedVersions;
}

function connectedDatabases(datasette: Datasette) {
  return [...datasette.databases.values()].map((d) => ({
    name: d.name,
    route: d.route,
    path: d.path,
    size: 0,
    is_mutable: !d.immutable,
    is_memory: d.isMemory,
    hash: null,
  }));
}
