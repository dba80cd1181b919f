/**
 * The export's ledger (src/export/ledger.ts): the bookkeeping of an export, in memory and then, past a
 * number of entries, in a SQLite file of its staging folder. Each check runs three ways — in memory only,
 * moving to the file midway, in the file from the start — against the plain Maps and Sets the ledger
 * answers like, at sizes past its batches, its recent-key sets and its listing pages; and where its file
 * goes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Ledger, LEDGER_FILE, SPILL_AT } from "../../src/export/ledger.js";
import { checkLinks, shardLinksJson } from "../../src/export/link-check.js";
import { FileConflictError, StagedOutput } from "../../src/export/write.js";
import { OUTPUT_MARKER } from "../../src/export/output-guard.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "export-ledger-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** How each check runs: entries in memory before the ledger moves to its file. */
const STATES = [
  ["in memory", SPILL_AT],
  ["moving to its file midway", 1_000],
  ["in its file from the start", 0],
] as const;

/** A ledger in a folder of its own; closed (and its file removed) by the caller. */
function open(spillAt: number): Ledger {
  return Ledger.open(mkdtempSync(path.join(dir, "l-")), spillAt);
}

/** The broken-link check as it was before the ledger: a Map of first linkers and a Set of written files. */
function checkInMemory(links: Map<string, string>, written: Set<string>) {
  const result = { brokenLinks: [] as { from: string; href: string }[], unexportedVariants: 0 };
  for (const [file, from] of links) {
    if (written.has(file) || written.has(file.replace(/\.html$/, "/index.html"))) continue;
    if (file.includes("@") || /\.(json|csv)$/.test(file)) result.unexportedVariants++;
    else result.brokenLinks.push({ from, href: file });
  }
  return result;
}

