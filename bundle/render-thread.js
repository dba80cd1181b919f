import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  InProcessFetcher,
  exportServerConfig,
  setupActorPlugin
} from "./chunk-KF65J4GK.js";
import {
  createServer
} from "./chunk-X6CBF64O.js";
import "./chunk-5KYFMQND.js";
import "./chunk-ASUEK7BA.js";
import "./chunk-JHF3PE6T.js";
import "./chunk-ATCLKJJX.js";
import "./chunk-GN73FVAW.js";
import "./chunk-RVBKGXXC.js";
import "./chunk-Z4UFLIYT.js";
import "./chunk-FDXMYN4B.js";
import "./chunk-RNORCARU.js";
import "./chunk-EEQHA2N2.js";
import "./chunk-E6AZRTMP.js";

// src/export/render-thread.ts
import { randomBytes } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var { config, origin } = workerData;
var server = await createServer(exportServerConfig(config), [
  setupActorPlugin(randomBytes(24).toString("hex"))
]);
var fetcher = new InProcessFetcher(server.app.callback(), origin);
var post = (reply, transfer = []) => port.postMessage(reply, transfer);
port.on("message", (message) => {
  if (message.type === "close") {
    void server.close().finally(() => port.close());
    return;
  }
  const { id, url, timeoutMs } = message;
  fetcher.get(url, timeoutMs).then(
    ({ status, contentType, headers, text, body }) => {
      if (text !== void 0) return post({ type: "page", id, status, contentType, headers, text });
      const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : Uint8Array.prototype.slice.call(body);
      post({ type: "page", id, status, contentType, headers, body: own }, [own.buffer]);
    },
    (error) => post({ type: "error", id, message: error instanceof Error ? error.message : String(error) })
  );
});
post({ type: "ready" });
