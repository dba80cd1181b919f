/**
 * The template engine: Nunjucks taught Jinja2's semantics (jinja-compat.ts), reading templates from
 * the user's folders before the built-in one, with Datasette's template functions installed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import {
  BUILT_IN_TEMPLATES,
  COMPILED_TEMPLATES_FILE,
  CompiledTemplates,
  compileTemplates,
  type CompiledSource,
  type CompiledTemplatesFile,
} from "./compiled-templates.js";
import { installFilters } from "./filters.js";
import { installJinjaCompat, layeredVariables } from "./jinja-compat.js";
import { loadMarkdown, markdownMissedBy, MarkdownTag, renderMarkdownFunction } from "./markdown-template.js";
import { preprocessTemplate } from "./preprocess.js";
import { pyStr, bindArgs } from "./python-values.js";
import { SqlPasses } from "./sql.js";
import { plainArguments } from "./python-numbers.js";
import { DATASETTE_COMPAT_VERSION, VERSION } from "../version.js";
import type {
  RenderedPage,
  ResponseEffects,
  SqlRunner,
  TemplateContext,
  TemplateEngine,
  TemplateEngineOptions,
} from "./types.js";

/** The Datasette version our templates and `datasette_version` claim compatibility with. */
export const DATASETTE_VERSION = DATASETTE_COMPAT_VERSION;

/** A render may take this many passes (each finding new `sql()` queries) before it is an error. */
export const MAX_SQL_PASSES = 10;

/** None of the template names exists in any template folder. */
export class TemplateNotFoundError extends Error {
  override name = "TemplateNotFoundError";
  constructor(readonly names: string[]) {
    super(`Template not found: ${names.join(", ")}`);
  }
}

/** A template failed to compile or render; `cause` is the underlying error (a TemplateSqlError for sql()). */
export class TemplateRenderError extends Error {
  override name = "TemplateRenderError";
  constructor(
    readonly template: string,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

/** A template file's source as Nunjucks is given it. */
function templateSource(raw: Buffer): string {
  // Jinja's keep_trailing_newline=False: a template's one final newline is not output.
  return preprocessTemplate(raw.toString("utf8").replace(/(\r\n|\r|\n)$/, ""));
}

/**
 * Reads templates from folders in order; `default:name` (Datasette's prefix) reads the last folder only.
 * A file that has compiled code (compiled-templates.ts) is given as that code.
 */
class FolderLoader {
  cache: Record<string, unknown> = {};
  readonly #found = new Map<string, string | null>();
  /** The environment this loader serves (createEnvironment), whose setup compiled code must match. */
  env: nunjucks.Environment | null = null;
  constructor(
    private readonly dirs: string[],
    private readonly compiled: CompiledTemplates | null,
  ) {}

  find(name: string): string | null {
    const hit = this.#found.get(name);
    if (hit !== undefined) return hit;
    let rel = name;
    let dirs = this.dirs;
    if (name.startsWith("default:")) {
      rel = name.slice("default:".length);
      dirs = this.dirs.slice(-1);
    }
    let result: string | null = null;
    const parts = rel.split(/[\\/]/);
    if (rel && !path.isAbsolute(rel) && !parts.includes("..")) {
      for (const dir of dirs) {
        const full = path.resolve(dir, rel);
        if (!full.startsWith(path.resolve(dir) + path.sep)) continue;
        if (existsSync(full) && statSync(full).isFile()) {
          result = full;
          break;
        }
      }
    }
    this.#found.set(name, result);
    return result;
  }

  getSource(name: string): { src: string | CompiledSource; path: string; noCache: boolean } | null {
    const full = this.find(name);
    if (!full) return null;
    const raw = readFileSync(full);
    return {
      src: this.compiled?.lookup(full, raw, this.env!) ?? templateSource(raw),
      path: full,
      noCache: false,
    };
  }
}

class NotFoundSignal extends Error {}

function emptyEffects(): ResponseEffects {
  return { status: null, headers: {}, redirect: null, notFound: null };
}

/** Datasette's custom-page functions, writing to this pass's effects. */
function effectFunctions(effects: ResponseEffects): Record<string, (...args: unknown[]) => unknown> {
  return {
    raise_404: (...args) => {
      effects.notFound = pyStr(bindArgs("raise_404", ["message"], args).message ?? "");
      throw new NotFoundSignal(effects.notFound);
    },
    custom_status: (...args) => {
      effects.status = Number(bindArgs("custom_status", ["code"], args).code);
      return "";
    },
    custom_header: (...args) => {
      const a = bindArgs("custom_header", ["header", "value"], args);
      effects.headers[pyStr(a.header)] = pyStr(a.value);
      return "";
    },
    custom_redirect: (...args) => {
      const a = bindArgs("custom_redirect", ["location", "code"], args);
      effects.redirect = { location: pyStr(a.location), status: a.code == null ? 302 : Number(a.code) };
      return "";
    },
  };
}

/** The Nunjucks environment of an engine, before plugins add to it; precompileTemplates compiles with it. */
function createEnvironment(loader: FolderLoader, autoescape: boolean): nunjucks.Environment {
  installJinjaCompat();
  const env = new nunjucks.Environment(loader as unknown as nunjucks.ILoader, { autoescape });
  loader.env = env;
  installFilters(env);
  env.addGlobal("render_markdown", renderMarkdownFunction);
  env.addGlobal("datasette_version", DATASETTE_VERSION);
  env.addGlobal("datasette_export_version", VERSION);
  env.addExtension("markdown", new MarkdownTag());
  return env;
}

/**
 * Compiles every file of `dir` (default: the built-in templates) as an engine's first render of it
 * would, for the build's generated file (COMPILED_TEMPLATES_FILE).
 */
export function precompileTemplates(dir: string = BUILT_IN_TEMPLATES): CompiledTemplatesFile {
  const names = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) =>
    statSync(path.join(dir, name)).isFile(),
  );
  const env = createEnvironment(new FolderLoader([dir], null), true);
  return compileTemplates(env, dir, names, templateSource);
}

