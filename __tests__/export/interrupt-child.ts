/** Run by export-http.test.ts as a child process: starts an export that never finishes, to be interrupted. */
import { createFixture } from "./fixture-server.js";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";

const output = process.argv[2]!;
const f = createFixture("/repo/");
await exportSite(
  normaliseExportOptions({
    server: f.config,
    output,
    render: "http",
    paths: ["/plain", "/-/never-answers"],
    progress: "none",
  }),
  f.deps,
);
