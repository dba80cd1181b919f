/**
 * Static files up to BUFFERED_FILE_BYTES go out as one Buffer, larger ones as a stream, with the same
 * bytes and headers either way. A stream body makes Koa look at the fetch `Response` global, whose first
 * use loads Node's fetch (~35 ms of an export's time): serving a page's CSS must not. That is seen in a
 * fresh Node process (this one has loaded fetch already), through process.moduleLoadList.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BUFFERED_FILE_BYTES, BUILT_IN_STATIC } from "../../src/server/static-files.js";
import { FIXTURES_DB, startServer, type TestServer } from "../helpers/server.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;
let server: TestServer;
/** Bigger than BUFFERED_FILE_BYTES: streamed. */
let large: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dx-static-buffered-"));
  await mkdir(path.join(dir, "files"));
  large = Buffer.alloc(BUFFERED_FILE_BYTES + 4096, "0123456789abcdef");
  await writeFile(path.join(dir, "files", "large.txt"), large);
  server = await startServer({
    files: [FIXTURES_DB],
    immutable: [],
    static: [`big:${path.join(dir, "files")}`],
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("static files", () => {
  test("small and large ones answer their bytes, length and type; HEAD answers no body", async () => {
    const css = await readFile(path.join(BUILT_IN_STATIC, "app.css"));
    for (const [file, bytes, type] of [
      ["-/static/app.css", css, "text/css; charset=utf-8"],
      ["big/large.txt", large, "text/plain; charset=utf-8"],
    ] as const) {
      const response = await server.get(file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toBe(type);
      expect(response.headers.get("content-length"), file).toBe(String(bytes.length));
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes), file).toBe(true);
      const head = await server.get(file, { method: "HEAD" });
      expect(await head.text(), file).toBe("");
    }
  });

  test("a page's CSS and scripts go out without loading Node's fetch", async () => {
    const script = path.join(dir, "serve-static.mts");
    await writeFile(
      script,
      `import { createServer } from ${JSON.stringify(path.join(root, "src/server/server.ts"))};
       import { loadConfig } from ${JSON.stringify(path.join(root, "src/config/load.ts"))};
       import { InProcessFetcher } from ${JSON.stringify(path.join(root, "src/export/render-in-process.ts"))};
       const fetchLoaded = () => process.moduleLoadList.some((name) => name.includes("undici"));
       const config = await loadConfig({ files: [${JSON.stringify(FIXTURES_DB)}], immutable: [], port: 0 });
       const server = await createServer({ ...config, inThreadReads: true });
       const fetcher = new InProcessFetcher(server.app.callback(), "http://127.0.0.1:1");
       const before = fetchLoaded();
       const sizes = [];
       for (const file of ["app.css", "table.js", "sql-editor.js"])
         sizes.push((await fetcher.get("http://127.0.0.1:1/-/static/" + file, 30000)).body.length);
       console.log(JSON.stringify({ before, after: fetchLoaded(), sizes }));
       await server.close();`,
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: root, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim().split("\n").pop()!) as {
      before: boolean;
      after: boolean;
      sizes: number[];
    };
    const expected = await Promise.all(
      ["app.css", "table.js", "sql-editor.js"].map(
        async (file) => (await readFile(path.join(BUILT_IN_STATIC, file))).length,
      ),
    );
    expect(result).toEqual({ before: false, after: false, sizes: expected });
  });
});
