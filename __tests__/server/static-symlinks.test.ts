/**
 * Static folders are published as they are, never what their symlinks point to elsewhere: the server
 * answers 404 for a file that resolves outside its folder (a --static mount, the configuration
 * directory's static/, a plugin's static folder), and the exporter leaves such files out of its copy.
 * Symlinks that stay inside the folder keep working.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, FIXTURES_DB, type TestServer } from "../helpers/server.js";
import { StagedOutput } from "../../src/export/write.js";

let base: string;
let outside: string;

/** A folder holding real.txt and realsub/, symlinks inside it, and symlinks to `outside`. */
async function staticFolder(dir: string): Promise<void> {
  await mkdir(path.join(dir, "realsub"), { recursive: true });
  await writeFile(path.join(dir, "real.txt"), "inside");
  await writeFile(path.join(dir, "realsub", "deep.txt"), "deep inside");
  await symlink(path.join(dir, "real.txt"), path.join(dir, "alias.txt"));
  await symlink("realsub", path.join(dir, "aliassub"));
  await symlink(path.join(outside, "secret.txt"), path.join(dir, "leak.txt"));
  await symlink("../../outside/secret.txt", path.join(dir, "relative-leak.txt"));
  await symlink(outside, path.join(dir, "leakdir"));
  await symlink(path.join(outside, "missing.txt"), path.join(dir, "dangling.txt"));
}

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), "dx-static-symlinks-"));
  outside = path.join(base, "outside");
  await mkdir(outside);
  await writeFile(path.join(outside, "secret.txt"), "SECRET");
  const site = path.join(base, "site");
  await mkdir(site);
  await copyFile(FIXTURES_DB, path.join(site, "fixtures.db"));
  await staticFolder(path.join(site, "static"));
  await staticFolder(path.join(base, "mounted", "files"));
  await mkdir(path.join(site, "plugins"));
  await staticFolder(path.join(site, "plugins", "shelf"));
  await writeFile(
    path.join(site, "plugins", "shelf.mjs"),
    `export default { name: "shelf", staticDir: "shelf" };\n`,
  );
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe("the server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      files: [path.join(base, "site")],
      static: [`mounted:${path.join(base, "mounted", "files")}`],
    });
  });
  afterAll(() => server.close());

  const prefixes = ["static/", "mounted/", "-/static-plugins/shelf/"];

  test.each(prefixes)("serves %s files and symlinks that stay inside", async (prefix) => {
    for (const [file, text] of [
      ["real.txt", "inside"],
      ["alias.txt", "inside"],
      ["aliassub/deep.txt", "deep inside"],
    ]) {
      const response = await server.get(prefix + file);
      expect(response.status, prefix + file).toBe(200);
      expect(await response.text()).toBe(text);
    }
  });

  test.each(prefixes)("answers 404 for %s symlinks that lead outside", async (prefix) => {
    for (const file of ["leak.txt", "relative-leak.txt", "leakdir/secret.txt", "dangling.txt"]) {
      const response = await server.get(prefix + file);
      expect(response.status, prefix + file).toBe(404);
      expect(await response.text()).not.toContain("SECRET");
    }
  });
});

describe("the exporter's copy of a static folder", () => {
  test("leaves out what resolves outside and keeps symlinks that stay inside", async () => {
    const out = await StagedOutput.create(path.join(base, "export-out"));
    try {
      await out.copyFolder(path.join(base, "mounted", "files"), "mounted", "static mount mounted");
      const copied = (await readdir(path.join(out.staging, "mounted"), { recursive: true })).sort();
      expect(copied).toEqual([
        "alias.txt",
        "aliassub",
        path.join("aliassub", "deep.txt"),
        "real.txt",
        "realsub",
        path.join("realsub", "deep.txt"),
      ]);
      expect([...out.ledger.writtenFiles()]).toEqual([
        "mounted/alias.txt",
        "mounted/aliassub/deep.txt",
        "mounted/real.txt",
        "mounted/realsub/deep.txt",
      ]);
    } finally {
      await out.abort();
    }
  });
});
