import { describe, expect, it } from "vitest";
import { matchPage, scanPages } from "../../src/templates/pages.js";
import { templateDir } from "./site.js";

describe("custom pages", async () => {
  const dir = templateDir({
    "pages/about.html": "",
    "pages/docs/index.html": "",
    "pages/plugins/{name}.html": "",
    "pages/plugins/special.html": "",
    "pages/news/{yyyy}-{mm}-{dd}.html": "",
    "pages/{section}/{slug}.html": "",
    "pages/notes.txt": "",
  });
  const routes = await scanPages(`${dir}/pages`);

  it("should serve a file at its path and index.html at its folder", () => {
    expect(matchPage(routes, "/about")).toEqual({ template: "pages/about.html", params: {} });
    expect(matchPage(routes, "/docs")).toEqual({ template: "pages/docs/index.html", params: {} });
    expect(matchPage(routes, "/nothing")).toBeNull();
    expect(matchPage(routes, "/notes.txt")).toBeNull();
  });

  it("should fill parameters from a path segment", () => {
    expect(matchPage(routes, "/plugins/datasette-graphql")).toEqual({
      template: "pages/plugins/{name}.html",
      params: { name: "datasette-graphql" },
    });
  });

  it("should take several parameters from one segment", () => {
    expect(matchPage(routes, "/news/2024-01-31")).toEqual({
      template: "pages/news/{yyyy}-{mm}-{dd}.html",
      params: { yyyy: "2024", mm: "01", dd: "31" },
    });
  });

  it("should prefer exact files, then the most specific pattern", () => {
    expect(matchPage(routes, "/plugins/special")?.template).toBe("pages/plugins/special.html");
    expect(matchPage(routes, "/guides/intro")).toEqual({
      template: "pages/{section}/{slug}.html",
      params: { section: "guides", slug: "intro" },
    });
  });

  it("should never match paths with . or .. segments", () => {
    expect(matchPage(routes, "/plugins/..")).toBeNull();
    expect(matchPage(routes, "/plugins/%2e%2e")).toBeNull();
    expect(matchPage(routes, "/./about")).toBeNull();
    expect(matchPage(routes, "/docs/../about")).toBeNull();
  });

  it("should find no pages in a missing folder", async () => {
    expect(await scanPages(`${dir}/no-such-folder`)).toEqual([]);
  });
});
