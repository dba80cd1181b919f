import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  isRunning,
  resolveInsideFolder
} from "./chunk-5KYFMQND.js";

// src/export/link-check.ts
function checkLinks(ledger) {
  const result = { brokenLinks: [], unexportedVariants: 0 };
  for (const [file, from] of ledger.unwrittenLinks()) {
    if (file.includes("@") || /\.(json|csv)$/.test(file)) result.unexportedVariants++;
    else result.brokenLinks.push({ from, href: file });
  }
  return result;
}
var SHARD_LINKS_FILE = ".datasette-export-links.json";
function* shardLinksJson(ledger) {
  let first = true;
  for (const pair of ledger.links()) {
    yield (first ? "[" : ",") + JSON.stringify(pair);
    first = false;
  }
  yield first ? "[]" : "]";
}

// src/export/output-guard.ts
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var OUTPUT_MARKER = ".datasette-export";
var OUTPUT_MARKER_TEXT = "This folder was written by datasette-export. The next export or merge to this folder replaces it whole. Delete this file to keep the folder from being replaced.\n";
var OutputRefusedError = class extends Error {
  constructor(output, reason, what = "the site") {
    super(`Refused to write ${what} to ${output}: ${reason}. Nothing was changed.`);
    this.output = output;
    this.reason = reason;
  }
  output;
  reason;
  name = "OutputRefusedError";
};
function guardOutput(output, inputs, options) {
  const target = path.resolve(output);
  const refuse = (reason) => {
    throw new OutputRefusedError(target, reason);
  };
  const info = lstatSync(target, { throwIfNoEntry: false });
  if (info?.isSymbolicLink()) refuse("it is a symbolic link; give the folder's real path");
  if (info && !info.isDirectory()) refuse("it is a file, not a folder");
  const real = realish(target);
  const protectedFolders = [
    { path: options.cwd ?? process.cwd(), what: "the working directory" },
    { path: options.home ?? os.homedir(), what: "your home folder" }
  ];
  for (const held of [...protectedFolders, ...inputs]) {
    const heldReal = realish(path.resolve(held.path));
    if (heldReal === real) refuse(`it is ${held.what}`);
    if (isInside(heldReal, real)) refuse(`it holds ${held.what} ${held.path}`);
  }
  if (!info) return;
  const entries = readdirSync(target);
  if (entries.length === 0) return;
  const marker = statSync(path.join(target, OUTPUT_MARKER), { throwIfNoEntry: false });
  if (marker?.isFile()) return;
  if (options.replaceOutput) return;
  refuse(
    `it is a folder datasette-export did not write (it has ${entries.length} entries and no ${OUTPUT_MARKER} file); choose a new or empty folder, or pass --replace-output to replace it`
  );
}
function guardReport(report, output, inputs) {
  const file = realish(path.resolve(report));
  const refuse = (reason) => {
    throw new OutputRefusedError(path.resolve(report), reason, "the report");
  };
  const out = realish(path.resolve(output));
  if (file === out || isInside(file, out))
    refuse(`it is inside the output folder ${output}, which the export replaces`);
  for (const input of inputs) if (file === realish(path.resolve(input.path))) refuse(`it is ${input.what}`);
}
function isInside(child, parent) {
  const rel = path.relative(parent, child);
  return rel !== "" && rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel);
}
function realish(p) {
  let existing = p;
  const rest = [];
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  try {
    return path.join(realpathSync(existing), ...rest);
  } catch {
    return p;
  }
}
function exportInputs(opts) {
  const { server } = opts;
  const inputs = [];
  const add = (p, what) => {
    if (p) inputs.push({ path: p, what });
  };
  for (const db of server.databases ?? []) add(db.path, `the database`);
  for (const dir of server.templateDirs ?? []) add(dir, "the templates folder");
  add(server.pagesDir, "the pages folder");
  add(server.pluginsDir, "the plugins folder");
  for (const plugin of server.plugins ?? []) if (existsSync(plugin)) add(plugin, "a plugin");
  for (const mount of server.staticMounts ?? []) add(mount.dir, `the static folder of /${mount.mount}/`);
  for (const file of opts.setup) add(file, "a --setup file");
  add(opts.pathsFile, "the --paths-file");
  for (const source of opts.sources)
    add(
      source,
      statSync(source, { throwIfNoEntry: false })?.isDirectory() ? "the site folder" : "an input file"
    );
  return inputs;
}

