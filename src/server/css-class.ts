import { createHash } from "node:crypto";

/**
 * Datasette's to_css_class: a name that is a valid CSS class stays as it is; any other gets its invalid
 * characters stripped and a 6-character md5 suffix, so `table-DB-TABLE.html` template names are stable.
 */
export function toCssClass(name: string): string {
  if (/^[a-zA-Z]+[_a-zA-Z0-9-]*$/.test(name)) return name;
  const suffix = createHash("md5").update(name, "utf8").digest("hex").slice(0, 6);
  const stripped = name
    .replace(/^_+/, "")
    .replace(/^-+/, "")
    .split(/\s+/)
    .filter(Boolean)
    .join("-")
    .replace(/[^a-zA-Z0-9_-]/g, "");
  return [stripped, suffix].filter(Boolean).join("-");
}
