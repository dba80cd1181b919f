import { describe, expect, it } from "vitest";
import { createTemplateEngine, TemplateRenderError } from "../../src/templates/engine.js";
import { templateDir } from "./site.js";

async function render(template: string, context: Record<string, unknown> = {}): Promise<string> {
  const engine = createTemplateEngine({ dirs: [templateDir({ "t.html": template })] });
  return (await engine.render(["t.html"], context)).body;
}

describe("with blocks", () => {
  it("should bind names for the block only", async () => {
    expect(
      await render("{% with a = 1, b = x %}{{ a }}{{ b }}{% endwith %}[{{ a }}{{ b }}]", { x: "X" }),
    ).toBe("1X[]");
  });

  it("should shadow an outer variable and restore it after", async () => {
    expect(
      await render("{% set x = 1 %}{% with x = 2 %}{{ x }}{% set x = 3 %}{{ x }}{% endwith %}{{ x }}"),
    ).toBe("231");
    expect(await render("{% with x = 2 %}{{ x }}{% endwith %}{{ x }}", { x: "ctx" })).toBe("2ctx");
  });

  it("should read every value in the enclosing scope, before binding any name", async () => {
    expect(await render("{% with a = 1, b = a %}{{ a }}{{ b }}{% endwith %}", { a: "outer" })).toBe("1outer");
  });

  it("should keep a set inside the block from leaking, with or without assignments", async () => {
    expect(await render("{% with %}{% set foo = 42 %}{{ foo }}{% endwith %}[{{ foo }}]")).toBe("42[]");
    expect(await render("{% with a = 1 %}{% set b = a + 1 %}{{ b }}{% endwith %}[{{ b }}]")).toBe("2[]");
  });

  it("should still let a namespace carry state out of the block", async () => {
    expect(
      await render(
        "{% set ns = namespace(n=0) %}{% with step = 5 %}{% set ns.n = ns.n + step %}{% endwith %}{{ ns.n }}",
      ),
    ).toBe("5");
  });

  it("should scope to each iteration inside a for loop, with loop still visible", async () => {
    expect(
      await render(
        "{% for i in [1, 2] %}{% with d = i * 10 %}{{ d }}.{{ loop.index }}{% endwith %}[{{ d }}]{% endfor %}",
      ),
    ).toBe("10.1[]20.2[]");
  });

  it("should shadow a loop variable of the same name", async () => {
    expect(
      await render("{% for x in [1, 2] %}{% with x = 'w' %}{{ x }}{% endwith %}{{ x }}{% endfor %}"),
    ).toBe("w1w2");
  });

  it("should unpack `a, b = pair`", async () => {
    expect(
      await render("{% with a, b = pair, c = 3 %}{{ b }}{{ a }}{{ c }}{% endwith %}", { pair: [1, 2] }),
    ).toBe("213");
  });

  it("should work inside a macro and keep whitespace control", async () => {
    expect(
      await render("{% macro m(v) %}{% with w = v ~ '!' %}{{ w }}{% endwith %}{% endmacro %}{{ m('hi') }}"),
    ).toBe("hi!");
    expect(await render("{%- with a = 1 -%}\n  {{ a }}\n{%- endwith %}!")).toBe("1!");
  });

  it("should let an included template see the names", async () => {
    const dir = templateDir({
      "_row.html": "[{{ a }}]",
      "page.html": `{% for i in [5, 6] %}{% with a = i * 2 %}{% include "_row.html" %}{% endwith %}{% endfor %}`,
    });
    expect((await createTemplateEngine({ dirs: [dir] }).render(["page.html"], {})).body).toBe("[10][12]");
  });

  it("should work in a block that calls super()", async () => {
    const dir = templateDir({
      "base.html": "{% block b %}B{% endblock %}",
      "child.html": `{% extends "base.html" %}{% block b %}{% with w = super() %}({{ w }}){% endwith %}{% endblock %}`,
    });
    expect((await createTemplateEngine({ dirs: [dir] }).render(["child.html"], {})).body).toBe("(B)");
  });

  it("should report a malformed or unclosed with as a template error", async () => {
    await expect(render("{% with a 1 %}{% endwith %}")).rejects.toBeInstanceOf(TemplateRenderError);
    await expect(render("{% with a = 1 b = 2 %}{% endwith %}")).rejects.toBeInstanceOf(TemplateRenderError);
    await expect(render("{% with a = 1 %}{{ a }}")).rejects.toBeInstanceOf(TemplateRenderError);
  });
});
