/** sitemap.xml for a site URL; entries sorted so shards merge to exactly the unsharded file. */
import { hrefForFile } from "./paths.js";

export function renderSitemap(siteUrl: string, files: string[]): string {
  const locs = [...new Set(files.map((f) => siteUrl + hrefForFile(f, "/").slice(1)))].sort();
  return sitemapXml(locs);
}

export function sitemapXml(locs: string[]): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    locs.map((l) => `  <url><loc>${escape(l)}</loc></url>\n`).join("") +
    "</urlset>\n"
  );
}

/** The <loc> values of a sitemap we wrote (for merging shards). */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  );
}
