/**
 * Site paths → file names, and the safety rules that keep every write inside the output folder.
 *
 * A *site path* is a URL path below base_url, starting with "/" and possibly carrying a query string:
 * "/db/table?_next=abc". The mapping is a pure function of the path, so links can be rewritten while
 * pages are still rendering, and every shard maps a path to the same file.
 *
 * File names (decided here, documented in the README of the export command):
 *   /            → index.html          /.json      → index.json
 *   /a/b         → a/b.html            /a/b.json   → a/b.json       /a/ → a/index.html
 *   trailingSlash: /a/b → a/b/index.html, linked as /base/a/b/
 *   /a/b?_next=x → a/b@_next=x.html (trailingSlash: a/b/index@_next=x.html) (query characters outside [A-Za-z0-9_.,=&-] become ~XX)
 * "@" never appears in a Datasette URL segment (tilde encoding escapes it), so query files cannot
 * collide with real pages. Links to pages are rewritten to the explicit ".html" file, because only
 * some static hosts (GitHub Pages) serve a/b.html for /a/b; every host serves the file by its name.
 */
import path from "node:path";
import { createHash } from "node:crypto";

/** A path was refused before anything was fetched or written; `source` names where it came from. */
export class UnsafePathError extends Error {
  override name = "UnsafePathError";
  constructor(
    readonly rawPath: string,
    readonly source: string,
    reason: string,
  ) {
    super(`Refused path ${JSON.stringify(rawPath)} from ${source}: ${reason}`);
  }
}

/**
 * Checks a path from the user, SQL or a crawl and returns it normalised (fragment dropped). Refuses
 * anything that is not a same-origin absolute path or could name a file outside the output folder.
 */
export function checkSitePath(raw: string, source: string): string {
  const plain = plainSitePathEnd(raw);
  if (plain !== -1) return plain === raw.length ? raw : raw.slice(0, plain);
  const fail = (reason: string): never => {
    throw new UnsafePathError(raw, source, reason);
  };
  if (typeof raw !== "string" || raw === "") fail("empty path");
  if (!raw.startsWith("/")) fail("must start with /");
  if (raw.startsWith("//")) fail("must be a path on this site, not another host");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) fail("contains a backslash or control character");
  const noFragment = raw.split("#")[0]!;
  const q = noFragment.indexOf("?");
  const pathname = q === -1 ? noFragment : noFragment.slice(0, q);
  for (const segment of pathname.split("/").slice(1)) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return fail("bad percent-encoding");
    }
    if (segment === "." || segment === ".." || decoded === "." || decoded === "..")
      fail('contains a ".." segment');
    // eslint-disable-next-line no-control-regex
    if (/[/\\\u0000-\u001f\u007f]/.test(decoded))
      fail("an encoded segment hides a slash or control character");
  }
  return noFragment;
}

/**
 * checkSitePath's answer for the paths that are most of an export's (every link of every page is
 * checked): a path with no percent-encoding, no "." or ".." segment, no control character or backslash,
 * which needs none of the decoding below. Returns where its fragment starts (its length if none), or
 * -1 for any other path, which checkSitePath reads the long way (and refuses, if it must, with a reason).
 */
function plainSitePathEnd(raw: string): number {
  if (typeof raw !== "string" || raw.charCodeAt(0) !== SLASH || raw.charCodeAt(1) === SLASH) return -1;
  const n = raw.length;
  let fragment = -1;
  let segmentStart = 1;
  let inPath = true;
  for (let k = 1; k <= n; k++) {
    const c = k === n ? -1 : raw.charCodeAt(k);
    if ((c >= 0 && c < 0x20) || c === 0x7f || c === BACKSLASH) return -1;
    if (c === HASH && fragment === -1) fragment = k;
    if (!inPath) continue;
    if (c === PERCENT) return -1;
    if (c === SLASH || c === QUESTION || c === HASH || c === -1) {
      const length = k - segmentStart;
      if (
        raw.charCodeAt(segmentStart) === DOT &&
        (length === 1 || (length === 2 && raw.charCodeAt(segmentStart + 1) === DOT))
      )
        return -1;
      segmentStart = k + 1;
      if (c !== SLASH) inPath = false;
    }
  }
  return fragment === -1 ? n : fragment;
}

