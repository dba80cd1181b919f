/** The one sentence every output (summary, report, action annotation) uses when a crawl hit --max-pages. */
export function crawlStoppedMessage(maxPages: number): string {
  return (
    `The crawl stopped at --max-pages (${maxPages}): pages it found beyond that were not exported ` +
    "(listed pages always are). Raise --max-pages, or narrow the crawl with --include/--exclude."
  );
}
