/**
 * Finds and rewrites the URLs in a page's HTML and CSS: what a crawl follows, which assets a page
 * loads, and the links that must point at written file names on a static host.
 *
 * A small scanner rather than a DOM: the HTML comes from Chromium's serialiser or the server's
 * templates, so tags are well formed, and the scanner only has to skip comments and raw-text
 * elements (script, style) so that a "<a href" inside a script is never touched.
 */
import { DETERMINISTIC_ORIGIN } from "../server/table/origin.js";

/**
 * A URL found in HTML. "page" links are followed by a crawl and rewritten; "asset" ones are loaded by the
 * page; "form" ones (a form's action) are submitted to, never crawled; "base" is a <base href>, which
 * changes what every other relative URL of the page resolves against.
 */
export interface UrlRef {
  tag: string;
  attr: string;
  value: string;
  kind: "page" | "asset" | "form" | "base";
  /** The element says rel="nofollow" (Datasette's sort links do): written as a link, never crawled. */
  nofollow?: boolean;
}

const ASSET_RELS = /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon|prefetch)\b/i;
const URL_ATTRS = new Map<string, readonly string[]>([
  ["a", ["href"]],
  ["area", ["href"]],
  ["link", ["href"]],
  ["script", ["src"]],
  ["img", ["src", "srcset"]],
  ["source", ["src", "srcset"]],
  ["iframe", ["src"]],
  ["video", ["src", "poster"]],
  ["audio", ["src"]],
  ["track", ["src"]],
  ["embed", ["src"]],
  ["input", ["src", "formaction"]],
  ["object", ["data"]],
  ["form", ["action"]],
  ["button", ["formaction"]],
  ["base", ["href"]],
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "noscript"]);
/**
 * The tag names above by length, to recognise a name in place, without a lower-cased copy of it (read
 * with indexed loops: for…of allocated an iterator result per name tried, ~150 tags a page).
 */
const NAMES_BY_LENGTH: string[][] = [];
for (const name of new Set([...URL_ATTRS.keys(), ...RAW_TEXT]))
  (NAMES_BY_LENGTH[name.length] ??= []).push(name);

/**
 * Calls `visit` for every URL attribute (and every CSS url() and @import in <style> and style=""); a
 * returned string replaces that URL. Returns the HTML, rewritten where visit asked.
 *
 * One pass over the characters, reading each tag as the grammar below says, without a regular expression
 * or an object per attribute: the exporter runs this on every page it writes. The grammar: a tag is "<",
 * an ASCII letter, then up to whitespace, "/" or ">"; an attribute skips whitespace and "/", has a name
 * (no whitespace, quotes, ">", "/" or "="), then optionally "=" and a value in double or single quotes or
 * bare up to whitespace or ">" (an unclosed quote is read as the start of a bare value); a character
 * that starts no attribute is passed over. "Whitespace" is JavaScript's \s.
 */
