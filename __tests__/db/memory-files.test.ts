/**
 * The folders backing in-memory databases: one killed with SIGKILL leaves its folder behind, and the next
 * start removes it — only folders of ours whose process is gone.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { removeStaleMemoryDirs } from "../../src/db/memory-files.js";
import { openDatabases } from "../../src/db/registry.js";
import { tempDir, testConfig, type TempDir } from "./helpers.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

let t: TempDir;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.remove());

test("serve --ephemeral killed with SIGKILL leaves its folder; the next start removes it, not a live one", async () => {
  const script = path.join(t.dir, "memory-holder.mts");
  writeFileSync(
    script,
    `import { openDatabases } from ${JSON.stringify(path.join(root, "src/db/registry.ts"))};
     import { testConfig } from ${JSON.stringify(path.join(root, "__tests__/db/helpers.ts"))};
     const registry = await openDatabases(testConfig([{ name: "ephemeral", path: null, immutable: false }]));
     const db = registry.databases.get("ephemeral");
     const file = (await db.execute("select file from pragma_database_list where name = 'main'")).rows[0][0];
     console.log(file);
     setInterval(() => {}, 1000);`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const file = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`exited with ${code}`)));
  });
  const left = path.dirname(file);
  expect(path.basename(left)).toMatch(new RegExp(`^datasette-export-memory-${child.pid}-`));
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
  expect(existsSync(file)).toBe(true);

  // A live process's folder (a stand-in: this test's parent) and someone else's naming stay.
  const live = path.join(path.dirname(left), `datasette-export-memory-${process.ppid}-live`);
  mkdirSync(live, { recursive: true });
  try {
    const registry = await openDatabases(testConfig([{ name: "next", path: null, immutable: false }]));
    await registry.close();
    expect(existsSync(left)).toBe(false);
    expect(existsSync(live)).toBe(true);
  } finally {
    removeStaleMemoryDirs(); // leaves `live` (its process runs); remove it ourselves
    expect(existsSync(live)).toBe(true);
    rmSync(live, { recursive: true, force: true });
  }
});
