import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { QueryResult, SqlParams } from "../../src/db/types.js";
import { createTemplateEngine, MAX_SQL_PASSES, TemplateRenderError } from "../../src/templates/engine.js";
import { TemplateSqlError } from "../../src/templates/sql.js";
import type { SqlRunner } from "../../src/templates/types.js";
import { templateDir } from "./site.js";
import { startServer } from "../helpers/server.js";

/** A runner that answers from a table of canned results and counts what it was asked. */
function fakeRunner(answers: Record<string, QueryResult | Error>) {
  const calls: { query: string; params: SqlParams | undefined; database: string | undefined }[] = [];
  const run: SqlRunner = async (query, params, database) => {
    calls.push({ query, params, database });
    const answer = answers[query.trim()];
    if (answer === undefined) throw new Error(`unexpected query ${query}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { run, calls };
}

const dir = templateDir({
  "count.html": `{% set n = sql("select count(*) from t")[0][0] %}{{ n }} rows; {{ sql("select count(*) from t")[0][0] }}`,
  "rows.html": `{% for row in sql("select id, name from cats where id > :min", {"min": 0}, database="pets") %}{{ row[0] }}:{{ row.name }}:{{ row["name"] }}{% for v in row %}[{{ v }}]{% endfor %} {% endfor %}`,
  "chain.html": `{% set first = sql("select 1")[0][0] %}{% set second = sql("select ?", [first]) %}{{ second[0][0] if second else "..." }}`,
  "guard.html": `{% set rows = sql("select name from cats where id = 99") %}{% if not rows %}{{ raise_404("No cat") }}{% endif %}{{ rows[0].name }}`,
  "bad.html": `{{ sql("select * from nowhere") }}`,
  "triple.html": `{% set rows = sql("""
    select name
    from cats
    order by name
""", database="pets") %}{{ rows|length }}`,
  "forever.html": `{% set ns = namespace(q="select 0") %}{% for i in range(20) %}{% set r = sql(ns.q ~ i) %}{% endfor %}`,
});
const engine = createTemplateEngine({ dirs: [dir] });
const catRows: QueryResult = {
  columns: ["id", "name"],
  rows: [
    [1, "Cleo"],
    [2, "Pancakes"],
  ],
  truncated: false,
};

describe("sql() with a fake runner", () => {
  it("should run each distinct query once, then render with its result", async () => {
    const { run, calls } = fakeRunner({
      "select count(*) from t": { columns: ["count(*)"], rows: [[3]], truncated: false },
    });
    const page = await engine.render(["count.html"], {}, run);
    expect(page.body).toBe("3 rows; 3");
    expect(calls).toHaveLength(1);
  });

  it("should pass params and database, and give rows by position, by name and as an iterable", async () => {
    const { run, calls } = fakeRunner({ "select id, name from cats where id > :min": catRows });
    const page = await engine.render(["rows.html"], {}, run);
    expect(page.body).toBe("1:Cleo:Cleo[1][Cleo] 2:Pancakes:Pancakes[2][Pancakes] ");
    expect(calls[0]).toEqual({
      query: "select id, name from cats where id > :min",
      params: { min: 0 },
      database: "pets",
    });
  });

  it("should take another pass for a query that depends on an earlier result", async () => {
    const { run, calls } = fakeRunner({
      "select 1": { columns: ["1"], rows: [[7]], truncated: false },
      "select ?": { columns: ["?"], rows: [[7]], truncated: false },
    });
    expect((await engine.render(["chain.html"], {}, run)).body).toBe("7");
    // The first pass also asks with its placeholder (`first` undefined); only the final pass's answer counts.
    expect(calls.filter((c) => c.query === "select 1")).toHaveLength(1);
    expect(calls.map((c) => c.params)).toContainEqual([7]);
  });

  it("should not let raise_404 from a pass with placeholder results leak into the answer", async () => {
    const { run } = fakeRunner({
      "select name from cats where id = 99": { columns: ["name"], rows: [["Found"]], truncated: false },
    });
    const page = await engine.render(["guard.html"], {}, run);
    expect(page).toMatchObject({ notFound: null, body: "Found" });
  });

  it("should answer 404 when the real result is empty", async () => {
    const { run } = fakeRunner({
      "select name from cats where id = 99": { columns: ["name"], rows: [], truncated: false },
    });
    expect((await engine.render(["guard.html"], {}, run)).notFound).toBe("No cat");
  });

  it("should surface a SQL error as a render error naming the query", async () => {
    const { run } = fakeRunner({ "select * from nowhere": new Error("no such table: nowhere") });
    const err = await engine.render(["bad.html"], {}, run).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TemplateRenderError);
    expect((err as Error).message).toContain("no such table: nowhere");
    expect((err as Error).message).toContain("select * from nowhere");
    expect((err as Error).cause).toBeInstanceOf(TemplateSqlError);
  });

  it("should stop after a bounded number of passes", async () => {
    let n = 0;
    const run: SqlRunner = async () => ({ columns: ["x"], rows: [[n++]], truncated: false });
    // forever.html asks for 20 independent queries in one pass: they run together and the next pass is final.
    expect((await engine.render(["forever.html"], {}, run)).body).toBe("");
    expect(n).toBe(20);
    const chain = createTemplateEngine({
      dirs: [
        templateDir({
          "c.html": `{% set ns = namespace(v=0) %}{% for i in range(50) %}{% set ns.v = (sql("select ?", [ns.v])[0] or [ns.v + 1000])[0] + 1 %}{% endfor %}`,
        }),
      ],
    });
    const err2 = await chain
      .render(["c.html"], {}, async (_q, p) => ({
        columns: ["v"],
        rows: [[(p as number[])[0]!]],
        truncated: false,
      }))
      .catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(TemplateRenderError);
    expect((err2 as Error).message).toContain(`${MAX_SQL_PASSES} render passes`);
  });

  it("should say sql() is unavailable when the render has no runner", async () => {
    await expect(engine.render(["count.html"], {})).rejects.toThrow(/sql\(\) is not available/);
  });
});

describe("sql() against a real SQLite file", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "template-sql-"));
  const file = path.join(tmp, "fixtures.db");
  copyFileSync("/work/shared/datasette-fixtures/fixtures.db", file);
  const db = new Database(file, { readonly: true });
  afterAll(() => db.close());
  const run: SqlRunner = async (query, params) => {
    const stmt = db.prepare(query);
    const rows = (params === undefined ? stmt.raw().all() : stmt.raw().all(params as any)) as any[][];
    return { columns: stmt.columns().map((c) => c.name), rows, truncated: false };
  };

  it("should render rows from fixtures.db with named and positional params", async () => {
    const e = createTemplateEngine({
      dirs: [
        templateDir({
          "cities.html": `{% for row in sql("select id, name from facet_cities where name like :p order by id", {"p": "S%"}) %}{{ row.id }}={{ row["name"] }};{% endfor %}|{{ sql("select count(*) from facet_cities where id > ?", [1])[0][0] }}`,
        }),
      ],
    });
    const expected = db
      .prepare("select id, name from facet_cities where name like 'S%' order by id")
      .all() as { id: number; name: string }[];
    const count = (db.prepare("select count(*) as n from facet_cities where id > 1").get() as { n: number })
      .n;
    const page = await e.render(["cities.html"], {}, run);
    expect(expected.length).toBeGreaterThan(0);
    expect(page.body).toBe(expected.map((r) => `${r.id}=${r.name};`).join("") + `|${count}`);
  });

  it("should surface SQLite's own error for a bad query", async () => {
    await expect(engine.render(["bad.html"], {}, run)).rejects.toThrow(/no such table: nowhere/);
  });
});

describe("sql() in a template served by the real server", () => {
  it("should return every row, not max_returned_rows of them", async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "template-sql-rows-"));
    const file = path.join(tmp, "data.db");
    const db = new Database(file);
    db.exec("create table t (x integer)");
    const insert = db.prepare("insert into t values (?)");
    db.transaction(() => {
      for (let i = 0; i < 1500; i++) insert.run(i);
    })();
    db.close();
    const dir = templateDir({ "pages/count.html": `{{ sql("select x from t")|length }}` });
    // sql() is bounded by the time limit: a generous one, so a loaded machine cannot cut it short.
    const server = await startServer({
      files: [file],
      templateDir: dir,
      settings: [["sql_time_limit_ms", "60000"]],
    });
    try {
      const res = await server.get("count");
      expect(res.status).toBe(200);
      // max_returned_rows is 1,000 by default: 1500 proves sql() is not cut there.
      expect((await res.text()).trim()).toBe("1500");
    } finally {
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