const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const HASH = 0x23;
const PERCENT = 0x25;
const QUESTION = 0x3f;
const DOT = 0x2e;

export interface FileMapping {
  trailingSlash: boolean;
}

const QUERY_SAFE = /[A-Za-z0-9_.,=&-]/;
const QUERY_ALL_SAFE = /^[A-Za-z0-9_.,=&-]+$/;

/** The output file (relative, "/"-separated, percent-decoded as static hosts decode) for a site path. */
export function fileForPath(sitePath: string, opts: FileMapping): string {
  const q = sitePath.indexOf("?");
  const pathname = q === -1 ? sitePath : sitePath.slice(0, q);
  const query = q === -1 ? "" : sitePath.slice(q + 1);
  let file =
    pathname.startsWith("/") && !pathname.includes("%")
      ? plainFile(pathname, opts)
      : slowFile(pathname, opts);
  if (query) file = withQuery(file, query);
  return file;
}

/** fileForPath for a pathname with nothing to decode: the same rules on the string itself. */
function plainFile(pathname: string, opts: FileMapping): string {
  const rel = pathname.slice(1);
  const lastSlash = rel.lastIndexOf("/");
  const last = rel.slice(lastSlash + 1);
  if (last === "") return rel + "index.html";
  if (last.startsWith(".")) return rel.slice(0, lastSlash + 1) + "index" + last;
  if (last.includes(".")) return rel;
  if (opts.trailingSlash) return rel + "/index.html";
  return rel + ".html";
}

function slowFile(pathname: string, opts: FileMapping): string {
  const segments = pathname.split("/").slice(1).map(decodeURIComponent);
  let file: string;
  const last = segments[segments.length - 1] ?? "";
  if (last === "") file = [...segments.slice(0, -1), "index.html"].join("/");
  else if (last.startsWith(".")) file = [...segments.slice(0, -1), "index" + last].join("/");
  else if (last.includes(".")) file = segments.join("/");
  else if (opts.trailingSlash) file = [...segments, "index.html"].join("/");
  else file = segments.join("/") + ".html";
  return file;
}

