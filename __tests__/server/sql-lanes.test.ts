import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ENDLESS } from "../db/helpers.js";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

/** Far longer than any answer below may take: a request that waited for a slow query would show it. */
const LIMIT_MS = 30_000;

let s: TestServer;

beforeAll(async () => {
  // One process per lane: a single slow ?sql= query fills the sql lane.
  s = await startFixturesServer({
    settings: [
      ["num_sql_threads", "1"],
      ["sql_time_limit_ms", String(LIMIT_MS)],
    ],
  });
  // Both lanes' processes started and the pages' own queries warm, so the timings below measure waiting.
  for (const page of ["fixtures/facetable", "fixtures/facetable/1", "fixtures/-/query.json?sql=select+1"])
    expect((await s.get(page)).status).toBe(200);
});
afterAll(() => s.close());

/** A fetch that can be hung up on, and that says whether it has been answered yet. */
function pending(path: string) {
  const hangUp = new AbortController();
  const state = { answered: false, status: 0 };
  const done = s
    .get(path, { signal: hangUp.signal })
    .then(async (response) => {
      await response.text();
      state.answered = true;
      state.status = response.status;
    })
    .catch(() => undefined);
  return { state, hangUp: () => hangUp.abort(), done };
}

const sqlPath = (sql: string) => `fixtures/-/query.json?sql=${encodeURIComponent(sql)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("slow ?sql= queries and the pages' own queries run in separate lanes", () => {
  test("table and row pages, HTML and JSON, answer while every ?sql= process is busy", async () => {
    const slow = [pending(sqlPath(ENDLESS)), pending(sqlPath(`${ENDLESS} -- queued`))];
    // The control: a quick ?sql= query, queued in the same lane behind the slow ones.
    const quickSql = pending(sqlPath("select 'after the slow ones'"));
    await sleep(300);
    try {
      for (const page of [
        "fixtures/facetable",
        "fixtures/facetable.json",
        "fixtures/facetable/3",
        "fixtures/facetable/3.json",
      ]) {
        const started = performance.now();
        const response = await s.get(page);
        await response.text();
        expect(response.status, page).toBe(200);
        // Well inside the slow queries' 30 s: a page queued behind them waits for those (and fails).
        expect(performance.now() - started, page).toBeLessThan(5_000);
      }
      // The sql lane was full all along: nothing in it has been answered, not even the quick query.
      expect([...slow.map((r) => r.state.answered), quickSql.state.answered]).toEqual([false, false, false]);
    } finally {
      for (const request of [...slow, quickSql]) request.hangUp();
      await Promise.all([...slow, quickSql].map((r) => r.done));
    }
  });
});

describe("a client that hangs up", () => {
  test("has its ?sql= query cancelled: the read process is free for the next query at once", async () => {
    // The lane's process is up (the test before may have had it replaced), so the slow query runs at once.
    expect((await s.get(sqlPath("select 1"))).status).toBe(200);
    const gone = pending(sqlPath(ENDLESS));
    await sleep(500); // running in the sql lane's only process
    gone.hangUp();
    await gone.done;
    expect(gone.state.answered).toBe(false);

    const started = performance.now();
    const response = await s.get(sqlPath("select 'freed' as answer"));
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { rows: unknown[] }).rows).toEqual([{ answer: "freed" }]);
    // Without the cancellation it would wait out the endless query's 30 s limit (and then be too late
    // itself): here it waits only for the killed process's replacement to start.
    expect(elapsed).toBeLessThan(10_000);
  });
});
