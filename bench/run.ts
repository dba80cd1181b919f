/**
 * `npm run bench [-- AREA…]`: runs each area's benchmark (bench/AREA.bench.ts), each measuring our code
 * side by side with its baseline in the same run, and prints their tables.
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith(".bench.ts")).sort();
for (const file of files) {
  const area = file.replace(/\.bench\.ts$/, "");
  if (wanted.length && !wanted.includes(area)) continue;
  console.log(`\n## ${area}\n`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
