/**
 * The GitHub Action: inputs → export → Pages artifact → upload → outputs, job summary, annotations.
 * It holds no export logic: the exporter and config loading are passed in, so the CLI wires the real ones
 * and tests can drive the whole pipeline on the host.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Config } from "../config/config.js";
import type { ExportOptions, ExportResult } from "../export/types.js";
import { siteOverrides, toExportOptions, type SiteOverrides } from "./export-options.js";
import { PART_ARTIFACT_PREFIX, readActionInputs, type ActionInputs } from "./inputs.js";
import { mergeExports } from "../export/merge.js";
import { crawlStoppedMessage } from "../export/crawl-limit.js";
import { writePagesArtifact, type PagesArtifactSummary } from "./pages-artifact.js";
import { exportSummary, failureMessage, mergeSummary, timingLines, type PhaseTimings } from "./summary.js";
import { extractPagesTar } from "./tar-extract.js";
import {
  downloadPartArtifacts,
  uploadPagesArtifact,
  withArtifactEnv,
  type ArtifactTransport,
} from "./upload.js";
import { annotation, appendSummary, writeOutputs } from "./workflow-commands.js";

/** The outputs the action sets (action.yml documents each). */
export const ACTION_OUTPUTS = [
  "output",
  "pages",
  "files",
  "bytes",
  "failures",
  "report",
  "artifact-path",
  "artifact-id",
] as const;
type Outputs = Record<(typeof ACTION_OUTPUTS)[number], string | number>;

export interface ActionDeps {
  exportSite: (options: ExportOptions) => Promise<ExportResult>;
  loadConfig: (sitePath: string, overrides: SiteOverrides) => Promise<Config>;
  /** Default: @actions/artifact's DefaultArtifactClient. */
  artifactClient?: ArtifactTransport;
  /** Where log lines and workflow commands go. Default: stdout. */
  log?: (line: string) => void;
}

/** Runs the action with `env` (process.env in a real run); resolves to the exit code, 0 or 1. */
export async function runAction(env: NodeJS.ProcessEnv, deps: ActionDeps): Promise<number> {
  const log = deps.log ?? ((line: string) => void process.stdout.write(line + "\n"));
  try {
    const inputs = readActionInputs(env);
    return inputs.mode === "merge"
      ? await runMerge(inputs, env, deps, log)
      : await runExport(inputs, env, deps, log);
  } catch (error) {
    log(annotation("error", (error as Error).message, { title: "datasette-export" }));
    return 1;
  }
}

async function runExport(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: ActionDeps,
  log: (line: string) => void,
): Promise<number> {
  const config = await deps.loadConfig(inputs.sitePath, siteOverrides(inputs));
  const options = toExportOptions(inputs, config);
  log(
    `Exporting ${path.relative(inputs.workspace, inputs.sitePath) || "."} → ${inputs.output} (base URL ${inputs.baseUrl})`,
  );
  let result: ExportResult;
  let exportError: Error | null = null;
  try {
    result = await deps.exportSite(options);
  } catch (error) {
    // The exporter throws when pages fail, with the full result attached: report it page by page.
    const attached = resultOf(error);
    if (!attached) throw error;
    result = attached;
    exportError = error as Error;
  }
  const timings: PhaseTimings = { ...result.timings };
  annotatePages(result, inputs.allowErrors, log);
  const failed = exportError !== null || (result.failures.length > 0 && !inputs.allowErrors);
  if (exportError && result.failures.length === 0)
    log(annotation("error", exportError.message, { title: "Export failed" }));

  let tar: PagesArtifactSummary | null = null;
  let artifactId: number | null = null;
  if (failed) {
    // A failed export leaves the output folder as it was, so there is nothing current to publish.
    log(`Not uploading: the export failed (set allow-errors: true to publish pages that did render).`);
  } else {
    const work = await workFolder(env, inputs);
    const built = await timed(timings, "tarMs", () =>
      writePagesArtifact(result.output, path.join(work, "artifact.tar")),
    );
    tar = built;
    if (inputs.upload) {
      artifactId = await timed(timings, "uploadMs", () => upload(inputs, env, deps, built.tarPath));
      // The tar is kept for a later step only when it was not uploaded; an uploaded one is a second copy.
      await rm(work, { recursive: true, force: true });
    }
  }
  for (const line of timingLines(timings)) log(line);
  log(`${result.pages} pages, ${result.files} files in ${(result.durationMs / 1000).toFixed(1)} s`);

  await writeOutputs(env.GITHUB_OUTPUT, {
    output: forLaterSteps(inputs, result.output),
    pages: result.pages,
    files: result.files,
    bytes: result.bytes,
    failures: result.failures.length,
    report: result.reportPath ? forLaterSteps(inputs, result.reportPath) : "",
    "artifact-path": tar && artifactId === null ? forLaterSteps(inputs, tar.tarPath) : "",
    "artifact-id": artifactId ?? "",
  } satisfies Outputs);
  const artifact = tar ? { name: inputs.artifactName, id: artifactId, tarBytes: tar.tarBytes } : null;
  await appendSummary(env.GITHUB_STEP_SUMMARY, exportSummary(result, timings, artifact, inputs.allowErrors));
  return failed ? 1 : 0;
}

/** GitHub shows ten annotations of a kind per step; the rest are in the summary and the report. */
const MAX_ANNOTATIONS = 10;

