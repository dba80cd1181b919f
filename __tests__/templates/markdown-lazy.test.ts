/**
 * The markdown renderer loads on first use (markdown-template.ts): a server that renders no markdown
 * never loads it, and the first page that does render markdown in a fresh thread comes out exactly as
 * later ones do. Each test imports the engine afresh (vi.resetModules), as a new process or render
 * thread would, so no earlier test has loaded the renderer; nothing here imports markdown.ts statically.
 */
import { describe, expect, it, vi } from "vitest";
import type { QueryResult } from "../../src/db/types.js";
import { templateDir } from "./site.js";

async function freshEngine() {
  vi.resetModules();
  const engine = await import("../../src/templates/engine.js");
  const markdown = await import("../../src/templates/markdown-template.js");
  return { ...engine, markdown };
}

const dir = templateDir({
  "page.html": `<h1>{{ title }}</h1>{{ render_markdown("**bold** <script>x</script>") }}
{% markdown extra_attrs="a:href,title" %}
    ## {{ title }}

    [t](/x "kept")
{% endmarkdown %}`,
  // Nine queries, each found only once the one before it has answered: exactly MAX_SQL_PASSES passes.
  "chain.html":
    `{{ render_markdown("*first*") }}{% set ns = namespace(n=0) %}` +
    `{% for i in range(9) %}{% set ns.n = sql("select " ~ ns.n)[0][0] + 1 %}{% endfor %}{{ ns.n }}`,
  "plain.html": `<p>{{ title }}</p>`,
});

const PAGE =
  '<h1>&lt;Cleo&gt;</h1><div style="white-space: normal"><p><strong>bold</strong> &lt;script&gt;x&lt;/script&gt;</p></div>\n' +
  '<div style="white-space: normal"><h2>&lt;Cleo&gt;</h2>\n<p><a href="/x" title="kept" rel="nofollow">t</a></p></div>';

describe("markdown loaded on first use", () => {
  it("renders the first page of a fresh thread as every later one, and refuses a call outside a render", async () => {
    const { createTemplateEngine, markdown } = await freshEngine();
    expect(markdown.markdownLoaded()).toBe(false);
    expect(() => markdown.renderMarkdownFunction("*x*")).toThrow(markdown.MarkdownNotLoadedError);
    const engine = createTemplateEngine({ dirs: [dir] });
    // Pages rendered at once, as an export renders them: every one waits for the same load.
    const first = await Promise.all([1, 2, 3].map(() => engine.render(["page.html"], { title: "<Cleo>" })));
    expect(markdown.markdownLoaded()).toBe(true);
    const later = await engine.render(["page.html"], { title: "<Cleo>" });
    expect(later.body).toBe(PAGE);
    for (const page of first) expect(page).toEqual(later);
    expect(markdown.renderMarkdownFunction("*x*").val).toBe(
      '<div style="white-space: normal"><p><em>x</em></p></div>',
    );
  });

  it("does not count the pass that waited for the renderer among a render's sql() passes", async () => {
    const { createTemplateEngine, markdown, MAX_SQL_PASSES } = await freshEngine();
    expect(MAX_SQL_PASSES).toBe(10);
    const engine = createTemplateEngine({ dirs: [dir] });
    const run = async (sql: string): Promise<QueryResult> => {
      return { columns: ["n"], rows: [[Number(sql.slice("select ".length))]], truncated: false };
    };
    expect(markdown.markdownLoaded()).toBe(false);
    const page = await engine.render(["chain.html"], {}, run);
    expect(page.body).toBe('<div style="white-space: normal"><p><em>first</em></p></div>9');
  });

  it("is not loaded by a server that boots and answers HTML and JSON pages without markdown", async () => {
    const { markdown } = await freshEngine();
    // The server's modules from the same fresh set as `markdown`.
    const { startFixturesServer } = await import("../helpers/server.js");
    const server = await startFixturesServer();
    try {
      for (const page of ["fixtures/facetable", "fixtures/facetable/1", "fixtures/facetable/1.json", ""]) {
        const response = await server.get(page);
        expect(response.status, page).toBe(200);
        await response.text();
      }
      expect(markdown.markdownLoaded()).toBe(false);
    } finally {
      await server.close();
    }
  });
});
