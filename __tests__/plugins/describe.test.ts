import { describe, expect, it } from "vitest";
import { describePlugins, snakeCase } from "../../src/plugins/describe.js";

describe("describePlugins", () => {
  it("lists user plugins in Datasette's shape, with only real hooks", () => {
    const plugins = [
      {
        name: "zeta",
        version: "2.0",
        staticDir: "/tmp/z",
        startup() {},
        extraCssUrls: () => [],
        helper() {},
      },
      { name: "alpha", prepareJinja2Environment() {} },
      { name: "built", builtIn: true, shutdown() {} },
    ];
    expect(describePlugins(plugins)).toEqual([
      {
        name: "alpha",
        static: false,
        templates: false,
        version: null,
        hooks: ["prepare_jinja2_environment"],
      },
      { name: "zeta", static: true, templates: false, version: "2.0", hooks: ["extra_css_urls", "startup"] },
    ]);
    expect(describePlugins(plugins, true).map((p) => p.name)).toEqual(["alpha", "built", "zeta"]);
  });

  it("spells hooks as Datasette does", () => {
    expect(
      ["actorFromRequest", "prepareJinja2Environment", "extraJsUrls", "tableExtras"].map(snakeCase),
    ).toEqual(["actor_from_request", "prepare_jinja2_environment", "extra_js_urls", "table_extras"]);
  });
});
