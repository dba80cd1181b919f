import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabases, type DatabaseRegistry } from "../../src/db/registry.js";
import { fileSpec, tempDir, testConfig, type TempDir } from "./helpers.js";

let t: TempDir;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.remove());

async function withRegistry(
  config: Parameters<typeof openDatabases>[0],
  body: (registry: DatabaseRegistry) => Promise<void>,
  options?: Parameters<typeof openDatabases>[1],
) {
  const registry = await openDatabases(config, options);
  try {
    await body(registry);
  } finally {
    await registry.close();
  }
}

describe("database names", () => {
  test("are the file's base name, with _2, _3 on a clash, in configuration order", async () => {
    mkdirSync(path.join(t.dir, "a"));
    mkdirSync(path.join(t.dir, "b"));
    const fixtures = t.copyFixtures();
    const a = t.createDb("a/data.db", "create table x (id integer primary key)");
    const b = t.createDb("b/data.db", "create table y (id integer primary key)");
    const c = t.createDb("data.sqlite", "create table z (id integer primary key)");
    await withRegistry(
      testConfig([fileSpec(fixtures), fileSpec(a), fileSpec(b), fileSpec(c)]),
      async (registry) => {
        expect([...registry.databases.keys()]).toEqual(["fixtures", "data", "data_2", "data_3"]);
        const data2 = registry.databases.get("data_2")!;
        expect(data2.path).toBe(b);
        expect((await data2.execute("select name from sqlite_master")).rows).toEqual([["y"]]);
      },
    );
  });

  test("route is the tilde-encoded name", async () => {
    const file = t.createDb("my data.db", "create table x (id integer)");
    await withRegistry(testConfig([fileSpec(file)]), async (registry) => {
      const db = registry.databases.get("my data")!;
      expect(db.route).toBe("my+data");
      expect(db.isMemory).toBe(false);
    });
  });

  test("_memory comes first with --memory, like Datasette's add_database order", async () => {
    const fixtures = t.copyFixtures("f2.db");
    await withRegistry(testConfig([fileSpec(fixtures)], { memory: true }), async (registry) => {
      expect([...registry.databases.keys()]).toEqual(["_memory", "f2"]);
      const memory = registry.databases.get("_memory")!;
      expect(memory.isMemory).toBe(true);
      expect(memory.path).toBeNull();
      expect((await memory.execute("select 1 + 1 as two")).rows).toEqual([[2]]);
      // Without crossdb nothing is attached.
      await expect(memory.execute("select * from f2.facetable")).rejects.toThrow(/no such table/);
    });
  });

  test("_memory is served when there are no databases at all, as Datasette does", async () => {
    await withRegistry(testConfig([]), async (registry) => {
      expect([...registry.databases.keys()]).toEqual(["_memory"]);
    });
  });

  test("an in-memory database keeps its configured name and has no path", async () => {
    await withRegistry(
      testConfig([{ name: "ephemeral", path: null, immutable: false }]),
      async (registry) => {
        const db = registry.databases.get("ephemeral")!;
        expect(db.isMemory).toBe(true);
        expect(db.path).toBeNull();
        expect(db.immutable).toBe(false);
      },
    );
  });
});

describe("crossdb", () => {
  test("_memory attaches every file database read-only under its own name", async () => {
    const fixtures = t.copyFixtures("fixtures.db");
    const content = t.createDb(
      "content.db",
      "create table plugins (name text); insert into plugins values ('datasette-cluster-map')",
    );
    await withRegistry(
      testConfig([fileSpec(fixtures), fileSpec(content)], { crossdb: true }),
      async (registry) => {
        expect([...registry.databases.keys()]).toEqual(["_memory", "fixtures", "content"]);
        const memory = registry.databases.get("_memory")!;
        expect((await memory.execute("select * from content.plugins")).rows).toEqual([
          ["datasette-cluster-map"],
        ]);
        const joined = await memory.execute("select count(*) from fixtures.facetable, content.plugins");
        expect(joined.rows).toEqual([[15]]);
        const attached = await memory.execute(
          "select name from pragma_database_list where name not in ('main', 'temp')",
        );
        expect(attached.rows).toEqual([["fixtures"], ["content"]]);
        await expect(memory.execute("insert into content.plugins values ('x')")).rejects.toThrow(
          "Statement must be a SELECT",
        );
        await expect(memory.write(() => 1)).rejects.toThrow(/cannot be written/);
      },
    );
  });
});

describe("opening", () => {
  test("a missing file is a clear error", async () => {
    await expect(openDatabases(testConfig([fileSpec(path.join(t.dir, "nope.db"))]))).rejects.toThrow(
      /Database file not found: .*nope\.db/,
    );
  });

  test("a file that is not SQLite is a clear error, mutable or immutable", async () => {
    const bogus = path.join(t.dir, "bogus.db");
    writeFileSync(
      bogus,
      "this is not a database, just some text that is long enough to have a header".repeat(10),
    );
    await expect(openDatabases(testConfig([fileSpec(bogus)]))).rejects.toThrow(
      /Could not open database .*bogus\.db: file is not a database/,
    );
    await expect(openDatabases(testConfig([fileSpec(bogus, true)]))).rejects.toThrow(
      /Could not open database .*bogus\.db: file is not a database/,
    );
  });

  test("plugin prepareConnection runs on read connections and on the writer", async () => {
    const plugin = path.join(t.dir, "plugin.mjs");
    writeFileSync(
      plugin,
      `export default [{
        name: "shout",
        prepareConnection(conn, database) {
          conn.function("shout", (s) => String(s).toUpperCase() + "! from " + database + " in " + process.pid);
        },
      }];`,
    );
    const file = t.createDb("plugged.db", "create table notes (body text)");
    await withRegistry(
      testConfig([fileSpec(file)]),
      async (registry) => {
        const db = registry.databases.get("plugged")!;
        const [[read]] = (await db.execute("select shout('hi')")).rows as string[][];
        expect(read).toMatch(/^HI! from plugged in \d+$/);
        expect(read).not.toContain(` ${process.pid}`);
        await db.write((conn) => conn.prepare("insert into notes values (shout('written'))").run());
        expect((await db.execute("select body from notes")).rows[0]![0]).toBe(
          `WRITTEN! from plugged in ${process.pid}`,
        );
      },
      { pluginModules: [plugin] },
    );
  });

  test("a plugin module without a default plugin is refused", async () => {
    const plugin = path.join(t.dir, "bad-plugin.mjs");
    writeFileSync(plugin, "export const nothing = 1;");
    await expect(openDatabases(testConfig([]), { pluginModules: [plugin] })).rejects.toThrow(
      /must export a plugin object/,
    );
  });
});
