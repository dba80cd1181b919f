import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/config/config.js";
import { DEFAULT_SETTINGS } from "../../src/config/settings.js";
import { runAction } from "../../src/action/run.js";
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

const PATHS = ["/", "/db/", "/db/a/", "/db/b/", "/db/c/", "/about/", "/db/a/1/"];

/** Config loading is not what these tests are about: a fixed config keeps each job cheap. */
const fixedConfig = async (_site: string, overrides: { settings?: [string, string][] }): Promise<Config> => ({
  databases: [],
  metadata: {},
  settings: { ...DEFAULT_SETTINGS, base_url: overrides.settings?.[0]?.[1] ?? "/" },
  templateDirs: [],
  pagesDir: null,
  staticMounts: [],
  pluginsDir: null,
  plugins: [],
  crossdb: false,
  memory: false,
  cors: false,
  secret: "x",
  root: false,
  ephemeral: null,
  host: "127.0.0.1",
  port: 0,
});

/** One job of a workflow run, in its own workspace as on its own runner. */
async function runJob(run: string, job: string, inputs: Record<string, string>, standIn = standInExport()) {
  const root = mkdtempSync(path.join(tmpdir(), `shard-${job}-`));
  mkdirSync(path.join(root, "workspace"));
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: path.join(root, "workspace"),
    GITHUB_REPOSITORY: "octo/data-site",
    GITHUB_OUTPUT: path.join(root, "output.txt"),
    GITHUB_STEP_SUMMARY: path.join(root, "summary.md"),
    ...fake.envFor(job, run),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  writeFileSync(env.GITHUB_OUTPUT!, "");
  writeFileSync(env.GITHUB_STEP_SUMMARY!, "");
  const log: string[] = [];
  const code = await runAction(env, {
    exportSite: standIn.exportSite,
    loadConfig: fixedConfig,
    log: (l) => log.push(l),
  });
  return {
    code,
    log,
    root,
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, "utf8")),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8"),
  };
}

function unpack(zip: Buffer, dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "a.zip"), zip);
  execFileSync("unzip", ["-q", path.join(dir, "a.zip"), "-d", path.join(dir, "z")]);
  systemUntar(path.join(dir, "z", "artifact.tar"), path.join(dir, "site"));
  return path.join(dir, "site");
}

describe("sharded export and merge", () => {
  it("uploads one part per shard, then merges them into one github-pages artifact", async () => {
    const run = "run-shards";
    const paths = PATHS.join("\n");
    const shardOutputs: string[] = [];
    for (const i of [1, 2, 3]) {
      const shard = await runJob(run, `shard-${i}`, { paths, shard: `${i}/3` });
      expect(shard.code, shard.log.join("\n")).toBe(0);
      shardOutputs.push(path.join(shard.root, "workspace", shard.outputs.output!));
    }
    const names = fake.artifacts.filter((a) => a.runId === run).map((a) => a.name);
    expect(names).toEqual(["github-pages-part-1", "github-pages-part-2", "github-pages-part-3"]);

    const merge = await runJob(run, "merge", { mode: "merge" });
    expect(merge.code, merge.log.join("\n")).toBe(0);
    const pages = fake.artifacts.filter((a) => a.runId === run && a.name === "github-pages");
    expect(pages).toHaveLength(1);

    // The published site holds every shard's pages, and the shared files once.
    const site = readTree(unpack(pages[0]!.zip!, path.join(merge.root, "check")));
    for (const p of PATHS) expect(site.has(`${p.slice(1)}index.html`), p).toBe(true);
    expect(site.get("static/app.css")?.kind).toBe("file");
    expect(site.get(".nojekyll")?.mode).toBe("644");
    // And nothing else: the union of the shard folders, file for file.
    const union = new Map<string, unknown>();
    for (const out of shardOutputs)
      for (const [rel, e] of readTree(out)) union.set(rel, e.kind === "dir" ? "dir" : e.content);
    expect(new Map([...site].map(([rel, e]) => [rel, e.kind === "dir" ? "dir" : e.content]))).toEqual(union);

    expect(merge.outputs["artifact-id"]).toBe(String(pages[0]!.id));
    expect(merge.outputs.files).toBe(String(PATHS.length + 3));
    expect(merge.summary).toContain("Merged 3 part(s)");
    expect(merge.outputs.output).toBe("_site");
    expect(merge.log).toContain(
      `Merging github-pages-part-1, github-pages-part-2, github-pages-part-3 → ${path.join(merge.root, "workspace", "_site")}`,
    );
    expect(merge.log.some((l) => /^download parts: \d+ ms$/.test(l))).toBe(true);
  });

  it("refuses to merge shards that wrote different bytes to one path", async () => {
    const run = "run-conflict";
    const paths = PATHS.join("\n");
    for (const i of [1, 2]) {
      const standIn = standInExport([], { cssFor: (o) => `/* shard ${o.shard?.index} */\n` });
      expect((await runJob(run, `shard-${i}`, { paths, shard: `${i}/2` }, standIn)).code).toBe(0);
    }
    const merge = await runJob(run, "merge", { mode: "merge" });
    expect(merge.code).toBe(1);
    expect(merge.log.at(-1)).toMatch(
      /^::error title=datasette-export::Shard outputs disagree on 1 file\(s\):%0A {2}static\/app\.css/,
    );
    expect(fake.artifacts.some((a) => a.runId === run && a.name === "github-pages")).toBe(false);
  });

  it("refuses to merge when a numbered part is missing", async () => {
    const run = "run-gap";
    const paths = PATHS.join("\n");
    for (const i of [1, 3])
      expect((await runJob(run, `shard-${i}`, { paths, shard: `${i}/3` })).code).toBe(0);
    const merge = await runJob(run, "merge", { mode: "merge" });
    expect(merge.code).toBe(1);
    expect(merge.log.at(-1)).toContain("Missing github-pages-part-2: did every shard finish?");
  });

  it("refuses to merge when no shard uploaded anything", async () => {
    const merge = await runJob("run-empty", "merge", { mode: "merge" });
    expect(merge.code).toBe(1);
    expect(merge.log.at(-1)).toContain("Found no artifacts named github-pages-part-* in this run");
  });
});
