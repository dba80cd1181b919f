import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { startServer, fixturesCopy, type TestServer } from "../helpers/server.js";

let fixtures: Awaited<ReturnType<typeof fixturesCopy>>;
let server: TestServer;
let stored: Buffer;

beforeAll(async () => {
  fixtures = await fixturesCopy();
  const db = new Database(fixtures.file, { readonly: true });
  stored = (db.prepare("select data from binary_data where rowid = 1").get() as { data: Buffer }).data;
  db.close();
  server = await startServer({ files: [fixtures.file] });
});

afterAll(async () => {
  await server.close();
  await fixtures.cleanup();
});

describe(".blob downloads (Datasette's blob renderer)", () => {
  it("serves a row's BLOB column as an attachment, byte for byte", async () => {
    const res = await server.get("fixtures/binary_data/1.blob?_blob_column=data");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/binary");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="binary_data-1-data.blob"');
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer()).equals(stored)).toBe(true);
  });

  it("picks the row by _blob_hash and refuses a hash that matches nothing", async () => {
    const hash = createHash("sha256").update(stored).digest("hex");
    const ok = await server.get(`fixtures/binary_data.blob?_blob_column=data&_blob_hash=${hash}`);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(stored)).toBe(true);
    const stale = await server.get(
      `fixtures/binary_data.blob?_blob_column=data&_blob_hash=${"0".repeat(64)}`,
    );
    expect(stale.status).toBe(400);
  });

  it("needs _blob_column, naming a real column", async () => {
    expect((await server.get("fixtures/binary_data/1.blob")).status).toBe(400);
    const bad = await server.get("fixtures/binary_data/1.blob?_blob_column=nope");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("nope is not a valid column");
  });
});
