/**
 * Every Location the server sends passes through here, so no answer redirects to another site.
 *
 * Paths in redirects are built from the request's own path (trailing-slash removal, the table's filter
 * form, a canned query's write): `GET //evil.example/` would answer `Location: //evil.example`, which a
 * browser reads as another host. Browsers also read `\` as `/` and drop tabs and newlines anywhere in a
 * URL (and C0 controls and spaces at its ends), so `/\evil.example` and `/\t/evil.example` are the same
 * trap. A Location that starts with any run of slashes or backslashes is a path on this site: the run
 * becomes one `/`. (Datasette fixed the same hole this way: GHSA-w832-gg5g-x44m, issues 2429 and 2680.)
 *
 * Absolute URLs (`https://…`) are left alone: only configuration and plugins write those (a canned
 * query's `on_success_redirect`, a sign-in plugin sending the browser to its provider), never a request.
 */
export function onSiteLocation(location: string): string {
  // What a browser's URL parser removes before it looks at the slashes.
  // eslint-disable-next-line no-control-regex -- these are exactly the characters browsers strip.
  const seen = location.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  if (!/^[/\\]/.test(seen)) return location;
  return seen.replace(/^[/\\]+/, "/");
}
