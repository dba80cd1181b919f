import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server.js";
import { pluginSite, type PluginSite } from "./plugin-fixtures.js";

// Every hook, exercised by a user plugin loaded from a configuration directory's plugins/ folder and by a
// plugin package named with --plugin, through the real server on port 0.
let site: PluginSite;
let server: TestServer;
let calls: { startup: number; shutdown: number; jinja: number; connections: string[]; config?: unknown };

beforeAll(async () => {
  site = await pluginSite();
  server = await startServer({ files: [site.dir], plugins: [site.packageDir] });
  calls = ((await import(pathToFileURL(site.kitchenFile).href)) as { calls: typeof calls }).calls;
});

afterAll(async () => {
  await server?.close();
  await site?.cleanup();
});

const text = async (pathname: string, init?: RequestInit) => {
  const response = await server.get(pathname, init);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
};

describe("plugin hooks through the real server", { timeout: 90_000 }, () => {
  it("runs startup and prepareJinja2Environment once, with the plugin's configuration from metadata", () => {
    expect(calls.startup).toBe(1);
    expect(calls.jinja).toBe(1);
    expect(calls.config).toEqual({ spice: "paprika" });
  });

  it("serves a registered route with its named groups", async () => {
    expect(await text("-/kitchen/hello")).toMatchObject({ status: 200, body: "kitchen says hello" });
  });

  it("adds SQL functions through prepareConnection in the read processes", async () => {
    const response = await server.get(
      `data/-/query.json?sql=${encodeURIComponent("select kitchen_sink('x') as k, packaged_two() as p")}&_shape=array`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ k: "kitchen:data:x", p: 2 }]);
  });

  it("adds SQL functions on the writer connection too", async () => {
    const value = await server.server.datasette
      .getDatabase("data")
      .write((conn) => conn.prepare("select kitchen_sink('w') as k").get());
    expect(value).toEqual({ k: "kitchen:data:w" });
  });

  it("puts extra CSS, JS and body scripts in the page", async () => {
    const { status, body } = await text("data");
    expect(status).toBe(200);
    expect(body).toContain('<link rel="stylesheet" href="/-/static-plugins/kitchen-sink/kitchen.css">');
    expect(body).toContain('<script type="module" src="https://example.com/kitchen.js"></script>');
    expect(body).toContain('<script>window.kitchenView = "database";</script>');
    expect(body).toContain("<script>window.packagedOne = 1;</script>");
  });

  it("fills the navigation menu from menuLinks, with the actor it was given", async () => {
    const anonymous = (await text("data")).body;
    expect(anonymous).toContain('<details class="nav-menu details-menu">');
    expect(anonymous).not.toContain("Kitchen for");
    const chef = (await text("data", { headers: { "x-kitchen-actor": "chef" } })).body;
    const menu = chef.slice(chef.indexOf('<div class="nav-menu-inner">'), chef.indexOf("</details>"));
    expect(menu).toContain('<li><a href="/-/kitchen/hello">Kitchen for chef</a></li>');
  });

  it("renders table cells through renderCell", async () => {
    const { status, body } = await text("data/dishes");
    expect(status).toBe(200);
    expect(body).toContain('<b class="kitchen-cell">SOUP</b>');
    expect(body).toContain('<script>window.kitchenView = "table";</script>');
  });

  it("gives templates the extra variables and the plugin's filter", async () => {
    const { status, body } = await text("kitchen-page");
    expect(status).toBe(200);
    expect(body).toContain("<p id=var>kitchen-var-for-page</p>");
    expect(body).toContain("<p id=filter>HELLO!</p>");
  });

  it("serves the plugin's static files, and nothing outside them", async () => {
    const css = await text("-/static-plugins/kitchen-sink/kitchen.css");
    expect(css).toMatchObject({
      status: 200,
      type: "text/css; charset=utf-8",
      body: ".kitchen-cell { color: tomato }\n",
    });
    // A %-escaped path that is not found goes to its tilde spelling (Datasette's handle_404): not found either.
    const escaped = await server.get("-/static-plugins/kitchen-sink/..%2fkitchen-sink.mjs");
    expect(escaped.status).toBe(302);
    expect((await fetch(new URL(escaped.headers.get("location")!, server.url))).status).toBe(404);
    expect((await server.get("-/static-plugins/packaged-one/x.css")).status).toBe(404);
  });

  it("answers a registered output renderer's extension", async () => {
    const { status, type, body } = await text("data/dishes.kitchen");
    expect(status).toBe(200);
    expect(type).toBe("text/x-kitchen; charset=utf-8");
    expect(body.split("\n")).toEqual(["id|dish|price", "1|soup|4.5", "2|stew|7"]);
  });

  it("takes the actor from actorFromRequest", async () => {
    const response = await server.get("-/actor.json", { headers: { "x-kitchen-actor": "alice" } });
    expect(await response.json()).toMatchObject({ actor: { id: "alice", via: "kitchen" } });
  });

  it("lets permissionAllowed deny and allow", async () => {
    expect((await server.get("data/pantry.json")).status).toBe(403);
    expect((await server.get("data/pantry.json", { headers: { "x-kitchen-actor": "waiter" } })).status).toBe(
      403,
    );
    const chef = await server.get("data/pantry.json", { headers: { "x-kitchen-actor": "chef" } });
    expect(chef.status).toBe(200);
    expect(((await chef.json()) as { rows: unknown[] }).rows).toHaveLength(1);
    expect((await server.get("data/dishes.json")).status).toBe(200);
  });

  it("lists user plugins and their hooks in /-/plugins.json, built-ins only with ?all=1", async () => {
    const plugins = (await (await server.get("-/plugins.json")).json()) as {
      name: string;
      version: string | null;
      hooks: string[];
    }[];
    expect(plugins.map((p) => p.name)).toEqual(["kitchen-sink", "packaged-one", "packaged-two"]);
    expect(plugins[0]).toMatchObject({ version: "1.2.3" });
    expect(plugins[0]!.hooks).toEqual([
      "actor_from_request",
      "extra_body_script",
      "extra_css_urls",
      "extra_js_urls",
      "extra_template_vars",
      "menu_links",
      "permission_allowed",
      "prepare_connection",
      "prepare_jinja2_environment",
      "register_output_renderer",
      "register_routes",
      "render_cell",
      "shutdown",
      "startup",
    ]);
    const all = (await (await server.get("-/plugins.json?all=1")).json()) as { name: string }[];
    expect(all.map((p) => p.name)).toContain("datasette-export.static-plugins");
  });
});

describe("shutdown", { timeout: 90_000 }, () => {
  it("runs each plugin's shutdown hook when the server closes", async () => {
    const before = calls.shutdown;
    const second = await startServer({ files: [site.dir] });
    expect(calls.startup).toBe(2);
    await second.close();
    expect(calls.shutdown).toBe(before + 1);
  });
});
