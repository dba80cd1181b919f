/** Datasette's permission rules: allow blocks, permissions blocks, defaults, root and token restrictions. */
import { describe, expect, test } from "vitest";
import { actorMatchesAllow, checkPermission, defaultPermission } from "../../src/server/permissions.js";
import { restrictionsAllow } from "../../src/server/auth/restrictions.js";
import { DEFAULT_SETTINGS } from "../../src/config/settings.js";
import type { Metadata } from "../../src/config/metadata.js";
import type { Datasette } from "../../src/server/datasette.js";
import type { Plugin } from "../../src/plugins/hooks.js";

type PluginAnswer = (check: { action: string }) => boolean | undefined;

/**
 * The permission checks read only config.root, metadata, settings and the plugins' permissionAllowed
 * (called through callHook, and only when a plugin implements it).
 */
function instance(
  metadata: Metadata = {},
  options: { root?: boolean; default_allow_sql?: boolean; plugin?: PluginAnswer } = {},
): Datasette {
  const plugins: Plugin[] = options.plugin ? [{ name: "p", permissionAllowed: options.plugin }] : [];
  return {
    config: { root: options.root ?? false },
    metadata,
    settings: { ...DEFAULT_SETTINGS, default_allow_sql: options.default_allow_sql ?? true },
    plugins,
    callHook: async (_hook: string, check: { action: string }) => plugins.map(() => options.plugin!(check)),
  } as unknown as Datasette;
}

describe("allow blocks", () => {
  test.each([
    [{ id: "root" }, true, true],
    [{ id: "root" }, false, false],
    [{ id: "root" }, null, true],
    [{ id: "root" }, { id: "root" }, true],
    [{ id: "root" }, { id: ["alice", "root"] }, true],
    [{ id: "bob" }, { id: ["alice", "root"] }, false],
    [{ id: "bob", roles: ["staff", "dev"] }, { roles: "dev" }, true],
    [{ id: "bob" }, { id: "*" }, true],
    [{ id: "bob" }, { name: "*" }, false],
    [null, { id: "*" }, false],
    [null, { unauthenticated: true }, true],
    [{ id: "bob" }, { unauthenticated: true }, false],
    [{ id: 1 }, { id: "1" }, false],
  ])("%j against %j → %s", (actor, allow, expected) => {
    expect(actorMatchesAllow(actor as never, allow as never)).toBe(expected);
  });
});

describe("defaults", () => {
  test("view actions and execute-sql are allowed to anyone; every write action is denied", () => {
    const ds = instance();
    for (const action of ["view-instance", "view-database", "view-table", "view-query", "execute-sql"]) {
      expect(defaultPermission(ds, null, action, action === "view-instance" ? null : ["data", "docs"])).toBe(
        true,
      );
    }
    for (const action of [
      "insert-row",
      "delete-row",
      "update-row",
      "create-table",
      "alter-table",
      "drop-table",
    ]) {
      expect(defaultPermission(ds, { id: "alice" }, action, ["data", "docs"])).toBe(false);
    }
  });

  test("the root actor may do anything, but only when the server runs with --root", () => {
    expect(
      defaultPermission(instance({}, { root: true }), { id: "root" }, "drop-table", ["data", "docs"]),
    ).toBe(true);
    expect(
      defaultPermission(instance({}, { root: false }), { id: "root" }, "drop-table", ["data", "docs"]),
    ).toBe(false);
  });

  test("default_allow_sql off denies execute-sql unless an allow_sql block grants it", () => {
    expect(defaultPermission(instance({}, { default_allow_sql: false }), null, "execute-sql", "data")).toBe(
      false,
    );
    const granted = instance(
      { databases: { data: { allow_sql: { id: "alice" } } } },
      { default_allow_sql: false },
    );
    expect(defaultPermission(granted, { id: "alice" }, "execute-sql", "data")).toBe(true);
    expect(defaultPermission(granted, { id: "bob" }, "execute-sql", "data")).toBe(false);
  });
});