function annotatePages(result: ExportResult, allowErrors: boolean, log: (line: string) => void): void {
  const kind = allowErrors ? "warning" : "error";
  for (const page of result.failures.slice(0, MAX_ANNOTATIONS)) {
    log(annotation(kind, failureMessage(page), { title: `Page failed: ${page.path}` }));
  }
  if (result.failures.length > MAX_ANNOTATIONS) {
    log(
      annotation(
        kind,
        `${result.failures.length - MAX_ANNOTATIONS} more page(s) failed: see the job summary`,
      ),
    );
  }
  annotateBrokenLinks(result.brokenLinks, log);
  // The site is still published: what is there is right, but pages the crawl found are missing.
  if (result.crawlStoppedAt !== null)
    log(annotation("warning", crawlStoppedMessage(result.crawlStoppedAt), { title: "Crawl incomplete" }));
}

function annotateBrokenLinks(links: ExportResult["brokenLinks"], log: (line: string) => void): void {
  for (const link of links.slice(0, MAX_ANNOTATIONS)) {
    log(
      annotation("warning", `${link.from} links to ${link.href}, which was not exported`, {
        title: "Broken link",
      }),
    );
  }
}

function resultOf(error: unknown): ExportResult | null {
  const result = (error as { result?: ExportResult } | null)?.result;
  return result && Array.isArray(result.failures) ? result : null;
}

async function runMerge(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: ActionDeps,
  log: (line: string) => void,
): Promise<number> {
  const timings: PhaseTimings = {};
  const work = await workFolder(env, inputs);
  const client = deps.artifactClient ?? (await defaultClient());
  let tar: PagesArtifactSummary;
  let artifactId: number | null = null;
  let partNames: string[];
  let merged: { files: number; bytes: number };
  try {
    const parts = await timed(timings, "downloadMs", () =>
      withArtifactEnv(env, () =>
        downloadPartArtifacts(client, PART_ARTIFACT_PREFIX, path.join(work, "download")),
      ),
    );
    partNames = parts.map((p) => p.name);
    log(`Merging ${partNames.join(", ")} → ${inputs.output}`);
    const result = await timed(timings, "mergeMs", async () => {
      const folders: string[] = [];
      for (const part of parts) {
        const folder = path.join(work, "parts", part.name);
        await extractPagesTar(path.join(part.dir, "artifact.tar"), folder);
        folders.push(folder);
      }
      return mergeExports(folders, inputs.output);
    });
    annotateBrokenLinks(result.brokenLinks, log);
    tar = await timed(timings, "tarMs", () =>
      writePagesArtifact(inputs.output, path.join(work, "artifact.tar")),
    );
    merged = { files: tar.files, bytes: tar.contentBytes };
    if (inputs.upload)
      artifactId = await timed(timings, "uploadMs", () => upload(inputs, env, deps, tar.tarPath));
  } finally {
    // The downloads and extracted parts are scratch; the merged tar stays only when it was not uploaded.
    await rm(path.join(work, "download"), { recursive: true, force: true });
    await rm(path.join(work, "parts"), { recursive: true, force: true });
  }
  for (const line of timingLines(timings)) log(line);
  await writeOutputs(env.GITHUB_OUTPUT, {
    output: forLaterSteps(inputs, inputs.output),
    pages: "",
    files: merged.files,
    bytes: merged.bytes,
    failures: 0,
    report: "",
    "artifact-path": inputs.upload ? "" : forLaterSteps(inputs, tar.tarPath),
    "artifact-id": artifactId ?? "",
  } satisfies Outputs);
  const artifact = { name: inputs.artifactName, id: artifactId, tarBytes: tar.tarBytes };
  await appendSummary(env.GITHUB_STEP_SUMMARY, mergeSummary(partNames, merged, timings, artifact));
  if (inputs.upload) await rm(work, { recursive: true, force: true });
  return 0;
}

async function upload(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: ActionDeps,
  tarPath: string,
): Promise<number> {
  const client = deps.artifactClient ?? (await defaultClient());
  const { id } = await withArtifactEnv(env, () =>
    uploadPagesArtifact(client, inputs.artifactName, tarPath, inputs.retentionDays),
  );
  return id;
}

async function defaultClient(): Promise<ArtifactTransport> {
  // Loaded on first use: the Azure and Octokit code behind it is large, and `upload: false` never needs it.
  const { DefaultArtifactClient } = await import("@actions/artifact");
  return new DefaultArtifactClient();
}

/**
 * A fresh folder for artifact.tar: under RUNNER_TEMP when that folder exists (a host run). Inside a Docker
 * action RUNNER_TEMP names a host path that is not mounted, so a tar that must outlive the step (upload:
 * false) goes under the workspace, the one folder later steps share; an uploaded one goes to the temp folder.
 */
async function workFolder(env: NodeJS.ProcessEnv, inputs: ActionInputs): Promise<string> {
  let base = env.RUNNER_TEMP && existsSync(env.RUNNER_TEMP) ? env.RUNNER_TEMP : tmpdir();
  if (!inputs.upload && base !== env.RUNNER_TEMP) {
    base = path.join(inputs.workspace, ".datasette-export");
    await mkdir(base, { recursive: true });
  }
  const work = await mkdtemp(path.join(base, "datasette-export-"));
  // mkdtemp makes 0700; the kept tar is for later steps, which run as the runner user, not as root.
  await chmod(work, 0o755);
  return work;
}

/**
 * A path as later steps can use it: relative to the workspace when inside it, since a Docker action sees the
 * workspace at /github/workspace while later steps see it at $GITHUB_WORKSPACE.
 */
function forLaterSteps(inputs: ActionInputs, file: string): string {
  const rel = path.relative(inputs.workspace, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

async function timed<T, K extends keyof PhaseTimings>(
  timings: PhaseTimings,
  key: K,
  fn: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[key] = performance.now() - start;
  }
}
