import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run.js";
import { loadConfig } from "../../src/config/load.js";
import { startFakeArtifactService, type FakeArtifactService } from "./fake-artifact-service.js";
import { standInExport } from "./stand-in-export.js";
import { parseOutputs, readTree, systemUntar } from "./tree.js";

let fake: FakeArtifactService;
beforeAll(async () => {
  fake = await startFakeArtifactService();
});
afterAll(async () => {
  await fake.close();
});

/** A GitHub-like job: a workspace holding a real site folder (a SQLite file and metadata), file-command files. */
function job(name: string, inputs: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), `action-${name}-`));
  const workspace = path.join(root, "workspace");
  mkdirSync(path.join(workspace, "site"), { recursive: true });
  const db = new Database(path.join(workspace, "site", "data.db"));
  db.exec(
    "create table items (id integer primary key, name text); insert into items (name) values ('a'), ('b');",
  );
  db.close();
  writeFileSync(path.join(workspace, "site", "metadata.yml"), "title: Test site\n");
  mkdirSync(path.join(root, "temp"));
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: "octo/data-site",
    GITHUB_OUTPUT: path.join(root, "output.txt"),
    GITHUB_STEP_SUMMARY: path.join(root, "summary.md"),
    RUNNER_TEMP: path.join(root, "temp"),
    INPUT_PATH: "site",
    // Each job in a run of its own: artifact names are unique per run.
    ...fake.envFor(name, `run-${name}`),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const log: string[] = [];
  const read = (file: string | undefined) => (file && existsSync(file) ? readFileSync(file, "utf8") : "");
  return {
    root,
    workspace,
    env,
    log,
    outputs: () => parseOutputs(read(env.GITHUB_OUTPUT)),
    summary: () => read(env.GITHUB_STEP_SUMMARY),
  };
}

const realLoadConfig = (site: string, overrides: object) => loadConfig({ files: [site], ...overrides });

/** Opens an artifact's stored zip with the system unzip and its artifact.tar with the system tar. */
function openArtifact(zip: Buffer, dir: string): { zipEntries: string[]; site: string } {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "artifact.zip"), zip);
  const zipEntries = execFileSync("unzip", ["-Z1", path.join(dir, "artifact.zip")], { encoding: "utf8" })
    .trim()
    .split("\n");
  execFileSync("unzip", ["-q", path.join(dir, "artifact.zip"), "-d", path.join(dir, "unzipped")]);
  systemUntar(path.join(dir, "unzipped", "artifact.tar"), path.join(dir, "site"));
  return { zipEntries, site: path.join(dir, "site") };
}

