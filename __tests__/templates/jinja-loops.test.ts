import { describe, expect, it } from "vitest";
import { createTemplateEngine, TemplateRenderError } from "../../src/templates/engine.js";
import { templateDir } from "./site.js";

async function render(template: string, context: Record<string, unknown> = {}): Promise<string> {
  const engine = createTemplateEngine({ dirs: [templateDir({ "t.html": template })] });
  return (await engine.render(["t.html"], context)).body;
}

const tree = [
  {
    name: "a",
    children: [
      { name: "hidden", hidden: true },
      { name: "b", children: [{ name: "<c>" }] },
    ],
  },
  { name: "gone", hidden: true },
  { name: "d" },
];

describe("for loop filters", () => {
  it("should count only kept items in loop.index, length, revindex, first and last", async () => {
    const out = await render(
      "{% for x in [1, 2, 3, 4, 5] if x is odd %}{{ loop.index }}{{ loop.length }}{{ loop.revindex }}{{ loop.first }}{{ loop.last }} {% endfor %}",
    );
    expect(out).toBe("133TrueFalse 232FalseFalse 331FalseTrue ");
  });

  it("should run the else block when the filter keeps nothing, and not otherwise", async () => {
    const template = "{% for x in items if x > 10 %}{{ x }}{% else %}none{% endfor %}";
    expect(await render(template, { items: [1, 2] })).toBe("none");
    expect(await render(template, { items: [] })).toBe("none");
    expect(await render(template, { items: [1, 20] })).toBe("20");
  });

  it("should let the test read outer variables, an enclosing loop's variable and the outer loop", async () => {
    expect(
      await render("{% for r in rows if r.n > min %}{{ r.n }}{% endfor %}", {
        rows: [{ n: 1 }, { n: 5 }, { n: 9 }],
        min: 3,
      }),
    ).toBe("59");
    expect(
      await render(
        "{% for x in [1, 2] %}{% for y in [1, 2, 3] if y != x %}{{ loop.index }}{{ y }}{% endfor %};{% endfor %}",
      ),
    ).toBe("1223;1123;");
    // As in Jinja, `loop` in the test is the enclosing loop's: the filtered loop has not started yet.
    expect(
      await render(
        "{% for a in [1, 2] %}{% for b in [1, 2, 3] if b > loop.index %}{{ b }}{% endfor %};{% endfor %}",
      ),
    ).toBe("23;3;");
  });

  it("should bind every name of an unpacking loop in the test", async () => {
    const out = await render("{% for k, v in d.items() if v > 1 and k != 'c' %}{{ k }}={{ v }}{% endfor %}", {
      d: { a: 1, b: 2, c: 3 },
    });
    expect(out).toBe("b=2");
  });

  it("should filter dict keys, strings and an undefined iterable", async () => {
    expect(await render("{% for k in d if k != 'b' %}{{ k }}{% endfor %}", { d: { a: 1, b: 2, c: 3 } })).toBe(
      "ac",
    );
    expect(await render("{% for c in 'a-b' if c != '-' %}{{ c }}{% endfor %}")).toBe("ab");
    expect(await render("{% for x in missing if x %}{{ x }}{% else %}empty{% endfor %}")).toBe("empty");
  });

  it("should read a parenthesised inline if as the iterable and refuse an unparenthesised one, as Jinja does", async () => {
    expect(
      await render("{% for x in (a if c else b) %}{{ x }}{% endfor %}", { a: [1], b: [2], c: false }),
    ).toBe("2");
    await expect(
      render("{% for x in a if c else b %}{{ x }}{% endfor %}", { a: [1], b: [2] }),
    ).rejects.toBeInstanceOf(TemplateRenderError);
  });

  it("should keep whitespace control around a filtered loop", async () => {
    expect(
      await render("<ul>\n{%- for x in [1, 2] if x > 1 -%}\n  <li>{{ x }}</li>\n{%- endfor %}\n</ul>"),
    ).toBe("<ul><li>2</li>\n</ul>");
  });
});

