import { describe, expect, it } from "vitest";
import { createTemplateEngine } from "../../src/templates/engine.js";
import { renderMarkdown } from "../../src/templates/markdown.js";
import { dedent } from "../../src/templates/markdown-template.js";
import { templateDir } from "./site.js";

describe("render_markdown", () => {
  it("should keep allowed tags and wrap the output as datasette-render-markdown does", () => {
    const html = renderMarkdown("# Title\n\nSome *em* and **strong**, `code`.\n\n- a\n- b").val;
    expect(html).toBe(
      '<div style="white-space: normal"><h1>Title</h1>\n<p>Some <em>em</em> and <strong>strong</strong>, <code>code</code>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul></div>',
    );
  });

  it("should strip script tags and event handlers", () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script> <img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)">x</a>',
    ).val;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('<img src="x.png" style="max-width: 100%" />');
  });

  it("should escape tags outside the allow-list unless extra_tags allows them", () => {
    const table = "| a | b |\n| - | - |\n| 1 | 2 |";
    expect(renderMarkdown(table, { extensions: ["tables"] }).val).toContain("&lt;table&gt;");
    const html = renderMarkdown(table, {
      extensions: ["tables"],
      extraTags: ["table", "thead", "tbody", "tr", "th", "td"],
    }).val;
    expect(html).toContain("<table>");
    expect(html).toContain("<td>1</td>");
  });

  it("should mark links nofollow and keep only allowed attributes", () => {
    const html = renderMarkdown('[site](https://example.com "t") <span title="x">s</span>').val;
    expect(html).toContain('<a href="https://example.com" rel="nofollow">site</a>');
    expect(html).toContain("&lt;span");
    const withAttrs = renderMarkdown('<a href="/x" title="t">x</a>', { extraAttrs: { a: ["title"] } }).val;
    expect(withAttrs).toContain('title="t"');
  });

  it("should read tables only with the tables extension, as Python-Markdown does", () => {
    const html = renderMarkdown("| a | b |\n| - | - |\n| 1 | 2 |", { extraTags: ["table", "td"] }).val;
    expect(html).toBe('<div style="white-space: normal"><p>| a | b |\n| - | - |\n| 1 | 2 |</p></div>');
  });

  it("should render fenced code blocks only with the fenced_code extension", () => {
    const fence = "```sql\nselect 1 < 2;\n```";
    expect(renderMarkdown(fence, { extensions: ["fenced_code"] }).val).toContain(
      "<pre><code>select 1 &lt; 2;\n</code></pre>",
    );
    // Without it, Python-Markdown reads the backticks as an inline code span (whose newlines marked
    // writes as spaces, the same text once a browser collapses white space).
    const inline = renderMarkdown(fence).val;
    expect(inline).toMatch(
      /^<div style="white-space: normal"><p><code>sql\sselect 1 &lt; 2;\s?<\/code><\/p><\/div>$/,
    );
  });

  it("should highlight code with codehilite in Pygments' classes, kept only where extra_tags allow", () => {
    const code = "```python\ndef f(x):\n    return 'a' + 1  # c\n```";
    const allowed = {
      extensions: ["fenced_code", "codehilite"],
      extraTags: ["div", "span"],
      extraAttrs: { div: ["class"], span: ["class"] },
    };
    expect(renderMarkdown(code, allowed).val).toBe(
      '<div style="white-space: normal"><div class="codehilite"><pre><span></span><code>' +
        '<span class="k">def</span> <span class="nf">f</span><span class="p">(</span><span class="n">x</span><span class="p">):</span>\n' +
        '    <span class="k">return</span> <span class="s1">\'a\'</span> <span class="o">+</span> <span class="mi">1</span>  <span class="c1"># c</span>\n' +
        "</code></pre></div></div>",
    );
    const sql = renderMarkdown("```sql\nselect 'x' from t where n > 1.5 -- c\n```", allowed).val;
    expect(sql).toContain(
      '<span class="k">select</span> <span class="s1">\'x\'</span> <span class="k">from</span> <span class="n">t</span>',
    );
    expect(sql).toContain('<span class="mf">1.5</span> <span class="c1">-- c</span>');
    // Bleach's default allow-list has neither div nor span: they are escaped, the code stays readable.
    const plain = renderMarkdown(code, { extensions: ["fenced_code", "codehilite"] }).val;
    expect(plain).toContain("&lt;div&gt;<pre>&lt;span&gt;&lt;/span&gt;<code>&lt;span&gt;def&lt;/span&gt;");
  });

  it("should dedent like Python's textwrap.dedent", () => {
    expect(dedent("    a\n      b\n\n    c")).toBe("a\n  b\n\nc");
  });
});

describe("markdown in templates", () => {
  const dir = templateDir({
    "fn.html": `{{ render_markdown("**bold** <script>x</script>") }}`,
    "tag.html": `<section>
    {% markdown extensions="tables" extra_tags="table thead tbody tr th td" extra_attrs="a:title;img:width" %}
    ## Hello {{ name }}

    | a | b |
    | - | - |
    | 1 | 2 |

    [t](/x) <a href="/y" title="kept">y</a>
    {% endmarkdown %}
</section>`,
    "bad.html": `{% markdown colour="red" %}x{% endmarkdown %}`,
  });
  const engine = createTemplateEngine({ dirs: [dir] });

  it("should not escape render_markdown's output again", async () => {
    const body = (await engine.render(["fn.html"], {})).body;
    expect(body).toContain("<strong>bold</strong>");
    expect(body).not.toContain("<script>");
  });

  it("should render the markdown block tag dedented, with its options, escaping template values", async () => {
    const body = (await engine.render(["tag.html"], { name: "<Cleo>" })).body;
    expect(body).toContain("<h2>Hello &lt;Cleo&gt;</h2>");
    expect(body).toContain("<table>");
    expect(body).toContain('title="kept"');
  });

  it("should reject unknown attributes on the markdown tag", async () => {
    await expect(engine.render(["bad.html"], {})).rejects.toThrow(/unknown attribute 'colour'/);
  });
});
