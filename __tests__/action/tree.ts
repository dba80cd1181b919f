/** Test helpers: a folder as a sorted map of relative path → kind, mode and content, for file-by-file compares. */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, lstatSync } from "node:fs";
import path from "node:path";

export interface Entry {
  kind: "file" | "dir" | "link";
  mode: string;
  content?: string;
}

/** Walks `dir` without following links; `follow` makes links count as what they point to. */
export function readTree(dir: string, follow = false): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const childRel = rel ? `${rel}/${name}` : name;
      const abs = path.join(dir, childRel);
      const info = follow ? statSync(abs) : lstatSync(abs);
      const mode = (info.mode & 0o777).toString(8);
      if (info.isSymbolicLink()) out.set(childRel, { kind: "link", mode });
      else if (info.isDirectory()) {
        out.set(childRel, { kind: "dir", mode });
        walk(childRel);
      } else out.set(childRel, { kind: "file", mode, content: readFileSync(abs).toString("base64") });
    }
  };
  walk("");
  return out;
}

/** A folder's files (links followed) as relative path → bytes, for byte-for-byte compares of two exports. */
export function readFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const [rel, entry] of readTree(dir, true))
    if (entry.kind === "file") files.set(rel, Buffer.from(entry.content!, "base64"));
  return files;
}

/** Extracts a tar with the system tar, as a user (or Pages) would. */
export function systemUntar(tarPath: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-xf", tarPath, "-C", dir]);
}

/** Parses a GITHUB_OUTPUT file written in the `name<<delimiter` form. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}
