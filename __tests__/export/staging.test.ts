/**
 * The staging folder an export writes into, under the faults of issue 12: SIGTERM while Chromium renders,
 * an export killed with SIGKILL, a full disk. Each leaves the previous output byte for byte as it was.
 * Also: the output is made with the user's umask, not mkdtemp's 0700.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { createFixture, type Fixture } from "./fixture-server.js";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import { OUTPUT_MARKER } from "../../src/export/output-guard.js";
import type { ExportOptions } from "../../src/export/types.js";

let f: Fixture;
beforeAll(() => {
  f = createFixture("/repo/");
});
afterAll(async () => {
  await rm(f.dir, { recursive: true, force: true });
});

const run = (output: string, extra: Partial<ExportOptions> = {}, log: string[] = []) =>
  exportSite(
    normaliseExportOptions({ server: f.config, output, render: "http", progress: "none", ...extra }),
    { ...f.deps, effects: { log: (l) => log.push(l) } },
  );

/** A folder as a previous export left it. */
function previousOutput(out: string): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, OUTPUT_MARKER), "a previous export");
  writeFileSync(path.join(out, "previous.html"), "old");
}

/** Starts interrupt-child.ts; resolves once its staging folder holds plain.html. */
async function startChild(parent: string, out: string, render: "http" | "browser"): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "interrupt-child.ts"), out, render],
    // The child's fixture files (and Chromium's profile) go below `parent`.
    { stdio: "ignore", env: { ...process.env, TMPDIR: parent } },
  );
  const staged = () =>
    readdirSync(parent).some(
      (n) => n.startsWith("_site.tmp-") && existsSync(path.join(parent, n, "plain.html")),
    );
  for (let i = 0; i < 1200 && !staged() && child.exitCode === null; i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(staged()).toBe(true);
  return child;
}

const stagingFolders = (parent: string) => readdirSync(parent).filter((n) => n.includes(".tmp-"));

/** Processes whose command line names `dir` (Chromium's profile lives below the child's TMPDIR). */
function processesUsing(dir: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", dir], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

describe("the staging folder", () => {
  it("SIGTERM while Chromium renders stops the export at once, by the signal, leaving nothing", async () => {
    const parent = path.join(f.dir, "sigterm");
    const out = path.join(parent, "_site");
    previousOutput(out);
    const child = await startChild(parent, out, "browser");
    // Chromium is running: its profile folder is below the child's TMPDIR.
    expect(processesUsing(parent).length).toBeGreaterThan(0);
    const sent = Date.now();
    child.kill("SIGTERM");
    const [code, signal] = (await once(child, "exit")) as [number | null, string | null];
    const stoppedMs = Date.now() - sent;
    expect({ code, signal }).toEqual({ code: null, signal: "SIGTERM" });
    // Playwright's own handler kept the process alive 12–22 s before; 2 s is the goal on an idle machine.
    expect(stoppedMs).toBeLessThan(5_000);
    console.log(`SIGTERM → exit in ${stoppedMs} ms`);
    expect(readdirSync(out).sort()).toEqual([OUTPUT_MARKER, "previous.html"]);
    expect(stagingFolders(parent)).toEqual([]);
    // Chromium ends when its pipe closes.
    for (let i = 0; i < 50 && processesUsing(parent).length; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(processesUsing(parent)).toEqual([]);
  }, 180_000);

  it("the next export removes the staging folder of an export killed with SIGKILL", async () => {
    const parent = path.join(f.dir, "sigkill");
    const out = path.join(parent, "_site");
    previousOutput(out);
    const child = await startChild(parent, out, "http");
    child.kill("SIGKILL");
    await once(child, "exit");
    const left = stagingFolders(parent);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^_site\\.tmp-${child.pid}-[0-9a-f]{8}$`));
    // A folder of the user's with a similar name is not ours and stays.
    mkdirSync(path.join(parent, "_site.tmp-mine"));
    const log: string[] = [];
    await run(out, { paths: ["/plain"] }, log);
    expect(log).toContain(`Removed ${left[0]}, left by an export that was killed`);
    expect(stagingFolders(parent)).toEqual(["_site.tmp-mine"]);
    expect(readdirSync(out)).toContain("plain.html");
  }, 180_000);

  it("makes the output folder and its files with the user's umask, not 0700", async () => {
    const umask = process.umask();
    const out = path.join(f.dir, "modes", "_site");
    const result = await run(out, { paths: ["/plain", "/db/items"] });
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(result.output)).toBe(0o777 & ~umask);
    expect(mode(path.join(result.output, "db"))).toBe(0o777 & ~umask);
    expect(mode(path.join(result.output, "plain.html"))).toBe(0o666 & ~umask);
    if (umask === 0o022) expect(mode(result.output)).toBe(0o755);
  });
});

/** A tiny tmpfs, so the disk really fills; needs root (mount), else the test says why it is skipped. */
function mountTinyDisk(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("a full disk", () => {
  const disk = path.join("/tmp", `export-full-disk-${process.pid}`);
  let mounted = false;
  beforeAll(() => {
    mounted = mountTinyDisk(disk, "160k");
  });
  afterAll(() => {
    if (mounted) execFileSync("umount", [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it("stops the export at the first failed write and leaves the previous output as it was", async (ctx) => {
    if (!mounted) ctx.skip("cannot mount a tmpfs here (needs root)");
    const out = path.join(disk, "_site");
    await run(out, { paths: ["/plain"] });
    const before = readdirSync(out)
      .sort()
      .map((n) => [n, statSync(path.join(out, n)).isFile() ? readFileSync(path.join(out, n), "hex") : "dir"]);
    // 200 distinct pages of ~1 KiB, 4 KiB each on tmpfs: the disk is full after a few dozen.
    const paths = Array.from({ length: 200 }, (_, i) => `/db/items?_next=${i}`);
    const hitsBefore = f.hits.length;
    const err = await run(out, { paths, concurrency: 1 }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/ENOSPC/);
    const fetched = f.hits.length - hitsBefore;
    // It stopped near the first failure, rather than fetching every remaining page.
    expect(fetched).toBeLessThan(100);
    console.log(`full disk: stopped after ${fetched} of 200+ requests`);
    const after = readdirSync(out)
      .sort()
      .map((n) => [n, statSync(path.join(out, n)).isFile() ? readFileSync(path.join(out, n), "hex") : "dir"]);
    expect(after).toEqual(before);
    expect(readdirSync(disk).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });
});
