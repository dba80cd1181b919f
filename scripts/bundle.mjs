/**
 * `npm run bundle`: the command line, its read processes and render threads and the plugin API as one
 * esbuild bundle in dist/, every pure-JavaScript dependency inside it. better-sqlite3 (a native addon) and
 * playwright-core (which finds its own files on disk) stay outside. The npm package and the Docker image
 * ship this same folder.
 */
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * A dependency's JSON data (mime-db's types, which koa's mime-types reads whole at start) as JSON.parse of
 * a string: V8 parses JSON faster than the same data as an object literal. Measured, 16 interleaved
 * one-page exports: 610 against 650 ms of CPU (median). Minifying the bundle gained nothing beyond this
 * and would have cost readable stack traces, so it is not minified.
 */
const jsonAsParse = {
  name: "json-as-parse",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.json$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const data = JSON.stringify(JSON.parse(text));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(data)});`, loader: "js" };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: [
    "src/cli.ts",
    "src/db/read-worker.ts",
    "src/db/read-launcher.ts",
    "src/export/render-thread.ts",
    "src/plugins/api.ts",
  ],
  entryNames: "[name]",
  outdir: "dist",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["better-sqlite3", "playwright-core"],
  plugins: [jsonAsParse],
  // CommonJS dependencies inside an ES module bundle still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
  },
  logLevel: "warning",
});
