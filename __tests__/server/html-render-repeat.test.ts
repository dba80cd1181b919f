/**
 * HTML pages keep what does not change between pages (a database's colour) and copy less of their
 * context (templates/jinja-compat.ts): a page rendered again, or after another database's or table's
 * page, is byte for byte what it was, and a plugin's answer is asked for on every page, never reused.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { createServer, type DatasetteServer } from "../../src/server/server.js";

const PLUGIN = `let calls = 0;
export default {
  name: "per-page-answers",
  extraBodyScript(page) {
    return page.viewName === "row" ? "window.call = " + ++calls + ";" : null;
  },
  extraTemplateVars(page) {
    return page.table === "others" ? { table_seen: page.table, row_label: "from the plugin" } : { table_seen: page.table };
  },
};
`;

const ROW_TEMPLATE = `{% extends "default:row.html" %}{% block content %}{{ super() }}<p id="seen">{{ table_seen }} {{ database_color }}</p><p id="vars">{{ row_label }} {{ alternate_url_json }}</p>{% endblock %}`;

let dir: string;
let server: DatasetteServer;
let url: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dx-html-repeat-"));
  for (const name of ["alpha", "beta"]) {
    const db = new Database(path.join(dir, `${name}.db`));
    db.exec(
      "create table things (id integer primary key, label text); create table others (id integer primary key)",
    );
    db.prepare("insert into things values (1, ?), (2, ?)").run(`${name} <one>`, `${name} & two`);
    db.exec("insert into others values (1)");
    db.close();
  }
  await writeFile(path.join(dir, "plugin.mjs"), PLUGIN);
  const templates = path.join(dir, "templates");
  await mkdir(templates);
  await writeFile(path.join(templates, "row.html"), ROW_TEMPLATE);
  const config = await loadConfig({
    files: [path.join(dir, "alpha.db"), path.join(dir, "beta.db")],
    pluginsDir: dir,
    templateDir: templates,
  });
  // An export's server (deterministic): no timings in the footer, so two renders may be compared whole.
  server = await createServer({ ...config, deterministic: true });
  url = await server.listen(0, "127.0.0.1");
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const md5Colour = (name: string) => createHash("md5").update(name, "utf8").digest("hex").slice(0, 6);
const page = async (p: string) => {
  const response = await fetch(new URL(p, url));
  expect(response.status, p).toBe(200);
  return response.text();
};
const withoutCall = (html: string) => html.replace(/window\.call = \d+;/, "window.call = N;");
const call = (html: string) => Number(/window\.call = (\d+);/.exec(html)?.[1]);

describe("an HTML page rendered again", () => {
  it("should give the same bytes, with each plugin answer asked for again", async () => {
    const first = await page("alpha/things/1");
    const second = await page("alpha/things/1");
    expect(withoutCall(second)).toBe(withoutCall(first));
    expect(call(second)).toBe(call(first) + 1);
    expect(first).toContain("alpha &lt;one&gt;");
  });

  it("should keep each database's colour and each table's plugin variables to its own pages", async () => {
    const alpha = await page("alpha/things/2");
    const beta = await page("beta/things/2");
    const others = await page("alpha/others/1");
    const alphaAgain = await page("alpha/things/2");
    expect(alpha).toContain(`<p id="seen">things ${md5Colour("alpha")}</p>`);
    expect(alpha).toContain(`border-left: 10px solid #${md5Colour("alpha")}`);
    expect(beta).toContain(`<p id="seen">things ${md5Colour("beta")}</p>`);
    expect(beta).toContain("beta &amp; two");
    expect(others).toContain(`<p id="seen">others ${md5Colour("alpha")}</p>`);
    expect(withoutCall(alphaAgain)).toBe(withoutCall(alpha));
    // The view's variables over alternate_url_json, and a plugin's extra_template_vars over both.
    expect(alpha).toMatch(
      /<p id="vars">alpha &amp; two http:\/\/127\.0\.0\.1:\d+\/alpha\/things\/2\.json<\/p>/,
    );
    expect(others).toContain('<p id="vars">from the plugin ');
  });

  it("should render a table page and a query page the same way twice", async () => {
    for (const p of ["alpha/things", "beta/-/query?sql=select+label+from+things", "alpha"]) {
      expect(await page(p), p).toBe(await page(p));
    }
  });
});
