import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, readActionInputs, splitSql } from "../../src/action/inputs.js";

const workspace = mkdtempSync(path.join(tmpdir(), "action-inputs-"));
const base = { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: "octo/data-site" };

function errorOf(env: NodeJS.ProcessEnv): InputError {
  try {
    readActionInputs(env);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("action inputs", () => {
  it("gives every input its documented default on a project site", () => {
    const inputs = readActionInputs(base);
    expect(inputs).toMatchObject({
      mode: "export",
      sitePath: workspace,
      paths: [],
      sql: [],
      crossdb: false,
      crawl: true,
      output: path.join(workspace, "_site"),
      baseUrl: "/data-site/",
      siteUrl: "https://octo.github.io/data-site/",
      concurrency: null,
      render: "auto",
      thirdParty: "scripts",
      trailingSlash: false,
      ephemeral: false,
      ttl: null,
      setup: [],
      shard: null,
      upload: true,
      artifactName: "github-pages",
      retentionDays: 1,
      allowErrors: false,
    });
  });

  it("reads hyphenated names as INPUT_NAME-WITH-HYPHENS and resolves paths against the workspace", () => {
    const inputs = readActionInputs({
      ...base,
      "INPUT_BASE-URL": "docs",
      "INPUT_TRAILING-SLASH": "true",
      "INPUT_ARTIFACT-NAME": "  site  ",
      "INPUT_RETENTION-DAYS": "7",
      INPUT_PATH: "site",
      INPUT_OUTPUT: "out/html",
      INPUT_SETUP: "setup/rows.json\n\n  setup/schema.sql  \n",
      INPUT_PATHS: "/\n  /db/table  \n\n/about/",
      INPUT_CONCURRENCY: "3",
      INPUT_RENDER: "http",
      "INPUT_THIRD-PARTY": "none",
    });
    expect(inputs.baseUrl).toBe("/docs/");
    expect(inputs.trailingSlash).toBe(true);
    expect(inputs.artifactName).toBe("site");
    expect(inputs.retentionDays).toBe(7);
    expect(inputs.sitePath).toBe(path.join(workspace, "site"));
    expect(inputs.output).toBe(path.join(workspace, "out/html"));
    expect(inputs.setup).toEqual([
      path.join(workspace, "setup/rows.json"),
      path.join(workspace, "setup/schema.sql"),
    ]);
    expect(inputs.paths).toEqual(["/", "/db/table", "/about/"]);
    // Paths given: no crawl unless asked for.
    expect(inputs.crawl).toBe(false);
    expect(inputs.concurrency).toBe(3);
    expect(inputs.render).toBe("http");
    expect(inputs.thirdParty).toBe("none");
  });

  it("accepts exactly the boolean spellings @actions/core accepts", () => {
    for (const yes of ["true", "True", "TRUE"])
      expect(readActionInputs({ ...base, INPUT_CROSSDB: yes }).crossdb).toBe(true);
    for (const no of ["false", "False", "FALSE"])
      expect(readActionInputs({ ...base, INPUT_UPLOAD: no }).upload).toBe(false);
    for (const bad of ["yes", "1", "on", "tRue"]) {
      const error = errorOf({ ...base, INPUT_UPLOAD: bad });
      expect(error.input).toBe("upload");
      expect(error.message).toBe(
        `Input "upload": takes true or false (also True, TRUE, False, FALSE), not "${bad}"`,
      );
    }
    expect(errorOf({ ...base, "INPUT_ALLOW-ERRORS": "y" }).message).toContain('Input "allow-errors"');
  });

  it("uses / for a user or organisation site, whatever its case", () => {
    const inputs = readActionInputs({ ...base, GITHUB_REPOSITORY: "Octo/octo.GitHub.io" });
    expect(inputs.baseUrl).toBe("/");
    expect(inputs.siteUrl).toBe("https://octo.github.io/");
  });

  it("uses / and the custom domain when the site folder has a CNAME file", () => {
    const site = path.join(workspace, "with-cname");
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, "CNAME"), "data.example.org\n");
    const inputs = readActionInputs({ ...base, INPUT_PATH: "with-cname" });
    expect(inputs.baseUrl).toBe("/");
    expect(inputs.siteUrl).toBe("https://data.example.org/");
    // An explicit base-url still wins.
    expect(readActionInputs({ ...base, INPUT_PATH: "with-cname", "INPUT_BASE-URL": "/x/" }).baseUrl).toBe(
      "/x/",
    );
  });

  it("guesses no site URL off github.com and / without a repository", () => {
    expect(readActionInputs({ ...base, GITHUB_SERVER_URL: "https://ghe.example.com" }).siteUrl).toBeNull();
    const bare = readActionInputs({ GITHUB_WORKSPACE: workspace });
    expect(bare.baseUrl).toBe("/");
    expect(bare.siteUrl).toBeNull();
  });

  it("refuses a URL where base-url wants a path", () => {
    expect(errorOf({ ...base, "INPUT_BASE-URL": "https://octo.github.io/x/" }).input).toBe("base-url");
  });

  it("splits sql on lines holding only ---, so queries may span lines", () => {
    const sql =
      "select '/db/' || name\nfrom tables\n---\n  select path from pages where n > 1 -- no split here\n  ---  \n\n";
    expect(splitSql(sql)).toEqual([
      "select '/db/' || name\nfrom tables",
      "select path from pages where n > 1 -- no split here",
    ]);
    expect(readActionInputs({ ...base, INPUT_SQL: sql }).crawl).toBe(false);
  });

  it("parses shard i/n, names the artifact after it, and refuses bad shards", () => {
    const inputs = readActionInputs({ ...base, INPUT_SHARD: "2/3" });
    expect(inputs.shard).toEqual({ index: 2, total: 3 });
    expect(inputs.artifactName).toBe("github-pages-part-2");
    for (const bad of ["0/3", "4/3", "2", "a/b", "1/0"])
      expect(errorOf({ ...base, INPUT_SHARD: bad }).input).toBe("shard");
    expect(errorOf({ ...base, INPUT_SHARD: "1/2", INPUT_MODE: "merge" }).message).toContain("mode: merge");
  });

  it("refuses bad numbers, modes, render modes and setup files, naming the input", () => {
    expect(errorOf({ ...base, "INPUT_RETENTION-DAYS": "0" }).input).toBe("retention-days");
    expect(errorOf({ ...base, "INPUT_RETENTION-DAYS": "91" }).message).toContain("from 1 to 90");
    expect(errorOf({ ...base, INPUT_CONCURRENCY: "2.5" }).input).toBe("concurrency");
    expect(errorOf({ ...base, INPUT_TTL: "-1" }).input).toBe("ttl");
    expect(errorOf({ ...base, INPUT_MODE: "deploy" }).message).toBe(
      'Input "mode": takes one of export, merge, not "deploy"',
    );
    expect(errorOf({ ...base, INPUT_RENDER: "fast" }).input).toBe("render");
    expect(errorOf({ ...base, "INPUT_THIRD-PARTY": "some" }).message).toBe(
      'Input "third-party": takes one of scripts, none, all, not "some"',
    );
    expect(errorOf({ ...base, INPUT_SETUP: "rows.csv" }).message).toContain(
      '"rows.csv" must be a .json or .sql file',
    );
  });
});
