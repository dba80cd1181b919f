/**
 * A server for an export (`deterministic`) answers from the data only: optional work that a live server
 * cuts at a time limit runs to completion, and pages carry no timing or random token. Live behaviour is
 * checked beside it, so the difference is the flag and nothing else.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { createServer, type DatasetteServer } from "../../src/server/server.js";
import { DETERMINISTIC_CSRF_TOKEN } from "../../src/server/auth/csrf.js";
import { templateDir } from "../templates/site.js";

const tmp = mkdtempSync(path.join(tmpdir(), "dx-deterministic-"));
const servers: { url: string; server: DatasetteServer }[] = [];

async function boot(deterministic: boolean): Promise<string> {
  const config = await loadConfig({
    files: [path.join(tmp, "data.db")],
    templateDir: templateDir({ "pages/token.html": "{{ csrftoken() }}|{{ csrftoken() }}" }),
    // 1 ms: a live server gives up on a facet over 100,000 rows every time.
    settings: [["facet_time_limit_ms", "1"]],
  });
  const server = await createServer({ ...config, deterministic });
  const url = await server.listen(0, "127.0.0.1");
  servers.push({ url, server });
  return url;
}

let live: string;
let exporting: string;

beforeAll(async () => {
  const db = new Database(path.join(tmp, "data.db"));
  db.exec(`create table big (id integer primary key, kind text);
    with recursive c(x) as (select 1 union all select x + 1 from c where x < 100000)
    insert into big select x, 'kind ' || (x % 7) from c;
    create table ten_thousand_and_fifty (id integer primary key);
    with recursive c(x) as (select 1 union all select x + 1 from c where x < 10050)
    insert into ten_thousand_and_fifty select x from c;
    create table small (id integer primary key, big_id integer references big(id));
    insert into small values (1, 1), (2, 1);`);
  db.close();
  live = await boot(false);
  exporting = await boot(true);
}, 60_000);

afterAll(async () => {
  for (const { server } of servers) await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const json = async (base: string, p: string) => (await fetch(base + p)).json();

describe("a deterministic server (the exporter's)", () => {
  it("computes a facet that a live server cuts at facet_time_limit_ms", async () => {
    const cut = await json(live, "data/big.json?_facet=kind&_extra=facet_results");
    expect(cut.facet_results.timed_out).toEqual(["kind"]);
    const full = await json(exporting, "data/big.json?_facet=kind&_extra=facet_results");
    expect(full.facet_results.timed_out).toEqual([]);
    expect(full.facet_results.results.kind.results).toHaveLength(7);
  });

  it("prints a fixed csrftoken() and a query_ms of 0 where a live server's differ on every request", async () => {
    const a = await (await fetch(live + "token")).text();
    const b = await (await fetch(live + "token")).text();
    expect(a).not.toBe(b);
    expect(a.split("|")[0]).toBe(a.split("|")[1]); // one token per request
    expect(await (await fetch(exporting + "token")).text()).toBe(
      `${DETERMINISTIC_CSRF_TOKEN}|${DETERMINISTIC_CSRF_TOKEN}`,
    );
    expect((await json(exporting, "data/big/1.json")).query_ms).toBe(0);
    expect((await json(live, "data/big/1.json")).query_ms).toBeGreaterThan(0);
  });
});

describe("table counts", () => {
  // The deterministic server only: a live one may answer null (no count) on a loaded machine, which is
  // the very difference an export must not show.
  it("stop at 10,001 rows as Datasette's count_limit does, and say so", async () => {
    const tables = (await json(exporting, "data.json")).tables as { name: string; count: number }[];
    expect(tables.find((t) => t.name === "ten_thousand_and_fifty")).toMatchObject({
      count: 10_001,
      count_truncated: true,
    });
    expect(tables.find((t) => t.name === "small")).toMatchObject({ count: 2, count_truncated: false });
    const html = await (await fetch(exporting + "data")).text();
    expect(html).toContain("&gt;10,000 rows");
    expect(html).toContain("2 rows");
    const home = await (await fetch(exporting)).text();
    expect(home.match(/[\d,]+ rows in \d+ tables/)?.[0]).toBe("20,004 rows in 3 tables");
  });
});