export function scanHtml(html: string, visit: (ref: UrlRef) => string | undefined | void): string {
  let out = "";
  let copied = 0;
  // The current tag's URL and style attributes: name and where its value lies (quotes included), in
  // arrays made once a page and reused tag after tag. An object and a value string per attribute, and
  // an array per tag, were most of what scanning a page allocated; a value is read when it is visited.
  const foundNames: string[] = [];
  const foundStarts: number[] = [];
  const foundEnds: number[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (!isAsciiLetter(html.charCodeAt(lt + 1))) {
      i = lt + 1;
      continue;
    }
    let j = lt + 2;
    while (j < n && !endsTagName(html.charCodeAt(j))) j++;
    const nameEnd = j;
    // Lower-cased only if it is a name the scanner knows (or not ASCII); other tags' names are read
    // only when one has a style attribute.
    let tag = knownTagName(html, lt + 1, nameEnd);
    const urlAttrs = tag === null ? undefined : URL_ATTRS.get(tag);
    let found = 0;
    let rel: string | null = null;
    while (j < n && html.charCodeAt(j) !== GT) {
      let k = j;
      for (let c = html.charCodeAt(k); k < n && (c === SLASH || isSpace(c)); c = html.charCodeAt(++k));
      const attrStart = k;
      while (k < n && isNameChar(html.charCodeAt(k))) k++;
      if (k === attrStart) {
        j++;
        continue;
      }
      const attrEnd = k;
      // The value, if "=" follows (whitespace around it allowed).
      let valueStart = -1;
      let valueEnd = -1;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      if (k < n && html.charCodeAt(k) === EQUALS) {
        k++;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        const q = html.charCodeAt(k);
        if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) {
          const close = html.indexOf(q === DOUBLE_QUOTE ? '"' : "'", k + 1);
          if (close !== -1) {
            valueStart = k;
            valueEnd = close + 1;
          }
        }
        if (valueStart === -1) {
          let e = k;
          for (let c = html.charCodeAt(e); e < n && c !== GT && !isSpace(c); c = html.charCodeAt(++e));
          if (e > k) {
            valueStart = k;
            valueEnd = e;
          }
        }
      }
      if (valueStart === -1) {
        j = attrEnd;
        continue;
      }
      j = valueEnd;
      const name = knownAttrName(html, attrStart, attrEnd);
      if (name === null) continue;
      const isRel = name === "rel";
      if (!isRel && name !== "style" && !urlAttrs?.includes(name)) continue;
      if (isRel) {
        rel ??= attributeValue(html, valueStart, valueEnd);
        continue;
      }
      foundNames[found] = name;
      foundStarts[found] = valueStart;
      foundEnds[found] = valueEnd;
      found++;
    }
    const tagEnd = j + 1;
    if (found > 0) {
      const tagName = (tag ??= html.slice(lt + 1, nameEnd).toLowerCase());
      let nofollow: boolean | undefined;
      for (let f = 0; f < found; f++) {
        const name = foundNames[f]!;
        const value = attributeValue(html, foundStarts[f]!, foundEnds[f]!);
        let replacement: string | undefined;
        if (name !== "style") {
          if (name === "srcset") {
            replacement = rewriteSrcset(value, tagName, visit);
          } else {
            nofollow ??= rel !== null && /\bnofollow\b/i.test(rel);
            const r = visit({
              tag: tagName,
              attr: name,
              value: value,
              kind: kindOf(tagName, name, rel ?? ""),
              nofollow,
            });
            if (typeof r === "string" && r !== value) replacement = r;
          }
        } else {
          replacement = rewriteStyleAttribute(value, tagName, visit);
        }
        if (replacement !== undefined) {
          out += html.slice(copied, foundStarts[f]!) + '"' + encodeAttribute(replacement) + '"';
          copied = foundEnds[f]!;
        }
      }
    }
    i = tagEnd;
    if (tag !== null && RAW_TEXT.has(tag)) {
      const rawTag = tag;
      const close = closingTag(html, rawTag, tagEnd);
      const end = close === -1 ? n : close;
      if (rawTag === "style") {
        const css = html.slice(tagEnd, end);
        const rewritten = rewriteCss(css, (url) =>
          visit({ tag: rawTag, attr: "url()", value: url, kind: "asset" }),
        );
        if (rewritten !== css) {
          out += html.slice(copied, tagEnd) + rewritten;
          copied = end;
        }
      }
      i = end;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}

// srcset and style="" are rewritten out of scanHtml's loop: a closure there made V8 allocate a context
// for every attribute the loop visits, not only for these.

/** A srcset's candidates, each URL visited; the new srcset, or undefined when no URL changed. */
function rewriteSrcset(value: string, tag: string, visit: (ref: UrlRef) => string | undefined | void) {
  let changed = false;
  const parts = value.split(",").map((candidate) => {
    const [url, ...descriptor] = candidate.trim().split(/\s+/);
    if (!url) return candidate;
    const r = visit({ tag, attr: "srcset", value: url, kind: "asset" });
    if (typeof r === "string" && r !== url) changed = true;
    return [typeof r === "string" ? r : url, ...descriptor].join(" ");
  });
  return changed ? parts.join(", ") : undefined;
}

/** A style attribute's url()s visited; the new CSS, or undefined when none changed. */
function rewriteStyleAttribute(
  value: string,
  tag: string,
  visit: (ref: UrlRef) => string | undefined | void,
) {
  const css = rewriteCss(value, (url) => visit({ tag, attr: "style", value: url, kind: "asset" }));
  return css !== value ? css : undefined;
}

/** An attribute's value html[start, end), its quotes taken off and its character references decoded. */
function attributeValue(html: string, start: number, end: number): string {
  const first = html.charCodeAt(start);
  const quoted = first === DOUBLE_QUOTE || first === SINGLE_QUOTE;
  return decodeEntities(quoted ? html.slice(start + 1, end - 1) : html.slice(start, end));
}

const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/**
 * The lower-cased tag name html[start, end) if it is one of URL_ATTRS's or RAW_TEXT's, compared in place;
 * null for any other name of ASCII characters. A name with others is lower-cased as a copy, as
 * toLowerCase does it (a Kelvin sign is a "k").
 */
function knownTagName(html: string, start: number, end: number): string | null {
  const names = NAMES_BY_LENGTH[end - start];
  if (names === undefined) return ascii(html, start, end) ? null : html.slice(start, end).toLowerCase();
  for (let x = 0; x < names.length; x++) {
    const name = names[x]!;
    let m = 0;
    while (m < name.length && (html.charCodeAt(start + m) | 0x20) === name.charCodeAt(m)) m++;
    if (m === name.length) return name;
  }
  return ascii(html, start, end) ? null : html.slice(start, end).toLowerCase();
}

/** The attribute names the scanner acts on (any tag's URL attributes, rel, style), by length. */
const ATTR_NAMES_BY_LENGTH: string[][] = [];
for (const name of new Set([...[...URL_ATTRS.values()].flat(), "rel", "style"]))
  (ATTR_NAMES_BY_LENGTH[name.length] ??= []).push(name);

/**
 * The attribute name html[start, end) in lower case if it is one of ATTR_NAMES_BY_LENGTH's, compared in
 * place, else null. A page has ~100 attributes (class, type, data-*), and a lower-cased copy of each
 * name was most of what scanning a page allocated. In place is exact: only ASCII letters are folded,
 * and no other character lower-cases to one of these names' letters (the Kelvin sign's "k" is in none).
 */
function knownAttrName(html: string, start: number, end: number): string | null {
  const names = ATTR_NAMES_BY_LENGTH[end - start];
  if (names === undefined) return null;
  for (let x = 0; x < names.length; x++) {
    const name = names[x]!;
    let m = 0;
    while (m < name.length && (html.charCodeAt(start + m) | 0x20) === name.charCodeAt(m)) m++;
    if (m === name.length) return name;
  }
  return null;
}

function ascii(html: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (html.charCodeAt(k) > 0x7f) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Character classes of ASCII, for the scanner's loops. */
const SPACE = 1;
const ENDS_TAG_NAME = 2;
const ENDS_ATTRIBUTE_NAME = 4;
const ASCII_CLASSES = new Uint8Array(128);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20])
  ASCII_CLASSES[c] = SPACE | ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
