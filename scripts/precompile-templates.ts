/**
 * Build step: compiles the built-in templates (templates/) into dist/templates.compiled.json, where the
 * engine finds them from the package's folder (src/templates/compiled-templates.ts). An argument writes
 * the file elsewhere (the image's build stage writes it beside its bundle).
 *   tsx scripts/precompile-templates.ts [output file]
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COMPILED_TEMPLATES_FILE } from "../src/templates/compiled-templates.js";
import { precompileTemplates } from "../src/templates/engine.js";

const out = path.resolve(process.argv[2] ?? COMPILED_TEMPLATES_FILE);
const compiled = precompileTemplates();
mkdirSync(path.dirname(out), { recursive: true });
// Written whole, then renamed: a process starting meanwhile reads the old file or the new one.
writeFileSync(`${out}.tmp`, JSON.stringify(compiled));
renameSync(`${out}.tmp`, out);
console.log(
  `${Object.keys(compiled.templates).length} templates compiled into ${path.relative(process.cwd(), out)}`,
);
