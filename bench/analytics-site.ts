/**
 * A site of the shape most real Datasette sites have (bench/site.bench.ts exports it): custom pages
 * that run `sql()` and render Markdown, table and row pages, and one third-party analytics tag in the
 * base template — `<script defer data-domain="…" src="https://plausible.example/js/script.js">` — on
 * every page. `ownScripts` pages (a chart drawn by an inline script) are added when asked, to show what
 * a page with a script of its own costs beside the rest.
 */
import path from "node:path";
import { mkdir, writeFile } from "node:fs/promises";
import Database from "better-sqlite3";

export const ANALYTICS_SRC = "https://plausible.example/js/script.js";
export const ANALYTICS_TAG = `<script defer data-domain="bench.example" src="${ANALYTICS_SRC}"></script>`;

const BASE = `{% extends "default:base.html" %}
{% block extra_head %}${ANALYTICS_TAG}{% endblock %}
`;

const ENTRY = `{% extends "base.html" %}
{% set rows = sql("select * from entries where slug = :slug", {"slug": slug}) %}
{% if not rows %}{{ raise_404("No entry " + slug) }}{% endif %}
{% set entry = rows[0] %}
{% block title %}{{ entry.title }}{% endblock %}
{% block content %}
<h1>{{ entry.title }}</h1>
<p>In <a href="/categories/{{ entry.category }}">{{ entry.category }}</a>, {{ entry.stars }} stars.</p>
<div class="body">{{ render_markdown(entry.body) }}</div>
{% endblock %}
`;

const CATEGORY = `{% extends "base.html" %}
{% block title %}{{ name }}{% endblock %}
{% block content %}
<h1>{{ name }}</h1>
<ul>{% for e in sql("select slug, title, stars from entries where category = ? order by stars desc", [name]) %}
<li><a href="/entries/{{ e.slug }}">{{ e.title }}</a> ({{ e.stars }})</li>{% endfor %}</ul>
{% endblock %}
`;

const ABOUT = `{% extends "base.html" %}
{% block title %}About{% endblock %}
{% block content %}{{ render_markdown("# About\\n\\nA directory of entries, built from *Markdown* and SQL.") }}
<p>{{ sql("select count(*) as n from entries")[0].n }} entries.</p>{% endblock %}
`;

/** An inline script that draws into the page on load: the kind of page that does need Chromium. */
const CHART = `{% extends "base.html" %}
{% block title %}Chart {{ n }}{% endblock %}
{% block content %}
<h1>Chart {{ n }}</h1><div id="chart"></div>
<script>
const values = [{% for r in sql("select stars from entries order by slug limit 12 offset ?", [n]) %}{{ r.stars }},{% endfor %}];
window.addEventListener("load", () => {
  document.getElementById("chart").innerHTML = values.map((v) => '<i style="height:' + v + 'px"></i>').join("");
});
</script>
{% endblock %}
`;

export interface AnalyticsSite {
  dir: string;
  /** The 234 paths: 160 entries, 20 categories, about, the index, the database, 2 tables, 49 rows. */
  paths: string[];
  /** Pages with a script of their own, when asked for. */
  ownScriptPaths: string[];
}

const CATEGORIES = 20;
const ENTRIES = 160;

export async function createAnalyticsSite(dir: string, ownScripts = 0): Promise<AnalyticsSite> {
  await mkdir(path.join(dir, "templates", "pages", "entries"), { recursive: true });
  await mkdir(path.join(dir, "templates", "pages", "categories"), { recursive: true });
  await mkdir(path.join(dir, "templates", "pages", "charts"), { recursive: true });
  const db = new Database(path.join(dir, "data.db"));
  db.exec(`create table categories (name text primary key, description text);
    create table entries (slug text primary key, title text, category text references categories(name),
      stars integer, body text)`);
  const cat = db.prepare("insert into categories values (?, ?)");
  const entry = db.prepare("insert into entries values (?, ?, ?, ?, ?)");
  db.transaction(() => {
    for (let c = 1; c <= CATEGORIES; c++) cat.run(`category-${c}`, `Things of kind ${c}`);
    for (let i = 1; i <= ENTRIES; i++)
      entry.run(
        `entry-${i}`,
        `Entry ${i}`,
        `category-${(i % CATEGORIES) + 1}`,
        (i * 37) % 500,
        `Entry **${i}** does *something*.\n\n- one\n- two\n\n` + "A paragraph of text. ".repeat(20),
      );
  })();
  db.close();
  const t = (rel: string, text: string) => writeFile(path.join(dir, "templates", rel), text);
  await t("base.html", BASE);
  await t("pages/entries/{slug}.html", ENTRY);
  await t("pages/categories/{name}.html", CATEGORY);
  await t("pages/about.html", ABOUT);
  await t("pages/charts/{n}.html", CHART);
  const paths = [
    "/",
    "/about",
    "/data",
    "/data/entries",
    "/data/categories",
    ...Array.from({ length: ENTRIES }, (_, i) => `/entries/entry-${i + 1}`),
    ...Array.from({ length: CATEGORIES }, (_, c) => `/categories/category-${c + 1}`),
    ...Array.from({ length: CATEGORIES }, (_, c) => `/data/categories/category-${c + 1}`),
    ...Array.from({ length: 29 }, (_, i) => `/data/entries/entry-${i + 1}`),
  ];
  const ownScriptPaths = Array.from({ length: ownScripts }, (_, i) => `/charts/${i}`);
  return { dir, paths, ownScriptPaths };
}
