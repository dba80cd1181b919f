/**
 * docs/plugins.md's worked port (datasette-render-markdown's render_cell) runs as written: its plugin
 * and its datasette.yml are read out of the document, served by the real server.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server.js";

/** The first fenced block of `lang` after `marker` in the document. */
function blockAfter(doc: string, marker: string, lang: string): string {
  const at = doc.indexOf(marker);
  expect(at, `docs/plugins.md mentions ${marker}`).toBeGreaterThan(-1);
  const open = doc.indexOf("```" + lang + "\n", at);
  const close = doc.indexOf("\n```", open + 1);
  return doc.slice(open + lang.length + 4, close + 1);
}

let dir: string;
let server: TestServer;

beforeAll(async () => {
  const doc = await readFile(path.resolve("docs/plugins.md"), "utf8");
  dir = await mkdtemp(path.join(tmpdir(), "dx-docs-port-"));
  await mkdir(path.join(dir, "plugins"));
  await writeFile(
    path.join(dir, "plugins", "render-markdown.mjs"),
    blockAfter(doc, "Ported (`plugins/render-markdown.mjs`)", "js"),
  );
  await writeFile(
    path.join(dir, "datasette.yml"),
    blockAfter(doc, "with the same configuration in `datasette.yml`", "yaml"),
  );
  const db = new Database(path.join(dir, "posts.db"));
  db.exec("create table posts (id integer primary key, body text, notes_markdown text, other text)");
  db.prepare("insert into posts values (1, ?, ?, ?)").run(
    "```python\ndef f():\n    pass\n```",
    "*noted*",
    "*not markdown*",
  );
  db.close();
  server = await startServer({ files: [dir] });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the worked port in docs/plugins.md", () => {
  it("renders configured columns and *_markdown columns, and leaves the others alone", async () => {
    const res = await server.get("posts/posts");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(
      '<div class="codehilite"><pre><span></span><code><span class="k">def</span> <span class="nf">f</span>',
    );
    expect(html).toContain("<em>noted</em>");
    expect(html).toContain("*not markdown*");
  });
});