describe("the action, end to end against a local artifact service", () => {
  it("exports, builds artifact.tar, uploads github-pages and reports outputs and a summary", async () => {
    const j = job("job-e2e", {
      paths: "/\n/data/\n/data/items/",
      sql: "select '/data/items/' || id\nfrom items\n---\nselect '/about/'",
    });
    const standIn = standInExport();
    const code = await runAction(j.env, {
      exportSite: standIn.exportSite,
      loadConfig: realLoadConfig,
      log: (l) => j.log.push(l),
    });
    expect(code, j.log.join("\n")).toBe(0);

    // Inputs became exporter options and a server config loaded from the real site folder.
    const options = standIn.calls[0]!.options;
    expect(options.server.settings.base_url).toBe("/data-site/");
    expect(options.server.databases.map((d) => d.name)).toEqual(["data"]);
    expect(options.server.metadata.title).toBe("Test site");
    expect(options.sql).toEqual(["select '/data/items/' || id\nfrom items", "select '/about/'"]);
    expect(options.output).toBe(path.join(j.workspace, "_site"));
    expect(options.siteUrl).toBe("https://octo.github.io/data-site/");

    // One finalized artifact named github-pages, uploaded in blocks, kept one day.
    const uploaded = fake.artifacts.filter((a) => a.jobId === "job-e2e");
    expect(uploaded.map((a) => [a.name, a.finalized])).toEqual([["github-pages", true]]);
    const artifact = uploaded[0]!;
    expect(artifact.blockOrder.length).toBeGreaterThan(0);
    expect(fake.requests.some((r) => r.includes("comp=blocklist"))).toBe(true);
    const days = (Date.parse(artifact.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(0.99);
    expect(days).toBeLessThan(1.01);

    // The zip holds exactly artifact.tar, whose contents match the output folder file for file.
    const opened = openArtifact(artifact.zip!, path.join(j.root, "opened"));
    expect(opened.zipEntries).toEqual(["artifact.tar"]);
    const expected = new Map(
      [...readTree(options.output)].map(([rel, e]) => [
        rel,
        { ...e, mode: e.kind === "dir" ? "755" : "644" },
      ]),
    );
    expect(readTree(opened.site)).toEqual(expected);
    expect(expected.has(".nojekyll")).toBe(true);
    expect(expected.has("about/index.html") || expected.has("sql-2/index.html")).toBe(true);

    const outputs = j.outputs();
    // Paths relative to the workspace, so they hold both inside the action's container and in later steps.
    expect(outputs).toEqual({
      output: "_site",
      pages: "5",
      files: "8",
      bytes: outputs.bytes,
      failures: "0",
      report: "_site.report.json",
      "artifact-path": "",
      "artifact-id": String(artifact.id),
    });
    expect(Number(outputs.bytes)).toBeGreaterThan(0);
    expect(existsSync(path.join(j.workspace, outputs.report!))).toBe(true);

    const summary = j.summary();
    expect(summary).toContain("## datasette-export");
    expect(summary).toMatch(/\| 5 \| 8 \| .+ \| .+ s \| .+ \| 0 \|/);
    expect(summary).toContain("### Slowest pages");
    expect(summary).toMatch(/\| tar \| \d+ ms \|/);
    expect(summary).toMatch(/\| upload \| \d+ ms \|/);
    expect(summary).toContain(`Pages artifact \`github-pages\` (id ${artifact.id})`);
    for (const phase of ["server start", "browser start", "render", "tar", "upload"]) {
      expect(
        j.log.some((l) => new RegExp(`^${phase}: \\d+ ms$`).test(l)),
        phase,
      ).toBe(true);
    }
    // The temp folder holding the uploaded tar is cleaned up.
    expect(readTree(j.env.RUNNER_TEMP!).size).toBe(0);
  });

  it("fails on a failing page, names it and its SQL in an annotation, and uploads nothing", async () => {
    const j = job("job-fail", { paths: "/", sql: "select '/broken/' from items" });
    const standIn = standInExport(["/sql-1/"]);
    const code = await runAction(j.env, {
      exportSite: standIn.exportSite,
      loadConfig: realLoadConfig,
      log: (l) => j.log.push(l),
    });
    expect(code).toBe(1);
    const errors = j.log.filter((l) => l.startsWith("::error "));
    expect(errors).toEqual([
      "::error title=Page failed%3A /sql-1/::/sql-1/ failed: no such table: missing%0APath from: SQL: select '/broken/' from items (row 1)",
    ]);
    expect(fake.artifacts.some((a) => a.jobId === "job-fail")).toBe(false);
    const outputs = j.outputs();
    expect(outputs.failures).toBe("1");
    expect(outputs["artifact-id"]).toBe("");
    expect(outputs["artifact-path"]).toBe("");
    expect(j.log).toContain(
      "Not uploading: the export failed (set allow-errors: true to publish pages that did render).",
    );
    expect(j.summary()).toContain(
      "| /sql-1/ | 500 | no such table: missing | SQL: select '/broken/' from items (row 1) |",
    );
  });

  it("with allow-errors, warns about the failing page and still publishes", async () => {
    const j = job("job-allow", { paths: "/\n/gone/", "allow-errors": "true" });
    const standIn = standInExport(["/gone/"]);
    const code = await runAction(j.env, {
      exportSite: standIn.exportSite,
      loadConfig: realLoadConfig,
      log: (l) => j.log.push(l),
    });
    expect(code).toBe(0);
    expect(j.log.filter((l) => l.startsWith("::warning title=Page failed%3A /gone/::"))).toHaveLength(1);
    expect(fake.artifacts.filter((a) => a.jobId === "job-allow").map((a) => a.name)).toEqual([
      "github-pages",
    ]);
  });

  it("when a crawl stopped at max pages, says so in an annotation and the summary, and publishes", async () => {
    const j = job("job-crawl-limit", {});
    const standIn = standInExport([], { crawlStoppedAt: 10_000 });
    const code = await runAction(j.env, {
      exportSite: standIn.exportSite,
      loadConfig: realLoadConfig,
      log: (l) => j.log.push(l),
    });
    expect(code).toBe(0);
    const warnings = j.log.filter((l) => l.startsWith("::warning title=Crawl incomplete::"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("The crawl stopped at --max-pages (10000)");
    expect(j.summary()).toContain("The crawl stopped at --max-pages (10000)");
    // With no paths or SQL the action crawls, and the site folder is protected from the output.
    expect(standIn.calls[0]!.options).toMatchObject({ crawl: true, paths: ["/"] });
    expect(standIn.calls[0]!.options.sources).toEqual([path.join(j.workspace, "site")]);
  });

  it("refuses a bad input before exporting anything", async () => {
    const j = job("job-bad", { upload: "yes" });
    const standIn = standInExport();
    const code = await runAction(j.env, {
      exportSite: standIn.exportSite,
      loadConfig: realLoadConfig,
      log: (l) => j.log.push(l),
    });
    expect(code).toBe(1);
    expect(standIn.calls).toHaveLength(0);
    expect(j.log).toEqual([
      '::error title=datasette-export::Input "upload": takes true or false (also True, TRUE, False, FALSE), not "yes"',
    ]);
  });

  it("explains that uploading needs the Actions runtime, and keeps the tar with upload: false", async () => {
    const j = job("job-local", {});
    delete j.env.ACTIONS_RUNTIME_TOKEN;
    const standIn = standInExport();
    const deps = {
      exportSite: standIn.exportSite,
      loadConfig: realLoadConfig,
      log: (l: string) => j.log.push(l),
    };
    expect(await runAction(j.env, deps)).toBe(1);
    expect(j.log.at(-1)).toContain("Uploading needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL");

    j.env.INPUT_UPLOAD = "false";
    expect(await runAction(j.env, deps)).toBe(0);
    const tarPath = j.outputs()["artifact-path"]!;
    expect(path.basename(tarPath)).toBe("artifact.tar");
    systemUntar(tarPath, path.join(j.root, "local"));
    expect(readTree(path.join(j.root, "local")).has("index.html")).toBe(true);
  });

  it("keeps an unuploaded tar in the workspace when RUNNER_TEMP is not there, as inside a Docker action", async () => {
    const j = job("job-docker", { upload: "false" });
    j.env.RUNNER_TEMP = "/home/runner/work/_temp/not-mounted";
    const standIn = standInExport();
    expect(await runAction(j.env, { exportSite: standIn.exportSite, loadConfig: realLoadConfig })).toBe(0);
    const tarPath = j.outputs()["artifact-path"]!;
    expect(tarPath).toMatch(/^\.datasette-export\/datasette-export-[^/]+\/artifact\.tar$/);
    // Later steps run as the runner user, not as the container's root: the folders must let them in.
    expect(statSync(path.join(j.workspace, ".datasette-export")).mode & 0o777).toBe(0o755);
    expect(statSync(path.dirname(path.join(j.workspace, tarPath))).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(j.workspace, tarPath)).mode & 0o777).toBe(0o644);
    systemUntar(path.join(j.workspace, tarPath), path.join(j.root, "docker"));
    expect(readTree(path.join(j.root, "docker")).has(".nojekyll")).toBe(true);
  });
});