describe.each(STATES)("the ledger %s", (_state, spillAt) => {
  const ledger = () => open(spillAt);
  it("is in memory until it holds spillAt entries, then in its file", () => {
    const l = ledger();
    try {
      for (let i = 0; i < Math.min(spillAt, 5_000) - 1; i++) l.see(`p:/${i}`);
      expect(l.inMemory).toBe(spillAt > 1);
      l.link("x.html", "/");
      expect(l.inMemory).toBe(spillAt > 5_000);
    } finally {
      l.close();
    }
  });

  describe("the ledger's broken-link check", () => {
    it("finds every broken link of 12,000 pages, links to pages written later included, as the Maps did", () => {
      const l = ledger();
      try {
        const links = new Map<string, string>();
        const written = new Set<string>();
        const link = (file: string, from: string) => {
          if (!links.has(file)) links.set(file, from);
          l.link(file, from);
        };
        const write = (file: string, from: string) => {
          written.add(file);
          l.recordWritten(file, from);
        };
        const N = 12_000;
        // A fixed pseudo-random sequence: the same graph every run.
        let seed = 7;
        const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
        for (let i = 0; i < N; i++) {
          const from = `/t/${i}`;
          link("index.html", from); // every page: answered by the recent keys
          link(`t/${i + 1}.html`, from); // the next page, written only after this one
          link(`t/${random(2 * N)}.html`, from); // half of these are never written
          link(`t/${i}.json`, from); // a format variant, never written
          if (i % 7 === 0) link(`t/${i}@_sort=name.html`, from);
          if (i % 11 === 0) link(`f/${i}.html`, from); // written as a folder's index.html
          write(i % 11 === 0 ? `f/${i}/index.html` : `t/${i}.html`, from);
          if (i % 11 === 0) write(`t/${i}.html`, from);
        }
        write("index.html", "/");
        const expected = checkInMemory(links, written);
        expect(expected.brokenLinks.length).toBeGreaterThan(4_000);
        // The next page of the last page was never written; every other next page was, after its link.
        const broken = new Set(expected.brokenLinks.map((b) => b.href));
        expect(broken.has(`t/${N}.html`)).toBe(true);
        expect(broken.has(`t/${N - 1}.html`) || broken.has("t/1.html")).toBe(false);
        expect(checkLinks(l)).toEqual(expected);
        expect([...l.links()]).toEqual([...links]);
        expect(l.files).toBe(written.size);
      } finally {
        l.close();
      }
    });

    it("leaves the same links file for a shard's merge as JSON.stringify of the Map", () => {
      const l = ledger();
      try {
        expect([...shardLinksJson(l)].join("")).toBe("[]");
        const links = new Map<string, string>();
        for (let i = 0; i < 2_500; i++) {
          const file = i % 3 ? `p/${i % 1_200}.html` : `q "${i}".html`;
          if (!links.has(file)) links.set(file, `/p/${i}`);
          l.link(file, `/p/${i}`);
        }
        expect([...shardLinksJson(l)].join("")).toBe(JSON.stringify([...links]));
      } finally {
        l.close();
      }
    });
  });

  describe("the ledger's other records", () => {
    it("says a key is new once, however many keys came between", () => {
      const l = ledger();
      try {
        for (let i = 0; i < 3_000; i++) expect(l.see(`p:/${i}`)).toBe(true);
        for (let i = 0; i < 3_000; i += 97) {
          expect(l.see(`p:/${i}`)).toBe(false);
          expect(l.hasSeen(`p:/${i}`)).toBe(true);
        }
        expect(l.hasSeen("a:/0")).toBe(false);
      } finally {
        l.close();
      }
    });

    it("lists written files in code-point order (UTF-8's, not JavaScript's)", () => {
      const l = ledger();
      try {
        // U+FF01 sorts after an emoji in UTF-16 (surrogates are D800–DFFF) but before it in UTF-8.
        const files = ["\uff01.html", "\u{1f600}.html", "a.html", "z/\u00e9.html", "Z.html"];
        for (let i = 0; i < 1_500; i++) files.push(`t/${(i * 7) % 1_300}.html`);
        for (const file of files) l.recordWritten(file, "/");
        const utf8 = [...new Set(files)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        expect([...l.writtenFiles()]).toEqual(utf8);
        expect(utf8.indexOf("\uff01.html")).toBeLessThan(utf8.indexOf("\u{1f600}.html"));
      } finally {
        l.close();
      }
    });

    it("lists sitemap URLs once each, in JavaScript's sort order (not UTF-8's)", () => {
      const l = ledger();
      try {
        // U+FF01 sorts after an emoji in UTF-16 (surrogates are D800–DFFF) but before it in UTF-8.
        const locs = ["https://x/\uff01", "https://x/\u{1f600}", "https://x/a&b", "https://x/"];
        for (let i = 0; i < 2_300; i++) locs.push(`https://x/t/${(i * 7) % 2_000}.html`);
        for (const loc of locs) l.addSitemapUrl(loc);
        expect([...l.sitemapUrls()]).toEqual([...new Set(locs)].sort());
      } finally {
        l.close();
      }
    });
  });
});

describe("the ledger's file", () => {
  it("is in the staging folder while the export runs, and in neither output nor staging after", async () => {
    const out = await StagedOutput.create(path.join(dir, "site"));
    expect(existsSync(path.join(out.staging, LEDGER_FILE))).toBe(true);
    await out.write("a.html", "<p>a</p>", "/a");
    await out.write("a.html", "<p>a</p>", "/a");
    expect(out.files).toBe(1);
    expect(out.has("a.html")).toBe(true);
    await out.commit();
    expect(readdirSync(path.join(dir, "site")).sort()).toEqual([OUTPUT_MARKER, "a.html"]);
    expect(existsSync(out.staging)).toBe(false);
  });

  it("goes with the staging folder when an export is aborted, awaited or from a signal handler", async () => {
    for (const abort of [(o: StagedOutput) => o.abort(), (o: StagedOutput) => o.abortSync()]) {
      const out = await StagedOutput.create(path.join(dir, "aborted"));
      await out.write("b.html", "<p>b</p>", "/b");
      await abort(out);
      expect(existsSync(out.staging)).toBe(false);
      expect(existsSync(path.join(dir, "aborted"))).toBe(false);
    }
  });

  it("keeps the rules of a file written twice: the same source skips, a page wins over an asset", async () => {
    const out = await StagedOutput.create(path.join(dir, "twice"));
    try {
      expect(await out.write("a.html", "<p>a</p>", "/a")).toBe(true);
      expect(await out.write("a.html", "<p>a</p>", "/a")).toBe(false);
      await expect(out.write("a.html", "<p>b</p>", "/b")).rejects.toThrow(FileConflictError);
      expect(await out.write("x.css", "a{}", "asset", true)).toBe(true);
      expect(await out.write("x.css", "a{}", "asset", true)).toBe(false);
      expect(await out.write("x.css", "b{}", "/x.css")).toBe(true);
      expect(await out.write("x.css", "a{}", "asset", true)).toBe(false);
      expect(out.ledger.writtenBy("x.css")).toBe("/x.css");
      expect(out.files).toBe(2);
    } finally {
      await out.abort();
    }
  });

  it("cannot be overwritten by a page (an SQL `output` column naming it)", async () => {
    const out = await StagedOutput.create(path.join(dir, "clash"));
    try {
      await expect(out.write(LEDGER_FILE, "x", "/x")).rejects.toThrow(/the export's own file/);
      expect(out.has("a.html")).toBe(false);
      await out.write("a.html", "<p>a</p>", "/a");
      expect(out.has("a.html")).toBe(true);
    } finally {
      await out.abort();
    }
  });
});
