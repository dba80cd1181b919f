import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);

// src/process-running.ts
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code !== "ESRCH";
  }
}

// src/server/inside-folder.ts
import { realpath } from "node:fs/promises";
import path from "node:path";
async function resolveInsideFolder(folder, rel) {
  if (rel.includes("\0")) return null;
  const root = path.resolve(folder);
  const lexical = path.resolve(root, rel);
  if (!isWithin(root, lexical)) return null;
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(lexical)]);
    return isWithin(realRoot, real) ? real : null;
  } catch {
    return null;
  }
}
function isWithin(folder, file) {
  const rel = path.relative(folder, file);
  return rel === "" || !rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel);
}

export {
  isRunning,
  resolveInsideFolder
};
