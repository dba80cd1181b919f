/**
 * An export's bookkeeping: the paths already queued, the files written (and from what), every link target
 * with the first page linking to it (for the broken-link check at the end) and the sitemap's URLs.
 *
 * It starts in memory (Sets and Maps: ~1 µs a page, where SQLite statements cost ~15). Past SPILL_AT
 * entries everything moves to a SQLite file inside the staging folder, and the ledger goes on there, so
 * an export of a million pages needs no more memory than one of a few thousand. The file goes when the
 * output is committed or aborted; an export killed outright leaves it in its staging folder, which the
 * next export removes.
 *
 * No journal and no syncing: nothing here must outlive a crash. Writes are batched in transactions of
 * BATCH statements; a read sees the batch not yet committed (same connection). Most link targets of a
 * page (the home page, its table, the stylesheet) repeat those of the page before, so a small set of
 * recently recorded keys answers them without a call into SQLite.
 */
import Database from "better-sqlite3";
import { rmSync } from "node:fs";
import path from "node:path";

/** The ledger's file at the top of the staging folder; no page can be written there (StagedOutput.write). */
export const LEDGER_FILE = ".datasette-export-ledger.db";

/** Statements per transaction. */
const BATCH = 4_096;
/** Keys remembered per recent set before it starts over. */
const RECENT = 1_024;
/** Rows read per query when listing (keyset pages: no statement stays open across an await). */
const PAGE = 1_000;
/** SQLite's page cache for this file, in KiB: the bound on the ledger's memory once in SQLite. */
const CACHE_KIB = 4_096;
/** Entries (keys, written files, links, sitemap URLs) held in memory before the ledger moves to SQLite: ~10 MB. */
export const SPILL_AT = 60_000;

/** The ledger while it is in memory. Maps keep insertion order: links are listed in the order first linked. */
interface InMemory {
  seen: Set<string>;
  written: Map<string, string>;
  links: Map<string, string>;
  sitemap: Set<string>;
}

/** A set that forgets everything once it holds `limit` keys: a bounded cache of keys known present. */
export class RecentKeys {
  private keys = new Set<string>();
  has(key: string): boolean {
    return this.keys.has(key);
  }
  add(key: string): void {
    if (this.keys.size >= RECENT) this.keys = new Set();
    this.keys.add(key);
  }
}

export class Ledger {
  private readonly db: Database.Database;
  /** Null once the ledger has moved to SQLite (or from the start, when spillAt is 0). */
  private memory: InMemory | null;
  private pending = 0;
  private readonly recentSeen = new RecentKeys();
  private readonly recentLinks = new RecentKeys();
  private readonly q;
  /** Files recorded as written. */
  files = 0;

