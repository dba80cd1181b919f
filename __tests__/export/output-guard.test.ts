/**
 * What `--output` may replace (src/export/output-guard.ts), against real folders; then the real CLI run
 * the way issue 11 found it deleting a user's files, checking that every byte is left as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  lstatSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import {
  guardOutput,
  guardReport,
  OUTPUT_MARKER,
  OutputRefusedError,
  type ExportInput,
} from "../../src/export/output-guard.js";
import { removeStaleStaging } from "../../src/export/write.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "output-guard-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder below the test root with the given files ("dir/" makes a folder). */
function folder(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(dir, rel);
    if (rel.endsWith("/")) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return dir;
}

/** Every path below `dir` with its kind, mode and content hash: equal before and after means untouched. */
function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const childRel = rel ? `${rel}/${name}` : name;
      const abs = path.join(dir, childRel);
      const info = lstatSync(abs);
      const mode = (info.mode & 0o7777).toString(8);
      if (info.isDirectory()) {
        out[childRel] = `dir ${mode}`;
        walk(childRel);
      } else if (info.isSymbolicLink()) out[childRel] = `link`;
      else
        out[childRel] =
          `file ${mode} ${createHash("sha256").update(readFileSync(abs)).digest("hex")} ${info.mtimeMs}`;
    }
  };
  walk("");
  return out;
}

const refusal = (fn: () => void): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OutputRefusedError);
    return (e as Error).message;
  }
  throw new Error("expected the output to be refused");
};

describe("guardOutput", () => {
  const opts = (extra: Partial<Parameters<typeof guardOutput>[2]> = {}) => ({
    replaceOutput: false,
    cwd: "/nonexistent/cwd",
    home: "/nonexistent/home",
    ...extra,
  });

  it("allows a missing path, an empty folder and a folder this tool wrote", () => {
    expect(() => guardOutput(path.join(root, "new", "site"), [], opts())).not.toThrow();
    expect(() => guardOutput(folder("empty"), [], opts())).not.toThrow();
    const marked = folder("marked", { [OUTPUT_MARKER]: "x", "index.html": "<p>old</p>" });
    expect(() => guardOutput(marked, [], opts())).not.toThrow();
  });

  it("refuses a folder it did not write unless --replace-output, and says how to proceed", () => {
    const docs = folder("docs", { "letter.txt": "dear", "sub/notes.md": "# notes" });
    expect(refusal(() => guardOutput(docs, [], opts()))).toMatch(
      /Refused to write the site to .*docs: it is a folder datasette-export did not write \(it has 2 entries and no \.datasette-export file\); .*--replace-output.*Nothing was changed\./,
    );
    expect(() => guardOutput(docs, [], opts({ replaceOutput: true }))).not.toThrow();
  });

  it("refuses a file and a symbolic link, even with --replace-output", () => {
    const file = path.join(folder("files"), "notes.txt");
    writeFileSync(file, "mine");
    expect(refusal(() => guardOutput(file, [], opts({ replaceOutput: true })))).toMatch(
      /it is a file, not a folder/,
    );
    const link = path.join(root, "files", "link");
    symlinkSync(folder("marked-target", { [OUTPUT_MARKER]: "x" }), link);
    expect(refusal(() => guardOutput(link, [], opts({ replaceOutput: true })))).toMatch(/symbolic link/);
  });

  it("refuses the working directory, the home folder and any folder above them", () => {
    const cwd = folder("work/project");
    expect(refusal(() => guardOutput(cwd, [], opts({ cwd, replaceOutput: true })))).toMatch(
      /it is the working directory/,
    );
    expect(
      refusal(() => guardOutput(path.join(root, "work"), [], opts({ cwd, replaceOutput: true }))),
    ).toMatch(/it holds the working directory/);
    expect(refusal(() => guardOutput("/", [], opts({ replaceOutput: true })))).toMatch(/it holds/);
    const home = folder("home");
    expect(refusal(() => guardOutput(home, [], opts({ home, replaceOutput: true })))).toMatch(
      /your home folder/,
    );
  });

  it("refuses an input and any folder holding one, even marked and with --replace-output", () => {
    const site = folder("site", { [OUTPUT_MARKER]: "x", "data.db": "", "templates/base.html": "" });
    const inputs: ExportInput[] = [
      { path: path.join(site, "data.db"), what: "the database" },
      { path: path.join(site, "templates"), what: "the templates folder" },
    ];
    const forced = opts({ replaceOutput: true });
    expect(refusal(() => guardOutput(site, inputs, forced))).toMatch(/it holds the database .*data\.db/);
    expect(refusal(() => guardOutput(root, inputs, forced))).toMatch(/it holds the database/);
    expect(refusal(() => guardOutput(path.join(site, "templates"), inputs, forced))).toMatch(
      /it is the templates folder/,
    );
    // A folder beside the inputs, or inside the site folder, is fine.
    expect(() => guardOutput(path.join(site, "_site"), inputs, opts())).not.toThrow();
  });

  it("sees through a symlinked path to an input", () => {
    const real = folder("real-site", { "data.db": "" });
    const alias = path.join(root, "alias-site");
    symlinkSync(real, alias);
    const inputs = [{ path: path.join(alias, "data.db"), what: "the database" }];
    expect(refusal(() => guardOutput(real, inputs, opts({ replaceOutput: true })))).toMatch(
      /it holds the database/,
    );
  });
});

