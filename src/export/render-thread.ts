/**
 * One render thread (render-threads.ts starts it): boots the export's app from the same configuration
 * as the main thread's — same databases, read-only reads in this thread, same plugins and templates —
 * and answers page requests through its own handler, in process, as the main thread would.
 */
import { randomBytes } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
import { createServer } from "../server/server.js";
import { exportServerConfig, setupActorPlugin } from "./boot-server.js";
import { InProcessFetcher } from "./render-in-process.js";
import type { ThreadReply, ThreadRequest, ThreadStart } from "./render-threads.js";

const port = parentPort!;
const { config, origin } = workerData as ThreadStart;
// The same plugins as the main thread's app, the setup actor included; its key is known to no one here.
const server = await createServer(exportServerConfig(config), [
  setupActorPlugin(randomBytes(24).toString("hex")),
]);
const fetcher = new InProcessFetcher(server.app.callback(), origin);

const post = (reply: ThreadReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

port.on("message", (message: ThreadRequest) => {
  if (message.type === "close") {
    void server.close().finally(() => port.close());
    return;
  }
  const { id, url, timeoutMs } = message;
  fetcher.get(url, timeoutMs).then(
    ({ status, contentType, headers, text, body }) => {
      // Text is copied into the message, cheaper than encoding it here.
      if (text !== undefined) return post({ type: "page", id, status, contentType, headers, text });
      // A body that owns its whole memory moves to the main thread; a slice of a shared pool is copied.
      const own =
        body.byteOffset === 0 && body.byteLength === body.buffer.byteLength
          ? body
          : Uint8Array.prototype.slice.call(body);
      post({ type: "page", id, status, contentType, headers, body: own }, [own.buffer as ArrayBuffer]);
    },
    (error: unknown) =>
      post({ type: "error", id, message: error instanceof Error ? error.message : String(error) }),
  );
});
post({ type: "ready" });
