/**
 * Datasette builds every toggle, pagination and facet URL from the request's query string with Python's
 * parse_qsl/urlencode (datasette/utils/__init__.py path_with_added_args & co.). These reproduce their
 * quirks, so URLs match byte for byte: blank values are dropped on parse, `~` stays bare, `*` is escaped.
 */
export type Pair = [string, string];

/** Python's quote_plus: unreserved are letters, digits and `_.-~`; space becomes `+`. */
export function quotePlus(value: string): string {
  // Most names and values are unreserved already: no bytes, characters and joins to build them again.
  if (UNRESERVED.test(value)) return value;
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.~-]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

const UNRESERVED = /^[A-Za-z0-9_.~-]*$/;

function unquotePlus(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value.replace(/\+/g, " ");
  }
}

/** Python's parse_qsl; `keepBlank` is its keep_blank_values. */
export function parseQsl(queryString: string, keepBlank = false): Pair[] {
  const pairs: Pair[] = [];
  for (const part of queryString.split("&")) {
    if (!part) continue;
    const i = part.indexOf("=");
    const key = unquotePlus(i < 0 ? part : part.slice(0, i));
    const value = i < 0 ? "" : unquotePlus(part.slice(i + 1));
    if (value === "" && !keepBlank) continue;
    pairs.push([key, value]);
  }
  return pairs;
}

/** Python's str() for the values Datasette puts in URLs. */
export function pyStr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  return String(value);
}

export function urlencode(pairs: [string, unknown][]): string {
  return pairs.map(([k, v]) => `${quotePlus(k)}=${quotePlus(pyStr(v))}`).join("&");
}

function withQuery(path: string, pairs: [string, unknown][]): string {
  const qs = urlencode(pairs);
  return qs ? `${path}?${qs}` : path;
}

/** path_with_added_args: a null value removes that key; others are appended after the kept pairs. */
export function pathWithAddedArgs(path: string, queryString: string, args: [string, unknown][]): string {
  const remove = new Set(args.filter(([, v]) => v === null).map(([k]) => k));
  const current: [string, unknown][] = parseQsl(queryString).filter(([k]) => !remove.has(k));
  return withQuery(path, [...current, ...args.filter(([, v]) => v !== null)]);
}

/** path_with_removed_args: a set removes keys; pairs remove only that key with that value. */
export function pathWithRemovedArgs(path: string, queryString: string, args: Set<string> | Pair[]): string {
  const q = path.indexOf("?");
  if (q >= 0) {
    queryString = path.slice(q + 1);
    path = path.slice(0, q);
  }
  const remove = (k: string, v: string) =>
    args instanceof Set ? args.has(k) : args.some(([rk, rv]) => rk === k && rv === v);
  return withQuery(
    path,
    parseQsl(queryString).filter(([k, v]) => !remove(k, v)),
  );
}

/** path_with_replaced_args: every pair whose key is named is replaced; null values just remove. */
export function pathWithReplacedArgs(path: string, queryString: string, args: [string, unknown][]): string {
  const keys = new Set(args.map(([k]) => k));
  const current: [string, unknown][] = parseQsl(queryString).filter(([k]) => !keys.has(k));
  return withQuery(path, [...current, ...args.filter(([, v]) => v !== null)]);
}

/** path_with_format: `/db/t` → `/db/t.csv` keeping the query string, extra pairs sorted and appended. */
export function pathWithFormat(
  path: string,
  queryString: string,
  format: string,
  extra?: Record<string, string>,
): string {
  // No pairs to add (a page's .json link): no copies, pairs and sort for nothing.
  if (!path.includes(".") && !hasOwnKeys(extra)) {
    const withFormat = `${path}.${format}`;
    return queryString ? `${withFormat}?${queryString}` : withFormat;
  }
  const qs = { ...extra };
  if (path.includes(".")) qs._format = format;
  else path = `${path}.${format}`;
  const extraPairs = Object.entries(qs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (extraPairs.length) {
    const encoded = urlencode(extraPairs);
    return queryString ? `${path}?${queryString}&${encoded}` : `${path}?${encoded}`;
  }
  return queryString ? `${path}?${queryString}` : path;
}

function hasOwnKeys(object: Record<string, string> | undefined): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}
