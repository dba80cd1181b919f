/**
 * Which links of an export lead nowhere: a link to a page file that was not written is broken, unless
 * it is a query-string (`t@_sort=x.html`) or format (`t.json`, `t.csv`) variant of a page — left out on
 * purpose (a crawl follows plain paths and pagination only), so only counted. One check for a single
 * export and for merged shards, both of which keep their links and written files in a ledger.
 */
import type { Ledger } from "./ledger.js";

export interface LinkCheck {
  brokenLinks: { from: string; href: string }[];
  unexportedVariants: number;
}

/** Checks every link the ledger holds (each linked file and the first page linking to it). */
export function checkLinks(ledger: Ledger): LinkCheck {
  const result: LinkCheck = { brokenLinks: [], unexportedVariants: 0 };
  for (const [file, from] of ledger.unwrittenLinks()) {
    if (file.includes("@") || /\.(json|csv)$/.test(file)) result.unexportedVariants++;
    else result.brokenLinks.push({ from, href: file });
  }
  return result;
}

/**
 * A shard cannot see the other shards' files, so it leaves its pages' links beside its output for
 * `merge`, which checks them against the merged site and leaves this file out of it: a JSON array of
 * [file, first page linking to it] pairs.
 */
export const SHARD_LINKS_FILE = ".datasette-export-links.json";

/** The shard links file's text, in chunks (one per link), so a large site's links never sit in memory whole. */
export function* shardLinksJson(ledger: Ledger): Generator<string> {
  let first = true;
  for (const pair of ledger.links()) {
    yield (first ? "[" : ",") + JSON.stringify(pair);
    first = false;
  }
  yield first ? "[]" : "]";
}
