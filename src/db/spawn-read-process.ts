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
  setNiceness(child.pid, request.niceness);
  return { child: child as ChildProcess & { pid: number }, socket: child.stdio[CHANNEL_FD] as Socket };
}

/** Lowers a read process's CPU priority to `niceness` (0: left as started). */
export function setNiceness(pid: number, niceness: number): void {
  if (!niceness) return;
  try {
    os.setPriority(pid, niceness);
  } catch {
    // Not allowed here (some containers): the pool still works, only without the CPU preference.
  }
}
