import { pathWithAddedArgs } from "./query-string.js";

/**
 * The table page's filter form submits `_filter_column=…&_filter_op=…&_filter_value=…` (and numbered
 * copies) and a "descending" checkbox; Datasette redirects those to `COL__OP=VALUE` and `_sort_desc=`.
 * Returns the redirect target, or null.
 */
export function tableRedirect(path: string, queryString: string, args: URLSearchParams): string | null {
  const params: [string, string | null][] = [];
  const column = args.get("_filter_column");
  let op = args.get("_filter_op") || "";
  let value = args.get("_filter_value") || "";
  if (op.includes("__")) [op, value] = splitOnce(op, value);
  if (column) params.push([`${column}__${op}`, value]);
  for (const key of ["_filter_column", "_filter_op", "_filter_value"])
    if (args.has(key)) params.push([key, null]);
  for (const key of new Set(args.keys())) {
    const m = /^_filter_column_(\d+)$/.exec(key);
    if (!m) continue;
    const n = m[1];
    const col = args.get(key);
    let numberedOp = args.get(`_filter_op_${n}`) || "exact";
    let numberedValue = args.get(`_filter_value_${n}`) || "";
    if (numberedOp.includes("__")) [numberedOp, numberedValue] = splitOnce(numberedOp, numberedValue);
    if (col) params.push([`${col}__${numberedOp}`, numberedValue]);
    params.push([`_filter_column_${n}`, null], [`_filter_op_${n}`, null], [`_filter_value_${n}`, null]);
  }
  if (params.length) return pathWithAddedArgs(path, queryString, params);
  if (args.has("_sort_by_desc")) {
    return pathWithAddedArgs(path, queryString, [
      ["_sort_desc", args.get("_sort")],
      ["_sort_by_desc", null],
      ["_sort", null],
    ]);
  }
  return null;
}

function splitOnce(op: string, fallback: string): [string, string] {
  const i = op.indexOf("__");
  return i < 0 ? [op, fallback] : [op.slice(0, i), op.slice(i + 2)];
}
