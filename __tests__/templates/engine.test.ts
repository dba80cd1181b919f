import { describe, expect, it } from "vitest";
import {
  createTemplateEngine,
  TemplateNotFoundError,
  TemplateRenderError,
} from "../../src/templates/engine.js";
import { templateDir } from "./site.js";

const base = `<title>{% block title %}Site{% endblock %}</title>
<main>{% block content %}<p>base</p>{% endblock %}</main>
<footer>{% block footer %}[{{ heading }}|{{ a }}-{{ b }}]{% endblock %}</footer>`;

describe("template inheritance", () => {
  const dir = templateDir({
    "base.html": base,
    "_nav.html": `<nav>{{ section }}</nav>`,
    "child.html": `{% extends "base.html" %}
{% set heading = "Cats" %}
{% set a, b = "x", "y" %}
{% block title %}{{ heading }} - {{ super() }}{% endblock %}
{% block content %}{% include "_nav.html" %}{% block inner %}<p>{{ heading }}</p>{% endblock %}{% endblock %}`,
    "grandchild.html": `{% extends "child.html" %}{% block inner %}<b>{{ super() }}</b>{% endblock %}`,
  });
  const engine = createTemplateEngine({ dirs: [dir] });

  it("should make a child's top-level set visible in the parent's blocks", async () => {
    const page = await engine.render(["child.html"], { section: "animals" });
    expect(page.body).toContain("<title>Cats - Site</title>");
    expect(page.body).toContain("<footer>[Cats|x-y]</footer>");
    expect(page.body).toContain("<nav>animals</nav><p>Cats</p>");
  });

  it("should render nested blocks through two levels with super()", async () => {
    const page = await engine.render(["grandchild.html"], { section: "s" });
    expect(page.body).toContain("<nav>s</nav><b><p>Cats</p></b>");
  });

  it("should render the first template of a list that exists", async () => {
    expect(engine.resolve(["missing.html", "child.html"])).toBe("child.html");
    await expect(engine.render(["nope.html", "also-nope.html"], {})).rejects.toBeInstanceOf(
      TemplateNotFoundError,
    );
  });

  it("should refuse template names that climb out of the folder", () => {
    expect(engine.resolve(["../base.html", "/etc/passwd", "pages/../../x.html"])).toBeNull();
  });

  it("should read default: names from the built-in (last) folder so user templates can extend it", async () => {
    const builtin = templateDir({ "row.html": `built-in {% block body %}row{% endblock %}` });
    const user = templateDir({
      "row.html": `{% extends "default:row.html" %}{% block body %}custom {{ super() }}{% endblock %}`,
    });
    const e = createTemplateEngine({ dirs: [user, builtin] });
    expect((await e.render(["row.html"], {})).body).toBe("built-in custom row");
  });

  it("should report a syntax error with the template name", async () => {
    const e = createTemplateEngine({ dirs: [templateDir({ "bad.html": "{% if %}" })] });
    const err = await e.render(["bad.html"], {}).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(TemplateRenderError);
    expect((err as Error).message).toContain("bad.html");
  });
});

describe("response effects", () => {
  const dir = templateDir({
    "base.html": base,
    "gone.html": `{% extends "base.html" %}{{ raise_404("No such cat") }}{% block content %}never{% endblock %}`,
    "effects.html": `{{ custom_status(418) }}{{ custom_header("X-Cat", "Cleo") }}teapot`,
    "redirect.html": `{{ custom_redirect("/elsewhere") }}{{ custom_redirect("/moved", 301) if permanent }}`,
  });
  const engine = createTemplateEngine({ dirs: [dir] });

  it("should answer 404 from raise_404 outside any block in a child template", async () => {
    const page = await engine.render(["gone.html"], {});
    expect(page.notFound).toBe("No such cat");
    expect(page.body).toBe("");
  });

  it("should collect custom_status and custom_header", async () => {
    const page = await engine.render(["effects.html"], {});
    expect(page).toMatchObject({
      status: 418,
      headers: { "X-Cat": "Cleo" },
      body: "teapot",
      notFound: null,
      redirect: null,
    });
  });

  it("should collect custom_redirect with 302 by default and a given status", async () => {
    expect((await engine.render(["redirect.html"], {})).redirect).toEqual({
      location: "/elsewhere",
      status: 302,
    });
    expect((await engine.render(["redirect.html"], { permanent: true })).redirect).toEqual({
      location: "/moved",
      status: 301,
    });
  });
});

describe("plugins", () => {
  it("should let a plugin add a global, a filter and a block tag", async () => {
    const engine = createTemplateEngine({
      dirs: [
        templateDir({ "p.html": `{{ greet("Cleo")|shout }} {% upper %}in {{ "block" }}{% endupper %}` }),
      ],
    });
    engine.addGlobal("greet", (name: string) => `hello ${name}`);
    engine.addFilter("shout", (s: string) => `${s}!`);
    engine.addExtension("upper", {
      tags: ["upper"],
      parse(parser: any, nodes: any) {
        const tok = parser.nextToken();
        const args = parser.parseSignature(null, true);
        parser.advanceAfterBlockEnd(tok.value);
        const body = parser.parseUntilBlocks("endupper");
        parser.advanceAfterBlockEnd();
        return new nodes.CallExtension(this, "run", args, [body]);
      },
      run(_context: unknown, body: () => string) {
        return body().toUpperCase();
      },
    });
    expect((await engine.render(["p.html"], {})).body).toBe("hello Cleo! IN BLOCK");
  });

  it("should provide format_bytes and datasette_version", async () => {
    const engine = createTemplateEngine({
      dirs: [
        templateDir({
          "f.html": `{{ format_bytes(500) }}|{{ format_bytes(1536) }}|{{ format_bytes(5 * 1024 * 1024) }}|{{ datasette_version }}`,
        }),
      ],
    });
    expect((await engine.render(["f.html"], {})).body).toBe("500 bytes|1.5 KB|5.0 MB|1.0a37");
  });

  it("should print a plugin block tag's output as is, as Jinja prints an extension's", async () => {
    const engine = createTemplateEngine({
      dirs: [templateDir({ "toc.html": `{% toc %}<h2>One</h2>{{ "<i>" }}{% endtoc %}` })],
    });
    engine.addExtension("toc", {
      tags: ["toc"],
      parse(parser: any, nodes: any) {
        const tok = parser.nextToken();
        parser.advanceAfterBlockEnd(tok.value);
        const body = parser.parseUntilBlocks("endtoc");
        parser.advanceAfterBlockEnd();
        return new nodes.CallExtension(this, "run", new nodes.NodeList(), [body]);
      },
      run(_context: unknown, body: () => unknown) {
        return `<ul><li>One</li></ul>${String(body())}`;
      },
    });
    expect((await engine.render(["toc.html"], {})).body).toBe("<ul><li>One</li></ul><h2>One</h2>&lt;i&gt;");
  });

  it("should give a plugin's functions and filters plain numbers, even for 1.0", async () => {
    const engine = createTemplateEngine({
      dirs: [
        templateDir({
          "n.html": `{{ kind(1.0) }} {{ (4 / 2)|kind }} {{ kind({"a": [2.0]}) }} {{ kind([{"b": 3.0}]) }}`,
        }),
      ],
    });
    const kind = (v: unknown) => JSON.stringify(v) + ":" + typeof v;
    engine.addGlobal("kind", kind);
    engine.addFilter("kind", kind);
    expect((await engine.render(["n.html"], {})).body).toBe(
      "1:number 2:number {&#34;a&#34;:[2]}:object [{&#34;b&#34;:3}]:object",
    );
  });
});
