/**
 * `node browser/build.mjs`: bundles the browser code that needs npm packages (the CodeMirror SQL editor)
 * into static/, where the server serves it. Run by `npm run build`; the bundle is not committed.
 */
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..") + path.sep;
await build({
  entryPoints: [`${root}browser/sql-editor.js`],
  outfile: `${root}static/sql-editor.js`,
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "linked",
  logLevel: "warning",
});
