/**
 * The action's inputs, read from the environment GitHub gives a Docker action: `INPUT_<NAME>` with the name
 * uppercased and hyphens kept (`INPUT_BASE-URL`). Values are read from an env object rather than through
 * @actions/core's getInput so that tests (and the CLI) can pass their own environment; the rules are the same
 * as core's: values are trimmed, multiline inputs drop empty lines, booleans accept only the YAML 1.2 core
 * schema spellings.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { RENDER_MODES } from "../export/options.js";
import { THIRD_PARTY_RULES, type ThirdPartyRule } from "../export/third-party.js";
import type { RenderMode } from "../export/types.js";

/** A bad input value; the message names the input. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input "${input}": ${message}`);
  }
}

export type ActionMode = "export" | "merge";

export interface ActionInputs {
  /** `export` (default) renders the site; `merge` downloads the `github-pages-part-*` artifacts of this run. */
  mode: ActionMode;
  /** GITHUB_WORKSPACE, or the current directory outside Actions; relative inputs resolve against it. */
  workspace: string;
  /** `path`: the site folder (databases, metadata, templates, …). Default `.`. */
  sitePath: string;
  /** `paths`: one URL path per line to export. Default none. */
  paths: string[];
  /** `sql`: queries whose rows name paths, separated by a line holding only `---`. Default none. */
  sql: string[];
  /** `crossdb`: default false. */
  crossdb: boolean;
  /** `crawl`: default true when neither `paths` nor `sql` is given, else false. */
  crawl: boolean;
  /** `output`: default `_site`. */
  output: string;
  /** `base-url`: default `/REPO/` for a project site, `/` for OWNER.github.io or a site folder with CNAME. */
  baseUrl: string;
  /** `site-url`: default https://OWNER.github.io/REPO/ (https://DOMAIN/ with a CNAME file); none off github.com. */
  siteUrl: string | null;
  /** `concurrency`: default null, the exporter's own default. */
  concurrency: number | null;
  /** `render`: auto | browser | http | adaptive, default auto. */
  render: RenderMode;
  /** `third-party`: what browser-rendered pages may load from other origins: scripts | none | all, default scripts. */
  thirdParty: ThirdPartyRule;
  /** `trailing-slash`: default false. */
  trailingSlash: boolean;
  /** `ephemeral`: default false. */
  ephemeral: boolean;
  /** `ttl`: seconds, default null (the server's default). */
  ttl: number | null;
  /** `setup`: one .json or .sql file per line. Default none. */
  setup: string[];
  /** `shard`: `i/n`, 1-based. Default none. */
  shard: { index: number; total: number } | null;
  /** `upload`: default true. */
  upload: boolean;
  /** `artifact-name`: default `github-pages`, or `github-pages-part-I` with a shard. */
  artifactName: string;
  /** `retention-days`: 1–90, default 1. */
  retentionDays: number;
  /** `allow-errors`: default false. */
  allowErrors: boolean;
}

/** Prefix shared by every shard's artifact; merge mode downloads the artifacts whose names start with it. */
export const PART_ARTIFACT_PREFIX = "github-pages-part-";

/** A line holding only this separates queries in the `sql` input. */
export const SQL_SEPARATOR = "---";

/** Reads and checks every input; throws InputError naming the first bad one. */
export function readActionInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string) => readInput(env, name);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const resolve = (p: string) => path.resolve(workspace, p);

  const mode = choice(input, "mode", ["export", "merge"] as const, "export");
  const sitePath = resolve(input("path") || ".");
  const paths = multiline(input("paths"));
  const sql = splitSql(input("sql"));
  const shard = parseShard(input("shard"));
  if (mode === "merge" && shard) throw new InputError("shard", "cannot be used with mode: merge");

  const setup = multiline(input("setup")).map((file) => {
    if (!/\.(json|sql)$/i.test(file)) throw new InputError("setup", `"${file}" must be a .json or .sql file`);
    return resolve(file);
  });

  const crawlText = input("crawl");
  const crawl = crawlText ? booleanValue("crawl", crawlText) : paths.length === 0 && sql.length === 0;
  const repo = parseRepository(env.GITHUB_REPOSITORY);
  const cname = readCname(sitePath);

  return {
    mode,
    workspace,
    sitePath,
    paths,
    sql,
    crossdb: boolean(input, "crossdb", false),
    crawl,
    output: resolve(input("output") || "_site"),
    baseUrl: normaliseBase(input("base-url") || defaultBaseUrl(repo, cname !== null)),
    siteUrl: input("site-url") || defaultSiteUrl(env, repo, cname),
    concurrency: integer(input, "concurrency", null, 1),
    render: choice(input, "render", RENDER_MODES, "auto"),
    thirdParty: choice(input, "third-party", THIRD_PARTY_RULES, "scripts"),
    trailingSlash: boolean(input, "trailing-slash", false),
    ephemeral: boolean(input, "ephemeral", false),
    ttl: integer(input, "ttl", null, 1),
    setup,
    shard,
    upload: boolean(input, "upload", true),
    artifactName:
      input("artifact-name") || (shard ? `${PART_ARTIFACT_PREFIX}${shard.index}` : "github-pages"),
    retentionDays: integer(input, "retention-days", 1, 1, 90) ?? 1,
    allowErrors: boolean(input, "allow-errors", false),
  };
}

