/**
 * The built-in templates' compiled code, made at build time (scripts/precompile-templates.ts) so that a
 * process does not lex, parse and compile them again: ~50–70 ms of CPU per process, paid by the main
 * thread and by every render thread. Nunjucks runs compiled code given as `{ type: "code", obj }` by a
 * loader (its Template constructor), as it does for its own precompiled templates.
 *
 * The code is used for a file only when it is exactly what was compiled: the file the loader found is
 * the built-in folder's (not a user's template of the same name), its bytes are those compiled (a user
 * may edit an installed package's templates/), and the environment compiles the same way (same options,
 * extensions and async filters as at build time). Anything else compiles from source, as without the file.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type nunjucks from "nunjucks";
import { nj } from "./nunjucks-nodes.js";
import { PACKAGE_ROOT } from "../package-root.js";

/** The package's default templates, searched after the user's. */
export const BUILT_IN_TEMPLATES = path.join(PACKAGE_ROOT, "templates");

/**
 * Where the build writes the built-in templates' compiled code. Found from the package's folder, not
 * from this module's, which is in src/, dist/templates/ or a bundle's flat dist/ depending on the build.
 */
export const COMPILED_TEMPLATES_FILE = path.join(PACKAGE_ROOT, "dist", "templates.compiled.json");

/** The generated file. */
export interface CompiledTemplatesFile {
  format: typeof FORMAT;
  /** codeSetup() of the environment that compiled them. */
  setup: string;
  /** By path in the templates folder ("base.html", "pages/about.html"), with "/" between folders. */
  templates: Record<string, { sha256: string; code: string }>;
}

/**
 * The compiler's own sources in a checkout, absent from an installed package. A generated file older
 * than one of them may hold another compiler's code (someone changed jinja-loops.ts and ran the tests
 * without building), so it is not used.
 */
const COMPILER_SOURCES = path.join(PACKAGE_ROOT, "src", "templates");

const FORMAT = 1;

/**
 * Nunjucks writes a template's path into its code (the parent name of its includes and imports), and
 * the path differs between the build and the installed package: the code is compiled for this name,
 * which becomes the file's path when the code is used, so it is the code a compile at runtime makes.
 */
const PATH_PLACEHOLDER = "\u0000template path\u0000";

/** What, besides a template's source and path, decides the code Nunjucks's compiler makes of it. */
function codeSetup(env: nunjucks.Environment): string {
  const e = env as any;
  return JSON.stringify({
    lexer: {
      tags: e.opts.tags ?? null,
      trimBlocks: e.opts.trimBlocks,
      lstripBlocks: e.opts.lstripBlocks,
    },
    throwOnUndefined: e.opts.throwOnUndefined,
    autoescape: e.opts.autoescape,
    asyncFilters: e.asyncFilters,
    // An extension's tags decide how a template parses, its preprocess() the source, its autoescape
    // the code of its tags. A plugin's extension makes every template compile from source.
    extensions: e.extensionsList.map((x: any) => [
      x.__name,
      x.tags ?? null,
      typeof x.preprocess === "function",
      x.autoescape ?? null,
    ]),
  });
}

/** Compiles a template's source (as the loader gives it) as Nunjucks's Template does, with `env`'s setup. */
function compileTemplateCode(env: nunjucks.Environment, src: string, templatePath: string): string {
  const e = env as any;
  return nj.compiler.compile(src, e.asyncFilters, e.extensionsList, templatePath, e.opts);
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A generated file's code as the template at `full` compiles: with its path. */
export function codeAt(code: string, full: string): string {
  return code.replaceAll(JSON.stringify(PATH_PLACEHOLDER), JSON.stringify(full));
}

/** Compiles every named template of `dir` for the generated file; `source` is the loader's preprocessing. */
export function compileTemplates(
  env: nunjucks.Environment,
  dir: string,
  names: string[],
  source: (raw: Buffer) => string,
): CompiledTemplatesFile {
  const templates: CompiledTemplatesFile["templates"] = {};
  for (const name of [...names].sort()) {
    const raw = readFileSync(path.join(dir, name));
    templates[name.split(path.sep).join("/")] = {
      sha256: sha256(raw),
      code: compileTemplateCode(env, source(raw), PATH_PLACEHOLDER),
    };
  }
  return { format: FORMAT, setup: codeSetup(env), templates };
}

/** A loader's source for Nunjucks: compiled code, as its Template constructor takes it. */
export interface CompiledSource {
  type: "code";
  obj: Record<string, unknown>;
}

/** The generated file's code for the templates of one folder. */
export class CompiledTemplates {
  #file: CompiledTemplatesFile | null | undefined;

  /**
   * `file` is read when first needed; missing, unreadable, of another format or older than a file of
   * `sources` (default COMPILER_SOURCES), it is none.
   */
  constructor(
    readonly dir: string,
    readonly file: string,
    readonly sources: string = COMPILER_SOURCES,
  ) {}

  /** The code for the file at `full` whose bytes are `raw`, if compiled from them with `env`'s setup. */
  lookup(full: string, raw: Buffer, env: nunjucks.Environment): CompiledSource | null {
    const compiled = this.#load();
    if (!compiled) return null;
    const rel = path.relative(this.dir, full);
    if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return null;
    const name = rel.split(path.sep).join("/");
    const entry = Object.hasOwn(compiled.templates, name) ? compiled.templates[name] : undefined;
    if (!entry || entry.sha256 !== sha256(raw) || compiled.setup !== codeSetup(env)) return null;
    // Nunjucks runs its compiled code the same way (Template._compile).
    const obj = new Function(codeAt(entry.code, full))() as Record<string, unknown>;
    return { type: "code", obj };
  }

  #load(): CompiledTemplatesFile | null {
    if (this.#file !== undefined) return this.#file;
    try {
      const parsed = JSON.parse(readFileSync(this.file, "utf8")) as CompiledTemplatesFile;
      this.#file = parsed?.format === FORMAT && parsed.templates && !this.#stale() ? parsed : null;
    } catch {
      this.#file = null;
    }
    return this.#file;
  }

  #stale(): boolean {
    let names: string[];
    try {
      names = readdirSync(this.sources);
    } catch {
      return false; // an installed package: no sources beside the build
    }
    const built = statSync(this.file).mtimeMs;
    return names.some((name) => statSync(path.join(this.sources, name)).mtimeMs > built);
  }
}
