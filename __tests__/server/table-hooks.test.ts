import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fixturesCopy, startServer, type TestServer } from "../helpers/server.js";

// The table page calls tableExtras (merged into JSON and the template context) and renderCell (HTML cells),
// the hooks ephemeral tables and cell-rendering plugins rely on.
let server: TestServer;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const fx = await fixturesCopy();
  cleanup = fx.cleanup;
  const plugin = path.join(fx.dir, "plugin.mjs");
  await writeFile(
    plugin,
    `export default {
      name: "test-table-hooks",
      tableExtras: ({ table }) => (table === "simple_primary_key" ? { expires_at: "2030-01-01T00:00:00Z" } : null),
      renderCell: ({ value }) => (value === "RENDER_CELL_DEMO" ? "<b>rendered by plugin</b>" : null),
    };`,
  );
  server = await startServer({ files: [fx.file], plugins: [plugin] });
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

describe("table page plugin hooks", () => {
  it("merges tableExtras results into the table JSON", async () => {
    const body = await (await server.get("fixtures/simple_primary_key.json")).json();
    expect(body.expires_at).toBe("2030-01-01T00:00:00Z");
    const other = await (await server.get("fixtures/facetable.json?_size=1")).json();
    expect(other).not.toHaveProperty("expires_at");
  });

  it("lets renderCell replace a cell's HTML", async () => {
    const html = await (await server.get("fixtures/simple_primary_key")).text();
    expect(html).toContain("<b>rendered by plugin</b>");
    expect(html).not.toContain(">RENDER_CELL_DEMO<");
  });
});
