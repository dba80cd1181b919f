/**
 * Template engine: render time per request of a custom page that runs three sql() calls against a real
 * SQLite file, beside the floor — the same page as a TypeScript template literal running the same
 * three queries. Both use the same better-sqlite3 runner, so the gap is the engine's cost (its render
 * passes, Jinja semantics and escaping).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createTemplateEngine } from "../src/templates/engine.js";
import type { SqlRunner } from "../src/templates/types.js";
import { printTable } from "./table.js";

const ITERATIONS = 3000;

const Q_COUNT = "select count(*) from facetable";
const Q_CITIES = "select id, name from facet_cities order by name";
const Q_PLANETS =
  "select pk, planet_int, on_earth, state from facetable where on_earth = :e order by pk limit 10";

const PAGE = `<h1>Facets</h1>
<p>{{ "{:,}".format(sql("${Q_COUNT}")[0][0]) }} rows</p>
<ul>{% for city in sql("${Q_CITIES}") %}<li>{{ city.name }}</li>{% endfor %}</ul>
<table>{% for row in sql("${Q_PLANETS}", {"e": 1}) %}<tr><td>{{ row.pk }}</td><td>{{ row["state"] }}</td></tr>{% endfor %}</table>`;

function escape(v: unknown): string {
  return String(v).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-templates-"));
  const file = path.join(dir, "fixtures.db");
  copyFileSync("/work/shared/datasette-fixtures/fixtures.db", file);
  writeFileSync(path.join(dir, "page.html"), PAGE);
  const db = new Database(file, { readonly: true });
  const run: SqlRunner = async (query, params) => {
    const stmt = db.prepare(query);
    const rows = (params === undefined ? stmt.raw().all() : stmt.raw().all(params as any)) as any[][];
    return { columns: stmt.columns().map((c) => c.name), rows, truncated: false };
  };
  const engine = createTemplateEngine({ dirs: [dir] });

  const literal = async (): Promise<string> => {
    const [count, cities, planets] = await Promise.all([
      run(Q_COUNT, undefined, undefined),
      run(Q_CITIES, undefined, undefined),
      run(Q_PLANETS, { e: 1 }, undefined),
    ]);
    return `<h1>Facets</h1>
<p>${Number(count.rows[0]![0]).toLocaleString("en-US")} rows</p>
<ul>${cities.rows.map((r) => `<li>${escape(r[1])}</li>`).join("")}</ul>
<table>${planets.rows.map((r) => `<tr><td>${escape(r[0])}</td><td>${escape(r[3])}</td></tr>`).join("")}</table>`;
  };

  const time = async (fn: () => Promise<unknown>) => {
    for (let i = 0; i < 200; i++) await fn(); // warm-up: compile, JIT
    const start = process.hrtime.bigint();
    for (let i = 0; i < ITERATIONS; i++) await fn();
    return Number(process.hrtime.bigint() - start) / 1e3 / ITERATIONS;
  };

  const tplUs = await time(() => engine.render(["page.html"], {}, run));
  const litUs = await time(literal);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  printTable([
    {
      case: "custom page, 3 sql() calls (template engine)",
      "µs / render": tplUs,
      "renders / s": Math.round(1e6 / tplUs),
      "× floor": tplUs / litUs,
    },
    {
      case: "same page as a TS template literal (floor)",
      "µs / render": litUs,
      "renders / s": Math.round(1e6 / litUs),
      "× floor": 1,
    },
  ]);
}