// src/export/write.ts
import { mkdir, readdir, rename, rm, writeFile, cp, stat } from "node:fs/promises";
import { createWriteStream, existsSync as existsSync2, lstatSync as lstatSync2, readdirSync as readdirSync2, rmSync as rmSync2 } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";
import path4 from "node:path";

// src/export/paths.ts
import path2 from "node:path";
import { createHash } from "node:crypto";
var UnsafePathError = class extends Error {
  constructor(rawPath, source, reason) {
    super(`Refused path ${JSON.stringify(rawPath)} from ${source}: ${reason}`);
    this.rawPath = rawPath;
    this.source = source;
  }
  rawPath;
  source;
  name = "UnsafePathError";
};
function checkSitePath(raw, source) {
  const plain = plainSitePathEnd(raw);
  if (plain !== -1) return plain === raw.length ? raw : raw.slice(0, plain);
  const fail = (reason) => {
    throw new UnsafePathError(raw, source, reason);
  };
  if (typeof raw !== "string" || raw === "") fail("empty path");
  if (!raw.startsWith("/")) fail("must start with /");
  if (raw.startsWith("//")) fail("must be a path on this site, not another host");
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) fail("contains a backslash or control character");
  const noFragment = raw.split("#")[0];
  const q = noFragment.indexOf("?");
  const pathname = q === -1 ? noFragment : noFragment.slice(0, q);
  for (const segment of pathname.split("/").slice(1)) {
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return fail("bad percent-encoding");
    }
    if (segment === "." || segment === ".." || decoded === "." || decoded === "..")
      fail('contains a ".." segment');
    if (/[/\\\u0000-\u001f\u007f]/.test(decoded))
      fail("an encoded segment hides a slash or control character");
  }
  return noFragment;
}
function plainSitePathEnd(raw) {
  if (typeof raw !== "string" || raw.charCodeAt(0) !== SLASH || raw.charCodeAt(1) === SLASH) return -1;
  const n = raw.length;
  let fragment = -1;
  let segmentStart = 1;
  let inPath = true;
  for (let k = 1; k <= n; k++) {
    const c = k === n ? -1 : raw.charCodeAt(k);
    if (c >= 0 && c < 32 || c === 127 || c === BACKSLASH) return -1;
    if (c === HASH && fragment === -1) fragment = k;
    if (!inPath) continue;
    if (c === PERCENT) return -1;
    if (c === SLASH || c === QUESTION || c === HASH || c === -1) {
      const length = k - segmentStart;
      if (raw.charCodeAt(segmentStart) === DOT && (length === 1 || length === 2 && raw.charCodeAt(segmentStart + 1) === DOT))
        return -1;
      segmentStart = k + 1;
      if (c !== SLASH) inPath = false;
    }
  }
  return fragment === -1 ? n : fragment;
}
var SLASH = 47;
var BACKSLASH = 92;
var HASH = 35;
var PERCENT = 37;
var QUESTION = 63;
var DOT = 46;
var QUERY_SAFE = /[A-Za-z0-9_.,=&-]/;
var QUERY_ALL_SAFE = /^[A-Za-z0-9_.,=&-]+$/;
function fileForPath(sitePath, opts) {
  const q = sitePath.indexOf("?");
  const pathname = q === -1 ? sitePath : sitePath.slice(0, q);
  const query = q === -1 ? "" : sitePath.slice(q + 1);
  let file = pathname.startsWith("/") && !pathname.includes("%") ? plainFile(pathname, opts) : slowFile(pathname, opts);
  if (query) file = withQuery(file, query);
  return file;
}
function plainFile(pathname, opts) {
  const rel = pathname.slice(1);
  const lastSlash = rel.lastIndexOf("/");
  const last = rel.slice(lastSlash + 1);
  if (last === "") return rel + "index.html";
  if (last.startsWith(".")) return rel.slice(0, lastSlash + 1) + "index" + last;
  if (last.includes(".")) return rel;
  if (opts.trailingSlash) return rel + "/index.html";
  return rel + ".html";
}
function slowFile(pathname, opts) {
  const segments = pathname.split("/").slice(1).map(decodeURIComponent);
  let file;
  const last = segments[segments.length - 1] ?? "";
  if (last === "") file = [...segments.slice(0, -1), "index.html"].join("/");
  else if (last.startsWith(".")) file = [...segments.slice(0, -1), "index" + last].join("/");
  else if (last.includes(".")) file = segments.join("/");
  else if (opts.trailingSlash) file = [...segments, "index.html"].join("/");
  else file = segments.join("/") + ".html";
  return file;
}
function withQuery(file, query) {
  const dot = file.lastIndexOf(".");
  const stem = file.slice(0, dot);
  const ext = file.slice(dot);
  let enc = QUERY_ALL_SAFE.test(query) ? query : "";
  if (!enc)
    for (const byte of Buffer.from(query, "utf8")) {
      const ch = String.fromCharCode(byte);
      enc += byte < 128 && QUERY_SAFE.test(ch) ? ch : "~" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
  const name = path2.posix.basename(stem) + "@" + enc + ext;
  if (Buffer.byteLength(name) > 200) {
    const hash = createHash("sha1").update(query).digest("hex").slice(0, 12);
    enc = enc.slice(0, 100) + "-" + hash;
  }
  return stem + "@" + enc + ext;
}
function hrefForFile(file, basePath) {
  let target = file;
  if (target === "index.html") target = "";
  else if (target.endsWith("/index.html")) target = target.slice(0, -"index.html".length);
  return basePath + (segmentsAsTheyAre(target) ? target : target.split("/").map(encodeSegment).join("/"));
}
function folderOf(file) {
  return file.slice(0, file.lastIndexOf("/") + 1);
}
function folderOfPath(sitePath) {
  const pathname = sitePath.split("?")[0];
  return pathname.slice(1, pathname.lastIndexOf("/") + 1).split("/").map(decodeURIComponent).join("/");
}
function relativeHref(fromFolder, to) {
  let k = 0;
  for (; ; ) {
    const slash2 = fromFolder.indexOf("/", k);
    if (slash2 === -1 || to.indexOf("/", k) !== slash2) break;
    let m = k;
    while (m < slash2 && fromFolder.charCodeAt(m) === to.charCodeAt(m)) m++;
    if (m < slash2) break;
    k = slash2 + 1;
  }
  let href = "";
  for (let slash2 = fromFolder.indexOf("/", k); slash2 !== -1; slash2 = fromFolder.indexOf("/", slash2 + 1))
    href += "../";
  const rest = to.slice(k);
  href += segmentsAsTheyAre(rest) ? rest : rest.split("/").map(encodeSegment).join("/");
  if (href === "") return "./";
  const colon = href.indexOf(":");
  if (colon === -1) return href;
  const slash = href.indexOf("/");
  return slash === -1 || colon < slash ? "./" + href : href;
}
var AS_THEY_ARE = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()@=&,+:/")
  AS_THEY_ARE[c.charCodeAt(0)] = 1;
function segmentsAsTheyAre(s) {
  for (let i = 0; i < s.length; i++) if (AS_THEY_ARE[s.charCodeAt(i)] !== 1) return false;
  return true;
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/%(40|3D|26|2C|7E|2B|3A)/g, (m) => decodeURIComponent(m));
}
var PLAIN_RELATIVE = /^(?!\.\.?(?:\/|$))[^/\0\\]+(?:\/(?!\.\.?(?:\/|$))[^/\0\\]+)*$/;
var normalRoot = "";
function isNormalRoot(root) {
  if (root === normalRoot) return true;
  if (!path2.isAbsolute(root) || path2.resolve(root) !== root.replace(/(.)\/$/, "$1")) return false;
  normalRoot = root;
  return true;
}
function safeJoin(root, rel) {
  if (PLAIN_RELATIVE.test(rel) && isNormalRoot(root))
    return root.endsWith("/") ? root + rel : root + "/" + rel;
  if (path2.isAbsolute(rel) || rel.includes("\0") || rel.includes("\\")) {
    throw new Error(`Refused to write ${JSON.stringify(rel)}: not a relative file name`);
  }
  const full = path2.resolve(root, rel);
  const back = path2.relative(root, full);
  if (back === "" || back === ".." || back.startsWith("../") || path2.isAbsolute(back)) {
    throw new Error(`Refused to write ${JSON.stringify(rel)}: outside the output folder`);
  }
  return full;
}
function checkOutputName(name, source) {
  const clean = name.replace(/^\/+/, "");
  if (!clean || // eslint-disable-next-line no-control-regex
  /[\\\u0000-\u001f]/.test(clean) || clean.split("/").some((s) => s === ".." || s === "." || s === "")) {
    throw new UnsafePathError(
      name,
      source,
      "output file name must be a plain relative name inside the output folder"
    );
  }
  return clean;
}