function withQuery(file: string, query: string): string {
  const dot = file.lastIndexOf(".");
  const stem = file.slice(0, dot);
  const ext = file.slice(dot);
  let enc = QUERY_ALL_SAFE.test(query) ? query : "";
  if (!enc)
    for (const byte of Buffer.from(query, "utf8")) {
      const ch = String.fromCharCode(byte);
      enc += byte < 128 && QUERY_SAFE.test(ch) ? ch : "~" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
  // Most file systems cap a name at 255 bytes: long queries keep a readable head plus a hash.
  const name = path.posix.basename(stem) + "@" + enc + ext;
  if (Buffer.byteLength(name) > 200) {
    const hash = createHash("sha1").update(query).digest("hex").slice(0, 12);
    enc = enc.slice(0, 100) + "-" + hash;
  }
  return stem + "@" + enc + ext;
}

/**
 * The root-absolute URL of a written file under `basePath` (links with --base-url, sitemap.xml), with
 * index.html folded to its folder as static hosts serve it.
 */
export function hrefForFile(file: string, basePath: string): string {
  let target = file;
  if (target === "index.html") target = "";
  else if (target.endsWith("/index.html")) target = target.slice(0, -"index.html".length);
  return basePath + (segmentsAsTheyAre(target) ? target : target.split("/").map(encodeSegment).join("/"));
}

/** The folder of a written file, "" for the top, else ending in "/": "db/t.html" → "db/". */
export function folderOf(file: string): string {
  return file.slice(0, file.lastIndexOf("/") + 1);
}

/**
 * The folder a site path's relative URLs resolve against, as a folder of the output: "/db/t?x=1" →
 * "db/", "/db/" → "db/" (a <base href> names one).
 */
export function folderOfPath(sitePath: string): string {
  const pathname = sitePath.split("?")[0]!;
  return pathname
    .slice(1, pathname.lastIndexOf("/") + 1)
    .split("/")
    .map(decodeURIComponent)
    .join("/");
}

/**
 * The relative href from a folder of the output (`folderOf(file)`) to a written file, or to a folder
 * when `to` ends in "/". Relative links work wherever the files are put: opened from disk (file://),
 * served at "/" or under any base path. An index.html is named, not folded to its folder, because a
 * folder opened from disk shows a listing, not its index.
 */
export function relativeHref(fromFolder: string, to: string): string {
  // Past the folders the two share (whole segments, compared in place): one ".." for each folder of
  // `fromFolder` left, then the rest of `to`.
  let k = 0;
  for (;;) {
    const slash = fromFolder.indexOf("/", k);
    if (slash === -1 || to.indexOf("/", k) !== slash) break;
    let m = k;
    while (m < slash && fromFolder.charCodeAt(m) === to.charCodeAt(m)) m++;
    if (m < slash) break;
    k = slash + 1;
  }
  let href = "";
  for (let slash = fromFolder.indexOf("/", k); slash !== -1; slash = fromFolder.indexOf("/", slash + 1))
    href += "../";
  const rest = to.slice(k);
  href += segmentsAsTheyAre(rest) ? rest : rest.split("/").map(encodeSegment).join("/");
  if (href === "") return "./";
  // A first segment holding ":" would read as a URL scheme ("a:b.html").
  const colon = href.indexOf(":");
  if (colon === -1) return href;
  const slash = href.indexOf("/");
  return slash === -1 || colon < slash ? "./" + href : href;
}

/** The characters encodeSegment leaves as they are, and "/". */
const AS_THEY_ARE = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()@=&,+:/")
  AS_THEY_ARE[c.charCodeAt(0)] = 1;

/** Whether encodeSegment leaves each of the "/"-separated segments of `s` as it is. */
function segmentsAsTheyAre(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (AS_THEY_ARE[s.charCodeAt(i)] !== 1) return false;
  return true;
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%(40|3D|26|2C|7E|2B|3A)/g, (m) => decodeURIComponent(m));
}

/** Non-empty "/"-separated segments, none empty, "." or "..", without NUL or backslash. */
const PLAIN_RELATIVE = /^(?!\.\.?(?:\/|$))[^/\0\\]+(?:\/(?!\.\.?(?:\/|$))[^/\0\\]+)*$/;

/** The last root found absolute and normal (what path.resolve would give): an export has one. */
let normalRoot = "";
function isNormalRoot(root: string): boolean {
  if (root === normalRoot) return true;
  if (!path.isAbsolute(root) || path.resolve(root) !== root.replace(/(.)\/$/, "$1")) return false;
  normalRoot = root;
  return true;
}

/** Resolves `rel` below `root`, refusing (throwing) anything that would land outside it. */
export function safeJoin(root: string, rel: string): string {
  // Most names (every page's own): plain segments, already normal, so joining them cannot leave root.
  if (PLAIN_RELATIVE.test(rel) && isNormalRoot(root))
    return root.endsWith("/") ? root + rel : root + "/" + rel;
  if (path.isAbsolute(rel) || rel.includes("\0") || rel.includes("\\")) {
    throw new Error(`Refused to write ${JSON.stringify(rel)}: not a relative file name`);
  }
  const full = path.resolve(root, rel);
  const back = path.relative(root, full);
  if (back === "" || back === ".." || back.startsWith("../") || path.isAbsolute(back)) {
    throw new Error(`Refused to write ${JSON.stringify(rel)}: outside the output folder`);
  }
  return full;
}

/** Checks an `output` column value (a file name the user chose); returns it normalised. */
export function checkOutputName(name: string, source: string): string {
  const clean = name.replace(/^\/+/, "");
  if (
    !clean ||
    // eslint-disable-next-line no-control-regex
    /[\\\u0000-\u001f]/.test(clean) ||
    clean.split("/").some((s) => s === ".." || s === "." || s === "")
  ) {
    throw new UnsafePathError(
      name,
      source,
      "output file name must be a plain relative name inside the output folder",
    );
  }
  return clean;
}
