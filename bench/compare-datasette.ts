/**
 * `npx tsx bench/compare-datasette.ts [--json FILE] [--ours CHECKOUT] [--verbose]`: renders the same default pages in Chromium
 * from real Datasette 1.0a37 (the "peer", built by ../shared/peer/setup.sh) and from our server (dist/,
 * so `npm run build` first), both serving a fresh copy of Datasette's fixtures.db, and prints per page:
 *
 * - the Jaccard similarity of the sets of element classes and ids in the rendered DOM (after scripts ran;
 *   light DOM only, as a user's CSS sees it), and which tokens only one side has;
 * - whether the `<title>`, the h1–h3 headings (in order) and the set of same-site links (path + query,
 *   ports stripped) are equal.
 *
 * `--ours CHECKOUT` serves another built checkout of this project instead (to measure a baseline).
 *
 * Development only: tests and CI never need the peer. It is looked for at $DATASETTE_PEER
 * (a `datasette` executable), else ~/.cache/datasette-peer/bin/datasette; the fixtures at
 * $DATASETTE_FIXTURES (a folder with fixtures.db, fixtures-metadata.json, fixtures-config.json), else
 * ../shared/datasette-fixtures beside the checkout.
 */
import { spawn, type ChildProcess } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { findBrowser, launchBrowser } from "../src/export/browser.js";

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const oursAt = process.argv.indexOf("--ours");
const repo = oursAt > 0 ? path.resolve(process.argv[oursAt + 1]!) : here;
const peerBin = process.env.DATASETTE_PEER ?? path.join(homedir(), ".cache/datasette-peer/bin/datasette");
const fixturesDir = process.env.DATASETTE_FIXTURES ?? findUp("shared/datasette-fixtures");

/** The pages compared: the default page types a Datasette user meets most. */
export const PAGES: Record<string, string> = {
  index: "/",
  database: "/fixtures",
  table: "/fixtures/sortable",
  facets: "/fixtures/facetable?_facet=state&_facet=_city_id",
  row: "/fixtures/simple_primary_key/1",
  query: "/fixtures/-/query?sql=select+id%2C+content+from+simple_primary_key",
  canned: "/fixtures/neighborhood_search?text=town",
  search: "/fixtures/searchable?_search=dog",
  "not found": "/fixtures/no_such_table",
  schema: "/fixtures/-/schema",
  "table schema": "/fixtures/facetable/-/schema",
};

interface Snapshot {
  status: number;
  tokens: Set<string>;
  title: string;
  headings: string[];
  links: Set<string>;
}

function findUp(rel: string): string {
  let dir = here;
  while (dir !== path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, rel);
    dir = path.dirname(dir);
  }
  return path.join(here, "..", rel);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url}: server did not start`);
}

async function start(
  cmd: string,
  args: string[],
  port: number,
  env: NodeJS.ProcessEnv,
): Promise<ChildProcess> {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`http://127.0.0.1:${port}/`, child);
  return child;
}

async function snapshot(page: Page, url: string): Promise<Snapshot> {
  const response = await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(300); // deferred scripts (column menus, SQL editor) finish building the DOM
  const data = await page.evaluate(() => {
    const tokens: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const c of Array.from(el.classList)) tokens.push(`.${c}`);
      if (el.id) tokens.push(`#${el.id}`);
    }
    const headings = Array.from(document.querySelectorAll("h1, h2, h3")).map(
      (h) => `${h.tagName.toLowerCase()} ${(h.textContent ?? "").replace(/\s+/g, " ").trim()}`,
    );
    const links = Array.from(document.querySelectorAll("a[href]"))
      .map((a) => new URL((a as HTMLAnchorElement).href))
      .filter((u) => u.hostname === location.hostname)
      .map((u) => u.pathname + u.search);
    return { tokens, title: document.title.replace(/\s+/g, " ").trim(), headings, links };
  });
  return {
    status: response?.status() ?? 0,
    tokens: new Set(data.tokens),
    title: data.title,
    headings: data.headings,
    links: new Set(data.links),
  };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / union.size;
}

