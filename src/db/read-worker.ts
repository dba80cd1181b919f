/**
 * One read process of the read pool (./read-pool.ts has ./read-launcher.ts start this file). It holds
 * read-only connections, opened lazily per database, and answers one request at a time. It lives in its
 * own process so the server can SIGKILL it when a query runs past its time limit: better-sqlite3 exposes no
 * sqlite3_interrupt, and neither a worker thread nor the event loop can stop a statement stuck in SQLite.
 */
import net from "node:net";
import BetterSqlite3 from "better-sqlite3";
import { loadPluginModules } from "./connection-setup.js";
import { LineChannel } from "./line-channel.js";
import { QueryRunner } from "./query-runner.js";
import {
  CHANNEL_FD,
  type InitMessage,
  type WorkerNotice,
  type WorkerRequest,
  type WorkerResponse,
} from "./wire.js";

let runner: QueryRunner | null = null;

// The socket to the server (./read-launcher.ts started us with it on this fd).
const channel = new LineChannel<InitMessage | WorkerRequest, WorkerResponse | WorkerNotice>(
  new net.Socket({ fd: CHANNEL_FD, readable: true, writable: true }),
  (message) => {
    if (message.type === "init") void init(message);
    else if (message.type === "query") answer(message.id, () => runner!.query(message, message.id));
    else answer(message.id, () => runner!.schema(message, message.id));
  },
);
const send = (message: WorkerResponse | WorkerNotice, written?: () => void) => channel.send(message, written);

// The server going away closes the socket: nothing is left to answer.
channel.socket.on("close", () => process.exit(0));

// better-sqlite3 loads SQLite's addon with the first connection (tens of ms): load it now, while the init
// message is on its way, or, in a process started ahead of need (Launcher.prestart), long before it.
new BetterSqlite3(":memory:").close();

async function init(message: InitMessage): Promise<void> {
  try {
    runner = new QueryRunner(message.databases, {
      plugins: await loadPluginModules(message.pluginModules),
      cacheSizeKb: message.cacheSizeKb,
    });
    send({ type: "ready" });
  } catch (error) {
    send({ type: "fatal", message: (error as Error).message }, () => process.exit(1));
  }
}

function answer(id: number, work: () => WorkerResponse): void {
  let response: WorkerResponse;
  try {
    response = work();
  } catch (error) {
    const e = error as Error;
    response = {
      id,
      ok: false,
      error: { name: e.name === "ReadOnlyError" ? "ReadOnlyError" : "SqlError", message: e.message },
    };
  }
  send(response);
}
