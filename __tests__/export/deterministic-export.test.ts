/**
 * An export gives the same bytes for the same input: the same pages exported twice, the second time with
 * the machine's cores kept busy by other processes, match file for file, byte for byte. Counts, facets
 * and suggestions (cut at a time limit on a live server), timings in JSON and per-request tokens are
 * where they used to differ.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readFiles } from "../action/tree.js";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { bootServer } from "../../src/export/boot-server.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import { FIXTURES_DB } from "../helpers/server.js";

const PATHS = [
  "/",
  "/.json",
  "/fixtures",
  "/fixtures.json",
  "/fixtures/facetable",
  "/fixtures/facetable?_facet=state&_facet=_city_id&_facet_array=tags",
  "/fixtures/facetable.json?_facet=state&_extra=facet_results,suggested_facets,count",
  "/fixtures/compound_three_primary_keys",
  "/fixtures/sortable?_sort_desc=sortable",
  "/fixtures/simple_primary_key/1",
  "/fixtures/simple_primary_key/1.json",
  "/fixtures/roadside_attractions/1",
  "/fixtures/searchable?_search=dog",
];

const tmp = mkdtempSync(path.join(os.tmpdir(), "dx-twice-"));
let browser: Browser;
const busy: ChildProcess[] = [];

beforeAll(async () => {
  copyFileSync(FIXTURES_DB, path.join(tmp, "fixtures.db"));
  browser = await launchBrowser(findBrowser(null));
}, 60_000);

afterAll(async () => {
  for (const child of busy) child.kill("SIGKILL");
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function exportTo(name: string): Promise<string> {
  // A generous limit for the pages' own queries: the second export runs beside a busy process on purpose.
  const server = await loadConfig({
    files: [path.join(tmp, "fixtures.db")],
    settings: [["sql_time_limit_ms", "20000"]],
  });
  const result = await exportSite(
    normaliseExportOptions({
      server,
      output: path.join(tmp, name),
      paths: PATHS,
      // Every page through Chromium: what a browser serialises must not vary either.
      render: "browser",
      progress: "none",
      // A machine shared with other work can be very slow; a page that times out fails the export
      // loudly, which is not what this test is about.
      timeoutMs: 120_000,
    }),
    { boot: bootServer, browser, effects: { log: () => undefined } },
  );
  return result.output;
}

it("writes the same bytes when exported again on a loaded machine", async () => {
  const first = readFiles(await exportTo("first"));
  // A spinning process, so the server, its read processes and Chromium wait for CPU.
  busy.push(spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
  const second = readFiles(await exportTo("second"));
  for (const child of busy.splice(0)) child.kill("SIGKILL");

  expect(first.size).toBeGreaterThan(PATHS.length);
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!));
  const report = differing.map(([file, bytes]) => {
    const a = bytes.toString("utf8");
    const b = second.get(file)!.toString("utf8");
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    return `${file} at ${at}: ${JSON.stringify(a.slice(at - 40, at + 60))} vs ${JSON.stringify(b.slice(at - 40, at + 60))}`;
  });
  expect(report).toEqual([]);
}, 300_000);
