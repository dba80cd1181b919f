/**
 * Write API throughput: rows/second inserted through POST /DB/TABLE/-/insert in batches of 100 by a
 * client with several requests in flight, side by side with the baseline — the same rows inserted
 * directly with better-sqlite3, 100 per transaction, into the same kind of WAL file.
 *
 * The client is its own process (bench/write-client.ts). Two figures each: wall-clock rows/s, and rows
 * per CPU-second of the process doing the database work (the server's, for the API), which stays
 * meaningful when other work shares the machine's cores.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fork } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { loadConfig } from "../src/config/load.js";
import { createServer } from "../src/server/server.js";
import { Signer } from "../src/server/signer.js";
import { createToken } from "../src/server/auth/tokens.js";
import { printTable } from "./table.js";

const BATCH = 100;
const BATCHES = 200;
const IN_FLIGHT = 16;
const WARM_UP = 30;
const SCHEMA = "create table items (id integer primary key, name text, score real, tags text, n integer)";

const batchOf = (b: number) =>
  Array.from({ length: BATCH }, (_, i) => ({
    name: `item ${b}-${i}`,
    score: (b * BATCH + i) / 7,
    tags: `["a", "b${i % 5}"]`,
    n: i,
  }));

interface Rate {
  wall: number;
  cpu: number;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

/** Sends the batches from the client process to `url`; this process's CPU over that time is the server's. */
async function drive(url: string, headers: Record<string, string>): Promise<Rate> {
  const bodies = Array.from({ length: BATCHES }, (_, b) => JSON.stringify({ rows: batchOf(b) }));
  const client = fork(fileURLToPath(new URL("./write-client.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
  });
  try {
    await once(client, "message"); // ready
    client.send({ url, headers, bodies, inFlight: IN_FLIGHT });
    await once(client, "message"); // has the bodies
    const cpu = process.cpuUsage();
    const started = performance.now();
    client.send("go");
    const [answer] = (await once(client, "message")) as [{ ok: boolean; error?: string }];
    if (!answer.ok) throw new Error(`the client failed: ${answer.error}`);
    const seconds = (performance.now() - started) / 1000;
    return { wall: (BATCH * BATCHES) / seconds, cpu: (BATCH * BATCHES) / cpuSeconds(cpu) };
  } finally {
    client.kill();
  }
}

async function viaApi(dir: string): Promise<Rate> {
  const file = path.join(dir, "api.db");
  new BetterSqlite3(file).exec(SCHEMA).close();
  const secret = "bench-secret";
  const server = await createServer(await loadConfig({ files: [file], secret, root: true, port: 0 }));
  const url = await server.listen(0, "127.0.0.1");
  const headers = {
    authorization: `Bearer ${createToken(new Signer(secret), "root")}`,
    "content-type": "application/json",
  };
  try {
    // Warm up the JIT on the same path (the direct baseline's loop is warm after its first batches).
    for (let b = 0; b < WARM_UP; b++) {
      const warmUp = await fetch(`${url}api/items/-/insert`, {
        method: "POST",
        headers,
        body: JSON.stringify({ rows: batchOf(b) }),
      });
      if (warmUp.status !== 201) throw new Error(`insert answered ${warmUp.status}: ${await warmUp.text()}`);
    }
    const rate = await drive(`${url}api/items/-/insert`, headers);
    const conn = new BetterSqlite3(file, { readonly: true });
    const count = (conn.prepare("select count(*) n from items").get() as { n: number }).n;
    conn.close();
    const expected = BATCH * (BATCHES + WARM_UP);
    if (count !== expected) throw new Error(`expected ${expected} rows, found ${count}`);
    return rate;
  } finally {
    await server.close();
  }
}

/** The floor under any HTTP API: a bare node:http server that reads each body and answers 201. */
async function bareHttp(): Promise<Rate> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(201, { "content-type": "application/json" });
      res.end('{"ok": true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await drive(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
      "content-type": "application/json",
    });
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function direct(dir: string): Rate {
  const conn = new BetterSqlite3(path.join(dir, "direct.db"));
  conn.pragma("journal_mode = WAL");
  conn.exec(SCHEMA);
  const insert = conn.prepare("insert into items (name, score, tags, n) values (@name, @score, @tags, @n)");
  const insertBatch = conn.transaction((rows: ReturnType<typeof batchOf>) => {
    for (const row of rows) insert.run(row);
  });
  const batches = Array.from({ length: BATCHES }, (_, b) => batchOf(b));
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const rows of batches) insertBatch(rows);
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  conn.close();
  return { wall: (BATCH * BATCHES) / seconds, cpu: (BATCH * BATCHES) / cpuUsed };
}

export default async function bench(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "dx-write-bench-"));
  try {
    const baseline = direct(dir);
    const floor = await bareHttp();
    const api = await viaApi(dir);
    const pct = (a: number, b: number) => `${Math.round((a / b) * 100)}%`;
    printTable([
      {
        method: `better-sqlite3 direct, ${BATCH} rows/transaction`,
        "rows/s": Math.round(baseline.wall),
        "rows/CPU-s": Math.round(baseline.cpu),
        "vs direct (wall)": "100%",
        "vs direct (CPU)": "100%",
      },
      {
        method: `bare node:http reading the same bodies (no database)`,
        "rows/s": Math.round(floor.wall),
        "rows/CPU-s": Math.round(floor.cpu),
        "vs direct (wall)": pct(floor.wall, baseline.wall),
        "vs direct (CPU)": pct(floor.cpu, baseline.cpu),
      },
      {
        method: `POST /-/insert, ${BATCH} rows/request, ${IN_FLIGHT} in flight`,
        "rows/s": Math.round(api.wall),
        "rows/CPU-s": Math.round(api.cpu),
        "vs direct (wall)": pct(api.wall, baseline.wall),
        "vs direct (CPU)": pct(api.cpu, baseline.cpu),
      },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
