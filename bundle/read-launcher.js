import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  spawnReadProcess
} from "./chunk-FDXMYN4B.js";
import "./chunk-RNORCARU.js";
import "./chunk-E6AZRTMP.js";

// src/db/read-launcher.ts
var send = (notice, socket) => {
  if (process.connected) process.send(notice, socket);
};
process.on("disconnect", () => process.exit(0));
process.on("message", (request) => {
  const started = spawnReadProcess(
    request,
    (error) => send({ type: "exited", id: request.id, code: null, signal: null, error })
  );
  if (!started) return;
  const { child, socket } = started;
  child.once("exit", (code, signal) => send({ type: "exited", id: request.id, code, signal }));
  send({ type: "started", id: request.id, pid: child.pid }, socket);
});
