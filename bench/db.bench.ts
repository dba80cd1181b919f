/**
 * The read pool against its baseline: the same 100-row SELECT through the pool's child processes (IPC,
 * JSON, value tagging) and straight from better-sqlite3 in this process (which would block the event loop
 * while it runs, and could not be stopped at a time limit).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { DEFAULT_SETTINGS } from "../src/config/settings.js";
import { openDatabases } from "../src/db/registry.js";
import { printTable } from "./table.js";

const SQL = "select id, name, score, flag, note from items where id > ? order by id limit 100";
const RUN_MS = 1500;

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "db-bench-"));
  const file = path.join(dir, "bench.db");
  const setup = new BetterSqlite3(file);
  setup.exec("create table items (id integer primary key, name text, score real, flag integer, note text)");
  const insert = setup.prepare("insert into items values (?, ?, ?, ?, ?)");
  setup.transaction(() => {
    for (let i = 1; i <= 5000; i++)
      insert.run(i, `item ${i}`, i * 1.5, i % 2, i % 7 ? `note about item number ${i}` : null);
  })();
  setup.close();

  const rows: Record<string, string | number>[] = [];
  const direct = new BetterSqlite3(file, { readonly: true });
  const stmt = direct.prepare(SQL).raw(true);
  rows.push(
    await measure(
      "better-sqlite3 in-process (baseline, blocks the event loop)",
      1,
      async (i) => void stmt.all(i % 4000),
    ),
  );
  direct.close();

  const threads = DEFAULT_SETTINGS.num_sql_threads;
  const registry = await openDatabases({
    databases: [{ name: "bench", path: file, immutable: false }],
    metadata: {},
    settings: { ...DEFAULT_SETTINGS },
    templateDirs: [],
    pagesDir: null,
    staticMounts: [],
    pluginsDir: null,
    plugins: [],
    crossdb: false,
    memory: false,
    cors: false,
    secret: "bench",
    root: false,
    ephemeral: null,
    host: "127.0.0.1",
    port: 0,
  });
  try {
    await registry.ready();
    const db = registry.databases.get("bench")!;
    const query = async (i: number) => void (await db.execute(SQL, { params: [i % 4000] }));
    await Promise.all(Array.from({ length: 50 }, (_, i) => query(i))); // warm every process
    rows.push(await measure("read pool, one query at a time", 1, query));
    rows.push(
      await measure(`read pool, ${threads * 3} concurrent (${threads} processes)`, threads * 3, query),
    );
  } finally {
    await registry.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
}

/** Runs `query` from `concurrency` loops for RUN_MS; queries/s and mean latency. */
async function measure(
  label: string,
  concurrency: number,
  query: (i: number) => Promise<void>,
): Promise<Record<string, string | number>> {
  let done = 0;
  let latencyTotal = 0;
  const end = performance.now() + RUN_MS;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await query(done);
        latencyTotal += performance.now() - t0;
        done++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return {
    "100-row select": label,
    "queries/s": Math.round(done / seconds),
    "mean latency ms": latencyTotal / done,
  };
}
