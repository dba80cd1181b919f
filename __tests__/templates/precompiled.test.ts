/**
 * The built-in templates compiled at build time (compiled-templates.ts): a server renders every page the
 * same, byte for byte, with and without the generated file, and without compiling a built-in template;
 * a user's template of a built-in name, an edited built-in file and an engine set up otherwise compile
 * from source; a missing or broken generated file is as if there were none.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { createServer } from "../../src/server/server.js";
import { codeAt, type CompiledTemplatesFile } from "../../src/templates/compiled-templates.js";
import { createTemplateEngine, precompileTemplates } from "../../src/templates/engine.js";
import { nj } from "../../src/templates/nunjucks-nodes.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { fixturesCopy } from "../helpers/server.js";
import { templateDir } from "./site.js";

// Where the server's engine looks for the built-in templates and their compiled code, per test.
const where = vi.hoisted(() => ({ dir: "", file: "" }));
vi.mock("../../src/templates/compiled-templates.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/templates/compiled-templates.js")>();
  return {
    ...real,
    get BUILT_IN_TEMPLATES() {
      return where.dir;
    },
    get COMPILED_TEMPLATES_FILE() {
      return where.file;
    },
  };
});

const REAL_TEMPLATES = path.join(PACKAGE_ROOT, "templates");
const tmp = mkdtempSync(path.join(tmpdir(), "dx-precompiled-"));
let fixtures: Awaited<ReturnType<typeof fixturesCopy>>;

function writeCompiled(name: string, compiled: CompiledTemplatesFile | string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof compiled === "string" ? compiled : JSON.stringify(compiled));
  return file;
}

/** Every template compile in this process, by path, with the code it made. */
const compiles: { path: string; code: string }[] = [];
const compile = nj.compiler.compile;

