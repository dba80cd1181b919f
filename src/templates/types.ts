import type { QueryResult, SqlParams } from "../db/types.js";

/** What a render asked of the response through raise_404(), custom_status(), custom_header(), custom_redirect(). */
export interface ResponseEffects {
  status: number | null;
  headers: Record<string, string>;
  redirect: { location: string; status: number } | null;
  notFound: string | null;
}

export interface RenderedPage extends ResponseEffects {
  body: string;
}

/** Runs SQL for the `sql()` template function; the server provides it (read pool, time limits). */
export type SqlRunner = (
  query: string,
  params: SqlParams | undefined,
  database: string | undefined,
) => Promise<QueryResult>;

/**
 * A render's variables: an object, or layers of objects read top first and never copied (a page's
 * context has many keys; see layeredVariables in jinja-compat.ts).
 */
export type TemplateContext = Record<string, unknown> | LayeredVariables;

/** `own` over `base`: what `Object.assign({}, base, own)` would hold, without building it. */
export interface LayeredVariables {
  readonly own: Record<string, unknown>;
  readonly base: TemplateContext;
}

export interface TemplateEngineOptions {
  /** Folders searched in order, first match wins: the user's templates, then the built-in ones. */
  dirs: string[];
  /** Datasette's autoescape is on for .html; keep it on. */
  autoescape?: boolean;
  /**
   * Compiled code made at build time for the templates of folder `dir` (compiled-templates.ts), used for
   * a file of that folder whose bytes are those compiled. Default: the built-in templates' code from
   * the package's dist/templates.compiled.json (none if missing); null: every template compiles here.
   * `sources`: see CompiledTemplates (compiled-templates.ts).
   */
  compiled?: { dir: string; file: string; sources?: string } | null;
}

/**
 * Jinja2-compatible template rendering. `sql()` is async underneath, so a render may take several
 * passes; only the last pass's output and response effects count.
 */
export interface TemplateEngine {
  /** Renders the first of `names` that exists (Datasette's template-name lists); throws if none does. */
  render(names: string[], context: TemplateContext, runSql?: SqlRunner): Promise<RenderedPage>;
  /** The first of `names` that exists, or null. */
  resolve(names: string[]): string | null;
  /** Lets plugins add functions, filters and block tags (Datasette's prepare_jinja2_environment). */
  addGlobal(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: any[]) => unknown): void;
  addExtension(name: string, extension: unknown): void;
}