describe("guardReport", () => {
  it("refuses a report inside the output folder or over an input", () => {
    const out = path.join(root, "report-site", "_site");
    const db = path.join(root, "report-site", "data.db");
    const inputs = [{ path: db, what: "the database" }];
    expect(refusal(() => guardReport(path.join(out, "report.json"), out, inputs))).toMatch(
      /Refused to write the report to .*report\.json: it is inside the output folder/,
    );
    expect(refusal(() => guardReport(db, out, inputs))).toMatch(/it is the database/);
    expect(() => guardReport(`${out}.report.json`, out, inputs)).not.toThrow();
  });
});

describe("removeStaleStaging", () => {
  it("removes only marked staging folders of exports that no longer run", async () => {
    const parent = folder("stale");
    const child = spawn(process.execPath, ["-e", ""]);
    await once(child, "exit");
    const dead = child.pid!;
    const make = (name: string, marked: boolean) =>
      folder(`stale/${name}`, { "index.html": "x", ...(marked ? { [OUTPUT_MARKER]: "x" } : {}) });
    make(`_site.tmp-${dead}-0123abcd`, true); // killed export: removed
    make(`_site.tmp-${dead}-0123abcd-old`, true); // killed mid-swap: removed
    make(`_site.tmp-${process.pid}-89abcdef`, true); // a running export: kept
    make(`_site.tmp-${dead}-4567cdef`, false); // not ours: kept
    make(`_site.tmp-notes`, true); // not our name: kept
    make(`other.tmp-${dead}-0123abcd`, true); // another output's: kept
    expect(removeStaleStaging(path.join(parent, "_site")).sort()).toEqual([
      `_site.tmp-${dead}-0123abcd`,
      `_site.tmp-${dead}-0123abcd-old`,
    ]);
    expect(readdirSync(parent).sort()).toEqual(
      [
        `_site.tmp-${process.pid}-89abcdef`,
        `_site.tmp-${dead}-4567cdef`,
        `_site.tmp-notes`,
        `other.tmp-${dead}-0123abcd`,
      ].sort(),
    );
  });
});

const CLI = path.resolve("src/cli.ts");

/** Runs the real CLI; resolves to its exit code and everything it printed. */
async function cli(args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    // tsx by file: the CLI runs from folders outside the project, where "tsx" would not resolve.
    ["--import", pathToFileURL(path.resolve("node_modules/tsx/dist/loader.mjs")).href, CLI, ...args],
    { cwd, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c));
  child.stderr.on("data", (c: Buffer) => (output += c));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, output };
}