describe("configuration", () => {
  test("a permissions block grants a write action at instance, database or table level", () => {
    const ds = instance({
      permissions: { "create-table": { id: "admin" } },
      databases: {
        data: {
          permissions: { "insert-row": { id: "writer" } },
          tables: { docs: { permissions: { "delete-row": { id: "editor" } } } },
        },
      },
    });
    expect(defaultPermission(ds, { id: "admin" }, "create-table", "data")).toBe(true);
    expect(defaultPermission(ds, { id: "writer" }, "insert-row", ["data", "docs"])).toBe(true);
    expect(defaultPermission(ds, { id: "writer" }, "insert-row", ["other", "docs"])).toBe(false);
    expect(defaultPermission(ds, { id: "editor" }, "delete-row", ["data", "docs"])).toBe(true);
    expect(defaultPermission(ds, { id: "editor" }, "delete-row", ["data", "other"])).toBe(false);
    expect(defaultPermission(ds, { id: "writer" }, "delete-row", ["data", "docs"])).toBe(false);
  });

  test("the most specific rule wins: a table's allow block overrides its database's", () => {
    const ds = instance({
      databases: { data: { allow: { id: "staff" }, tables: { public: { allow: true } } } },
    });
    expect(defaultPermission(ds, null, "view-table", ["data", "public"])).toBe(true);
    expect(defaultPermission(ds, null, "view-table", ["data", "private"])).toBe(false);
    expect(defaultPermission(ds, { id: "staff" }, "view-table", ["data", "private"])).toBe(true);
    expect(defaultPermission(ds, null, "view-database", "data")).toBe(false);
  });

  test("a canned query's allow block governs view-query", () => {
    const ds = instance({
      databases: { data: { queries: { secret: { sql: "select 1", allow: { id: "alice" } } } } },
    });
    expect(defaultPermission(ds, { id: "alice" }, "view-query", ["data", "secret"])).toBe(true);
    expect(defaultPermission(ds, { id: "bob" }, "view-query", ["data", "secret"])).toBe(false);
  });

  test("execute-sql also needs view-database", async () => {
    const ds = instance({ databases: { data: { allow: { id: "staff" } } } });
    expect(await checkPermission(ds, { id: "bob" }, "execute-sql", "data")).toBe(false);
    expect(await checkPermission(ds, { id: "staff" }, "execute-sql", "data")).toBe(true);
  });
});

describe("plugins", () => {
  test("the first plugin answer decides; no answer leaves it to the defaults", async () => {
    const says = (answer: boolean | undefined) => instance({}, { plugin: () => answer });
    expect(await checkPermission(says(true), { id: "bob" }, "drop-table", ["data", "docs"])).toBe(true);
    expect(await checkPermission(says(false), { id: "bob" }, "view-table", ["data", "docs"])).toBe(false);
    expect(await checkPermission(says(undefined), { id: "bob" }, "view-table", ["data", "docs"])).toBe(true);
  });

  test("without a permissionAllowed plugin the defaults answer and the hook is not called", async () => {
    const ds = instance({ databases: { data: { allow: { id: "staff" } } } });
    (ds as { callHook: unknown }).callHook = () => {
      throw new Error("no plugin implements permissionAllowed: the hook must not be called");
    };
    expect(await checkPermission(ds, { id: "staff" }, "execute-sql", "data")).toBe(true);
    expect(await checkPermission(ds, null, "view-database", "data")).toBe(false);
  });

  test("a plugin is consulted from the next check on, once it implements permissionAllowed", async () => {
    // Nothing is remembered between checks: a plugin added (or given the hook) later is asked at once.
    const ds = instance();
    expect(await checkPermission(ds, null, "view-table", ["data", "docs"])).toBe(true);
    ds.plugins.push({ name: "late", permissionAllowed: () => false });
    (ds as { callHook: unknown }).callHook = async () => [false];
    expect(await checkPermission(ds, null, "view-table", ["data", "docs"])).toBe(false);
  });

  test("an also-required action is checked with the plugins too", async () => {
    const ds = instance({}, { plugin: ({ action }) => action === "execute-sql" || undefined });
    expect(await checkPermission(ds, null, "execute-sql", "data")).toBe(true);
    const denies = instance({}, { plugin: ({ action }) => action !== "view-database" });
    expect(await checkPermission(denies, null, "execute-sql", "data")).toBe(false);
  });
});

