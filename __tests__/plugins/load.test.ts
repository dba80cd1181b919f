import { mkdir, writeFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { PluginLoadError, loadPlugins } from "../../src/plugins/load.js";
import { checkPropertyName } from "../../src/plugins/hook-names.js";
import { startServer } from "../helpers/server.js";
import { pluginsFolder } from "./plugin-fixtures.js";

const run = promisify(execFile);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function folder(files: Record<string, string>): Promise<string> {
  const { dir, cleanup } = await pluginsFolder(files);
  cleanups.push(cleanup);
  return dir;
}

async function loadError(files: Record<string, string>): Promise<PluginLoadError> {
  const error = await loadPlugins(await folder(files), []).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PluginLoadError);
  return error as PluginLoadError;
}

describe("loading plugins", () => {
  it("loads .js and .mjs files of the plugins folder in name order, and nothing else", async () => {
    const dir = await folder({
      "b.mjs": `export default { name: "b" };`,
      "a.js": `export default { name: "a", prepareConnection(conn) { conn.function("a", () => 1); } };`,
      "readme.md": "# not a plugin",
      "c.cjs": "module.exports = {}",
    });
    await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const { plugins, modules } = await loadPlugins(dir, []);
    expect(plugins.map((p) => p.name)).toEqual(["a", "b"]);
    // Only modules with prepareConnection go to the read processes.
    expect(modules).toEqual([`file://${path.join(dir, "a.js")}`]);
  });

  it("loads a package folder through its package.json exports, and an array of plugins", async () => {
    const dir = await folder({
      "package.json": JSON.stringify({ type: "module", exports: { ".": { import: "./lib/main.js" } } }),
    });
    await mkdir(path.join(dir, "lib"));
    await writeFile(path.join(dir, "lib", "main.js"), `export default [{ name: "one" }, { name: "two" }];`);
    const { plugins } = await loadPlugins(null, [dir]);
    expect(plugins.map((p) => p.name)).toEqual(["one", "two"]);
  });

  it("loads an npm package by name from the working directory's node_modules", async () => {
    const cwd = await folder({});
    const pkg = path.join(cwd, "node_modules", "dx-test-plugin");
    await mkdir(pkg, { recursive: true });
    await writeFile(
      path.join(pkg, "package.json"),
      JSON.stringify({ name: "dx-test-plugin", type: "module", main: "index.js" }),
    );
    await writeFile(
      path.join(pkg, "index.js"),
      `export default { name: "dx-test-plugin", version: "0.0.1" };`,
    );
    const { plugins } = await loadPlugins(null, ["dx-test-plugin"], { cwd });
    expect(plugins).toEqual([{ name: "dx-test-plugin", version: "0.0.1" }]);
  });

  it("resolves a relative staticDir against the plugin's file", async () => {
    const dir = await folder({ "p.mjs": `export default { name: "p", staticDir: "./assets" };` });
    await mkdir(path.join(dir, "assets"));
    const { plugins } = await loadPlugins(dir, []);
    expect(plugins[0]!.staticDir).toBe(path.join(dir, "assets"));
  });

  it("says which package is not installed", async () => {
    const cwd = await folder({});
    await expect(loadPlugins(null, ["dx-no-such-plugin"], { cwd })).rejects.toThrow(
      /Plugin package dx-no-such-plugin is not installed/,
    );
    await expect(loadPlugins(null, ["./nowhere.js"], { cwd })).rejects.toThrow(
      /Plugin \.\/nowhere\.js not found/,
    );
  });
});

