/** Datasette's permission rules: allow blocks, permissions blocks, defaults, root and token restrictions. */
import { describe, expect, test } from "vitest";
import { actorMatchesAllow, defaultPermission, restrictionsAllow } from "../../src/server/permissions.js";
import { DEFAULT_SETTINGS } from "../../src/config/settings.js";
import type { Metadata } from "../../src/config/metadata.js";
import type { Datasette } from "../../src/server/datasette.js";

/** defaultPermission reads only config.root, metadata and settings. */
function instance(
  metadata: Metadata = {},
  options: { root?: boolean; default_allow_sql?: boolean } = {},
): Datasette {
  return {
    config: { root: options.root ?? false },
    metadata,
    settings: { ...DEFAULT_SETTINGS, default_allow_sql: options.default_allow_sql ?? true },
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

  test("execute-sql also needs view-database", () => {
    const ds = instance({ databases: { data: { allow: { id: "staff" } } } });
    expect(defaultPermission(ds, { id: "bob" }, "execute-sql", "data")).toBe(false);
    expect(defaultPermission(ds, { id: "staff" }, "execute-sql", "data")).toBe(true);
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

  test("restrictions narrow even the root actor", () => {
    const ds = instance({}, { root: true });
    const actor = { id: "root", token: "dstok", _r: { a: ["ir", "ur"] } };
    expect(defaultPermission(ds, actor, "insert-row", ["data", "docs"])).toBe(true);
    expect(defaultPermission(ds, actor, "alter-table", ["data", "docs"])).toBe(false);
    expect(defaultPermission(ds, actor, "view-instance", null)).toBe(false);
  });

  test("restrictions never grant what the actor lacks", () => {
    expect(
      defaultPermission(instance(), { id: "bob", _r: { a: ["ir"] } }, "insert-row", ["data", "docs"]),
    ).toBe(false);
  });
});
