/**
 * The read pool's processes are started by a launcher process (src/db/read-launcher.ts), so the server's
 * thread never waits for a fork; these tests follow the real processes through /proc.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { QueryTimeoutError } from "../../src/db/errors.js";
import { ReadPool } from "../../src/db/read-pool.js";
import { alive, children, ENDLESS, isLauncher, isReader, tempDir, until, type TempDir } from "./helpers.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

let t: TempDir;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.remove());

function pool(name: string): ReadPool {
  return new ReadPool({
    size: 1,
    databases: [{ name: "fixtures", kind: "file", path: t.copyFixtures(name), attach: [] }],
    pluginModules: [],
    cacheSizeKb: 0,
    graceMs: () => 0,
  });
}

const query = (sql: string) => ({ type: "query" as const, db: "fixtures", sql, maxRows: 0 });

describe("the read processes' launcher", () => {
  test("starts every read process, replacements included: this process forks none", async () => {
    const p = pool("replaced.db");
    try {
      await p.ready();
      for (let i = 0; i < 3; i++)
        await expect(p.run(query(ENDLESS), 200)).rejects.toBeInstanceOf(QueryTimeoutError);
      const answer = await p.run(query("select 'after three kills'"), 30_000);
      expect("rows" in answer && answer.rows).toEqual([["after three kills"]]);
      const ours = children(process.pid);
      expect(ours.filter(isReader)).toEqual([]);
      const launchers = ours.filter(isLauncher);
      expect(launchers).toHaveLength(1);
      expect(children(launchers[0]!.pid).filter(isReader).length).toBeGreaterThanOrEqual(1);
    } finally {
      await p.close();
    }
    // Closed: the launcher is gone with its processes.
    expect(await until(() => children(process.pid).filter(isLauncher).length === 0, 10_000)).toBe(true);
  });

  test("a launcher that dies takes its read processes with it, and the pool starts another", async () => {
    const p = pool("orphaned.db");
    try {
      expect(await p.run(query("select 1"), 30_000)).toMatchObject({ rows: [[1]] });
      const launcher = children(process.pid).find(isLauncher)!;
      const readers = children(launcher.pid).filter(isReader);
      expect(readers.length).toBeGreaterThanOrEqual(1);
      process.kill(launcher.pid, "SIGKILL");
      expect(await until(() => !readers.some((r) => alive(r.pid)), 10_000)).toBe(true);
      // The next query gets a new launcher and a new process; its limit allows for both starting.
      expect(await p.run(query("select 2"), 30_000)).toMatchObject({ rows: [[2]] });
      expect(children(process.pid).find(isLauncher)?.pid).not.toBe(launcher.pid);
    } finally {
      await p.close();
    }
  });

  test("a server that is killed leaves no launcher and no read process behind", async () => {
    const script = path.join(t.dir, "pool-owner.mts");
    writeFileSync(
      script,
      `import { ReadPool } from ${JSON.stringify(path.join(root, "src/db/read-pool.ts"))};
       const pool = new ReadPool({ size: 2, databases: [], pluginModules: [], cacheSizeKb: 0 });
       await pool.ready();
       console.log("ready");
       setInterval(() => {}, 1000);`,
    );
    const owner = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      owner.stdout!.on("data", () => resolve());
      owner.once("exit", (code) => reject(new Error(`exited with ${code}`)));
    });
    const launcher = children(owner.pid!).find(isLauncher)!;
    const readers = children(launcher.pid).filter(isReader);
    expect(readers).toHaveLength(2);
    owner.kill("SIGKILL");
    const left = () => [launcher, ...readers].filter((p) => alive(p.pid));
    expect(await until(() => left().length === 0, 10_000)).toBe(true);
  });
});
