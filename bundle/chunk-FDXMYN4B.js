import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  CHANNEL_FD
} from "./chunk-RNORCARU.js";

// src/db/spawn-read-process.ts
import { spawn } from "node:child_process";
import os from "node:os";
function spawnReadProcess(request, failed) {
  const child = spawn(process.execPath, [...request.execArgv, request.file], {
    stdio: ["ignore", "inherit", "inherit", "pipe"]
  });
  child.once("error", (error) => {
    if (child.pid === void 0) failed(error.message);
  });
  if (child.pid === void 0) return null;
  setNiceness(child.pid, request.niceness);
  return { child, socket: child.stdio[CHANNEL_FD] };
}
function setNiceness(pid, niceness) {
  if (!niceness) return;
  try {
    os.setPriority(pid, niceness);
  } catch {
  }
}

export {
  spawnReadProcess,
  setNiceness
};