/** `INPUT_<NAME>`, trimmed; "" when unset. */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** Splits the `sql` input on lines holding only `---`, so each query may span lines in a YAML block. */
export function splitSql(text: string): string[] {
  return text
    .split(/^[ \t]*---[ \t]*$/m)
    .map((q) => q.trim())
    .filter(Boolean);
}

/** The default base URL: `/` for a user or organisation site and for a custom domain, else `/REPO/`. */
export function defaultBaseUrl(repo: { owner: string; name: string } | null, hasCname: boolean): string {
  if (!repo || hasCname || isUserSite(repo)) return "/";
  return `/${repo.name}/`;
}

function defaultSiteUrl(
  env: NodeJS.ProcessEnv,
  repo: { owner: string; name: string } | null,
  cname: string | null,
): string | null {
  if (cname) return `https://${cname}/`;
  // Pages hosts differ on GitHub Enterprise: guessing there would write wrong URLs into sitemap.xml.
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  if (!repo || new URL(server).hostname.toLowerCase() !== "github.com") return null;
  const host = `${repo.owner.toLowerCase()}.github.io`;
  return isUserSite(repo) ? `https://${host}/` : `https://${host}/${repo.name}/`;
}

function isUserSite(repo: { owner: string; name: string }): boolean {
  return repo.name.toLowerCase() === `${repo.owner.toLowerCase()}.github.io`;
}

function parseRepository(value: string | undefined): { owner: string; name: string } | null {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1]!, name: match[2]! } : null;
}

/** The custom domain in the site folder's CNAME file, if there is one. */
function readCname(sitePath: string): string | null {
  const file = path.join(sitePath, "CNAME");
  if (!existsSync(file)) return null;
  // A CNAME file holds one domain; Pages ignores anything after the first line. A small file read once at
  // start-up, so reading it synchronously keeps readActionInputs synchronous.
  const domain = (readFileSync(file, "utf8").split(/\r?\n/)[0] ?? "").trim();
  return domain || null;
}

function normaliseBase(value: string): string {
  let v = value.trim();
  if (/^[a-z]+:\/\//i.test(v))
    throw new InputError("base-url", `takes a path such as /repo/, not a URL ("${v}")`);
  if (!v.startsWith("/")) v = "/" + v;
  if (!v.endsWith("/")) v += "/";
  return v;
}

function multiline(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function parseShard(text: string): { index: number; total: number } | null {
  if (!text) return null;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!match || total < 1 || index < 1 || index > total) {
    throw new InputError("shard", `takes i/n with 1 ≤ i ≤ n, such as 1/3, not "${text}"`);
  }
  return { index, total };
}

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** Same spellings as @actions/core getBooleanInput. */
function booleanValue(name: string, text: string): boolean {
  if (TRUE.includes(text)) return true;
  if (FALSE.includes(text)) return false;
  throw new InputError(name, `takes true or false (also True, TRUE, False, FALSE), not "${text}"`);
}

function boolean(input: (name: string) => string, name: string, fallback: boolean): boolean {
  const text = input(name);
  return text ? booleanValue(name, text) : fallback;
}

function integer(
  input: (name: string) => string,
  name: string,
  fallback: number | null,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | null {
  const text = input(name);
  if (!text) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new InputError(name, `takes a whole number ${range}, not "${text}"`);
  }
  return n;
}

function choice<T extends string>(
  input: (name: string) => string,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const text = input(name);
  if (!text) return fallback;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new InputError(name, `takes one of ${allowed.join(", ")}, not "${text}"`);
  }
  return text as T;
}
