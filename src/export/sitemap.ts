/** sitemap.xml for a site URL; entries sorted so shards merge to exactly the unsharded file. */
import { hrefForFile } from "./paths.js";

/** The sitemap URL of a written page file. */
export function sitemapUrl(siteUrl: string, file: string): string {
  return siteUrl + hrefForFile(file, "/").slice(1);
}

/** The sitemap's text, in chunks (one per URL): `locs` sorted and without repeats. */
export function* sitemapXml(locs: Iterable<string>): Generator<string> {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  for (const l of locs) yield `  <url><loc>${escape(l)}</loc></url>\n`;
  yield "</urlset>\n";
}

/** The <loc> values of a sitemap we wrote (for merging shards). */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  );
}
