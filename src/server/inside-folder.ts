import { realpath } from "node:fs/promises";
import path from "node:path";

/**
 * The real path (symlinks resolved) of `rel` below `folder`, or null when there is no such file or it
 * resolves outside `folder` — by `..`, an absolute `rel`, or a symlink whose target lies elsewhere.
 * Symlinks that stay inside the folder are fine. The one rule for the folders we publish: the server's
 * static mounts and plugins' static folders, and the exporter's copy of the static mounts.
 */
export async function resolveInsideFolder(folder: string, rel: string): Promise<string | null> {
  if (rel.includes("\0")) return null;
  const root = path.resolve(folder);
  const lexical = path.resolve(root, rel);
  // Refused before touching the disk, so `..` never even learns whether the file exists.
  if (!isWithin(root, lexical)) return null;
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(lexical)]);
    return isWithin(realRoot, real) ? real : null;
  } catch {
    return null;
  }
}

/** `file` is `folder` itself or below it (both absolute, normalised). */
function isWithin(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}
