/**
 * Run by export-http.test.ts and staging.test.ts as a child process: starts an export that never
 * finishes, to be interrupted. `interrupt-child.ts OUTPUT [http|browser]`: over HTTP the last page never
 * answers; in the browser it never finishes loading (Chromium is busy when the signal comes).
 */
import { createFixture } from "./fixture-server.js";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";

const output = process.argv[2]!;
const browser = process.argv[3] === "browser";
const f = createFixture("/repo/");
await exportSite(
  normaliseExportOptions({
    server: f.config,
    output,
    render: browser ? "browser" : "http",
    paths: browser ? ["/plain", "/hang"] : ["/plain", "/-/never-answers"],
    timeoutMs: 600_000,
    progress: "none",
  }),
  f.deps,
);