beforeAll(async () => {
  fixtures = await fixturesCopy();
  vi.spyOn(nj.compiler, "compile").mockImplementation((...args: unknown[]) => {
    const code = compile(...args);
    compiles.push({ path: String(args[3]), code });
    return code;
  });
});
afterEach(() => {
  compiles.length = 0;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await fixtures.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

const PAGES = [
  "/",
  "/fixtures",
  "/fixtures/facetable",
  "/fixtures/facetable?_facet=state&_sort_desc=pk",
  "/fixtures/facetable/1",
  "/fixtures/compound_three_primary_keys/a,a,a",
  "/fixtures/-/query?sql=select+1+as+n,+'<b>'+as+tag",
  "/fixtures/-/schema",
  "/fixtures/facetable/-/schema",
  "/-/versions",
  "/no-such-database",
  "/fixtures/facetable/99999",
  "/about",
];

/** A custom page (user template) over the built-in base.html, with Jinja that our patches provide. */
const ABOUT = `{% extends "base.html" %}
{% block title %}About{% endblock %}
{% block content %}{% set ns = namespace(n=0) %}
{% for x in [3, 1, 2] | sort if x > 1 %}{% set ns.n = ns.n + x %}{{ loop.index }}:{{ x }}{{ loop.cycle("a", "b") }} {% endfor %}
{% with y = ns.n * 1.5 %}{{ y }} {{ 7 // 2 }} {{ "<i>" ~ "x" }} {{ none_var is none }}{% endwith %}
{% include ["_missing.html", "_footer.html"] %}
{% markdown %}
  # About *this*

  <script>x</script>
{% endmarkdown %}
{% endblock %}`;

/** Renders `pages` on a real export server (deterministic: no timings, no tokens) over `userDir`. */
async function renderPages(pages: string[], userDir: string): Promise<Map<string, string>> {
  const config = await loadConfig({ files: [fixtures.file], templateDir: userDir });
  const server = await createServer({ ...config, deterministic: true });
  const url = await server.listen(0, "127.0.0.1");
  const out = new Map<string, string>();
  try {
    for (const page of pages) {
      const res = await fetch(url + page.slice(1), { redirect: "manual" });
      // The port differs between servers; it is in a page's absolute links.
      out.set(page, `${res.status}\n${(await res.text()).replaceAll(url, "http://server/")}`);
    }
  } finally {
    await server.close();
  }
  return out;
}

/**
 * Code with Nunjucks's `hole_N` variables numbered from 0: N counts every hole its transformer made in
 * the process, so the same template compiled after others has other numbers, and the same meaning.
 */
function holesNumbered(code: string): string {
  const numbers = new Map<string, number>();
  return code.replace(/\bhole_\d+\b/g, (hole) => {
    if (!numbers.has(hole)) numbers.set(hole, numbers.size);
    return `hole_${numbers.get(hole)}`;
  });
}

/** The templates of `dir` compiled from source since the test began, as paths in `dir`. */
function compiledFrom(dir: string): string[] {
  return compiles
    .filter((c) => c.path.startsWith(dir + path.sep))
    .map((c) => path.relative(dir, c.path))
    .sort();
}

describe("a server with the built-in templates compiled at build time", () => {
  const userDir = templateDir({ "pages/about.html": ABOUT });

  it("should render every built-in page byte for byte as compiling them does, compiling none", async () => {
    where.dir = REAL_TEMPLATES;
    where.file = writeCompiled("compiled.json", precompileTemplates(REAL_TEMPLATES));
    const precompiled = await renderPages(PAGES, userDir);
    expect(compiledFrom(REAL_TEMPLATES)).toEqual([]);
    expect(compiledFrom(userDir)).toEqual(["pages/about.html"]);

    where.file = path.join(tmp, "missing.json");
    const compiledHere = await renderPages(PAGES, userDir);
    // Every page type, its partials and the error page were compiled from source this time.
    expect(compiledFrom(REAL_TEMPLATES)).toEqual(
      expect.arrayContaining([
        "base.html",
        "index.html",
        "database.html",
        "table.html",
        "row.html",
        "query.html",
        "schema.html",
        "show_json.html",
        "error.html",
        "_crumbs.html",
        "_table.html",
        "_query_results.html",
      ]),
    );
    expect([...precompiled.keys()]).toEqual(PAGES);
    for (const page of PAGES) expect(precompiled.get(page), page).toBe(compiledHere.get(page));
    // The pages are what they should be, not the same error twice.
    expect(precompiled.get("/fixtures/facetable/1")).toMatch(/^200\n<!DOCTYPE html>/);
    expect(precompiled.get("/no-such-database")).toMatch(/^404\n/);
    expect(precompiled.get("/about")).toContain("<h1>About <em>this</em></h1>");
    expect(precompiled.get("/about")).toContain("1:2a 2:3b");
    expect(precompiled.get("/about")).toContain("7.5 3 &lt;i&gt;x False");
  });

  it("should compile into the code a render compiles, for every built-in template it renders", async () => {
    where.dir = REAL_TEMPLATES;
    where.file = path.join(tmp, "missing.json");
    await renderPages(PAGES, userDir);
    const generated = precompileTemplates(REAL_TEMPLATES);
    const here = compiles.filter((c) => c.path.startsWith(REAL_TEMPLATES + path.sep));
    expect(here.length).toBeGreaterThan(10);
    for (const { path: full, code } of here) {
      const entry = generated.templates[path.relative(REAL_TEMPLATES, full).split(path.sep).join("/")];
      expect(holesNumbered(codeAt(entry!.code, full)), full).toBe(holesNumbered(code));
    }
  });

  it("should use a user's template of a built-in name, and compile it, inside built-in pages", async () => {
    where.dir = REAL_TEMPLATES;
    where.file = writeCompiled("compiled.json", precompileTemplates(REAL_TEMPLATES));
    const overrides = templateDir({
      // A partial that built-in base.html imports, and one that built-in row.html includes from a list.
      "_crumbs.html": `{% macro nav(request, database=None, table=None) %}<nav>USER CRUMBS {{ table }}</nav>{% endmacro %}`,
      "_table.html": `<p>USER TABLE {{ rows | length }}</p>`,
      // A user table page over the built-in one, through Datasette's default: prefix.
      "table.html": `{% extends "default:table.html" %}{% block content %}<p>USER PAGE</p>{{ super() }}{% endblock %}`,
    });
    const pages = ["/fixtures/facetable", "/fixtures/facetable/1"];
    const precompiled = await renderPages(pages, overrides);
    expect(compiledFrom(REAL_TEMPLATES)).toEqual([]);
    expect(compiledFrom(overrides)).toEqual(["_crumbs.html", "_table.html", "table.html"]);
    const row = precompiled.get("/fixtures/facetable/1")!;
    expect(row).toContain("<nav>USER CRUMBS facetable</nav>");
    expect(row).toContain("<p>USER TABLE 1</p>");
    const table = precompiled.get("/fixtures/facetable")!;
    expect(table).toContain("<p>USER PAGE</p>");
    expect(table).toContain("<p>USER TABLE 15</p>");

    where.file = path.join(tmp, "missing.json");
    const compiledHere = await renderPages(pages, overrides);
    for (const page of pages) expect(precompiled.get(page), page).toBe(compiledHere.get(page));
  });

  it("should compile an edited built-in template from its new source", async () => {
    // An installed package whose templates/ a user edited after the build.
    where.dir = path.join(tmp, "installed-templates");
    cpSync(REAL_TEMPLATES, where.dir, { recursive: true });
    where.file = writeCompiled("installed.json", precompileTemplates(where.dir));
    const errorPage = path.join(where.dir, "error.html");
    writeFileSync(errorPage, readFileSync(errorPage, "utf8").replace("<h1>", '<h1 class="edited">'));
    const pages = await renderPages(["/no-such-database", "/fixtures/facetable/1"], userDir);
    expect(pages.get("/no-such-database")).toContain('<h1 class="edited">');
    expect(compiledFrom(where.dir)).toEqual(["error.html"]);
  });

  it.each([
    ["missing", null],
    ["not JSON", "{not json"],
    ["of another format", JSON.stringify({ format: 0, setup: "", templates: {} })],
  ])("should compile every template when the generated file is %s", async (_, text) => {
    where.dir = REAL_TEMPLATES;
    where.file = text === null ? path.join(tmp, "missing.json") : writeCompiled("broken.json", text);
    const pages = await renderPages(["/fixtures/facetable/1"], userDir);
    expect(pages.get("/fixtures/facetable/1")).toMatch(/^200\n<!DOCTYPE html>/);
    expect(compiledFrom(REAL_TEMPLATES)).toEqual(expect.arrayContaining(["base.html", "row.html"]));
  });
});

describe("an engine whose setup differs from the build's", () => {
  const dir = templateDir({ "page.html": `{% markdown %}*hi*{% endmarkdown %} {{ x }}` });
  const file = path.join(dir, "compiled.json");
  writeFileSync(file, JSON.stringify(precompileTemplates(dir)));
  const built = readFileSync(file, "utf8");
  const HI = `<div style="white-space: normal"><p><em>hi</em></p></div>`;

  it("should run the compiled code when the setup is the build's", async () => {
    const engine = createTemplateEngine({ dirs: [dir], compiled: { dir, file } });
    expect((await engine.render(["page.html"], { x: "<b>" })).body).toBe(`${HI} &lt;b&gt;`);
    expect(compiledFrom(dir)).toEqual([]);
  });

  it("should compile from source under a plugin's extension, which may preprocess or parse templates", async () => {
    const engine = createTemplateEngine({ dirs: [dir], compiled: { dir, file } });
    engine.addExtension("shout", {
      tags: ["shout"],
      preprocess: (src: string) => src.replace("{{ x }}", "{{ x | upper }}"),
      parse() {},
    });
    expect((await engine.render(["page.html"], { x: "<b>" })).body).toBe(`${HI} &lt;B&gt;`);
    expect(compiledFrom(dir)).toEqual(["page.html"]);
  });

  it("should compile from source when the generated file is older than the compiler's sources", async () => {
    const sources = templateDir({ "jinja-loops.ts": "// changed after the build" });
    utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const stale = createTemplateEngine({ dirs: [dir], compiled: { dir, file, sources } });
    await stale.render(["page.html"], { x: "" });
    expect(compiledFrom(dir)).toEqual(["page.html"]);
    const built = createTemplateEngine({ dirs: [dir], compiled: { dir, file, sources: dir + "-none" } });
    await built.render(["page.html"], { x: "" });
    expect(compiledFrom(dir)).toEqual(["page.html"]);
  });

  it("should compile from source without autoescape, and when told to use no compiled code", async () => {
    const raw = createTemplateEngine({ dirs: [dir], compiled: { dir, file }, autoescape: false });
    expect((await raw.render(["page.html"], { x: "<b>" })).body).toBe(`${HI} <b>`);
    const none = createTemplateEngine({ dirs: [dir], compiled: null });
    await none.render(["page.html"], { x: "" });
    expect(compiledFrom(dir)).toEqual(["page.html", "page.html"]);
    expect(readFileSync(file, "utf8")).toBe(built);
  });
});