  private constructor(
    readonly file: string,
    private readonly spillAt: number,
  ) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = OFF");
    this.db.pragma("synchronous = OFF");
    this.db.pragma("locking_mode = EXCLUSIVE");
    this.db.pragma(`cache_size = -${CACHE_KIB}`);
    this.db.exec(`
      CREATE TABLE seen (key TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TABLE written (file TEXT PRIMARY KEY, source TEXT NOT NULL) WITHOUT ROWID;
      -- A rowid table: its rowids keep the order targets were first linked, as a Map's keys did.
      CREATE TABLE links (file TEXT NOT NULL UNIQUE, source TEXT NOT NULL);
      -- The URL as UTF-16BE: SQLite compares blobs byte by byte, which is JavaScript's string order.
      CREATE TABLE sitemap (loc BLOB PRIMARY KEY) WITHOUT ROWID;
    `);
    const db = this.db;
    this.q = {
      see: db.prepare("INSERT OR IGNORE INTO seen (key) VALUES (?)"),
      seen: db.prepare("SELECT 1 FROM seen WHERE key = ?").pluck(),
      writtenBy: db.prepare("SELECT source FROM written WHERE file = ?").pluck(),
      addWritten: db.prepare("INSERT OR IGNORE INTO written (file, source) VALUES (?, ?)"),
      setWritten: db.prepare("UPDATE written SET source = ? WHERE file = ?"),
      writtenFiles: db.prepare("SELECT file FROM written WHERE file > ? ORDER BY file LIMIT ?").pluck(),
      link: db.prepare("INSERT OR IGNORE INTO links (file, source) VALUES (?, ?)"),
      links: db.prepare("SELECT rowid, file, source FROM links WHERE rowid > ? ORDER BY rowid LIMIT ?").raw(),
      // Links to files not written, as the broken-link check asks: a.html is also found as a/index.html.
      unwritten: db
        .prepare(
          `SELECT rowid, file, source FROM links
           WHERE rowid > ?
             AND NOT EXISTS (SELECT 1 FROM written WHERE written.file = links.file)
             AND NOT (substr(file, -5) = '.html' AND EXISTS (SELECT 1 FROM written
               WHERE written.file = substr(links.file, 1, length(links.file) - 5) || '/index.html'))
           ORDER BY rowid LIMIT ?`,
        )
        .raw(),
      addLoc: db.prepare("INSERT OR IGNORE INTO sitemap (loc) VALUES (?)"),
      locs: db.prepare("SELECT loc FROM sitemap WHERE loc > ? ORDER BY loc LIMIT ?").pluck(),
    };
    this.db.exec("BEGIN");
    this.memory =
      spillAt > 0 ? { seen: new Set(), written: new Map(), links: new Map(), sitemap: new Set() } : null;
  }

  /**
   * Creates the ledger in `folder` (a new staging folder: the file must not exist). `spillAt`: entries kept
   * in memory before the ledger moves to its file (tests make it small, or 0 for the file from the start).
   */
  static open(folder: string, spillAt = SPILL_AT): Ledger {
    return new Ledger(path.join(folder, LEDGER_FILE), spillAt);
  }

  /** Whether the ledger still lives in memory (it moves to its file past `spillAt` entries). */
  get inMemory(): boolean {
    return this.memory !== null;
  }

  /** Adds `key` to the keys seen; false when it was there already. */
  see(key: string): boolean {
    const memory = this.memory;
    if (memory) {
      if (memory.seen.has(key)) return false;
      memory.seen.add(key);
      this.grew();
      return true;
    }
    if (this.recentSeen.has(key)) return false;
    const added = this.run(this.q.see, key).changes > 0;
    this.recentSeen.add(key);
    return added;
  }

  hasSeen(key: string): boolean {
    if (this.memory) return this.memory.seen.has(key);
    if (this.recentSeen.has(key)) return true;
    return this.q.seen.get(key) !== undefined;
  }

  /** The source `file` was written from, or undefined when it was not written. */
  writtenBy(file: string): string | undefined {
    if (this.memory) return this.memory.written.get(file);
    return this.q.writtenBy.get(file) as string | undefined;
  }

  /**
   * Records `file` as written from `source` unless it was written before: undefined when it was not
   * (now recorded), else the source it was written from (left as it was). One statement for a new file.
   */
  claim(file: string, source: string): string | undefined {
    const memory = this.memory;
    if (memory) {
      const previous = memory.written.get(file);
      if (previous !== undefined) return previous;
      memory.written.set(file, source);
      this.files++;
      this.grew();
      return undefined;
    }
    if (this.run(this.q.addWritten, file, source).changes > 0) {
      this.files++;
      return undefined;
    }
    return this.writtenBy(file);
  }

  /** Records `file` as written from `source` (replacing the source of a file written before). */
  recordWritten(file: string, source: string): void {
    if (this.claim(file, source) === undefined) return;
    if (this.memory) this.memory.written.set(file, source);
    else this.run(this.q.setWritten, source, file);
  }

  /** Every written file, in code-point order (SQLite's order of UTF-8 text). */
  *writtenFiles(): Generator<string> {
    if (this.memory) {
      yield* [...this.memory.written.keys()].sort(codePointOrder);
      return;
    }
    let after = "";
    for (;;) {
      const page = this.q.writtenFiles.all(after, PAGE) as string[];
      yield* page;
      if (page.length < PAGE) return;
      after = page[page.length - 1]!;
    }
  }

  /** Records a link to `file` from the page `from`, unless a page linked to it before. */
  link(file: string, from: string): void {
    const memory = this.memory;
    if (memory) {
      if (memory.links.has(file)) return;
      memory.links.set(file, from);
      this.grew();
      return;
    }
    if (this.recentLinks.has(file)) return;
    this.run(this.q.link, file, from);
    this.recentLinks.add(file);
  }

  /** Every linked file and the first page linking to it, in the order they were first linked. */
  *links(): Generator<[file: string, from: string]> {
    if (this.memory) return yield* this.memory.links;
    yield* this.pages(this.q.links);
  }

  /** The linked files that were not written (nor as a folder's index.html), with their first linker. */
  *unwrittenLinks(): Generator<[file: string, from: string]> {
    const memory = this.memory;
    if (!memory) return yield* this.pages(this.q.unwritten);
    for (const [file, from] of memory.links) {
      if (memory.written.has(file)) continue;
      if (file.endsWith(".html") && memory.written.has(file.slice(0, -5) + "/index.html")) continue;
      yield [file, from];
    }
  }

  /** Adds a URL to the sitemap (once). */
  addSitemapUrl(loc: string): void {
    const memory = this.memory;
    if (memory) {
      if (memory.sitemap.has(loc)) return;
      memory.sitemap.add(loc);
      this.grew();
      return;
    }
    this.run(this.q.addLoc, utf16be(loc));
  }

  /** The sitemap's URLs, sorted as JavaScript sorts strings. */
  *sitemapUrls(): Generator<string> {
    if (this.memory) {
      yield* [...this.memory.sitemap].sort();
      return;
    }
    let after: Buffer = Buffer.alloc(0);
    for (;;) {
      const page = this.q.locs.all(after, PAGE) as Buffer[];
      for (const loc of page) yield fromUtf16be(loc);
      if (page.length < PAGE) return;
      after = page[page.length - 1]!;
    }
  }

  /** Closes the database and removes its file. Safe to call twice. */
  close(): void {
    if (this.db.open) this.db.close();
    rmSync(this.file, { force: true });
  }

  private grew(): void {
    const m = this.memory!;
    if (m.seen.size + m.written.size + m.links.size + m.sitemap.size >= this.spillAt) this.spill();
  }

  /** Moves everything to the file, links in the order they were first linked, and goes on there. */
  private spill(): void {
    const memory = this.memory!;
    this.memory = null;
    for (const key of memory.seen) this.run(this.q.see, key);
    for (const [file, source] of memory.written) this.run(this.q.addWritten, file, source);
    for (const [file, from] of memory.links) this.run(this.q.link, file, from);
    for (const loc of memory.sitemap) this.run(this.q.addLoc, utf16be(loc));
  }

  private run(statement: Database.Statement, ...params: unknown[]): Database.RunResult {
    const result = statement.run(...params);
    if (++this.pending >= BATCH) {
      this.db.exec("COMMIT; BEGIN");
      this.pending = 0;
    }
    return result;
  }

  private *pages(statement: Database.Statement): Generator<[string, string]> {
    let after = 0;
    for (;;) {
      const page = statement.all(after, PAGE) as [number, string, string][];
      for (const [, file, from] of page) yield [file, from];
      if (page.length < PAGE) return;
      after = page[page.length - 1]![0];
    }
  }
}

/**
 * Code-point order, as SQLite orders UTF-8 text: JavaScript's own order differs only where a surrogate
 * pair (a character past U+FFFF) meets a character from U+E000 to U+FFFF, which sorts before it here.
 */
function codePointOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return shiftSurrogates(x) - shiftSurrogates(y);
  }
  return a.length - b.length;
}

/** Surrogates (U+D800–U+DFFF) moved above U+FFFF, U+E000–U+FFFF down into the gap they leave. */
function shiftSurrogates(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

function utf16be(s: string): Buffer {
  return Buffer.from(s, "utf16le").swap16();
}

function fromUtf16be(b: Buffer): string {
  return Buffer.from(b).swap16().toString("utf16le");
}
