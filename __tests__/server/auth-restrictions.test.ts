/**
 * Token restrictions through the real server: a restricted token may do only what its `_r` lists,
 * whether the actor's powers come from --root, a `permissions:` block or a plugin's permissionAllowed.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeFixture, errorBody, type WriteFixture } from "./write-helpers.js";

/** A plugin that lets "plugin-friend" do anything and has no opinion about anyone else. */
const GENEROUS_PLUGIN = `
export default {
  name: "generous",
  permissionAllowed({ actor }) {
    return actor?.id === "plugin-friend" ? true : undefined;
  },
};
`;

/**
 * "meta-friend" writes through permissions: blocks. (A block that names only meta-friend would also
 * outrank root's instance-wide allow, as in Datasette, so root gets a server without one.)
 */
const METADATA = {
  permissions: {
    "create-table": { id: "meta-friend" },
    "insert-row": { id: "meta-friend" },
    "drop-table": { id: "meta-friend" },
  },
};

/** The data.db write fixture, served with --root, plus the plugin or the metadata above. */
async function serverFor(actorId: string): Promise<WriteFixture & { cleanup(): Promise<void> }> {
  const siteDir = await mkdtemp(path.join(tmpdir(), "dx-restrictions-"));
  const options: Parameters<typeof writeFixture>[0] = {};
  if (actorId === "plugin-friend") {
    await writeFile(path.join(siteDir, "generous.mjs"), GENEROUS_PLUGIN);
    options.pluginsDir = siteDir;
  } else if (actorId === "meta-friend") {
    await writeFile(path.join(siteDir, "metadata.json"), JSON.stringify(METADATA));
    options.metadata = path.join(siteDir, "metadata.json");
  }
  const fixture = await writeFixture(options);
  const conn = new BetterSqlite3(fixture.dataPath);
  conn.exec("create table other (id integer primary key)");
  conn.close();
  return Object.assign(fixture, {
    async cleanup() {
      await fixture.close();
      await rm(siteDir, { recursive: true, force: true });
    },
  });
}

let fx: Awaited<ReturnType<typeof serverFor>>;
const get = (pathname: string, token: string) =>
  fx.server.get(pathname, { headers: { authorization: `Bearer ${token}` } });

describe.each(["root", "plugin-friend", "meta-friend"])("a token for %s", (actorId) => {
  beforeAll(async () => {
    fx = await serverFor(actorId);
  });
  afterAll(() => fx.cleanup());
  const onlyInsertDocs = { resource: { data: { docs: ["insert-row"] } } };

  test("may do what the actor may when it is unrestricted", async () => {
    const table = "free";
    const created = await fx.post("data/-/create", { table, columns: [{ name: "a" }] }, fx.token(actorId));
    expect(created.status).toBe(201);
    expect((await fx.post(`data/${table}/-/drop`, { confirm: true }, fx.token(actorId))).status).toBe(200);
  });

  test("restricted to insert-row on data/docs inserts there", async () => {
    const token = fx.token(actorId, onlyInsertDocs);
    const { status, json } = await fx.post("data/docs/-/insert", { row: { title: actorId } }, token);
    expect(status).toBe(201);
    expect(json.ok).toBe(true);
  });

  test("restricted to insert-row on data/docs is refused everything else", async () => {
    const token = fx.token(actorId, onlyInsertDocs);
    const refused = [
      await fx.post("data/other/-/insert", { row: { id: 1 } }, token),
      await fx.post("data/-/create", { table: "nope", columns: [{ name: "a" }] }, token),
      await fx.post("data/docs/-/drop", { confirm: true }, token),
    ];
    for (const result of refused)
      expect(result).toEqual({ status: 403, json: errorBody(["Permission denied"], 403) });
    expect(fx.query("select name from sqlite_master where name in ('nope')")).toEqual([]);
    expect(fx.query("select count(*) n from sqlite_master where name = 'docs'")).toEqual([{ n: 1 }]);
  });
});

describe("reading with a restricted token", () => {
  beforeAll(async () => {
    fx = await serverFor("root");
  });
  afterAll(() => fx.cleanup());

  test("view-table on one table reaches that table only, not its database's page or its SQL", async () => {
    // As in Datasette 1.0: naming a table implies neither view-database nor execute-sql.
    const token = fx.token("alice", { resource: { data: { docs: ["view-table"] } } });
    expect((await get("data/docs.json", token)).status).toBe(200);
    expect((await get("data/other.json", token)).status).toBe(403);
    expect((await get("data.json", token)).status).toBe(403);
    expect((await get("data/-/query.json?sql=select+1", token)).status).toBe(403);
  });

  test("execute-sql needs view-database listed too", async () => {
    const sqlOnly = fx.token("alice", { database: { data: ["execute-sql"] } });
    expect((await get("data/-/query.json?sql=select+1", sqlOnly)).status).toBe(403);
    const both = fx.token("alice", { database: { data: ["execute-sql", "view-database"] } });
    const response = await get("data/-/query.json?sql=select+1+as+one", both);
    expect(response.status).toBe(200);
    expect((await response.json()).rows).toEqual([{ one: 1 }]);
  });
});
