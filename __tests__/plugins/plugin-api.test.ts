/**
 * The plugin API a ported Datasette plugin uses: `import … from "datasette-export/plugin"` (Markup,
 * templateFunction, renderMarkdown, the HTML parser), `datasette.renderTemplate()` for its routes,
 * helper modules beside it in plugins/. Served by the real server from a real configuration directory.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DB, startServer, type TestServer } from "../helpers/server.js";

const run = promisify(execFile);

const PLUGIN = String.raw`
import { Markup, escape, templateFunction, renderMarkdown, htmlparser2 } from "datasette-export/plugin";
import { shout } from "./_strings.mjs";
import { headings } from "./headings.mjs";

export default {
  name: "ported",
  prepareJinja2Environment(env) {
    env.addGlobal("greet", templateFunction(["name", "greeting"], ({ name, greeting = "Hello" }) =>
      Markup("<b>" + escape(greeting) + "</b>, " + escape(name))));
    env.addFilter("shout", (s) => shout(s));
    env.addGlobal("count_headings", (html) => headings(htmlparser2, html));
  },
  extraTemplateVars() {
    return { from_hook: "hook var" };
  },
  registerRoutes() {
    return [{
      pattern: /^\/-\/ported\/(?<name>\w+)$/,
      async handler({ datasette, ctx, params }) {
        ctx.body = await datasette.renderTemplate("ported.html", {
          name: params.name,
          notes: renderMarkdown("# Notes\n\n*hi*"),
        }, { request: ctx });
      },
    }];
  },
};
`;

const TEMPLATE = `{% extends "base.html" %}{% block content %}<p id="greeting">{{ greet(name, greeting="Hi") }}</p>
<p id="shout">{{ name|shout }}</p><div id="notes">{{ notes }}</div>
<p id="headings">{{ count_headings("<h1>a</h1><h2>b</h2><p>c</p>") }}</p>
<p id="base">{{ from_hook }}|{{ urls.instance() }}|{{ datasette_version }}</p>{% endblock %}`;

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dx-plugin-api-"));
  await copyFile(FIXTURES_DB, path.join(dir, "fixtures.db"));
  await mkdir(path.join(dir, "plugins"));
  await mkdir(path.join(dir, "templates"));
  await writeFile(path.join(dir, "plugins", "ported.mjs"), PLUGIN);
  // A helper named with a leading _, and one with no default export: neither is a plugin.
  await writeFile(
    path.join(dir, "plugins", "_strings.mjs"),
    `export const shout = (s) => String(s).toUpperCase() + "!";`,
  );
  await writeFile(
    path.join(dir, "plugins", "headings.mjs"),
    `export function headings(parser, html) {
      let n = 0;
      new parser.Parser({ onopentag(name) { if (/^h\\d$/.test(name)) n++; } }).end(html);
      return n;
    }`,
  );
  await writeFile(path.join(dir, "templates", "ported.html"), TEMPLATE);
  server = await startServer({ files: [dir] });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("a ported plugin", () => {
  it("renders a site template from its route with the base context", async () => {
    const res = await server.get("-/ported/cleo");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<!DOCTYPE html>"); // base.html came with it
    expect(html).toContain('<p id="base">hook var|/|1.0a37</p>');
  });

  it("gets keyword arguments by name and marks its HTML safe with Markup", async () => {
    const html = await (await server.get("-/ported/cleo")).text();
    expect(html).toContain('<p id="greeting"><b>Hi</b>, cleo</p>');
  });

  it("imports the server's markdown renderer and HTML parser, and its own helpers", async () => {
    const html = await (await server.get("-/ported/cleo")).text();
    expect(html).toContain('<p id="shout">CLEO!</p>');
    expect(html).toContain("<h1>Notes</h1>");
    expect(html).toContain("<em>hi</em>");
    expect(html).toContain('<p id="headings">2</p>');
  });

  it("lists only the plugin, not its helpers", async () => {
    const plugins = (await (await server.get("-/plugins.json")).json()) as { name: string }[];
    expect(plugins.map((p) => p.name)).toEqual(["ported"]);
  });
});

describe("outside Vitest, on Node's own loader", () => {
  it("resolves datasette-export/plugin from a plugin folder anywhere", async () => {
    const loadPath = path.resolve("src/plugins/load.ts");
    const script = `import { loadPlugins } from ${JSON.stringify(loadPath)};
      const { plugins } = await loadPlugins(${JSON.stringify(path.join(dir, "plugins"))}, []);
      console.log(plugins.map((p) => p.name).join(","));`;
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        env: { ...process.env, NODE_DEBUG: "datasette-export" },
      },
    );
    expect(stdout.trim()).toBe("ported");
    expect(stderr).toContain("_strings.mjs is a helper (its name starts with _)");
    expect(stderr).toContain("headings.mjs has no default export: treated as a helper module");
  });

  // The resolution hook (a thread of Node's own) is installed only for a folder whose modules name the
  // API: a helper in a subfolder counts; a module outside the plugins folder is not looked at.
  it("finds the API for a helper in a subfolder, and says why when only a module outside names it", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "dx-plugin-api-scan-"));
    try {
      for (const sub of ["inside/plugins/lib", "outside/plugins", "outside/lib"])
        await mkdir(path.join(root, sub), { recursive: true });
      const api = `import { escape } from "datasette-export/plugin"; export const esc = (s) => String(escape(s));`;
      const plugin = (helper: string) =>
        `import { esc } from ${JSON.stringify(helper)}; export default { name: "p", extraTemplateVars: () => ({ x: esc("<") }) };`;
      await writeFile(path.join(root, "inside/plugins/lib/_esc.mjs"), api);
      await writeFile(path.join(root, "inside/plugins/p.mjs"), plugin("./lib/_esc.mjs"));
      await writeFile(path.join(root, "outside/lib/esc.mjs"), api);
      await writeFile(path.join(root, "outside/plugins/p.mjs"), plugin("../lib/esc.mjs"));
      const loadPath = path.resolve("src/plugins/load.ts");
      const load = (folder: string) =>
        run(process.execPath, [
          "--import",
          "tsx",
          "--input-type=module",
          "-e",
          `import { loadPlugins } from ${JSON.stringify(loadPath)};
          const { plugins } = await loadPlugins(${JSON.stringify(path.join(root, folder, "plugins"))}, []);
          console.log(plugins[0].extraTemplateVars().x);`,
        ]);
      expect((await load("inside")).stdout.trim()).toBe("&lt;");
      const failed = await load("outside").catch((e: { stderr: string }) => e);
      expect(failed.stderr).toContain("Cannot find package 'datasette-export'");
      expect(failed.stderr).toContain("is found for modules in the plugins folder that name it");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
