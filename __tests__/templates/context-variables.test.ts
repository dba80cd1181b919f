/**
 * A template's variables are read through to its caller's instead of copied for every include and
 * `import … with context` (jinja-compat.ts, installContextVariables): these pin down that every template
 * still sees exactly what it saw when each one got a copy (they pass on the copying version too).
 */
import { describe, expect, it } from "vitest";
import nunjucks from "nunjucks";
import { createTemplateEngine } from "../../src/templates/engine.js";
import { layeredVariables, readVariable, withDefaults } from "../../src/templates/jinja-compat.js";
import { templateDir } from "./site.js";

const dir = templateDir({
  "page.html": `{% set top = "T" %}[{{ a }}]{% include "_inc.html" %}[{{ leaked }}]{% block b %}{% set inner = "I" %}{% include "_inc.html" %}{% endblock %}`,
  "_inc.html": `<{{ a }}|{{ top }}|{{ inner }}>{% set leaked = "L" %}`,
  "macros.html": `{% import "_m.html" as m with context %}{% import "_m.html" as bare %}{{ m.show() }}/{{ bare.show() }}`,
  "_m.html": `{% set defined_here = "D" %}{% macro show() %}{{ a }}{{ defined_here }}{% endmacro %}`,
  "child.html": `{% extends "parent.html" %}{% set top = "child-top" %}{% block b %}{{ top }}{{ super() }}{% endblock %}`,
  "parent.html": `{% import "_m.html" as m with context %}{% block b %}<{{ m.show() }}>{% endblock %}{% include "_inc.html" %}`,
  "names.html": `{{ range is defined }}|{{ shadow }}|{{ datasette_version }}`,
  "ext.html": `{% set own = "O" %}{% include "_ext.html" %}`,
  "_ext.html": `{% set inc = "N" %}{% seen %}`,
  "layers.html": `{{ a }}{{ b }}{{ c }}{{ d }}{% include "_layers.html" %}`,
  "_layers.html": `/{{ a }}{{ b }}{{ c }}{{ d }}`,
});

/** An engine with a `{% seen %}` tag, as a plugin extension would add one, printing what `show` makes of context.ctx. */
function engineWithSeenTag(show: (ctx: Record<string, unknown>) => string) {
  const e = createTemplateEngine({ dirs: [dir] });
  e.addExtension("seen", {
    tags: ["seen"],
    parse(parser: any, nodes: any) {
      const tok = parser.nextToken();
      parser.advanceAfterBlockEnd(tok.value);
      return new nodes.CallExtension(this, "run", new nodes.NodeList(), []);
    },
    run: (context: { ctx: Record<string, unknown> }) => show(context.ctx),
  });
  return e;
}

describe("a template's variables, read through rather than copied", () => {
  const engine = createTemplateEngine({ dirs: [dir] });

  it("should let an include see its caller's variables and keep its own sets to itself", async () => {
    const page = await engine.render(["page.html"], { a: "A" });
    // The include sees the context, the caller's top-level set and, inside a block, the block's own set
    // (Jinja passes an include its caller's locals); its `set leaked` never reaches the caller.
    expect(page.body).toBe("[A]<A|T|>[]<A|T|I>");
  });

  it("should give macros imported with context the caller's variables, and without context none", async () => {
    expect((await engine.render(["macros.html"], { a: "A" })).body).toBe("AD/D");
  });

  it("should see a child template's top-level sets from the parent's imports and includes", async () => {
    expect((await engine.render(["child.html"], { a: "A" })).body).toBe("child-top<AD><A|child-top|>");
  });

  it("should let a context name hide a global, even when its value is undefined", async () => {
    expect((await engine.render(["names.html"], { shadow: "s" })).body).toBe("True|s|1.0a37");
    expect((await engine.render(["names.html"], { range: undefined, shadow: "s" })).body).toBe(
      "False|s|1.0a37",
    );
  });

  it("should leave the caller's context object as it was, so a second render gives the same bytes", async () => {
    const context = { a: "A" };
    const first = await engine.render(["page.html"], context);
    expect(context).toEqual({ a: "A" });
    expect((await engine.render(["page.html"], context)).body).toBe(first.body);
  });

  it("should still show an extension every variable through context.ctx", async () => {
    const e = engineWithSeenTag((ctx) =>
      Object.keys(ctx)
        .filter((k) => ["a", "own", "inc", "sql"].includes(k))
        .map((k) => `${k}=${typeof ctx[k] === "function" ? "fn" : String(ctx[k])}`)
        .join(","),
    );
    expect((await e.render(["ext.html"], { a: "A" })).body).toBe("a=A,sql=fn,own=O,inc=N");
  });

  it("should read layered variables top first, as the object Object.assign would build", async () => {
    const view = layeredVariables({ a: "view-a", b: "view-b" }, { a: "json-a", c: "json-c" });
    const context = layeredVariables({ b: "base-b" }, withDefaults(view, { c: "default-c", d: "default-d" }));
    const flat = Object.assign(
      {},
      { c: "default-c", d: "default-d" },
      { a: "json-a", c: "json-c" },
      {
        a: "view-a",
        b: "view-b",
      },
      { b: "base-b" },
    );
    const expected = "view-abase-bjson-cdefault-d/view-abase-bjson-cdefault-d";
    expect((await engine.render(["layers.html"], context)).body).toBe(expected);
    expect((await engine.render(["layers.html"], flat)).body).toBe(expected);
    for (const name of ["a", "b", "c", "d", "e"]) expect(readVariable(context, name)).toBe(flat[name as "a"]);
  });

  it("should give an extension the layers merged in Object.assign's key order", async () => {
    const e = engineWithSeenTag((ctx) =>
      Object.entries(ctx)
        .filter(([, v]) => typeof v === "string")
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(","),
    );
    const context = layeredVariables(
      { own: "O", a: "top" },
      withDefaults({ a: "A", b: "B" }, { z: "Z", b: "low" }),
    );
    expect((await e.render(["ext.html"], context)).body).toBe("z=Z,b=B,a=top,own=O,inc=N");
  });
});

describe("a pushed frame's variables", () => {
  it("should have no prototype: a name like constructor is the parent's to answer, until set", () => {
    createTemplateEngine({ dirs: [dir] }); // installs jinja-compat's Frame.push
    const Frame = (nunjucks as unknown as { runtime: { Frame: new () => any } }).runtime.Frame;
    const outer = new Frame();
    outer.set("toString", "outer");
    const inner = outer.push();
    // A frame over Object.prototype would answer its own constructor and toString here.
    expect(inner.lookup("constructor")).toBeUndefined();
    expect(inner.lookup("toString")).toBe("outer");
    inner.set("constructor", "C");
    expect(inner.lookup("constructor")).toBe("C");
    expect(Object.keys(inner.variables)).toEqual(["constructor"]);
  });
});
