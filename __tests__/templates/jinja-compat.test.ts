/**
 * The Jinja2 compatibility suite: each case is a template and a context, with the output Jinja2 3.1
 * renders for it (autoescape on, as Datasette configures it). The expected outputs in
 * jinja-cases.json were produced by rendering each case with Jinja2 itself.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createTemplateEngine } from "../../src/templates/engine.js";

interface Case {
  name: string;
  template: string;
  context: Record<string, unknown>;
  expected: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(path.join(here, "jinja-cases.json"), "utf8")) as Case[];
const dir = mkdtempSync(path.join(tmpdir(), "jinja-compat-"));
cases.forEach((c, i) => writeFileSync(path.join(dir, `case${i}.html`), c.template));
const engine = createTemplateEngine({ dirs: [dir] });
const results: boolean[] = [];

describe("Jinja2 compatibility", () => {
  afterAll(() => {
    console.log(`Jinja2 compatibility: ${results.filter(Boolean).length} / ${cases.length} cases pass`);
  });

  cases.forEach((c, i) => {
    it(c.name, async () => {
      results[i] = false;
      const page = await engine.render([`case${i}.html`], c.context);
      expect(page.body).toBe(c.expected);
      results[i] = true;
    });
  });
});
