import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DB, fixturesCopy, startServer, type TestServer } from "../../helpers/server.js";
import { ephemeralTables } from "../../../src/plugins/ephemeral/plugin.js";
import { quoteIdentifier } from "../../../src/plugins/ephemeral/tables.js";
import { tildeEncode } from "../../../src/server/tilde.js";

// Ephemeral tables through the real server: real read processes, the real writer, the system clock.
// Timing assertions are bounds measured around each step, so a loaded machine slows them but cannot
// make them lie.
let fixtures: Awaited<ReturnType<typeof fixturesCopy>>;
let short: TestServer;
let long: TestServer;
const ODD = 'odd-name "x" [y]';
const LONG_TTL = 120;

const tableUrl = (db: string, table: string, format = "") =>
  `${tildeEncode(db)}/${tildeEncode(table)}${format}`;

const create = (server: TestServer, table: string, db = "ephemeral") =>
  server.server.datasette
    .getDatabase(db)
    .write((conn) =>
      conn.exec(
        `create table ${quoteIdentifier(table)} (id integer); insert into ${quoteIdentifier(table)} values (1)`,
      ),
    );

const exists = (server: TestServer, table: string) =>
  server.server.datasette
    .getDatabase("ephemeral")
    .write(
      (conn) =>
        conn.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table) !==
        undefined,
    );

beforeAll(async () => {
  fixtures = await fixturesCopy();
  short = await startServer({ files: [fixtures.file], ephemeral: true, ttl: 2, checkInterval: 0.25 });
  long = await startServer({ files: [], ephemeral: true, ttl: LONG_TTL, checkInterval: 1 });
  // The first request of a server starts its read processes: pay for that before anything is timed.
  await Promise.all(
    [short.get("fixtures/facetable.json"), long.get("ephemeral.json")].map(async (r) => (await r).text()),
  );
});

afterAll(async () => {
  await short?.close();
  await long?.close();
  await fixtures?.cleanup();
});

describe("ephemeral tables through the real server", { timeout: 90_000 }, () => {
  it("adds expires_at and expires_in_seconds to the table JSON", async () => {
    const before = Date.now();
    await create(long, ODD);
    const response = await long.get(tableUrl("ephemeral", ODD, ".json"));
    const after = Date.now();
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      rows: unknown[];
      expires_at: string;
      expires_in_seconds: number;
    };
    expect(body.rows).toHaveLength(1);
    const expires = Date.parse(body.expires_at);
    expect(expires).toBeGreaterThanOrEqual(before + LONG_TTL * 1000);
    expect(expires).toBeLessThanOrEqual(after + LONG_TTL * 1000);
    expect(body.expires_in_seconds).toBeGreaterThan(0);
    expect(body.expires_in_seconds).toBeLessThanOrEqual(LONG_TTL);
    expect(body.expires_in_seconds).toBeGreaterThanOrEqual(Math.floor((expires - Date.now()) / 1000));
  });

  it("loads the countdown only on the ephemeral database's table pages", async () => {
    await create(long, "fresh");
    const page = await (await long.get("ephemeral/fresh")).text();
    expect(page).toContain('<script src="/-/static/ephemeral-countdown.js"></script>');
    expect(page).toMatch(/window\.datasetteEphemeralCountdown\("\d{4}-\d\d-\d\dT[\d:.]+Z"\)/);
    const other = await (await short.get("fixtures/facetable")).text();
    expect(other).not.toContain("ephemeral-countdown.js");
    const json = (await (await short.get("fixtures/facetable.json")).json()) as Record<string, unknown>;
    expect(json).not.toHaveProperty("expires_at");
  });

  it("serves the countdown script", async () => {
    const response = await long.get("-/static/ephemeral-countdown.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await response.text()).toContain("datasetteEphemeralCountdown");
  });

  it("drops a table 2 s after it was first seen, not before, and leaves other databases alone", async () => {
    await create(short, "keep_me", "fixtures");
    const created = Date.now();
    await create(short, ODD);
    let gone: number | null = null;
    while (gone === null && Date.now() - created < 20_000) {
      if (!(await exists(short, ODD))) gone = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(gone).not.toBeNull();
    expect(gone! - created).toBeGreaterThanOrEqual(2_000);
    expect((await short.get(tableUrl("ephemeral", ODD, ".json"))).status).toBe(404);
    expect(ephemeralTables(short.server.datasette)!.tracked().has(ODD)).toBe(false);
    expect((await short.get("fixtures/keep_me.json")).status).toBe(200);
    expect((await short.get("fixtures/facetable.json")).status).toBe(200);
  });

  it("stops the sweep when the server closes", async () => {
    const second = await startServer({ files: [], ephemeral: true, ttl: 60, checkInterval: 1 });
    const tables = ephemeralTables(second.server.datasette)!;
    expect(tables.running).toBe(true);
    await second.close();
    expect(tables.running).toBe(false);
  });
});

describe("ephemeral tables configured in metadata", { timeout: 90_000 }, () => {
  it("use the database name and TTL from plugins: datasette-ephemeral-tables", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dx-ephemeral-meta-"));
    const metadata = path.join(dir, "metadata.json");
    await writeFile(
      metadata,
      JSON.stringify({
        plugins: { "datasette-ephemeral-tables": { database: "scratch", table_ttl: 90, check_interval: 5 } },
      }),
    );
    const configured = await startServer({ files: [], metadata });
    try {
      const before = Date.now();
      await create(configured, "notes", "scratch");
      const body = (await (await configured.get("scratch/notes.json")).json()) as { expires_at: string };
      const expires = Date.parse(body.expires_at);
      expect(expires).toBeGreaterThanOrEqual(before + 90_000);
      expect(expires).toBeLessThanOrEqual(Date.now() + 90_000);
    } finally {
      await configured.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("ephemeral tables refuse to touch a file", { timeout: 90_000 }, () => {
  it("stops startup when the ephemeral database is a file on disk", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dx-ephemeral-file-"));
    try {
      const file = path.join(dir, "ephemeral.db");
      await copyFile(FIXTURES_DB, file);
      await expect(startServer({ files: [file], ephemeral: true })).rejects.toThrow(
        /Plugin datasette-export\.ephemeral-tables failed in startup: "ephemeral" must be an in-memory, writable database/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
