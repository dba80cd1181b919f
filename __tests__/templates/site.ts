/** Writes a throwaway template folder for a test: `{ "base.html": "…", "pages/about.html": "…" }`. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function templateDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "templates-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
