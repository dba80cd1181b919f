import { describe, expect, it } from "vitest";
import { createTemplateEngine, TemplateRenderError } from "../../src/templates/engine.js";
import { templateDir } from "./site.js";

// Datasette's Jinja environment: the filters app.py adds, and Jinja's include of a list of names.
describe("Datasette's template filters", () => {
  const engine = createTemplateEngine({
    dirs: [
      templateDir({
        "css.html": `{% for n in names %}[{{ n|to_css_class }}]{% endfor %}`,
        "sql.html": `{{ "table"|escape_sqlite }} {{ "plain"|escape_sqlite }} {{ 'a b/c&d'|quote_plus }} {{ s|escape_css_string }}`,
      }),
    ],
  });

  it("should turn names into CSS classes as Datasette's to_css_class does (test_to_css_class)", async () => {
    // Cases from datasette/tests/test_utils.py test_to_css_class.
    const cases: [string, string][] = [
      ["simple", "simple"],
      ["MixedCase", "MixedCase"],
      ["-no-leading-hyphens", "no-leading-hyphens-65bea6"],
      ["_no-leading-underscores", "no-leading-underscores-b921bc"],
      ["no spaces", "no-spaces-7088d7"],
      ["-", "336d5e"],
      ["no $ characters", "no--characters-59e024"],
    ];
    const page = await engine.render(["css.html"], { names: cases.map(([name]) => name) });
    expect(page.body).toBe(cases.map(([, css]) => `[${css}]`).join(""));
  });

  it("should quote SQL names, URL text and CSS strings as Datasette's filters do", async () => {
    const page = await engine.render(["sql.html"], { s: `it's "x"\\` });
    // Autoescaped, as in Jinja: MarkupSafe writes `"` as &#34;.
    expect(page.body).toBe(`&#34;table&#34; plain a+b%2Fc%26d it\\000027s \\000022x\\000022\\00005C`);
  });
});

describe("{% include [list, of, names] %}", () => {
  const engine = createTemplateEngine({
    dirs: [
      templateDir({
        "_second.html": "second",
        "_third.html": "third",
        "page.html": `<{% include names %}>`,
        "literal.html": `<{% include ["_missing.html", "_third.html"] %}>`,
        "missing.html": `<{% include ["_nope.html", "_nada.html"] %}>`,
        "ignored.html": `<{% include ["_nope.html"] ignore missing %}>`,
      }),
    ],
  });

  it("should include the first template of the list that exists", async () => {
    expect(
      (await engine.render(["page.html"], { names: ["_first.html", "_second.html", "_third.html"] })).body,
    ).toBe("<second>");
    expect((await engine.render(["literal.html"], {})).body).toBe("<third>");
  });

  it("should still include a single name", async () => {
    expect((await engine.render(["page.html"], { names: "_third.html" })).body).toBe("<third>");
  });

  it("should fail naming every candidate when none exists, unless told to ignore missing", async () => {
    const error = await engine.render(["missing.html"], {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateRenderError);
    expect((error as Error).message).toContain("_nope.html, _nada.html");
    expect((await engine.render(["ignored.html"], {})).body).toBe("<>");
  });
});