describe("datasette-export export --output", () => {
  /** A site folder as a user has it: database, metadata, templates, notes, and a folder of documents. */
  let work: string;
  let site: string;
  beforeAll(() => {
    work = folder("cli");
    site = folder("cli/site", {
      "metadata.yml": "title: My site\n",
      "templates/pages/about.html": "<p>about</p>",
      "notes.txt": "my notes",
    });
    const db = new Database(path.join(site, "data.db"));
    db.exec("create table t (id integer primary key, name text); insert into t values (1, 'a')");
    db.close();
    folder("cli/docs", { "letter.txt": "dear", "drafts/one.md": "# one" });
  });

  const refusedCases: [string, () => { args: string[]; cwd: string }, RegExp][] = [
    [
      "`.` run from inside the site folder",
      () => ({ args: ["export", ".", "--path", "/", "--output", "."], cwd: site }),
      /it is the working directory/,
    ],
    [
      "a file",
      () => ({ args: ["export", "site", "--path", "/", "--output", "site/notes.txt"], cwd: work }),
      /notes\.txt: it is a file, not a folder/,
    ],
    [
      "a folder of someone's documents",
      () => ({ args: ["export", "site", "--path", "/", "--output", "docs"], cwd: work }),
      /docs: it is a folder datasette-export did not write/,
    ],
    [
      "the folder holding the database, even with --replace-output",
      () => ({
        args: ["export", "site/data.db", "--path", "/", "--output", "site", "--replace-output"],
        cwd: work,
      }),
      /site: it holds the database .*data\.db/,
    ],
    [
      "a folder above the database",
      () => ({
        args: ["export", path.join(site, "data.db"), "--output", work, "--replace-output"],
        cwd: root,
      }),
      /it holds the database/,
    ],
    [
      "a folder holding the config directory",
      () => ({ args: ["export", ".", "--output", "..", "--replace-output"], cwd: site }),
      /it holds the working directory/,
    ],
  ];
  for (const [name, setup, message] of refusedCases) {
    it(`refuses ${name}, exits 1 and changes nothing`, async () => {
      const before = digest(work);
      const { args, cwd } = setup();
      const { code, output } = await cli([...args, "--render", "http", "--progress", "none"], cwd);
      expect(code).toBe(1);
      expect(output).toMatch(message);
      expect(output).toMatch(/Nothing was changed\./);
      expect(output).not.toMatch(/Exported/);
      expect(digest(work)).toEqual(before);
    }, 180_000);
  }

  it("replaces a foreign folder only with --replace-output; then the folder is its own", async () => {
    const target = path.join(work, "docs");
    const { code, output } = await cli(
      ["export", "site", "--path", "/", "--output", "docs", "--replace-output", "--render", "http"],
      work,
    );
    expect(code, output).toBe(0);
    expect(readdirSync(target)).toContain(OUTPUT_MARKER);
    expect(existsSync(path.join(target, "letter.txt"))).toBe(false);
    // Marked now: a second export needs no flag.
    const again = await cli(["export", "site", "--path", "/", "--output", "docs", "--render", "http"], work);
    expect(again.code, again.output).toBe(0);
    expect(readdirSync(work).filter((n) => n.includes(".tmp-"))).toEqual([]);
  }, 180_000);

  it("merge --output follows the same rules", async () => {
    const before = digest(work);
    const part = path.join(work, "docs"); // an export's output from the test above
    const refused = await cli(["merge", part, "--output", "site"], work);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/site: it is a folder datasette-export did not write/);
    const holdsPart = await cli(["merge", part, "--output", ".", "--replace-output"], work);
    expect(holdsPart.code).toBe(1);
    expect(holdsPart.output).toMatch(/it is the working directory/);
    expect(digest(work)).toEqual(before);
  }, 180_000);
});
