/**
 * Starts one read process as a launch request asks: Node on the request's file with a socket pair on
 * fd CHANNEL_FD, at the request's niceness. Both launchers use it: the launcher process
 * (./read-launcher.ts) and a direct one in the server's own process (./launched-process.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { Socket } from "node:net";
import os from "node:os";
import { CHANNEL_FD, type LaunchRequest } from "./wire.js";

/** The started process and its end of the socket pair, or null after `failed` was told why. */
export function spawnReadProcess(
  request: Omit<LaunchRequest, "id">,
  failed: (message: string) => void,
): { child: ChildProcess & { pid: number }; socket: Socket } | null {
  const child = spawn(process.execPath, [...request.execArgv, request.file], {
    stdio: ["ignore", "inherit", "inherit", "pipe"],
  });
  child.once("error", (error) => {
    if (child.pid === undefined) failed(error.message);
  });
  if (child.pid === undefined) return null;
  if (request.niceness) {
    try {
      os.setPriority(child.pid, request.niceness);
    } catch {
      // Not allowed here (some containers): the pool still works, only without the CPU preference.
    }
  }
  return { child: child as ChildProcess & { pid: number }, socket: child.stdio[CHANNEL_FD] as Socket };
}
