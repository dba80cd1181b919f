import { describe, expect, it } from "vitest";
import { createTemplateEngine } from "../../src/templates/engine.js";
import { dedent, renderMarkdown } from "../../src/templates/markdown.js";
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
    expect(renderMarkdown(table).val).toContain("&lt;table&gt;");
    const html = renderMarkdown(table, { extraTags: ["table", "thead", "tbody", "tr", "th", "td"] }).val;
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

  it("should render fenced code blocks", () => {
    const html = renderMarkdown("```sql\nselect 1 < 2;\n```").val;
    expect(html).toContain("<pre><code>select 1 &lt; 2;\n</code></pre>");
  });

  it("should dedent like Python's textwrap.dedent", () => {
    expect(dedent("    a\n      b\n\n    c")).toBe("a\n  b\n\nc");
  });
});

describe("markdown in templates", () => {
  const dir = templateDir({
    "fn.html": `{{ render_markdown("**bold** <script>x</script>") }}`,
    "tag.html": `<section>
    {% markdown extra_tags="table thead tbody tr th td" extra_attrs="a:title;img:width" %}
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
