/**
 * Merges the folders of several shard exports into one site. Shards share files such as CSS and JS, so a
 * path present in two parts is fine when the bytes are the same; different bytes at one path mean two
 * shards rendered the same page differently, and the merge refuses rather than pick one.
 *
 * Integration note: the exporter's own `mergeExports(parts, output)` (src/export/merge.ts) should replace
 * this once it exists; the action only needs "folders in, one folder out, conflicts refused".
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";

export class MergeConflictError extends Error {
  override name = "MergeConflictError";
  constructor(readonly conflicts: { path: string; parts: string[] }[]) {
    const list = conflicts
      .slice(0, 20)
      .map((c) => `  ${c.path} (in ${c.parts.join(" and ")})`)
      .join("\n");
    const more = conflicts.length > 20 ? `\n  … and ${conflicts.length - 20} more` : "";
    super(`${conflicts.length} file(s) differ between shards:\n${list}${more}`);
  }
}

/** Copies every file of `parts` into `output`; returns the number of files and bytes in the merged site. */
export async function mergeParts(parts: string[], output: string): Promise<{ files: number; bytes: number }> {
  await mkdir(output, { recursive: true });
  const owner = new Map<string, string>();
  const conflicts: { path: string; parts: string[] }[] = [];
  let files = 0;
  let bytes = 0;
  for (const part of parts) {
    for await (const rel of listFiles(part, "")) {
      const from = path.join(part, rel);
      const to = path.join(output, rel);
      const existing = await stat(to).catch(() => null);
      if (existing) {
        if (!(await sameBytes(from, to))) conflicts.push({ path: rel, parts: [owner.get(rel) ?? output, part] });
        continue;
      }
      await mkdir(path.dirname(to), { recursive: true });
      await copyFile(from, to);
      owner.set(rel, part);
      files++;
      bytes += (await stat(to)).size;
    }
  }
  if (conflicts.length) throw new MergeConflictError(conflicts);
  return { files, bytes };
}

async function* listFiles(root: string, rel: string): AsyncGenerator<string> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* listFiles(root, child);
    else yield child;
  }
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a), stat(b)]);
  if (sa.size !== sb.size) return false;
  const [ha, hb] = await Promise.all([hashFile(a), hashFile(b)]);
  return ha === hb;
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