describe("broken plugins stop loading with a message naming them", () => {
  it("a syntax error, with file, line and caret as plain Node reports it", async () => {
    const dir = await folder({
      "bad.mjs": `export default {\n  name: "bad",\n  startup() { return 1 +; },\n};\n`,
    });
    // Vitest imports through its own transformer; the server runs on Node's loader, so ask Node.
    const loadPath = path.resolve("src/plugins/load.ts");
    const script = `import { loadPlugins } from ${JSON.stringify(loadPath)}; await loadPlugins(${JSON.stringify(dir)}, []).catch((e) => console.log(e.name + ": " + e.message));`;
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script]);
    expect(stdout).toContain(
      `PluginLoadError: Could not load plugin ${path.join(dir, "bad.mjs")}: Unexpected token ';' at ${path.join(dir, "bad.mjs")}:3`,
    );
    expect(stdout).toContain("  startup() { return 1 +; },\n");
  });

  it("a module without a default export", async () => {
    const error = await loadError({
      "named.mjs": `export const name = "named"; export function startup() {}`,
    });
    expect(error.message).toMatch(/named\.mjs has no default export/);
  });

  it("a default export that is not a plugin object, or has no name", async () => {
    expect((await loadError({ "fn.mjs": `export default function () {}` })).message).toMatch(
      /fn\.mjs must export an object .* not function/,
    );
    expect((await loadError({ "anon.mjs": `export default { startup() {} }` })).message).toMatch(
      /anon\.mjs must have a "name"/,
    );
  });

  it("a misspelt hook", async () => {
    const error = await loadError({
      "typo.mjs": `export default { name: "typo", extraCSSUrls() { return []; } };`,
    });
    expect(error.message).toBe(
      `Plugin typo (${error.plugin}) is broken: "extraCSSUrls" is not a hook name: did you mean "extraCssUrls"?`,
    );
  });

  it("Datasette's snake_case names, near misses and unsupported hooks", () => {
    expect(checkPropertyName("extra_css_urls")).toBe(
      `"extra_css_urls" is not a hook name: did you mean "extraCssUrls"?`,
    );
    expect(checkPropertyName("shutdwon")).toBe(`"shutdwon" is not a hook name: did you mean "shutdown"?`);
    expect(checkPropertyName("renderCel")).toBe(`"renderCel" is not a hook name: did you mean "renderCell"?`);
    expect(checkPropertyName("menu_links")).toBe(
      `"menu_links" is not a hook name: did you mean "menuLinks"?`,
    );
    expect(checkPropertyName("table_actions")).toBe(
      `"table_actions" is not a hook name: did you mean "tableActions"?`,
    );
    expect(checkPropertyName("forbidden")).toBe(
      `the Datasette hook "forbidden" is not supported by this server`,
    );
    expect(checkPropertyName("top_canned_query")).toBe(
      `"top_canned_query" is Datasette's old name for "topStoredQuery"`,
    );
    // Helpers unrelated to any hook are a plugin's own business.
    for (const fine of ["format", "cache", "helperForRows", "startupTime"])
      expect(checkPropertyName(fine)).toBeNull();
  });

  it("a hook that is not a function", async () => {
    const error = await loadError({
      "notfn.mjs": `export default { name: "notfn", startup: "yes please" };`,
    });
    expect(error.message).toMatch(
      /Plugin notfn .* is broken: its hook "startup" is string "yes please", not a function/,
    );
  });

  it("two plugins with one name", async () => {
    const error = await loadError({
      "a.mjs": `export default { name: "same" };`,
      "b.mjs": `export default { name: "same" };`,
    });
    expect(error.message).toMatch(/Two plugins are named "same": .*a\.mjs and .*b\.mjs/);
  });

  it("a staticDir that is not a folder", async () => {
    const error = await loadError({ "s.mjs": `export default { name: "s", staticDir: "./missing" };` });
    expect(error.message).toMatch(/Plugin s names a staticDir that is not a folder: .*missing/);
  });

  it("stops the real server's startup with that message", async () => {
    const dir = await folder({
      "typo.mjs": `export default { name: "typo", extraJSUrls() { return []; } };`,
    });
    await expect(startServer({ files: [], pluginsDir: dir })).rejects.toThrow(
      /Plugin typo .* "extraJSUrls" is not a hook name: did you mean "extraJsUrls"\?/,
    );
  });
});
