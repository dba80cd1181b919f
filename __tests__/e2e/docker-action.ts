/**
 * Runs `datasette-export action` the way the runner starts the Docker action: a clean environment holding
 * the image's variables and what GitHub passes (every input of action.yml as INPUT_<NAME>, with its default
 * when the workflow leaves it out; the GITHUB_* files; a RUNNER_TEMP that is a host path the container
 * cannot see), working directory the workspace.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { systemUntar } from "../action/tree.js";

const repo = path.resolve(import.meta.dirname, "../..");

export interface ActionJob {
  /** Scratch folder holding the workspace, the GITHUB_* files and anything a test opens. */
  root: string;
  /** GITHUB_WORKSPACE: a copy of example-site/. */
  workspace: string;
  env: NodeJS.ProcessEnv;
}

const roots: string[] = [];

/** Deletes the folders of every job made so far in this test file. */
export function removeJobs(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Every input action.yml declares, with its default, as the runner sets them. */
function inputDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(repo, "action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      `INPUT_${name.toUpperCase()}`,
      String(input.default ?? ""),
    ]),
  );
}

/**
 * A job whose workspace is a fresh copy of example-site/ (its databases built by `npm run example:build`).
 * `inputs` are the workflow's `with:` (names as in action.yml); `artifactEnv` the fake service's envFor().
 */
export function exampleSiteJob(
  name: string,
  inputs: Record<string, string>,
  artifactEnv: Record<string, string>,
  repository = "owner/repo",
): ActionJob {
  const root = mkdtempSync(path.join(tmpdir(), `e2e-${name}-`));
  roots.push(root);
  const workspace = path.join(root, "workspace");
  cpSync(path.join(repo, "example-site"), workspace, { recursive: true });
  const files = path.join(root, "file_commands");
  mkdirSync(files);
  const env: NodeJS.ProcessEnv = {
    // The image's own environment (Dockerfile ENV) and what any container has.
    PATH: process.env.PATH,
    HOME: path.join(root, "home"),
    NODE_ENV: "production",
    DATASETTE_EXPORT_BROWSER: "/usr/bin/chromium-headless-shell",
    // What the runner passes to a Docker action.
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_OUTPUT: path.join(files, "set_output"),
    GITHUB_STEP_SUMMARY: path.join(files, "step_summary"),
    // A host path: it does not exist inside the container.
    RUNNER_TEMP: "/home/runner/work/_temp",
    ...artifactEnv,
    ...inputDefaults(),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  mkdirSync(env.HOME!);
  writeFileSync(env.GITHUB_OUTPUT!, "");
  writeFileSync(env.GITHUB_STEP_SUMMARY!, "");
  return { root, workspace, env };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node CLI ARGS…` as a child process; resolves with its exit code and output whatever the code. */
export function runCli(cli: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env, cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * The example site's inputs: .github/workflows/pages.yml's paths and SQL (and crossdb), plus every page a
 * plain link on the site leads to (database, table, row, news and canned query pages). Crawling, which
 * pages.yml turns on, is left out: it follows every facet and sort combination and stops at the
 * 10,000-page cap on this site.
 */
export const EXAMPLE_INPUTS = {
  crossdb: "true",
  crawl: "false",
  paths: [
    "/",
    "/plugins",
    "/news",
    "/about",
    "/content",
    "/stats",
    "/content/plugins",
    "/content/authors",
    "/content/news",
    "/content/suggestions",
    "/stats/downloads",
    "/content/search_plugins",
    "/content/suggest_plugin",
    "/stats/downloads_by_plugin",
    // The database pages' "Tables" heading links each database's schema page.
    "/content/-/schema",
    "/stats/-/schema",
    "/_memory",
    "/ephemeral",
  ].join("\n"),
  sql: [
    "select '/plugins/' || name\nfrom content.plugins",
    "select '/content/plugins/' || name from content.plugins",
    "select '/content/authors/' || id from content.authors",
    "select '/content/news/' || date from content.news",
    "select '/news/' || date from content.news",
    "select '/stats/downloads/' || plugin || ',' || month from stats.downloads",
  ].join("\n---\n"),
};

/** Unzips an uploaded artifact and extracts its artifact.tar with the system tools; returns the folder. */
export async function openArtifact(zip: Buffer, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "artifact.zip"), zip);
  await new Promise<void>((resolve, reject) =>
    execFile("unzip", ["-q", path.join(dir, "artifact.zip"), "-d", dir], (e) => (e ? reject(e) : resolve())),
  );
  const site = path.join(dir, "site");
  systemUntar(path.join(dir, "artifact.tar"), site);
  return site;
}

/** "phase: N ms" lines the action prints, as { phase: ms }. */
export function parseTimings(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stdout.matchAll(/^([a-z ]+): (\d+) ms$/gm)) out[m[1]!] = Number(m[2]);
  return out;
}
