/**
 * An export starts its first read process before loading its own modules (prestartReadProcess; the CLI
 * does so for --sql): the first pool that starts its own processes (an export's, `direct`) takes that
 * one instead of starting another, at the niceness it asks for. One that no pool takes lets its program
 * end and ends with it. The processes are followed through /proc.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prestartReadProcess, ReadPool } from "../../src/db/read-pool.js";
import { alive, children, isReader, tempDir, until, type TempDir } from "./helpers.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

let t: TempDir;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.remove());

/** A pool as an export's server makes them: processes started on first use, by this process. */
function exportPool(name: string, niceness = 0): ReadPool {
  return new ReadPool({
    size: 1,
    databases: [{ name: "fixtures", kind: "file", path: t.copyFixtures(name), attach: [] }],
    pluginModules: [],
    cacheSizeKb: 0,
    lazy: true,
    direct: true,
    niceness,
  });
}

const query = (sql: string) => ({ type: "query" as const, db: "fixtures", sql, maxRows: 0 });
const readers = () => children(process.pid).filter(isReader);
/** Field 19 of /proc/PID/stat (counted after the command's closing parenthesis). */
const niceOf = (pid: number) =>
  Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]);

describe("a read process started ahead of need", () => {
  test("is the one an export's pool uses: the pool starts none of its own", async () => {
    expect(readers()).toEqual([]);
    const pid = prestartReadProcess();
    expect(pid).toBeTypeOf("number");
    // Only one waits at a time.
    expect(prestartReadProcess()).toBeNull();
    expect(readers().map((p) => p.pid)).toEqual([pid]);
    const pool = exportPool("taken.db");
    try {
      expect(await pool.run(query("select count(*) from facetable"), 30_000)).toMatchObject({
        rows: [[15]],
      });
      expect(readers().map((p) => p.pid)).toEqual([pid]);
    } finally {
      await pool.close();
    }
    expect(await until(() => !alive(pid!), 10_000)).toBe(true);
  });

  test("gets the niceness of the pool that takes it", async () => {
    const pid = prestartReadProcess()!;
    expect(niceOf(pid)).toBe(0);
    const pool = exportPool("nice.db", 10);
    try {
      expect(await pool.run(query("select 1"), 30_000)).toMatchObject({ rows: [[1]] });
      expect(readers().map((p) => p.pid)).toEqual([pid]);
      expect(niceOf(pid)).toBe(10);
    } finally {
      await pool.close();
    }
  });

  test("is not taken once it has died: the pool starts another", async () => {
    const pid = prestartReadProcess()!;
    process.kill(pid, "SIGKILL");
    // Reaped, not only a zombie: Node reaps a child and emits its 'exit' in one step.
    expect(await until(() => !existsSync(`/proc/${pid}`), 10_000)).toBe(true);
    const pool = exportPool("dead.db");
    try {
      expect(await pool.run(query("select 2"), 30_000)).toMatchObject({ rows: [[2]] });
      const used = readers().map((p) => p.pid);
      expect(used).toHaveLength(1);
      expect(used).not.toContain(pid);
    } finally {
      await pool.close();
    }
  });

  test("that no pool takes lets its program end, and ends with it", async () => {
    const script = path.join(t.dir, "prestarter.mts");
    writeFileSync(
      script,
      `import { prestartReadProcess } from ${JSON.stringify(path.join(root, "src/db/read-pool.ts"))};
       console.log(prestartReadProcess());`,
    );
    const owner = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let printed = "";
    owner.stdout!.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => owner.once("exit", resolve));
    expect(code).toBe(0);
    const pid = Number(printed.trim());
    expect(pid).toBeGreaterThan(0);
    expect(await until(() => !alive(pid), 10_000)).toBe(true);
  });
});
