import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  QueryRunner,
  loadPluginModules
} from "./chunk-GN73FVAW.js";
import {
  LineChannel
} from "./chunk-Z4UFLIYT.js";
import {
  CHANNEL_FD
} from "./chunk-RNORCARU.js";
import "./chunk-E6AZRTMP.js";

// src/db/read-worker.ts
import net from "node:net";
import BetterSqlite3 from "better-sqlite3";
var runner = null;
var channel = new LineChannel(
  new net.Socket({ fd: CHANNEL_FD, readable: true, writable: true }),
  (message) => {
    if (message.type === "init") void init(message);
    else if (message.type === "query") answer(message.id, () => runner.query(message, message.id));
    else answer(message.id, () => runner.schema(message, message.id));
  }
);
var send = (message, written) => channel.send(message, written);
channel.socket.on("close", () => process.exit(0));
new BetterSqlite3(":memory:").close();
async function init(message) {
  try {
    runner = new QueryRunner(message.databases, {
      plugins: await loadPluginModules(message.pluginModules),
      cacheSizeKb: message.cacheSizeKb
    });
    send({ type: "ready" });
  } catch (error) {
    send({ type: "fatal", message: error.message }, () => process.exit(1));
  }
}
function answer(id, work) {
  let response;
  try {
    response = work();
  } catch (error) {
    const e = error;
    response = {
      id,
      ok: false,
      error: { name: e.name === "ReadOnlyError" ? "ReadOnlyError" : "SqlError", message: e.message }
    };
  }
  send(response);
}
