/**
 * Run by journal-mode.test.ts as another user (setpriv): opens the databases named on the command line
 * as `serve` does, reads, tries a write, and prints what happened as one JSON line.
 */
import { openDatabases } from "../../src/db/registry.js";
import { testConfig, fileSpec } from "./helpers.js";

const [file] = process.argv.slice(2);
try {
  const registry = await openDatabases(testConfig([fileSpec(file!)]));
  const db = [...registry.databases.values()][0]!;
  const read = (await db.execute("select count(*) from sqlite_master")).rows[0]![0];
  const write = await db
    .write((conn) => conn.exec("create table never (id integer)"))
    .then(
      () => "written",
      (error: Error) => `${error.name}: ${error.message}`,
    );
  await registry.close();
  console.log(JSON.stringify({ read, write }));
} catch (error) {
  console.log(JSON.stringify({ open: (error as Error).message }));
}
