/**
 * The action with the real exporter (src/export) and the real server on a real SQLite file, as the
 * `datasette-export action` command wires it, against the local artifact service. Pages are fetched over
 * HTTP (render: http) to keep this file cheap; Chromium rendering is the exporter's own tests' business.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run.js";
import { loadConfig } from "../../src/config/load.js";
import { bootServer } from "../../src/export/boot-server.js";
import { exportSite } from "../../src/export/export.js";
import { OUTPUT_MARKER } from "../../src/export/output-guard.js";
import { startFakeArtifactService, type FakeArtifactService } from "./fake-artifact-service.js";
import { parseOutputs, readTree, systemUntar } from "./tree.js";

let fake: FakeArtifactService;
beforeAll(async () => {
  fake = await startFakeArtifactService();
});
afterAll(async () => {
  await fake.close();
});

function job(name: string, inputs: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), `action-real-${name}-`));
  const workspace = path.join(root, "workspace");
  mkdirSync(path.join(workspace, "site"), { recursive: true });
  const db = new Database(path.join(workspace, "site", "data.db"));
  db.exec(
    "create table items (id integer primary key, name text); insert into items (name) values ('a'), ('b');",
  );
  db.close();
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: "octo/data-site",
    GITHUB_OUTPUT: path.join(root, "output.txt"),
    GITHUB_STEP_SUMMARY: path.join(root, "summary.md"),
    ...fake.envFor(name, `run-${name}`),
    INPUT_PATH: "site",
    INPUT_RENDER: "http",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  writeFileSync(env.GITHUB_OUTPUT!, "");
  return { root, workspace, env, log: [] as string[] };
}

const deps = (log: string[]) => ({
  exportSite: (options: Parameters<typeof exportSite>[0]) =>
    exportSite(options, {
      boot: bootServer,
      effects: { log: (l: string) => log.push(l), progressStream: { write: () => true } },
    }),
  loadConfig: (sitePath: string, overrides: object) => loadConfig({ ...overrides, files: [sitePath] }),
  log: (l: string) => log.push(l),
});

describe("the action with the real exporter", () => {
  it("exports a real site under the project base URL and uploads it as github-pages", async () => {
    const j = job("ok", { paths: "/\n/data" });
    const code = await runAction(j.env, deps(j.log));
    expect(code, j.log.join("\n")).toBe(0);
    const outputs = parseOutputs(readFileSync(j.env.GITHUB_OUTPUT!, "utf8"));
    expect(outputs.failures).toBe("0");
    const artifact = fake.artifacts.find((a) => a.runId === "run-ok" && a.name === "github-pages")!;
    expect(outputs["artifact-id"]).toBe(String(artifact.id));

    const dir = path.join(j.root, "opened");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "a.zip"), artifact.zip!);
    execFileSync("unzip", ["-q", path.join(dir, "a.zip"), "-d", dir]);
    systemUntar(path.join(dir, "artifact.tar"), path.join(dir, "site"));
    const published = readTree(path.join(dir, "site"));
    const written = readTree(path.join(j.workspace, outputs.output!));
    // The output marker stays on disk (it lets the next export replace the folder) but is not published.
    expect(written.has(OUTPUT_MARKER)).toBe(true);
    written.delete(OUTPUT_MARKER);
    expect([...published.keys()]).toEqual([...written.keys()]);
    for (const [rel, entry] of written) expect(published.get(rel)?.content, rel).toBe(entry.content);
    expect(published.has("index.html")).toBe(true);
    expect(published.has(".nojekyll")).toBe(true);
    // Links in the exported home page carry the project site's base URL.
    const home = Buffer.from(published.get("index.html")!.content!, "base64").toString("utf8");
    expect(home).toContain('href="/data-site/');
  });

  it("fails on a page that 404s, naming the path and the SQL it came from, and uploads nothing", async () => {
    const j = job("fail", { paths: "/", sql: "select '/data/' || name || '_missing' from items" });
    const code = await runAction(j.env, deps(j.log));
    expect(code).toBe(1);
    // Pages render concurrently, so failures arrive in any order.
    const errors = j.log.filter((l) => l.startsWith("::error ")).sort();
    const sql = `SQL query "select '/data/' || name || '_missing' from items"`;
    expect(errors).toEqual([
      `::error title=Page failed%3A /data/a_missing::/data/a_missing failed: HTTP 404%0APath from: ${sql} row 1`,
      `::error title=Page failed%3A /data/b_missing::/data/b_missing failed: HTTP 404%0APath from: ${sql} row 2`,
    ]);
    expect(fake.artifacts.some((a) => a.runId === "run-fail")).toBe(false);
    expect(parseOutputs(readFileSync(j.env.GITHUB_OUTPUT!, "utf8")).failures).toBe("2");
  });
});
