/**
 * Whether a Host header can be used to build this server's absolute URLs (next_url, toggle URLs, the
 * alternate JSON link): a host name, IPv4 or bracketed IPv6 address, with an optional port 0–65535.
 * Anything else (`a b`, `127.0.0.1:99999`, `[::1`, `x/y`, `x?y`) is refused with a 400 by the app:
 * Koa's ctx.URL cannot be built from it and the URLs we would print from it are not URLs.
 * An absent or empty Host (HTTP/1.0) is accepted; absolute URLs then have an empty host, as before.
 */
export function isValidHostHeader(host: string): boolean {
  // Nearly every request names the same host: the last one found valid is not parsed again.
  if (host === "" || host === lastValid) return true;
  if (!parsesAsHost(host)) return false;
  lastValid = host;
  return true;
}

let lastValid = "";

function parsesAsHost(host: string): boolean {
  const m = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~!$&'()*+;=%-]+)(?::(\d{1,5}))?$/.exec(host);
  if (!m || (m[1] !== undefined && Number(m[1]) > 65535)) return false;
  try {
    // The WHATWG parser has the last word (percent-escapes, IPv6 syntax, forbidden code points).
    return new URL(`http://${host}/`).pathname === "/";
  } catch {
    return false;
  }
}
