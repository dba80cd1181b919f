/**
 * Our own code for Nunjucks's variable lookup and for the waterfall that runs each include
 * (jinja-compat.ts, installFastPaths): these pin down the answers Nunjucks's own code gave.
 */
import { describe, expect, it } from "vitest";
import nunjucks from "nunjucks";
import { createTemplateEngine, TemplateRenderError } from "../../src/templates/engine.js";
import { templateDir } from "./site.js";

const dir = templateDir({
  "scopes.html": `{{ x }}{% for x in ["loop"] %}:{{ x }}{% set y = "inner" %}{{ y }}{% endfor %}:{{ x }}:{{ y }}`,
  "literals.html": `{{ True }}|{{ False }}|{{ None }}|{{ nothing is defined }}|{{ datasette_version }}`,
  "includes.html": `a{% include "_one.html" %}b{% include "_two.html" %}c{% include "_none.html" ignore missing %}d`,
  "_one.html": `1{% include "_two.html" %}`,
  "_two.html": `2[{{ x }}]`,
  "broken.html": `before{% include "_broken.html" %}after`,
  "_broken.html": `{{ fails() }}`,
  "missing.html": `{% include "_nowhere.html" %}`,
});
const engine = createTemplateEngine({ dirs: [dir] });

describe("variable lookup", () => {
  it("reads a frame's variables before the context's, and a loop's stay in the loop", async () => {
    expect((await engine.render(["scopes.html"], { x: "ctx", y: "Y" })).body).toBe("ctx:loopinner:ctx:Y");
  });

  it("answers True, False and None when no variable has the name, and a context name before a global", async () => {
    expect((await engine.render(["literals.html"], {})).body).toBe("True|False|None|False|1.0a37");
    expect(
      (await engine.render(["literals.html"], { True: "t", None: "n", datasette_version: "mine" })).body,
    ).toBe("t|False|n|False|mine");
  });
});

describe("includes", () => {
  it("render in order, nested, each with its caller's variables; a missing one may be ignored", async () => {
    expect((await engine.render(["includes.html"], { x: "X" })).body).toBe("a12[X]b2[X]cd");
  });

  it("report an error inside an include, or a missing include, as the render's error", async () => {
    const fails = () => {
      throw new Error("no luck");
    };
    await expect(engine.render(["broken.html"], { fails })).rejects.toThrow(/no luck/);
    await expect(engine.render(["missing.html"], {})).rejects.toBeInstanceOf(TemplateRenderError);
    await expect(engine.render(["missing.html"], {})).rejects.toThrow(/_nowhere\.html/);
  });

  it("render the same when Nunjucks is given a callback", async () => {
    const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir));
    const body = await new Promise<string>((resolve, reject) =>
      env.render("includes.html", { x: "X" }, (err, res) => (err ? reject(err) : resolve(res!))),
    );
    expect(body).toBe("a12[X]b2[X]cd");
  });
});
