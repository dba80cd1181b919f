/**
 * An export's bookkeeping, kept in a SQLite file inside its staging folder rather than in memory, so an
 * export of a million pages needs no more memory than one of a thousand: the paths already queued, the
 * files written (and from what), every link target with the first page linking to it (for the
 * broken-link check at the end) and the sitemap's URLs. The file goes when the output is committed or
 * aborted; an export killed outright leaves it in its staging folder, which the next export removes.
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
/** SQLite's page cache for this file, in KiB: the bound on the ledger's memory. */
const CACHE_KIB = 4_096;

/** A set that forgets everything once it holds `limit` keys: a bounded cache of keys known present. */
export class RecentKeys {
  private keys = new Set<string>();
  constructor(private readonly limit = RECENT) {}
  has(key: string): boolean {
    return this.keys.has(key);
  }
  add(key: string): void {
    if (this.keys.size >= this.limit) this.keys = new Set();
    this.keys.add(key);
  }
}

export class Ledger {
  private readonly db: Database.Database;
  private pending = 0;
  private readonly recentSeen = new RecentKeys();
  private readonly recentLinks = new RecentKeys();
  private readonly q;
  /** Files recorded as written. */
  files = 0;

  private constructor(readonly file: string) {
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
  }

  /** Creates the ledger in `folder` (a new staging folder: the file must not exist). */
  static open(folder: string): Ledger {
    return new Ledger(path.join(folder, LEDGER_FILE));
  }

  /** Adds `key` to the keys seen; false when it was there already. */
  see(key: string): boolean {
    if (this.recentSeen.has(key)) return false;
    const added = this.run(this.q.see, key).changes > 0;
    this.recentSeen.add(key);
    return added;
  }

  hasSeen(key: string): boolean {
    if (this.recentSeen.has(key)) return true;
    return this.q.seen.get(key) !== undefined;
  }

  /** The source `file` was written from, or undefined when it was not written. */
  writtenBy(file: string): string | undefined {
    return this.q.writtenBy.get(file) as string | undefined;
  }

  /**
   * Records `file` as written from `source` unless it was written before: undefined when it was not
   * (now recorded), else the source it was written from (left as it was). One statement for a new file.
   */
  claim(file: string, source: string): string | undefined {
    if (this.run(this.q.addWritten, file, source).changes > 0) {
      this.files++;
      return undefined;
    }
    return this.writtenBy(file);
  }

  /** Records `file` as written from `source` (replacing the source of a file written before). */
  recordWritten(file: string, source: string): void {
    if (this.claim(file, source) !== undefined) this.run(this.q.setWritten, source, file);
  }

  /** Every written file, in code-point order. */
  *writtenFiles(): Generator<string> {
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
    if (this.recentLinks.has(file)) return;
    this.run(this.q.link, file, from);
    this.recentLinks.add(file);
  }

  /** Every linked file and the first page linking to it, in the order they were first linked. */
  links(): Generator<[file: string, from: string]> {
    return this.pages(this.q.links);
  }

  /** The linked files that were not written (nor as a folder's index.html), with their first linker. */
  unwrittenLinks(): Generator<[file: string, from: string]> {
    return this.pages(this.q.unwritten);
  }

  /** Adds a URL to the sitemap (once). */
  addSitemapUrl(loc: string): void {
    this.run(this.q.addLoc, utf16be(loc));
  }

  /** The sitemap's URLs, sorted as JavaScript sorts strings. */
  *sitemapUrls(): Generator<string> {
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

function utf16be(s: string): Buffer {
  return Buffer.from(s, "utf16le").swap16();
}

function fromUtf16be(b: Buffer): string {
  return Buffer.from(b).swap16().toString("utf16le");
}
