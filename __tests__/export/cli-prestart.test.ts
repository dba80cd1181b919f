/**
 * `export --sql` as the CLI runs it (src/cli.ts, a process of its own): the read process its path SQL
 * needs starts before the exporter's modules load, and the export's pool takes that one rather than
 * starting another (NODE_DEBUG=datasette-export notes both). Without --sql none is started ahead.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "cli-prestart-"));
  const db = new Database(path.join(dir, "data.db"));
  db.exec("create table items (id integer primary key, name text)");
  db.prepare("insert into items (name) values (?)").run("one");
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `export data.db ARGS --output DIR/OUTPUT --progress none` in a process of its own. */
function cliExport(output: string, ...args: string[]) {
  const outputDir = path.join(dir, output);
  const cli = path.join(root, "src/cli.ts");
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      cli,
      "export",
      path.join(dir, "data.db"),
      ...args,
      "--output",
      outputDir,
      "--progress",
      "none",
    ],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NODE_DEBUG: "datasette-export" },
      input: "",
    },
  );
  return { ...run, outputDir };
}

describe("datasette-export export", () => {
  it("starts the --sql query's read process ahead, and its pool takes that one", () => {
    const { status, stderr, outputDir } = cliExport(
      "with-sql",
      "--sql",
      "select '/data/items/' || id || '.json' from items",
    );
    expect(status, stderr).toBe(0);
    const started = /read process (\d+) started ahead of need/.exec(stderr);
    expect(started, stderr).not.toBeNull();
    expect(stderr).toContain(`read process ${started![1]}, started ahead of need, taken by a pool`);
    expect(stderr.match(/started ahead of need$/gm)).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(outputDir, "data", "items", "1.json"), "utf8"))).toMatchObject({
      rows: [{ id: 1, name: "one" }],
    });
  });

  it("starts none ahead without --sql", () => {
    const { status, stderr } = cliExport("paths-only", "--path", "/data/items/1.json");
    expect(status, stderr).toBe(0);
    expect(stderr).not.toContain("ahead of need");
  });
});
