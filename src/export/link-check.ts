/**
 * Which links of an export lead nowhere: a link to a page file that was not written is broken, unless
 * it is a query-string (`t@_sort=x.html`) or format (`t.json`, `t.csv`) variant of a page — left out on
 * purpose (a crawl follows plain paths and pagination only), so only counted. One check for a single
 * export and for merged shards.
 */
export interface LinkCheck {
  brokenLinks: { from: string; href: string }[];
  unexportedVariants: number;
}

/** `links` maps each linked file to the page that first linked it; `written` says whether a file exists. */
export function checkLinks(links: Iterable<[string, string]>, written: (file: string) => boolean): LinkCheck {
  const result: LinkCheck = { brokenLinks: [], unexportedVariants: 0 };
  for (const [file, from] of links) {
    if (written(file) || written(file.replace(/\.html$/, "/index.html"))) continue;
    if (file.includes("@") || /\.(json|csv)$/.test(file)) result.unexportedVariants++;
    else result.brokenLinks.push({ from, href: file });
  }
  return result;
}

/**
 * A shard cannot see the other shards' files, so it leaves its pages' links beside its output for
 * `merge`, which checks them against the merged site and leaves this file out of it.
 */
export const SHARD_LINKS_FILE = ".datasette-export-links.json";