function only(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => !b.has(x)).sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
  const verbose = args.includes("--verbose");
  if (!existsSync(peerBin)) {
    console.error(`No Datasette peer at ${peerBin}: build it with ../shared/peer/setup.sh (see its README).`);
    process.exit(2);
  }
  if (!existsSync(path.join(repo, "dist/cli.js"))) {
    console.error("dist/cli.js missing: run `npm run build` first.");
    process.exit(2);
  }
  const work = mkdtempSync(path.join(tmpdir(), "compare-datasette-"));
  const children: ChildProcess[] = [];
  try {
    for (const side of ["peer", "ours"]) {
      const dir = path.join(work, side);
      // Both serve a file named fixtures.db, so the database is called `fixtures` on both sides.
      mkdirSync(dir);
      copyFileSync(path.join(fixturesDir, "fixtures.db"), path.join(dir, "fixtures.db"));
    }
    const metadata = path.join(fixturesDir, "fixtures-metadata.json");
    const config = path.join(fixturesDir, "fixtures-config.json");
    const [peerPort, ourPort] = [await freePort(), await freePort()];
    children.push(
      await start(
        peerBin,
        ["serve", path.join(work, "peer/fixtures.db"), "-m", metadata, "-c", config, "-p", String(peerPort)],
        peerPort,
        { DATASETTE_LOAD_PLUGINS: "" },
      ),
    );
    // Until we read datasette.yml/json (-c), our canned queries come from a metadata file that has both.
    const ourArgs = ["serve", path.join(work, "ours/fixtures.db"), "-p", String(ourPort)];
    const help = await new Promise<string>((resolve) => {
      const c = spawn(process.execPath, [path.join(repo, "dist/cli.js"), "serve", "--help"]);
      let out = "";
      c.stdout.on("data", (d: Buffer) => (out += d.toString()));
      c.on("close", () => resolve(out));
    });
    if (/--config\b/.test(help)) ourArgs.push("-m", metadata, "-c", config);
    else {
      const merged = path.join(work, "metadata-with-queries.json");
      const meta = JSON.parse(readFileSync(metadata, "utf8"));
      const conf = JSON.parse(readFileSync(config, "utf8"));
      meta.databases.fixtures.queries = conf.databases.fixtures.queries;
      writeFileSync(merged, JSON.stringify(meta));
      ourArgs.push("-m", merged);
    }
    children.push(await start(process.execPath, [path.join(repo, "dist/cli.js"), ...ourArgs], ourPort, {}));

    const browser = await launchBrowser(findBrowser(null));
    const rows: Record<string, unknown>[] = [];
    let sum = 0;
    const matches = { title: 0, headings: 0, links: 0 };
    try {
      for (const [name, url] of Object.entries(PAGES)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const peer = await snapshot(page, `http://127.0.0.1:${peerPort}${url}`);
        const ours = await snapshot(page, `http://127.0.0.1:${ourPort}${url}`);
        await context.close();
        const j = jaccard(peer.tokens, ours.tokens);
        sum += j;
        const title = peer.title === ours.title;
        const headings = JSON.stringify(peer.headings) === JSON.stringify(ours.headings);
        const links = jaccard(peer.links, ours.links) === 1;
        matches.title += Number(title);
        matches.headings += Number(headings);
        matches.links += Number(links);
        rows.push({
          page: name,
          url,
          status: `${peer.status}/${ours.status}`,
          jaccard: Number(j.toFixed(3)),
          title,
          headings,
          links,
          onlyPeer: only(peer.tokens, ours.tokens),
          onlyOurs: only(ours.tokens, peer.tokens),
          ...(verbose || !title ? { titles: [peer.title, ours.title] } : {}),
          ...(verbose || !headings ? { headingsPeer: peer.headings, headingsOurs: ours.headings } : {}),
          ...(verbose || !links
            ? { linksOnlyPeer: only(peer.links, ours.links), linksOnlyOurs: only(ours.links, peer.links) }
            : {}),
        });
      }
    } finally {
      await browser.close();
    }
    const n = Object.keys(PAGES).length;
    console.log("| page | status peer/ours | class/id Jaccard | title | headings | links |");
    console.log("|---|---|---|---|---|---|");
    for (const r of rows) {
      const mark = (b: unknown) => (b ? "same" : "differs");
      console.log(
        `| ${r.page} | ${r.status} | ${r.jaccard} | ${mark(r.title)} | ${mark(r.headings)} | ${mark(r.links)} |`,
      );
    }
    console.log(
      `\nmean Jaccard ${(sum / n).toFixed(3)} over ${n} pages; ` +
        `title ${matches.title}/${n}, headings ${matches.headings}/${n}, links ${matches.links}/${n} equal`,
    );
    if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ mean: sum / n, matches, pages: rows }, null, 2));
  } finally {
    for (const c of children) c.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
