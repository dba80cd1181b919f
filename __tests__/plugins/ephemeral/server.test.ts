import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DB, fixturesCopy, startServer, type TestServer } from "../../helpers/server.js";
import { ephemeralTables } from "../../../src/plugins/ephemeral/plugin.js";
import { quoteIdentifier } from "../../../src/plugins/ephemeral/tables.js";
import { tildeEncode } from "../../../src/server/tilde.js";

// A 2 s TTL through the real server: real read processes, the real writer, the system clock.
let fixtures: Awaited<ReturnType<typeof fixturesCopy>>;
let server: TestServer;
const ODD = 'odd-name "x" [y]';

const tableUrl = (db: string, table: string, format = "") =>
  `${tildeEncode(db)}/${tildeEncode(table)}${format}`;

beforeAll(async () => {
  fixtures = await fixturesCopy();
  server = await startServer({ files: [fixtures.file], ephemeral: true, ttl: 2, checkInterval: 0.25 });
  // Start the read processes and warm the table view first, so the 2 s that follow a create are spent on it.
  await (await server.get("ephemeral.json")).text();
  await (await server.get("fixtures/facetable.json")).text();
});

afterAll(async () => {
  await server?.close();
  await fixtures?.cleanup();
});

describe("ephemeral tables through the real server", () => {
  it("serves an in-memory `ephemeral` database that the writer can create tables in", async () => {
    await server.server.datasette
      .getDatabase("ephemeral")
      .write((conn) =>
        conn.exec(
          `create table ${quoteIdentifier(ODD)} (id integer); insert into ${quoteIdentifier(ODD)} values (1)`,
        ),
      );
    const response = await server.get(tableUrl("ephemeral", ODD, ".json"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      rows: unknown[];
      expires_at: string;
      expires_in_seconds: number;
    };
    expect(body.rows).toHaveLength(1);
    const left = Date.parse(body.expires_at) - Date.now();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(2_000);
    expect(body.expires_in_seconds).toBeGreaterThanOrEqual(1);
    expect(body.expires_in_seconds).toBeLessThanOrEqual(2);
  });

  it("loads the countdown only on the ephemeral database's table pages", async () => {
    await server.server.datasette
      .getDatabase("ephemeral")
      .write((conn) => conn.exec("create table fresh (id integer)"));
    const page = await (await server.get("ephemeral/fresh")).text();
    expect(page).toContain('<script src="/-/static/ephemeral-countdown.js"></script>');
    expect(page).toMatch(/window\.datasetteEphemeralCountdown\("\d{4}-\d\d-\d\dT[\d:.]+Z"\)/);
    const other = await (await server.get("fixtures/facetable")).text();
    expect(other).not.toContain("ephemeral-countdown.js");
    const json = (await (await server.get("fixtures/facetable.json")).json()) as Record<string, unknown>;
    expect(json).not.toHaveProperty("expires_at");
  });

  it("serves the countdown script", async () => {
    const response = await server.get("-/static/ephemeral-countdown.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await response.text()).toContain("datasetteEphemeralCountdown");
  });

  it("drops the table after its TTL and leaves other databases alone", async () => {
    await server.server.datasette
      .getDatabase("fixtures")
      .write((conn) => conn.exec("create table keep_me (id integer)"));
    const deadline = Date.now() + 6_000;
    let status = 200;
    while (Date.now() < deadline && status === 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await server.get(tableUrl("ephemeral", ODD, ".json"))).status;
    }
    expect(status).toBe(404);
    expect(ephemeralTables(server.server.datasette)!.tracked().size).toBe(0);
    expect((await server.get("fixtures/keep_me.json")).status).toBe(200);
    expect((await server.get("fixtures/facetable.json")).status).toBe(200);
  });

  it("stops the sweep when the server closes", async () => {
    const second = await startServer({ files: [], ephemeral: true, ttl: 60, checkInterval: 1 });
    const tables = ephemeralTables(second.server.datasette)!;
    expect(tables.running).toBe(true);
    await second.close();
    expect(tables.running).toBe(false);
  });
});

describe("ephemeral tables configured in metadata", () => {
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
      await configured.server.datasette
        .getDatabase("scratch")
        .write((conn) => conn.exec("create table notes (id integer)"));
      const body = (await (await configured.get("scratch/notes.json")).json()) as {
        expires_in_seconds: number;
      };
      expect(body.expires_in_seconds).toBeGreaterThan(80);
      expect(body.expires_in_seconds).toBeLessThanOrEqual(90);
    } finally {
      await configured.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("ephemeral tables refuse to touch a file", () => {
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
