import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";
import { SqliteDatabase } from "../../src/db/database.js";
import type { QueryOptions } from "../../src/db/types.js";

// The HTML table page asks for suggested facets as Datasette's table_extras.py does: the facet classes'
// suggest() one after another (run_sequential), each query under facet_suggest_time_limit_ms, and none
// for a column already faceted. Every query the page sends is recorded through the real read pool.
let server: TestServer;
const SUGGEST_LIMIT = 4321;

beforeAll(async () => {
  server = await startFixturesServer({
    settings: [
      ["facet_suggest_time_limit_ms", String(SUGGEST_LIMIT)],
      ["facet_time_limit_ms", "5000"],
    ],
  });
});
afterAll(async () => {
  await server?.close();
});
afterEach(() => vi.restoreAllMocks());

interface Sent {
  sql: string;
  timeLimitMs: number | undefined;
  overlapping: number;
}

/** Records each query the server sends while `path` is fetched, with how many others were in flight. */
async function queriesFor(path: string): Promise<{ status: number; sent: Sent[] }> {
  const execute = SqliteDatabase.prototype.execute;
  const sent: Sent[] = [];
  let inFlight = 0;
  const spy = vi.spyOn(SqliteDatabase.prototype, "execute").mockImplementation(async function (
    this: SqliteDatabase,
    sql: string,
    opts?: QueryOptions,
  ) {
    sent.push({ sql, timeLimitMs: opts?.timeLimitMs, overlapping: inFlight });
    inFlight++;
    try {
      return await execute.call(this, sql, opts);
    } finally {
      inFlight--;
    }
  });
  try {
    const r = await server.get(path);
    await r.text();
    return { status: r.status, sent };
  } finally {
    spy.mockRestore();
  }
}

const isSuggestion = (sql: string) =>
  /with limited as \(select \* from \(.*\) limit 1000\)/s.test(sql) ||
  /select date\(.*\) from \(\s*select \* from/s.test(sql) ||
  /json_array_length/.test(sql);

describe("suggested facets on the HTML table page", () => {
  it("runs each suggestion query alone, under facet_suggest_time_limit_ms", async () => {
    const { status, sent } = await queriesFor("fixtures/facetable");
    expect(status).toBe(200);
    const suggestions = sent.filter((q) => isSuggestion(q.sql));
    // facetable has 11 columns: a column, a date and an array query for each, plus array follow-ups.
    expect(suggestions.length).toBeGreaterThan(33);
    for (const q of suggestions) {
      expect(q.timeLimitMs).toBe(SUGGEST_LIMIT);
      expect(q.overlapping).toBe(0);
    }
  });

  it("counts once", async () => {
    // A filter no other test asks for: the page's count and suggestions are not remembered yet.
    const { sent } = await queriesFor("fixtures/facetable?state=CA");
    expect(sent.filter((q) => /^select count\(\*\)/.test(q.sql))).toHaveLength(1);
  });

  it("reads only the table's own definition, once, then remembers it", async () => {
    const definitions = (sent: Sent[]) =>
      sent.filter((q) => q.sql.includes("from sqlite_master where name = :n"));
    // A table no other test shows.
    expect(definitions((await queriesFor("fixtures/facet_cities")).sent)).toHaveLength(1);
    expect(definitions((await queriesFor("fixtures/facet_cities")).sent)).toHaveLength(0);
  });

  it("asks again only after a write: the count and the suggestions are remembered until the data changes", async () => {
    const page = "fixtures/facetable?state=MI";
    const asked = (sent: Sent[]) =>
      sent.filter((q) => isSuggestion(q.sql) || /^select count\(\*\)/.test(q.sql));
    const first = await queriesFor(page);

    expect(asked(first.sent).length).toBeGreaterThan(33);
    const again = await queriesFor(page);
    expect(asked(again.sent)).toEqual([]);
    const before = await (await server.get(page)).text();
    await server.server.datasette
      .getDatabase("fixtures")
      .write((conn) => conn.exec("insert into facetable (state, _city_id) values ('MI', 3)"));
    const afterWrite = await queriesFor(page);
    expect(asked(afterWrite.sent).length).toBeGreaterThan(33);
    const after = await (await server.get(page)).text();
    const rows = (html: string) => /([\d,]+) rows? where/.exec(html)?.[1];
    expect(Number(rows(after))).toBe(Number(rows(before)) + 1);
  });

  it("does not suggest, as a column facet, a column already faceted", async () => {
    const { sent } = await queriesFor("fixtures/facetable?_facet=state");
    const columnSuggestions = sent.filter((q) =>
      /select (\S+) as value, count\(\*\) as n from limited/.test(q.sql),
    );
    const suggested = columnSuggestions.map((q) => /select (\S+) as value/.exec(q.sql)![1]);
    expect(suggested).toContain("_city_id");
    expect(suggested).not.toContain("state");
  });

  it("asks nothing of the facets for JSON without facet extras (Datasette's default JSON has no count)", async () => {
    const { sent } = await queriesFor("fixtures/facetable.json");
    expect(sent.map((q) => q.sql)).toEqual([
      expect.stringMatching(/^select pk, created, .* from facetable order by pk limit 101$/),
    ]);
  });
});
