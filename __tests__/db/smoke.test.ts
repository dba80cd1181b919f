import { test, expect } from "vitest";
import { openDatabases } from "../../src/db/registry.js";
import { tempDir, fileSpec, testConfig } from "./helpers.js";
test("smoke", async () => {
  const t = tempDir();
  const reg = await openDatabases(testConfig([fileSpec(t.copyFixtures())]));
  const t0 = Date.now();
  await reg.ready();
  console.log("ready in", Date.now() - t0, JSON.stringify(process.execArgv));
  const db = reg.databases.get("fixtures")!;
  const r = await db.execute("select * from facetable limit 3");
  console.log(r.columns, r.rows[0]);
  const s = await db.schema();
  console.log(s.tables.map(t => `${t.name}${t.hidden ? "(h)" : ""} pk=${t.primaryKeys} fts=${t.ftsTable} label=${t.labelColumn}`).join("\n"));
  await reg.close();
  t.remove();
});
