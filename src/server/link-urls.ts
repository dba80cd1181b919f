/** The metadata keys whose values the templates print as links (`<a href="{{ metadata.license_url }}">`). */
const LINK_KEYS = ["license_url", "source_url", "about_url"] as const;

/**
 * Whether `url` may be printed as a link: http(s), or relative (a path, `?…`, `#…`, `//host/…`).
 * `javascript:`, `data:`, `vbscript:` and every other scheme are not. Read as a browser reads it:
 * tabs and newlines anywhere and leading controls and spaces do not count (`java\tscript:` is javascript).
 */
export function isLinkableUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- exactly what browsers strip before reading the scheme.
  const seen = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(seen)?.[1];
  return scheme === undefined || /^https?$/i.test(scheme);
}

/**
 * `metadata` (instance, database, table, query or row level) as the HTML templates get it: a
 * license/source/about URL that is not linkable is left out, so the template prints the license, source
 * or about text without a link, or nothing when there is no text. JSON answers keep the metadata as given.
 */
export function withLinkableUrls<T>(metadata: T): T {
  if (!metadata || typeof metadata !== "object") return metadata;
  const record = metadata as Record<string, unknown>;
  const refused = LINK_KEYS.filter((key) => key in record && !isLinkableUrl(String(record[key] ?? "")));
  if (!refused.length) return metadata;
  const copy = { ...record };
  for (const key of refused) delete copy[key];
  return copy as T;
}