// src/export/file-writer.ts
import { Worker } from "node:worker_threads";
var THREAD = `
const { parentPort } = require("node:worker_threads");
const { mkdirSync, writeFileSync } = require("node:fs");
parentPort.on("message", ({ files, dirs, texts, ends, bytes }) => {
  const errors = files.map((file, i) => {
    try {
      if (dirs[i]) mkdirSync(dirs[i], { recursive: true });
      writeFileSync(file, texts[i] ?? bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]));
      return null;
    } catch (e) {
      return { message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path };
    }
  });
  parentPort.postMessage(errors);
});
`;
var MIN_BATCH_BYTES = 16 * 1024;
function newBatch(size) {
  return { files: [], dirs: [], texts: [], ends: [], bytes: Buffer.allocUnsafeSlow(size), used: 0 };
}
var FileWriter = class {
  worker = null;
  batch = newBatch(MIN_BATCH_BYTES);
  queued = [];
  /** Batches sent, oldest first, with their callers: the thread answers them in order. */
  sent = [];
  flushing = false;
  failed = null;
  /** Starts the thread now: its start-up (tens of ms) then overlaps the export's own. */
  constructor() {
    this.thread();
  }
  /**
   * Writes `data` to `file` (a new file, or replaced), after creating `dir` when given. The bytes are
   * copied before this returns: the caller's buffer may be reused at once.
   */
  write(file, data, dir) {
    if (this.failed) return Promise.reject(this.failed);
    const batch = this.batch;
    if (typeof data === "string") batch.texts.push(data);
    else {
      if (batch.used + data.length > batch.bytes.length) {
        const bigger = Buffer.allocUnsafeSlow(Math.max(batch.bytes.length * 2, batch.used + data.length));
        batch.bytes.copy(bigger, 0, 0, batch.used);
        batch.bytes = bigger;
      }
      data.copy(batch.bytes, batch.used);
      batch.used += data.length;
      batch.texts.push(null);
    }
    batch.files.push(file);
    batch.dirs.push(dir);
    batch.ends.push(batch.used);
    return new Promise((resolve, reject) => {
      this.queued.push({ resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }
  /** Stops the thread; writes still queued are refused. Waiting for them is the caller's part. */
  async close() {
    const worker = this.worker;
    this.worker = null;
    this.failed ??= new Error("The file writer was closed");
    if (worker) await worker.terminate();
  }
  flush() {
    this.flushing = false;
    const batch = this.batch;
    const callers = this.queued;
    this.batch = newBatch(Math.max(MIN_BATCH_BYTES, batch.used));
    this.queued = [];
    if (!batch.files.length) return;
    let worker;
    try {
      worker = this.thread();
    } catch (e) {
      for (const c of callers) c.reject(e);
      return;
    }
    this.sent.push(callers);
    worker.ref();
    const { files, dirs, texts, ends, bytes } = batch;
    worker.postMessage({ files, dirs, texts, ends, bytes }, [bytes.buffer]);
  }
  thread() {
    if (this.failed) throw this.failed;
    if (this.worker) return this.worker;
    const worker = new Worker(THREAD, { eval: true });
    worker.unref();
    worker.on("message", (errors) => {
      const callers = this.sent.shift() ?? [];
      if (!this.sent.length) worker.unref();
      callers.forEach((c, i) => {
        const e = errors[i];
        if (!e) return c.resolve();
        const { message, ...fields } = e;
        c.reject(Object.assign(new Error(message), fields));
      });
    });
    const stop = (error) => {
      this.failed ??= error;
      this.worker = null;
      for (const callers of this.sent.splice(0)) for (const c of callers) c.reject(error);
    };
    worker.on("error", stop);
    worker.on("exit", (code) => stop(new Error(`The file writer's thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
};

// src/export/ledger.ts
import Database from "better-sqlite3";
import { rmSync } from "node:fs";
import path3 from "node:path";
var LEDGER_FILE = ".datasette-export-ledger.db";
var BATCH = 4096;
var RECENT = 1024;
var PAGE = 1e3;
var CACHE_KIB = 4096;
var RecentKeys = class {
  keys = /* @__PURE__ */ new Set();
  has(key) {
    return this.keys.has(key);
  }
  add(key) {
    if (this.keys.size >= RECENT) this.keys = /* @__PURE__ */ new Set();
    this.keys.add(key);
  }
};
var Ledger = class _Ledger {
  constructor(file) {
    this.file = file;
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
      unwritten: db.prepare(
        `SELECT rowid, file, source FROM links
           WHERE rowid > ?
             AND NOT EXISTS (SELECT 1 FROM written WHERE written.file = links.file)
             AND NOT (substr(file, -5) = '.html' AND EXISTS (SELECT 1 FROM written
               WHERE written.file = substr(links.file, 1, length(links.file) - 5) || '/index.html'))
           ORDER BY rowid LIMIT ?`
      ).raw(),
      addLoc: db.prepare("INSERT OR IGNORE INTO sitemap (loc) VALUES (?)"),
      locs: db.prepare("SELECT loc FROM sitemap WHERE loc > ? ORDER BY loc LIMIT ?").pluck()
    };
    this.db.exec("BEGIN");
  }
  file;
  db;
  pending = 0;
  recentSeen = new RecentKeys();
  recentLinks = new RecentKeys();
  q;
  /** Files recorded as written. */
  files = 0;
  /** Creates the ledger in `folder` (a new staging folder: the file must not exist). */
  static open(folder) {
    return new _Ledger(path3.join(folder, LEDGER_FILE));
  }
  /** Adds `key` to the keys seen; false when it was there already. */
  see(key) {
    if (this.recentSeen.has(key)) return false;
    const added = this.run(this.q.see, key).changes > 0;
    this.recentSeen.add(key);
    return added;
  }
  hasSeen(key) {
    if (this.recentSeen.has(key)) return true;
    return this.q.seen.get(key) !== void 0;
  }
  /** The source `file` was written from, or undefined when it was not written. */
  writtenBy(file) {
    return this.q.writtenBy.get(file);
  }
  /**
   * Records `file` as written from `source` unless it was written before: undefined when it was not
   * (now recorded), else the source it was written from (left as it was). One statement for a new file.
   */
  claim(file, source) {
    if (this.run(this.q.addWritten, file, source).changes > 0) {
      this.files++;
      return void 0;
    }
    return this.writtenBy(file);
  }
  /** Records `file` as written from `source` (replacing the source of a file written before). */
  recordWritten(file, source) {
    if (this.claim(file, source) !== void 0) this.run(this.q.setWritten, source, file);
  }
  /** Every written file, in code-point order. */
  *writtenFiles() {
    let after = "";
    for (; ; ) {
      const page = this.q.writtenFiles.all(after, PAGE);
      yield* page;
      if (page.length < PAGE) return;
      after = page[page.length - 1];
    }
  }
  /** Records a link to `file` from the page `from`, unless a page linked to it before. */
  link(file, from) {
    if (this.recentLinks.has(file)) return;
    this.run(this.q.link, file, from);
    this.recentLinks.add(file);
  }
  /** Every linked file and the first page linking to it, in the order they were first linked. */
  links() {
    return this.pages(this.q.links);
  }
  /** The linked files that were not written (nor as a folder's index.html), with their first linker. */
  unwrittenLinks() {
    return this.pages(this.q.unwritten);
  }
  /** Adds a URL to the sitemap (once). */
  addSitemapUrl(loc) {
    this.run(this.q.addLoc, utf16be(loc));
  }
  /** The sitemap's URLs, sorted as JavaScript sorts strings. */
  *sitemapUrls() {
    let after = Buffer.alloc(0);
    for (; ; ) {
      const page = this.q.locs.all(after, PAGE);
      for (const loc of page) yield fromUtf16be(loc);
      if (page.length < PAGE) return;
      after = page[page.length - 1];
    }
  }
  /** Closes the database and removes its file. Safe to call twice. */
  close() {
    if (this.db.open) this.db.close();
    rmSync(this.file, { force: true });
  }
  run(statement, ...params) {
    const result = statement.run(...params);
    if (++this.pending >= BATCH) {
      this.db.exec("COMMIT; BEGIN");
      this.pending = 0;
    }
    return result;
  }
  *pages(statement) {
    let after = 0;
    for (; ; ) {
      const page = statement.all(after, PAGE);
      for (const [, file, from] of page) yield [file, from];
      if (page.length < PAGE) return;
      after = page[page.length - 1][0];
    }
  }
};
function utf16be(s) {
  return Buffer.from(s, "utf16le").swap16();
}
function fromUtf16be(b) {
  return Buffer.from(b).swap16().toString("utf16le");
}

// src/export/write.ts
var SHARED = "(asset)";
var KNOWN_DIRS = 1024;
var FileConflictError = class extends Error {
  constructor(file, first, second) {
    super(`${first} and ${second} would both be written to ${file}`);
    this.file = file;
    this.first = first;
    this.second = second;
  }
  file;
  first;
  second;
  name = "FileConflictError";
};
var OutputWriteError = class extends Error {
  constructor(file, cause) {
    super(
      `Could not write ${file} to the output's disk (${cause.code}: ${cause.message}); the export stopped and the previous output was left as it was`,
      { cause }
    );
    this.file = file;
  }
  file;
  name = "OutputWriteError";
  static FATAL_CODES = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO"]);
};
var StagedOutput = class _StagedOutput {
  /**
   * `ledger` holds, among the export's bookkeeping, each written file and the site path (or source) it
   * came from; it lives in the staging folder and goes before the folder is swapped in or removed.
   */
  constructor(target, staging, ledger) {
    this.target = target;
    this.staging = staging;
    this.ledger = ledger;
  }
  target;
  staging;
  ledger;
  bytes = 0;
  /** The first fatal write error; once set, the export stops taking new pages. */
  failure = null;
  dirs = /* @__PURE__ */ new Set();
  inFlight = /* @__PURE__ */ new Set();
  /** Pages' files are written from a thread of their own (file-writer.ts). */
  writer = new FileWriter();
  done = false;
  /**
   * Creates the staging folder in the target's parent folder (same file system, so the swap is a rename),
   * with the marker inside. `mkdir`, not `mkdtemp`: mkdtemp makes the folder 0700 whatever the umask.
   */
  static async create(target) {
    const abs = path4.resolve(target);
    await mkdir(path4.dirname(abs), { recursive: true });
    for (; ; ) {
      const staging = `${abs}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
      try {
        await mkdir(staging);
      } catch (e) {
        if (e.code === "EEXIST") continue;
        throw e;
      }
      let ledger;
      try {
        await writeFile(path4.join(staging, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
        ledger = Ledger.open(staging);
      } catch (e) {
        await rm(staging, { recursive: true, force: true });
        throw e;
      }
      return new _StagedOutput(abs, staging, ledger);
    }
  }
  has(file) {
    return this.ledger.writtenBy(file) !== void 0;
  }
  /** How many files were written. */
  get files() {
    return this.ledger.files;
  }
  /**
   * Writes `file` (relative) once. A second write of the same file from the same source is skipped;
   * from a different source it is a conflict, unless `shared` (assets, which any page may load). `data`
   * may be chunks, written as they come (a sitemap of every page, the links a shard leaves for merge).
   */
  async write(file, data, from, shared = false) {
    if (file === LEDGER_FILE) throw new Error(`${from} may not be written to ${file}: the export's own file`);
    const previous = this.ledger.claim(file, shared ? SHARED : from);
    if (previous === SHARED && !shared) this.ledger.recordWritten(file, from);
    else if (previous !== void 0) {
      if (previous === from || shared) return false;
      throw new FileConflictError(file, previous, from);
    }
    const full = safeJoin(this.staging, file);
    let bytes = 0;
    const dir = path4.dirname(full);
    if (typeof data === "string" || Buffer.isBuffer(data)) {
      bytes = typeof data === "string" ? Buffer.byteLength(data) : data.length;
      const newDir = this.dirs.has(dir) ? null : dir;
      if (newDir && this.dirs.size >= KNOWN_DIRS) this.dirs = /* @__PURE__ */ new Set();
      this.dirs.add(dir);
      try {
        await this.track(file, () => this.writer.write(full, data, newDir));
      } catch (e) {
        if (newDir) this.dirs.delete(newDir);
        throw e;
      }
    } else {
      const counted = function* () {
        for (const chunk of data) {
          bytes += Buffer.byteLength(chunk);
          yield chunk;
        }
      };
      await this.track(file, async () => {
        await mkdir(dir, { recursive: true });
        await pipeline(Readable.from(counted()), createWriteStream(full));
      });
    }
    this.bytes += bytes;
    return true;
  }
  /**
   * Runs one write to the staging folder: refused once the output was aborted (a write would bring the
   * removed folder back), awaited by abort(), and a full or failing disk is recorded as the export's end.
   */
  async track(file, write) {
    if (this.done) throw new Error(`The export was stopped before ${file} was written`);
    if (this.failure) throw this.failure;
    const running = write();
    this.inFlight.add(running);
    try {
      await running;
    } catch (e) {
      const code = e.code;
      if (code && OutputWriteError.FATAL_CODES.has(code)) {
        this.failure ??= new OutputWriteError(file, e);
        throw this.failure;
      }
      throw e;
    } finally {
      this.inFlight.delete(running);
    }
  }
  /**
   * Copies a folder whole (a static mount) below `dest`, leaving out what resolves outside it (a symlink
   * to /etc/passwd): the same rule as the server's (resolveInsideFolder).
   */
  async copyFolder(src, dest, from) {
    const full = safeJoin(this.staging, dest);
    const inside = async (file) => await resolveInsideFolder(src, path4.relative(src, file)) !== null;
    await this.track(
      dest,
      () => cp(src, full, {
        recursive: true,
        dereference: true,
        errorOnExist: false,
        force: false,
        filter: inside
      })
    );
    await this.recordTree(full, dest, from);
  }
  async recordTree(full, rel, from) {
    for (const entry of await readdir(full, { withFileTypes: true })) {
      const childRel = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await this.recordTree(path4.join(full, entry.name), childRel, from);
      else {
        this.ledger.recordWritten(childRel, from);
        this.bytes += (await stat(path4.join(full, entry.name))).size;
      }
    }
  }
  /** Swaps the staging folder in for the target; the previous output is removed only after. */
  async commit() {
    if (this.done) throw new Error("The export was stopped; the output was left as it was");
    const old = `${this.staging}-old`;
    let hadOld = false;
    try {
      await rename(this.target, old);
      hadOld = true;
    } catch (e) {
      if (e.code !== "ENOENT") throw e;
    }
    try {
      this.ledger.close();
      await rename(this.staging, this.target);
    } catch (e) {
      if (hadOld) await rename(old, this.target);
      throw e;
    }
    this.done = true;
    await this.writer.close();
    if (hadOld) await rm(old, { recursive: true, force: true });
  }
  async abort() {
    if (this.done) return;
    this.done = true;
    await Promise.allSettled([...this.inFlight]);
    await this.writer.close();
    this.ledger.close();
    await rm(this.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  }
  /** For signal handlers, which cannot wait for promises. */
  abortSync() {
    if (this.done) return;
    this.done = true;
    void this.writer.close();
    this.ledger.close();
    rmSync2(this.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  }
};
function removeStaleStaging(target) {
  const abs = path4.resolve(target);
  const parent = path4.dirname(abs);
  const prefix = path4.basename(abs) + ".tmp-";
  const removed = [];
  let names;
  try {
    names = readdirSync2(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-[0-9a-f]{8}(-old)?$/.exec(name.slice(prefix.length));
    if (!match || isRunning(Number(match[1]))) continue;
    const full = path4.join(parent, name);
    if (!lstatSync2(full).isDirectory() || !existsSync2(path4.join(full, OUTPUT_MARKER))) continue;
    rmSync2(full, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

// src/export/sitemap.ts
function sitemapUrl(siteUrl, file) {
  return siteUrl + hrefForFile(file, "/").slice(1);
}
function* sitemapXml(locs) {
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  for (const l of locs) yield `  <url><loc>${escape(l)}</loc></url>
`;
  yield "</urlset>\n";
}
function sitemapLocs(xml) {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map(
    (m) => m[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")
  );
}

export {
  checkLinks,
  SHARD_LINKS_FILE,
  shardLinksJson,
  UnsafePathError,
  checkSitePath,
  fileForPath,
  hrefForFile,
  folderOf,
  folderOfPath,
  relativeHref,
  checkOutputName,
  OUTPUT_MARKER,
  guardOutput,
  guardReport,
  exportInputs,
  StagedOutput,
  removeStaleStaging,
  sitemapUrl,
  sitemapXml,
  sitemapLocs
};
