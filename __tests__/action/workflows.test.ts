/**
 * action.yml and every workflow, checked against GitHub's schemas (SchemaStore's, compiled into
 * @action-validator/core), plus the cross-checks no schema makes: the inputs our own workflows pass to
 * `uses: ./` exist, every input and output is documented with its default, and the outputs match what
 * runAction writes, and the action reads every input it declares.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateAction, validateWorkflow } from "@action-validator/core";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { readActionInputs } from "../../src/action/inputs.js";
import { ACTION_OUTPUTS } from "../../src/action/run.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (rel: string) => readFileSync(path.join(root, rel), "utf8");
const workflowFiles = readdirSync(path.join(root, ".github/workflows")).filter((f) => /\.ya?ml$/.test(f));
const action = YAML.parse(read("action.yml")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, unknown>;
};

describe("action.yml and the workflows", () => {
  it("validates action.yml against the action schema", () => {
    expect(validateAction(read("action.yml")).errors).toEqual([]);
  });

  it("would catch a broken file (the validator is not a no-op)", () => {
    expect(validateAction("name: x\nruns:\n  using: docker\n").errors.length).toBeGreaterThan(0);
    expect(
      validateWorkflow("on: push\njobs:\n  a:\n    steps:\n      - run: x\n").errors.length,
    ).toBeGreaterThan(0);
  });

  it("has the four workflows", () => {
    expect(workflowFiles.sort()).toEqual(["ci.yml", "pages.yml", "publish-image.yml", "sharded-pages.yml"]);
  });

  for (const file of workflowFiles) {
    it(`validates ${file} against the workflow schema`, () => {
      expect(validateWorkflow(read(`.github/workflows/${file}`)).errors).toEqual([]);
    });
  }

  it("passes our action only inputs it declares", () => {
    for (const file of workflowFiles) {
      const workflow = YAML.parse(read(`.github/workflows/${file}`)) as {
        jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const [job, spec] of Object.entries(workflow.jobs)) {
        for (const step of spec.steps ?? []) {
          if (step.uses !== "./") continue;
          for (const input of Object.keys(step.with ?? {})) {
            expect(action.inputs, `${file} job ${job} passes ${input}`).toHaveProperty([input]);
          }
        }
      }
    }
  });

  it("documents every input with its default and every output runAction sets", () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toMatch(/Default/);
      expect(typeof input.default, name).toBe("string");
    }
    expect(Object.keys(action.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
    expect(action.runs).toEqual({ using: "docker", image: "Dockerfile", args: ["action"] });
  });

  it("reads every input action.yml declares, and no other", () => {
    const read = new Set<string>();
    const env = new Proxy({ GITHUB_WORKSPACE: root } as NodeJS.ProcessEnv, {
      get(target, key) {
        if (typeof key === "string" && key.startsWith("INPUT_")) read.add(key.slice("INPUT_".length));
        return Reflect.get(target, key) as string | undefined;
      },
    });
    readActionInputs(env);
    const declared = Object.keys(action.inputs).map((name) => name.toUpperCase());
    expect([...read].sort()).toEqual(declared.sort());
  });

  it("pins a published image into action.yml for a release, and the release workflow does so", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pin-image-"));
    try {
      const copy = path.join(dir, "action.yml");
      writeFileSync(copy, read("action.yml"));
      const image = "docker://ghcr.io/owner/datasette-export:v1.2.3";
      execFileSync(path.join(root, "scripts/image/pin-action-image.sh"), [image, copy]);
      const pinned = readFileSync(copy, "utf8");
      expect(validateAction(pinned).errors).toEqual([]);
      expect((YAML.parse(pinned) as typeof action).runs).toEqual({
        using: "docker",
        image,
        args: ["action"],
      });
      // Pinned once, there is no Dockerfile line left: a second run fails instead of doing nothing.
      expect(() =>
        execFileSync(path.join(root, "scripts/image/pin-action-image.sh"), [image, copy], { stdio: "pipe" }),
      ).toThrow(/no ' {2}image: "Dockerfile"' line/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(read(".github/workflows/publish-image.yml")).toMatch(
      /scripts\/image\/pin-action-image\.sh "\$image"[\s\S]*git push -f origin "refs\/tags\/\$version" "refs\/tags\/\$major"/,
    );
  });

  it("deploys with the permissions and environment deploy-pages needs", () => {
    for (const file of ["pages.yml", "sharded-pages.yml"]) {
      const deploy = (YAML.parse(read(`.github/workflows/${file}`)) as { jobs: Record<string, any> }).jobs
        .deploy;
      expect(deploy.permissions, file).toEqual({ pages: "write", "id-token": "write" });
      expect(deploy.environment.name, file).toBe("github-pages");
      expect(deploy.steps.at(-1).uses, file).toMatch(/^actions\/deploy-pages@/);
    }
  });

  it("builds an image GitHub can run as an action: root, no WORKDIR, exec-form entrypoint", () => {
    const dockerfile = read("Dockerfile");
    const stages = dockerfile.split(/^FROM /m).slice(1);
    const final = stages.at(-1)!;
    // A maintained Node LTS, the same in both stages (scripts/image/check.sh builds a stand-in for it).
    for (const stage of stages) expect(stage.startsWith("node:24-bookworm-slim")).toBe(true);
    expect(final).not.toMatch(/^\s*(WORKDIR|USER)\b/m);
    expect(final).toMatch(/^ENTRYPOINT \["node", "\/app\/dist\/cli\.js"\]$/m);
    expect(final).toMatch(/chromium-headless-shell/);
    // One probe cannot be right for export, action and serve on any port: none, and the reason given.
    expect(dockerfile).not.toMatch(/^HEALTHCHECK /m);
    expect(final).toMatch(/^# No HEALTHCHECK: /m);
    expect(final).toMatch(/org\.opencontainers\.image\.source/);
    // The bundle, not node_modules, with only the packages that cannot be bundled beside it.
    expect(stages[0]).toMatch(/npm run bundle/);
    expect(final).not.toMatch(/COPY --from=build \/app\/node_modules/);
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", ".git", "dist"]) expect(ignored).toContain(entry);
  });
});