describe("token restrictions", () => {
  test("an action is allowed only where the allowlist names it, by name or abbreviation", () => {
    const r = { a: ["vi"], d: { data: ["create-table"] }, r: { data: { docs: ["ir"] } } };
    expect(restrictionsAllow(r, "view-instance", null)).toBe(true);
    expect(restrictionsAllow(r, "create-table", "data")).toBe(true);
    expect(restrictionsAllow(r, "create-table", "other")).toBe(false);
    expect(restrictionsAllow(r, "insert-row", ["data", "docs"])).toBe(true);
    expect(restrictionsAllow(r, "insert-row", ["data", "other"])).toBe(false);
    expect(restrictionsAllow(r, "update-row", ["data", "docs"])).toBe(false);
  });

  // Datasette's test_actor_restricted_permissions and test_restrictions_allow_action.
  test.each([
    [{}, "view-instance", null, false],
    [{}, "view-table", ["one", "t1"], false],
    [{ a: ["vd"] }, "view-instance", null, false],
    [{ a: ["vi"] }, "view-database", "one", false],
    [{ a: ["vd"] }, "view-table", ["one", "t1"], false],
    [{ d: { one: ["vt"] } }, "view-database", "one", false],
    [{ d: { one: ["vt"] } }, "view-table", ["one", "t1"], true],
    [{ r: { one: { t1: ["vt"] } } }, "view-instance", null, false],
    [{ r: { one: { t1: ["vt"] } } }, "view-database", "one", false],
    [{ r: { one: { t1: ["vt"] } } }, "view-table", ["one", "t1"], true],
    [{ r: { one: { t1: ["vt"] } } }, "view-table", ["one", "t2"], false],
    [{ d: { one: ["es"] } }, "execute-sql", "one", false],
    [{ d: { one: ["es", "vd"] } }, "execute-sql", "one", true],
    [{ d: { one: ["vdd", "vd"] } }, "view-database-download", "one", true],
  ])(
    "_r %j: %s on %j → %s (nothing implied, also-requires gated too)",
    async (r, action, resource, expected) => {
      const actor = { id: "t", _r: r };
      expect(await checkPermission(instance(), actor, action, resource as never)).toBe(expected);
    },
  );

  test("_r: null is no restriction at all", async () => {
    expect(await checkPermission(instance(), { id: "t", _r: null }, "view-instance", null)).toBe(true);
  });

  test("restrictions narrow even the root actor", async () => {
    const ds = instance({}, { root: true });
    const actor = { id: "root", token: "dstok", _r: { a: ["ir", "ur"] } };
    expect(await checkPermission(ds, actor, "insert-row", ["data", "docs"])).toBe(true);
    expect(await checkPermission(ds, actor, "alter-table", ["data", "docs"])).toBe(false);
    expect(await checkPermission(ds, actor, "view-instance", null)).toBe(false);
  });

  test("restrictions narrow what a plugin allows, and a plugin may still deny inside them", async () => {
    const actor = { id: "bot", _r: { r: { data: { docs: ["ir"] } } } };
    const allowAll = instance({}, { plugin: () => true });
    expect(await checkPermission(allowAll, actor, "insert-row", ["data", "docs"])).toBe(true);
    expect(await checkPermission(allowAll, actor, "insert-row", ["data", "other"])).toBe(false);
    expect(await checkPermission(allowAll, actor, "drop-table", ["data", "docs"])).toBe(false);
    const denyAll = instance({}, { plugin: () => false });
    expect(await checkPermission(denyAll, actor, "insert-row", ["data", "docs"])).toBe(false);
  });

  test("restrictions narrow what allow and permissions blocks grant", async () => {
    const ds = instance({
      permissions: { "create-table": { id: "bob" } },
      databases: { data: { tables: { t1: { allow: { id: "bob" } }, t2: { allow: { id: "bob" } } } } },
    });
    const bob = { id: "bob", _r: { r: { data: { t1: ["vt"] } } } };
    expect(await checkPermission(ds, bob, "view-table", ["data", "t1"])).toBe(true);
    expect(await checkPermission(ds, bob, "view-table", ["data", "t2"])).toBe(false);
    expect(await checkPermission(ds, bob, "create-table", "data")).toBe(false);
  });

  test("restrictions never grant what the actor lacks", async () => {
    const ds = instance({ databases: { data: { allow: { id: "someone-else" } } } });
    expect(await checkPermission(ds, { id: "bob", _r: { a: ["ir"] } }, "insert-row", ["data", "docs"])).toBe(
      false,
    );
    expect(
      await checkPermission(ds, { id: "bob", _r: { r: { data: { t1: ["vt"] } } } }, "view-table", [
        "data",
        "t1",
      ]),
    ).toBe(false);
  });

  test("an allow block that refuses the actor outranks narrower allows where its restrictions point", () => {
    // Datasette's restriction gate: the refusal is repeated at the databases and tables `d` and `r` name.
    const ds = instance({
      allow: { id: "admin" },
      databases: { data: { allow: { id: "bob" }, tables: { docs: { allow: { id: "bob" } } } } },
    });
    expect(defaultPermission(ds, { id: "bob" }, "view-database", "data")).toBe(true);
    expect(defaultPermission(ds, { id: "bob", _r: { d: { data: ["vd"] } } }, "view-database", "data")).toBe(
      false,
    );
    expect(defaultPermission(ds, { id: "bob", _r: { a: ["vd"] } }, "view-database", "data")).toBe(true);

    const byDatabase = instance({
      databases: { data: { allow: { id: "admin" }, tables: { docs: { allow: { id: "bob" } } } } },
    });
    expect(defaultPermission(byDatabase, { id: "bob" }, "view-table", ["data", "docs"])).toBe(true);
    const named = { id: "bob", _r: { r: { data: { docs: ["vt"] } } } };
    expect(defaultPermission(byDatabase, named, "view-table", ["data", "docs"])).toBe(false);
    const wholeDatabase = { id: "bob", _r: { d: { data: ["vt"] } } };
    expect(defaultPermission(byDatabase, wholeDatabase, "view-table", ["data", "docs"])).toBe(true);
  });
});
