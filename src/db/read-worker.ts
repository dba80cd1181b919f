/**
 * One read process of the read pool (./read-pool.ts forks this file). It holds read-only connections,
 * opened lazily per database, and answers one request at a time. It lives in its own process so the
 * parent can SIGKILL it when a query runs past its time limit: better-sqlite3 exposes no
 * sqlite3_interrupt, and neither a worker thread nor the event loop can stop a statement stuck in SQLite.
 */
import { loadPluginModules } from "./connection-setup.js";
import { QueryRunner } from "./query-runner.js";
import type { InitMessage, WorkerNotice, WorkerRequest, WorkerResponse } from "./wire.js";

let runner: QueryRunner | null = null;

const send = (message: WorkerResponse | WorkerNotice) => process.send!(message);

// The parent going away closes the channel: nothing is left to answer.
process.on("disconnect", () => process.exit(0));

process.on("message", (message: InitMessage | WorkerRequest) => {
  if (message.type === "init") void init(message);
  else if (message.type === "query") answer(message.id, () => runner!.query(message, message.id));
  else answer(message.id, () => runner!.schema(message, message.id));
});

async function init(message: InitMessage): Promise<void> {
  try {
    runner = new QueryRunner(message.databases, {
      plugins: await loadPluginModules(message.pluginModules),
      cacheSizeKb: message.cacheSizeKb,
    });
    send({ type: "ready" });
  } catch (error) {
    send({ type: "fatal", message: (error as Error).message });
    process.exit(1);
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
