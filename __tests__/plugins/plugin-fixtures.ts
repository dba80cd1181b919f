import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";

/**
 * A plugin that implements every hook, written as a user would: plain ESM JavaScript in a configuration
 * directory's plugins/ folder. It records what it saw in `calls`, which tests read by importing the same
 * file (one module instance per process).
 */
export const KITCHEN_SINK = String.raw`
export const calls = { startup: 0, shutdown: 0, jinja: 0, connections: [] };

export default {
  name: "kitchen-sink",
  version: "1.2.3",
  staticDir: "./kitchen-static",
  prepareConnection(conn, database) {
    calls.connections.push(database);
    conn.function("kitchen_sink", (x) => "kitchen:" + database + ":" + x);
  },
  prepareJinja2Environment(env) {
    calls.jinja++;
    env.addFilter("shout", (s) => String(s).toUpperCase() + "!");
  },
  startup(datasette) {
    calls.startup++;
    calls.config = datasette.pluginConfig("kitchen-sink");
  },
  shutdown() {
    calls.shutdown++;
  },
  registerRoutes() {
    return [
      {
        pattern: /^\/-\/kitchen\/(?<word>\w+)$/,
        handler({ ctx, params }) {
          ctx.type = "text/plain";
          ctx.body = "kitchen says " + params.word;
        },
      },
    ];
  },
  extraTemplateVars(page) {
    return { kitchen_var: "kitchen-var-for-" + page.viewName };
  },
  extraCssUrls() {
    return ["/-/static-plugins/kitchen-sink/kitchen.css"];
  },
  extraJsUrls() {
    return [{ url: "https://example.com/kitchen.js", module: true }];
  },
  extraBodyScript(page) {
    return "window.kitchenView = " + JSON.stringify(page.viewName) + ";";
  },
  menuLinks({ actor }) {
    return actor ? [{ href: "/-/kitchen/hello", label: "Kitchen for " + actor.id }] : null;
  },
  renderCell({ value, column }) {
    if (column === "dish") return '<b class="kitchen-cell">' + String(value).toUpperCase() + "</b>";
    return null;
  },
  registerOutputRenderer() {
    return {
      extension: "kitchen",
      render: async ({ columns, rows }) => ({
        body: [columns.join("|"), ...rows.map((r) => r.join("|"))].join("\n"),
        contentType: "text/x-kitchen; charset=utf-8",
      }),
    };
  },
  actorFromRequest(ctx) {
    const id = ctx.get("x-kitchen-actor");
    return id ? { id, via: "kitchen" } : null;
  },
  permissionAllowed({ actor, action, resource }) {
    if (action === "view-table" && Array.isArray(resource) && resource[1] === "pantry") return actor?.id === "chef";
    return undefined;
  },
};
`;

/** The same plugin idea as an npm package folder: package.json with `exports`. */
export const PACKAGE_PLUGIN = String.raw`
export default [
  { name: "packaged-one", extraBodyScript: () => "window.packagedOne = 1;" },
  { name: "packaged-two", prepareConnection(conn) { conn.function("packaged_two", () => 2); } },
];
`;

export interface PluginSite {
  /** A configuration directory: data.db, metadata.json, plugins/, templates/pages/. */
  dir: string;
  /** A plugin package folder outside the configuration directory. */
  packageDir: string;
  /** The kitchen-sink plugin's file, for importing its `calls`. */
  kitchenFile: string;
  cleanup(): Promise<void>;
}

export async function pluginSite(): Promise<PluginSite> {
  const root = await mkdtemp(path.join(tmpdir(), "dx-plugins-"));
  const dir = path.join(root, "site");
  await mkdir(path.join(dir, "plugins", "kitchen-static"), { recursive: true });
  await mkdir(path.join(dir, "templates", "pages"), { recursive: true });
  const kitchenFile = path.join(dir, "plugins", "kitchen-sink.mjs");
  await writeFile(kitchenFile, KITCHEN_SINK);
  await writeFile(path.join(dir, "plugins", "notes.txt"), "not a plugin");
  await writeFile(
    path.join(dir, "plugins", "kitchen-static", "kitchen.css"),
    ".kitchen-cell { color: tomato }\n",
  );
  await writeFile(
    path.join(dir, "templates", "pages", "kitchen-page.html"),
    "<p id=var>{{ kitchen_var }}</p><p id=filter>{{ 'hello'|shout }}</p>",
  );
  await writeFile(
    path.join(dir, "metadata.json"),
    JSON.stringify({ plugins: { "kitchen-sink": { spice: "paprika" } } }),
  );
  const db = new BetterSqlite3(path.join(dir, "data.db"));
  db.exec(`
    create table dishes (id integer primary key, dish text, price real);
    insert into dishes values (1, 'soup', 4.5), (2, 'stew', 7);
    create table pantry (id integer primary key, item text);
    insert into pantry values (1, 'saffron');
  `);
  db.close();

  const packageDir = path.join(root, "packaged-plugin");
  await mkdir(packageDir);
  await writeFile(
    path.join(packageDir, "package.json"),
    JSON.stringify({ name: "packaged-plugin", type: "module", exports: { ".": { import: "./main.js" } } }),
  );
  await writeFile(path.join(packageDir, "main.js"), PACKAGE_PLUGIN);
  return { dir, packageDir, kitchenFile, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Writes one plugin file into a fresh folder and returns the folder. */
export async function pluginsFolder(
  files: Record<string, string>,
): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "dx-plugin-"));
  for (const [name, source] of Object.entries(files)) await writeFile(path.join(dir, name), source);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
