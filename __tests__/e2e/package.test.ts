/**
 * The published package, run as the Docker image runs it: packed, installed with production dependencies
 * only into an empty folder, and started from there. A runtime dependency left in devDependencies, or a
 * folder (templates/, static/) left out of `files`, fails here and nowhere else.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeArtifactService, type FakeArtifactService } from "../action/fake-artifact-service.js";
import { parseOutputs, readTree } from "../action/tree.js";
import {
  EXAMPLE_INPUTS,
  exampleSiteJob,
  openArtifact,
  parseTimings,
  removeJobs,
  runCli,
} from "./docker-action.js";
import { installPackedPackage, type InstalledPackage } from "./packed-package.js";
import { OUTPUT_MARKER } from "../../src/export/output-guard.js";
import { printedUrl } from "./printed-url.js";
import { FIXTURES_DB } from "../helpers/server.js";

let pkg: InstalledPackage;
let fake: FakeArtifactService;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeArtifactService();
  pkg = await installPackedPackage();
}, 600_000);

afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await fake?.close();
  removeJobs();
  if (pkg) rmSync(pkg.root, { recursive: true, force: true });
});

describe("the packed package, installed with production dependencies only", () => {
  it("ships dist/, the default templates and static files, and nothing from src/ or the tests", () => {
    expect(pkg.files).toContain("dist/cli.js");
    // What `import "datasette-export/plugin"` resolves to, code and types, is in the package.
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
      exports: Record<string, string | Record<string, string>>;
    };
    const targets = Object.values(manifest.exports).flatMap((t) =>
      typeof t === "string" ? [t] : Object.values(t),
    );
    expect(targets).toContain("./dist/types/plugins/api.d.ts");
    for (const target of targets) expect(pkg.files, target).toContain(target.replace(/^\.\//, ""));
    expect(pkg.files).toContain("templates/base.html");
    expect(pkg.files).toContain("static/app.css");
    expect(pkg.files.filter((f) => /^(src|__tests__|bench|example-site)\//.test(f))).toEqual([]);
  });

  it("runs the action on the example site and uploads exactly the output folder", async () => {
    const job = exampleSiteJob("package-action", EXAMPLE_INPUTS, fake.envFor("export", "run-package"));
    const run = await runCli(pkg.cli, ["action"], job.env, job.workspace);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/^::error/m);

    const outputs = parseOutputs(readFileSync(job.env.GITHUB_OUTPUT!, "utf8"));
    expect(outputs.failures).toBe("0");
    expect(Number(outputs.pages)).toBeGreaterThan(10);
    const artifact = fake.artifacts.find((a) => a.runId === "run-package" && a.name === "github-pages");
    expect(artifact?.finalized).toBe(true);
    expect(outputs["artifact-id"]).toBe(String(artifact!.id));

    const published = readTree(await openArtifact(artifact!.zip!, path.join(job.root, "opened")));
    const written = readTree(path.join(job.workspace, outputs.output!));
    // Everything but the output folder's marker, which the action leaves out of the Pages artifact.
    expect([...published.keys()]).toEqual([...written.keys()].filter((rel) => rel !== OUTPUT_MARKER));
    for (const [rel, entry] of written)
      if (rel !== OUTPUT_MARKER) expect(published.get(rel)?.content, rel).toBe(entry.content);
    expect(published.has("index.html")).toBe(true);
    expect(published.has("plugins.html")).toBe(true);
    // The repository name is the base path of a project site.
    const home = Buffer.from(published.get("index.html")!.content!, "base64").toString("utf8");
    expect(home).toContain('href="/repo/content');

    // Every phase is measured and printed.
    const timings = parseTimings(run.stdout);
    for (const phase of ["server start", "browser start", "render", "tar", "upload"]) {
      expect(timings[phase], `${phase} in:\n${run.stdout}`).toBeGreaterThanOrEqual(0);
    }
    expect(readFileSync(job.env.GITHUB_STEP_SUMMARY!, "utf8")).toContain("## datasette-export");
  }, 180_000);

  it("serves the example site, with its pages and the packaged stylesheet", async () => {
    const job = exampleSiteJob("package-serve", {}, {});
    const child = spawn(process.execPath, [pkg.cli, "serve", job.workspace, "--port", "0"], {
      env: job.env,
      cwd: job.root,
    });
    children.push(child);
    const url = await printedUrl(child);
    const home = await fetch(url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Datasette plugin directory");
    const css = await fetch(new URL("-/static/app.css", url));
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect((await css.text()).length).toBeGreaterThan(500);
    const table = await fetch(new URL("content/plugins.json", url));
    expect(table.status).toBe(200);
    expect(((await table.json()) as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  }, 60_000);

  it("runs the built-in templates' code compiled at build time, unless a template was edited since", async () => {
    expect(pkg.files).toContain("dist/templates.compiled.json");
    const compiledFile = path.join(pkg.packageDir, "dist", "templates.compiled.json");
    const errorTemplate = path.join(pkg.packageDir, "templates", "error.html");
    const shipped = {
      compiled: readFileSync(compiledFile, "utf8"),
      template: readFileSync(errorTemplate, "utf8"),
    };
    // Code that prints what the source does not, beside the source's hash: only that code prints the mark.
    const compiled = JSON.parse(shipped.compiled) as { templates: Record<string, { code: string }> };
    const entry = compiled.templates["error.html"]!;
    expect(entry.code).toContain("<h1>");
    entry.code = entry.code.replace("<h1>", "<h1 data-compiled-code>");
    const site = mkdtempSync(path.join(tmpdir(), "e2e-compiled-"));
    copyFileSync(FIXTURES_DB, path.join(site, "fixtures.db"));
    const notFoundPage = async (output: string) => {
      const args = ["export", "fixtures.db", "--path", "/fixtures/facetable/1", "--output", output];
      const run = await runCli(pkg.cli, args, process.env, site);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      return readFileSync(path.join(site, output, "404.html"), "utf8");
    };
    try {
      writeFileSync(compiledFile, JSON.stringify(compiled));
      expect(await notFoundPage("built")).toContain("<h1 data-compiled-code>");
      writeFileSync(errorTemplate, shipped.template.replace("<h1>", "<h1 data-edited>"));
      const edited = await notFoundPage("edited");
      expect(edited).toContain("<h1 data-edited>");
      expect(edited).not.toContain("data-compiled-code");
    } finally {
      writeFileSync(compiledFile, shipped.compiled);
      writeFileSync(errorTemplate, shipped.template);
      rmSync(site, { recursive: true, force: true });
    }
  }, 60_000);
});
