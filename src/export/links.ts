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
const URL_ATTRS: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  input: ["src", "formaction"],
  object: ["data"],
  form: ["action"],
  button: ["formaction"],
  base: ["href"],
};
const TAG = /<([a-zA-Z][^\s/>]*)/y;
const ATTR = /[\s/]*([^\s"'>/=]+)(\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/y;
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "noscript"]);

/**
 * Calls `visit` for every URL attribute (and every CSS url() and @import in <style> and style=""); a
 * returned string replaces that URL. Returns the HTML, rewritten where visit asked.
 */
export function scanHtml(html: string, visit: (ref: UrlRef) => string | undefined | void): string {
  let out = "";
  let copied = 0;
  let i = 0;
  let lower: string | undefined;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const tag = m[1]!.toLowerCase();
    const attrs: { name: string; value: string; start: number; end: number }[] = [];
    let j = lt + m[0].length;
    // Attributes: name, optionally = and a quoted or bare value.
    while (j < n && html[j] !== ">") {
      ATTR.lastIndex = j;
      const a = ATTR.exec(html);
      if (!a || a[0].length === 0) {
        j++;
        continue;
      }
      if (a[3] !== undefined) {
        const start = j + a[0].length - a[3].length;
        const quoted = a[3].startsWith('"') || a[3].startsWith("'");
        const raw = quoted ? a[3].slice(1, -1) : a[3];
        attrs.push({
          name: a[1]!.toLowerCase(),
          value: decodeEntities(raw),
          start,
          end: start + a[3].length,
        });
      }
      j += a[0].length;
    }
    const tagEnd = j + 1;
    const rel = attrs.find((a) => a.name === "rel")?.value ?? "";
    for (const attr of attrs) {
      let replacement: string | undefined;
      if (URL_ATTRS[tag]?.includes(attr.name)) {
        const kind = kindOf(tag, attr.name, rel);
        if (attr.name === "srcset") {
          let changed = false;
          const parts = attr.value.split(",").map((candidate) => {
            const [url, ...descriptor] = candidate.trim().split(/\s+/);
            if (!url) return candidate;
            const r = visit({ tag, attr: attr.name, value: url, kind: "asset" });
            if (typeof r === "string" && r !== url) changed = true;
            return [typeof r === "string" ? r : url, ...descriptor].join(" ");
          });
          if (changed) replacement = parts.join(", ");
        } else {
          const r = visit({
            tag,
            attr: attr.name,
            value: attr.value,
            kind,
            nofollow: /\bnofollow\b/i.test(rel),
          });
          if (typeof r === "string" && r !== attr.value) replacement = r;
        }
      } else if (attr.name === "style") {
        const css = rewriteCss(attr.value, (url) => visit({ tag, attr: "style", value: url, kind: "asset" }));
        if (css !== attr.value) replacement = css;
      }
      if (replacement !== undefined) {
        out += html.slice(copied, attr.start) + '"' + encodeAttribute(replacement) + '"';
        copied = attr.end;
      }
    }
    i = tagEnd;
    if (RAW_TEXT.has(tag)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf("</" + tag, tagEnd);
      const end = close === -1 ? n : close;
      if (tag === "style") {
        const css = html.slice(tagEnd, end);
        const rewritten = rewriteCss(css, (url) => visit({ tag, attr: "url()", value: url, kind: "asset" }));
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
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/**
 * The site path (below basePath, starting "/", with query) an href points to, or null when it leaves
 * the site: another origin, another scheme, or a path outside base_url. The origin the exporter's server
 * names in absolute URLs (next_url, facet toggles) counts as the server's own.
 */
export function toSitePath(href: string, pageUrl: string, origin: string, basePath: string): string | null {
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