for (const c of [GT, SLASH]) ASCII_CLASSES[c] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
for (const c of [DOUBLE_QUOTE, SINGLE_QUOTE, EQUALS]) ASCII_CLASSES[c] = ENDS_ATTRIBUTE_NAME;

/** JavaScript's \s: the whitespace the scanner's grammar was first written with. */
function isSpace(c: number): boolean {
  if (c < 0x80) return (ASCII_CLASSES[c]! & SPACE) !== 0;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function endsTagName(c: number): boolean {
  return c < 0x80 ? (ASCII_CLASSES[c]! & ENDS_TAG_NAME) !== 0 : isSpace(c);
}

function isNameChar(c: number): boolean {
  return c < 0x80 ? (ASCII_CLASSES[c]! & ENDS_ATTRIBUTE_NAME) === 0 : !isSpace(c);
}

/**
 * Where the raw-text element `tag` (lower case ASCII) closes: the next "</" + tag in any case, or -1.
 * Compared in place rather than in a lower-cased copy of the page, whose offsets drift from the page's
 * wherever lower-casing changes a string's length ("İ" becomes two characters).
 */
function closingTag(html: string, tag: string, from: number): number {
  for (let k = html.indexOf("</", from); k !== -1; k = html.indexOf("</", k + 1)) {
    let m = 0;
    while (m < tag.length && (html.charCodeAt(k + 2 + m) | 0x20) === tag.charCodeAt(m)) m++;
    if (m === tag.length) return k;
  }
  return -1;
}

function kindOf(tag: string, attr: string, rel: string): UrlRef["kind"] {
  if (tag === "base") return "base";
  if (tag === "form" || attr === "formaction") return "form";
  if (tag === "a" || tag === "area" || tag === "iframe") return "page";
  if (tag === "link") return ASSET_RELS.test(rel) ? "asset" : "page";
  return "asset";
}

/** The URLs in a stylesheet's url(...) and @import "..." (data: URLs and fragments skipped). */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  rewriteCss(css, (url) => void urls.push(url));
  return urls;
}

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;

