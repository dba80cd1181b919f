/**
 * The folders backing in-memory databases (one SQLite file per database, shared by the writer and the read
 * processes). Each is named for the process that made it, so a later start can remove the folders of
 * processes that died without cleaning up (SIGKILL, a crash) — only ours, and only once their owner is gone.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isRunning } from "../process-running.js";

const PREFIX = "datasette-export-memory-";

/** A new folder for this process's in-memory databases, after removing stale ones. */
export function makeMemoryDir(tmp = os.tmpdir()): string {
  removeStaleMemoryDirs(tmp);
  return mkdtempSync(path.join(tmp, `${PREFIX}${process.pid}-`));
}

/** Removes folders left by our processes that no longer run; returns their paths. */
export function removeStaleMemoryDirs(tmp = os.tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = Number(new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const dir = path.join(tmp, name);
    try {
      const stat = statSync(dir);
      if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // Removed meanwhile by another starting process, or not ours to remove: either way, leave it.
    }
  }
  return removed;
}