export function createTemplateEngine(options: TemplateEngineOptions): TemplateEngine {
  const compiled =
    options.compiled === undefined
      ? { dir: BUILT_IN_TEMPLATES, file: COMPILED_TEMPLATES_FILE }
      : options.compiled;
  const loader = new FolderLoader(
    options.dirs,
    compiled && new CompiledTemplates(compiled.dir, compiled.file, compiled.sources),
  );
  const env = createEnvironment(loader, options.autoescape ?? true);

  const resolve = (names: string[]) => names.find((n) => loader.find(n) !== null) ?? null;
  // Jinja's `{% include [a, b] %}` (and extends/import) takes the first name that exists; Nunjucks only
  // takes one string. None existing keeps Jinja's error, naming every candidate.
  const getTemplate = env.getTemplate.bind(env) as (name: unknown, ...rest: unknown[]) => unknown;
  (env as unknown as { getTemplate: typeof getTemplate }).getTemplate = (name, ...rest) =>
    getTemplate(
      Array.isArray(name) ? (resolve(name.map(pyStr)) ?? name.map(pyStr).join(", ")) : name,
      ...rest,
    );

  async function render(
    names: string[],
    context: TemplateContext,
    runSql?: SqlRunner,
  ): Promise<RenderedPage> {
    const name = resolve(names);
    if (name === null) throw new TemplateNotFoundError(names);
    const queries = new SqlPasses(runSql);
    for (let pass = 1; ; pass++) {
      const effects = emptyEffects();
      queries.beginPass();
      let body = "";
      let error: unknown = null;
      const missedMarkdown = markdownMissedBy(() => {
        try {
          // The pass's own functions over the page's context, which is not copied (it has many keys).
          const own = Object.assign(effectFunctions(effects), { sql: queries.sql });
          body = env.render(name, layeredVariables(own, context) as unknown as object);
        } catch (err) {
          error = err;
        }
      });
      // The pass met markdown before its renderer had loaded (once per thread: markdown-template.ts):
      // nothing it did counts, not even as a pass; it runs again, the same, once the renderer is here.
      if (missedMarkdown) {
        await loadMarkdown();
        pass--;
        continue;
      }
      // A pass that met unseen queries saw empty placeholders: its output, errors and effects don't count.
      if (queries.hasPending) {
        if (pass >= MAX_SQL_PASSES)
          throw new TemplateRenderError(
            name,
            `${name}: sql() calls still depended on earlier results after ${MAX_SQL_PASSES} render passes`,
          );
        await queries.runPending();
        continue;
      }
      if (effects.notFound !== null) return { ...effects, body: "" };
      if (error) {
        const cause = queries.failure ?? (error as { cause?: unknown }).cause ?? error;
        throw new TemplateRenderError(name, (error as Error).message ?? String(error), cause);
      }
      return { ...effects, body };
    }
  }

  return {
    render,
    resolve,
    addGlobal: (n, value) => void env.addGlobal(n, value),
    // A plugin's filter gets plain numbers, never our PyFloat, unless it says it wants them.
    addFilter: (n, fn) =>
      void env.addFilter(
        n,
        (fn as { pythonNumbers?: boolean }).pythonNumbers
          ? fn
          : function (this: unknown, ...args: unknown[]) {
              return fn.apply(this, plainArguments(args));
            },
      ),
    addExtension: (n, ext) => {
      // A Jinja extension's output is printed as is; Nunjucks would escape it unless told otherwise.
      const extension = ext as nunjucks.Extension & { autoescape?: boolean };
      if (typeof extension.autoescape !== "boolean") extension.autoescape = false;
      env.addExtension(n, extension);
    },
  };
}