/**
 * Calls `visit` for each url(...) and @import "..." of a stylesheet (not data: URLs or fragments); a
 * returned string replaces that URL, quoted as it was (an unquoted url() that needs quotes gets them).
 */
export function rewriteCss(css: string, visit: (url: string) => string | undefined | void): string {
  return css.replace(CSS_URL, (whole, d1?: string, s1?: string, bare?: string, d2?: string, s2?: string) => {
    const raw = d1 ?? s1 ?? bare ?? d2 ?? s2 ?? "";
    const url = raw.trim();
    if (!url || url.startsWith("data:") || url.startsWith("#")) return whole;
    const r = visit(url);
    if (typeof r !== "string" || r === url) return whole;
    const escaped = r.replace(/["'\\]/g, "\\$&");
    // @import "x": the URL is the text before the closing quote.
    if (d2 !== undefined || s2 !== undefined)
      return whole.slice(0, whole.length - raw.length - 1) + escaped + whole.slice(-1);
    const quote = s1 !== undefined ? "'" : '"';
    if (bare !== undefined && !/[\s()"'\\]/.test(r)) return `url(${r})`;
    return `url(${quote}${escaped}${quote})`;
  });
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function encodeAttribute(s: string): string {
  // Most rewritten links have neither character, and replace() copied them all the same.
  if (!s.includes("&") && !s.includes('"')) return s;
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/**
 * The site path (below basePath, starting "/", with query) an href points to, or null when it leaves
 * the site: another origin, another scheme, or a path outside base_url. The origin the exporter's server
 * names in absolute URLs (next_url, facet toggles) counts as the server's own.
 */
export function toSitePath(href: string, pageUrl: string, origin: string, basePath: string): string | null {
  const known = resolvedLinks.forHref(href, pageUrl, origin, basePath);
  if (known === null) return resolveSitePath(href, pageUrl, origin, basePath);
  let sitePath = known.get(href);
  if (sitePath === undefined) {
    sitePath = resolveSitePath(href, pageUrl, origin, basePath);
    resolvedLinks.remember(known, href, sitePath);
  }
  return sitePath;
}

function resolveSitePath(href: string, pageUrl: string, origin: string, basePath: string): string | null {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (url.origin !== origin && url.origin !== DETERMINISTIC_ORIGIN) return null;
  let pathname = url.pathname;
  if (pathname + "/" === basePath) pathname = basePath;
  if (!pathname.startsWith(basePath)) return null;
  return "/" + pathname.slice(basePath.length) + url.search;
}

/**
 * toSitePath's answers for the links whose resolution does not depend on the page's path, which are
 * most of a page's links and the same on every page (the stylesheet, the scripts, the crumbs): URL
 * parsing was most of the cost of rewriting a page. Kept: absolute http(s) URLs (they name their own
 * origin), and root-absolute paths ("/db/t", not "//host") under the scheme and host of the page they
 * are on. Relative links ("t.json", "?_next=2", "../x") depend on the page's folder or path and are
 * resolved every time. At most MAX_RESOLVED answers are kept, for one origin and base path at a time.
 */
class ResolvedLinks {
  static readonly MAX_RESOLVED = 4_096;
  private origin = "";
  private basePath = "";
  private absolute = new Map<string, string | null>();
  private byHost = new Map<string, Map<string, string | null>>();
  private size = 0;
  private lastPage = "";
  private lastHost: string | null = null;

  /** The answers `href` on `pageUrl` may be kept among, or null when it must be resolved every time. */
  forHref(
    href: string,
    pageUrl: string,
    origin: string,
    basePath: string,
  ): Map<string, string | null> | null {
    if (origin !== this.origin || basePath !== this.basePath) {
      this.forget();
      this.origin = origin;
      this.basePath = basePath;
    }
    if (href.startsWith("http://") || href.startsWith("https://")) {
      // new URL() refuses an href, even an absolute one, on a page whose own URL does not parse.
      return href === pageUrl || this.hostOf(pageUrl) !== null ? this.absolute : null;
    }
    if (href.charCodeAt(0) !== SLASH) return null;
    // "//host", "/\\host" and "/<tab>/host" (tabs and newlines are dropped) name another host.
    const second = href.charCodeAt(1);
    if (second === SLASH || second === BACKSLASH || second === 0x09 || second === 0x0a || second === 0x0d)
      return null;
    const host = this.hostOf(pageUrl);
    if (host === null) return null;
    let known = this.byHost.get(host);
    if (known === undefined) this.byHost.set(host, (known = new Map()));
    return known;
  }

  remember(known: Map<string, string | null>, href: string, sitePath: string | null): void {
    // Past the limit everything goes (this answer too): the links still in use come back at once.
    if (this.size >= ResolvedLinks.MAX_RESOLVED) return this.forget();
    known.set(href, sitePath);
    this.size++;
  }

  private forget(): void {
    this.absolute.clear();
    this.byHost = new Map();
    this.size = 0;
  }

  /**
   * "scheme://host[:port]" of a page URL that is an http(s) URL as the URL parser writes it (so that
   * text decides the scheme, credentials, host and port a root-absolute link resolves with), else null.
   * The last answer is kept: a page's links all come with the same page URL.
   */
  private hostOf(pageUrl: string): string | null {
    if (pageUrl === this.lastPage) return this.lastHost;
    let host: string | null = null;
    if (pageUrl.startsWith("http://") || pageUrl.startsWith("https://")) {
      const url = URL.canParse(pageUrl) ? new URL(pageUrl) : null;
      if (url !== null && url.href === pageUrl) {
        const pathStart = pageUrl.indexOf("/", url.protocol.length + 2);
        if (pathStart !== -1) host = pageUrl.slice(0, pathStart);
      }
    }
    this.lastPage = pageUrl;
    this.lastHost = host;
    return host;
  }
}

const BACKSLASH = 0x5c;
const resolvedLinks = new ResolvedLinks();

/** Compiles include/exclude globs: `*` matches within one segment, `**` across segments. */
export function globMatcher(globs: string[]): ((sitePath: string) => boolean) | null {
  if (!globs.length) return null;
  const res = globs.map((g) => {
    let re = "";
    for (let k = 0; k < g.length; k++) {
      const c = g[k]!;
      if (c === "*" && g[k + 1] === "*") {
        re += ".*";
        k++;
      } else if (c === "*") re += "[^/]*";
      else if (c === "?") re += "[^/]";
      else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp("^" + re + "$");
  });
  return (p) => res.some((r) => r.test(p.split("?")[0]!) || r.test(p));
}

/** The href of a page's first <base href>, or null: it changes what every relative URL resolves against. */
export function baseHref(html: string): string | null {
  if (!/<base[\s>]/i.test(html)) return null;
  let found: string | null = null;
  scanHtml(html, (ref) => {
    if (ref.kind === "base") found ??= ref.value;
  });
  return found;
}