describe("loop helpers", () => {
  it("should cycle by each loop's own index in nested loops", async () => {
    const out = await render(
      "{% for a in [1, 2] %}{% for b in [1, 2, 3] %}{{ loop.cycle('x', 'y', 'z') }}{% endfor %}{{ loop.cycle('A', 'B') }}|{% endfor %}",
    );
    expect(out).toBe("xyzA|xyzB|");
  });

  it("should cycle over kept items in a filtered loop", async () => {
    expect(
      await render("{% for x in [1, 2, 3, 4] if x > 1 %}{{ loop.cycle('odd', 'even') }}{% endfor %}"),
    ).toBe("oddevenodd");
  });

  it("should refuse loop.cycle() without items", async () => {
    await expect(render("{% for x in [1] %}{{ loop.cycle() }}{% endfor %}")).rejects.toThrow(
      /no items for cycling/,
    );
  });

  it("should give previtem and nextitem among kept items, undefined at the ends", async () => {
    const out = await render(
      "{% for x in [1, 2, 3, 4] if x > 1 %}{{ loop.previtem }}[{{ x }}]{{ loop.nextitem }}{{ loop.nextitem is defined }} {% endfor %}",
    );
    expect(out).toBe("[2]3True 2[3]4True 3[4]False ");
  });

  it("should report whether loop.changed's arguments differ from the last call", async () => {
    const rows = [{ g: "a" }, { g: "a" }, { g: "b" }, { g: "a" }];
    expect(
      await render("{% for r in rows %}{% if loop.changed(r.g) %}<{{ r.g }}>{% endif %}{% endfor %}", {
        rows,
      }),
    ).toBe("<a><b><a>");
  });

  it("should report depth 1 in plain loops, however nested", async () => {
    expect(
      await render(
        "{% for a in [1] %}{% for b in [1] %}{{ loop.depth }}{{ loop.depth0 }}{% endfor %}{% endfor %}",
      ),
    ).toBe("10");
  });
});

describe("recursive loops", () => {
  const template =
    "{% for item in tree if not item.hidden recursive %}<li>{{ loop.index }}.{{ item.name }}@{{ loop.depth }}" +
    "<ul>{{ loop(item.children) }}</ul></li>{% else %}-{% endfor %}";

  it("should render each level with its own index and depth, applying the filter and else at every level", async () => {
    expect(await render(template, { tree })).toBe(
      "<li>1.a@1<ul><li>1.b@2<ul><li>1.&lt;c&gt;@3<ul>-</ul></li></ul></li></ul></li><li>2.d@1<ul>-</ul></li>",
    );
  });

  it("should not escape loop() output again when autoescape is on", async () => {
    const out = await render(
      "{% for i in tree recursive %}{{ i.name }}({{ loop(i.children or []) }}){% endfor %}",
      { tree: [tree[0]] },
    );
    expect(out).toBe("a(hidden()b(&lt;c&gt;()))");
  });

  it("should run each level in the scope where the loop is written, not in the calling iteration's", async () => {
    const out = await render(
      "{% for i in tree recursive %}{% if not i.children %}[{{ seen }}]{% endif %}{% set seen = i.name %}{{ loop(i.children or []) }}{% endfor %}",
      {
        tree: [{ name: "a", children: [{ name: "b" }] }],
      },
    );
    expect(out).toBe("[]");
  });

  it("should work in a block that calls super()", async () => {
    const dir = templateDir({
      "base.html": "{% block b %}B{% endblock %}",
      "child.html": `{% extends "base.html" %}{% block b %}{% for x in xs if x > 1 recursive %}{{ super() }}{{ x }}{% endfor %}{% endblock %}`,
    });
    const engine = createTemplateEngine({ dirs: [dir] });
    expect((await engine.render(["child.html"], { xs: [1, 2, 3] })).body).toBe("B2B3");
  });
});
