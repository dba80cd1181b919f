import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { loadConfig, ConfigError } from "../../src/config/load.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dx-config-"));
  for (const name of ["b.db", "a.sqlite", "c.sqlite3"]) new Database(path.join(dir, name)).close();
  await writeFile(path.join(dir, "notes.txt"), "not a database");
  await writeFile(path.join(dir, "metadata.yml"), "title: My site\ndatabases:\n  a:\n    title: A\n");
  await writeFile(
    path.join(dir, "settings.json"),
    JSON.stringify({ default_page_size: 20, allow_facet: false }),
  );
  await mkdir(path.join(dir, "templates", "pages"), { recursive: true });
  await mkdir(path.join(dir, "static"));
  await mkdir(path.join(dir, "plugins"));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("loadConfig on a configuration directory", () => {
  it("picks up databases, metadata, settings, templates, pages, static and plugins", async () => {
    const config = await loadConfig({ files: [dir] });
    expect(config.databases.map((d) => d.name)).toEqual(["a", "b", "c"]);
    expect(config.metadata.title).toBe("My site");
    expect(config.settings.default_page_size).toBe(20);
    expect(config.settings.allow_facet).toBe(false);
    expect(config.settings.max_returned_rows).toBe(1000);
    expect(config.templateDirs).toEqual([path.join(dir, "templates")]);
    expect(config.pagesDir).toBe(path.join(dir, "templates", "pages"));
    expect(config.staticMounts).toEqual([{ mount: "static", dir: path.join(dir, "static") }]);
    expect(config.pluginsDir).toBe(path.join(dir, "plugins"));
  });

  it("lets --setting override settings.json and normalises base_url", async () => {
    const config = await loadConfig({
      files: [dir],
      settings: [
        ["default_page_size", "5"],
        ["base_url", "repo"],
      ],
    });
    expect(config.settings.default_page_size).toBe(5);
    expect(config.settings.base_url).toBe("/repo/");
  });

  it("refuses unknown settings, bad values and missing files with clear errors", async () => {
    await expect(loadConfig({ files: [dir], settings: [["no_such", "1"]] })).rejects.toThrow(
      'Unknown setting "no_such"',
    );
    await expect(loadConfig({ files: [dir], settings: [["default_page_size", "many"]] })).rejects.toThrow(
      ConfigError,
    );
    await expect(loadConfig({ files: [path.join(dir, "missing.db")] })).rejects.toThrow(
      "No such file or directory",
    );
  });

  it("names the metadata file when it cannot be parsed", async () => {
    const bad = path.join(dir, "bad.yml");
    await writeFile(bad, "title: [unclosed");
    await expect(loadConfig({ files: [], metadata: bad })).rejects.toThrow(
      /Invalid metadata file .*bad\.yml/,
    );
  });

  it("adds an in-memory ephemeral database with --ephemeral", async () => {
    const config = await loadConfig({ files: [dir], ephemeral: true, ttl: 7 });
    expect(config.ephemeral).toEqual({ database: "ephemeral", ttlSeconds: 7, checkIntervalSeconds: 2 });
    expect(config.databases.at(-1)).toEqual({ name: "ephemeral", path: null, immutable: false });
  });
});
