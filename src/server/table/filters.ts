import { HttpError } from "../http-error.js";
import { escapeSqlite } from "./sql-names.js";

/**
 * Datasette's column filters (datasette/filters.py): `?col__op=value` pairs become where clauses with
 * `:p0, :p1 …` parameters, plus an English description ("where state = "CA" and n > 3").
 */
interface FilterDef {
  key: string;
  display: string;
  noArgument?: boolean;
  /** SQL for column `c`, parameter name `p`, table `t`. */
  sql(c: string, p: string, t: string): string;
  human(c: string, v: string): string;
  format?: (v: string) => string;
  numeric?: boolean;
}

const isDigits = (v: string) => /^[0-9]+$/.test(v);

/**
 * Datasette's `in`/`notin` value: a JSON array, or a comma-separated list. A value that starts with "["
 * but is not JSON is the request's mistake: a 400 (Datasette's json.loads error is a 500).
 */
export function splitInValue(value: string): unknown[] {
  if (value.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new HttpError(400, `Invalid JSON list for __in or __notin: ${value}`);
    }
    return Array.isArray(parsed) ? parsed : [parsed];
  }
  return value.split(",").map((v) => v.trim());
}

const FILTERS: FilterDef[] = [
  {
    key: "exact",
    display: "=",
    sql: (c, p) => `"${c}" = :${p}`,
    human: (c, v) => (isDigits(v) ? `${c} = ${v}` : `${c} = "${v}"`),
  },
  {
    key: "not",
    display: "!=",
    sql: (c, p) => `"${c}" != :${p}`,
    human: (c, v) => (isDigits(v) ? `${c} != ${v}` : `${c} != "${v}"`),
  },
  {
    key: "contains",
    display: "contains",
    sql: (c, p) => `"${c}" like :${p}`,
    human: (c, v) => `${c} contains "${v}"`,
    format: (v) => `%${v}%`,
  },
  {
    key: "notcontains",
    display: "does not contain",
    sql: (c, p) => `"${c}" not like :${p}`,
    human: (c, v) => `${c} does not contain "${v}"`,
    format: (v) => `%${v}%`,
  },
  {
    key: "endswith",
    display: "ends with",
    sql: (c, p) => `"${c}" like :${p}`,
    human: (c, v) => `${c} ends with "${v}"`,
    format: (v) => `%${v}`,
  },
  {
    key: "startswith",
    display: "starts with",
    sql: (c, p) => `"${c}" like :${p}`,
    human: (c, v) => `${c} starts with "${v}"`,
    format: (v) => `${v}%`,
  },
  { key: "gt", display: ">", sql: (c, p) => `"${c}" > :${p}`, human: (c, v) => `${c} > ${v}`, numeric: true },
  {
    key: "gte",
    display: "\u2265",
    sql: (c, p) => `"${c}" >= :${p}`,
    human: (c, v) => `${c} \u2265 ${v}`,
    numeric: true,
  },
  { key: "lt", display: "<", sql: (c, p) => `"${c}" < :${p}`, human: (c, v) => `${c} < ${v}`, numeric: true },
  {
    key: "lte",
    display: "\u2264",
    sql: (c, p) => `"${c}" <= :${p}`,
    human: (c, v) => `${c} \u2264 ${v}`,
    numeric: true,
  },
  { key: "like", display: "like", sql: (c, p) => `"${c}" like :${p}`, human: (c, v) => `${c} like "${v}"` },
  {
    key: "notlike",
    display: "not like",
    sql: (c, p) => `"${c}" not like :${p}`,
    human: (c, v) => `${c} not like "${v}"`,
  },
  { key: "glob", display: "glob", sql: (c, p) => `"${c}" glob :${p}`, human: (c, v) => `${c} glob "${v}"` },
  { key: "in", display: "in", sql: () => "", human: (c, v) => `${c} in ${pyJsonDumps(splitInValue(v))}` },
  {
    key: "notin",
    display: "not in",
    sql: () => "",
    human: (c, v) => `${c} not in ${pyJsonDumps(splitInValue(v))}`,
  },
  {
    key: "arraycontains",
    display: "array contains",
    sql: (c, p, t) => `:${p} in (select value from json_each([${t}].[${c}]))`,
    human: (c, v) => `${c} contains "${v}"`,
  },
  {
    key: "arraynotcontains",
    display: "array does not contain",
    sql: (c, p, t) => `:${p} not in (select value from json_each([${t}].[${c}]))`,
    human: (c, v) => `${c} does not contain "${v}"`,
  },
  {
    key: "date",
    display: "date",
    sql: (c, p) => `date("${c}") = :${p}`,
    human: (c, v) => `"${c}" is on date ${v}`,
  },
  {
    key: "isnull",
    display: "is null",
    noArgument: true,
    sql: (c) => `"${c}" is null`,
    human: (c) => `${c} is null`,
  },
  {
    key: "notnull",
    display: "is not null",
    noArgument: true,
    sql: (c) => `"${c}" is not null`,
    human: (c) => `${c} is not null`,
  },
  {
    key: "isblank",
    display: "is blank",
    noArgument: true,
    sql: (c) => `("${c}" is null or "${c}" = "")`,
    human: (c) => `${c} is blank`,
  },
  {
    key: "notblank",
    display: "is not blank",
    noArgument: true,
    sql: (c) => `("${c}" is not null and "${c}" != "")`,
    human: (c) => `${c} is not blank`,
  },
];
const BY_KEY = new Map(FILTERS.map((f) => [f.key, f]));

/** Python's json.dumps with its default separators (", " and ": ") and ASCII escaping. */
export function pyJsonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([k, v]) => `${pyJsonDumps(k)}: ${pyJsonDumps(v)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}

export class Filters {
  /** `pairs` are the non-special query-string pairs, sorted as Datasette sorts them. */
  constructor(readonly pairs: [string, string][]) {}

  /** (lookup, display, noArgument) for the filter form. */
  lookups(): [string, string, boolean][] {
    return FILTERS.map((f) => [f.key, f.display, Boolean(f.noArgument)]);
  }

  selections(): [string, string, string][] {
    return this.pairs.map(([key, value]) => {
      const i = key.lastIndexOf("__");
      return i >= 0 ? [key.slice(0, i), key.slice(i + 2), value] : [key, "exact", value];
    });
  }

  hasSelections(): boolean {
    return this.pairs.length > 0;
  }

  humanDescriptionEn(extra: string[] = []): string {
    const bits = [...extra];
    for (const [column, lookup, value] of this.selections()) {
      const filter = BY_KEY.get(lookup);
      if (filter) bits.push(filter.noArgument ? filter.human(column, "") : filter.human(column, value));
    }
    const andBits: string[] = [];
    if (bits.length > 1) andBits.push(bits.slice(0, -1).join(", "));
    if (bits.length) andBits.push(bits[bits.length - 1]!);
    const s = andBits.join(" and ");
    return s ? `where ${s}` : "";
  }

  /** Where clauses and their `pN` parameters; unknown lookups are ignored, as in Datasette. */
  buildWhereClauses(table: string): { clauses: string[]; params: Record<string, unknown> } {
    const clauses: string[] = [];
    const params: Record<string, unknown> = {};
    let i = 0;
    for (const [column, lookup, value] of this.selections()) {
      const filter = BY_KEY.get(lookup);
      if (!filter) continue;
      if (lookup === "in" || lookup === "notin") {
        const values = splitInValue(value);
        const names = values.map((_, j) => `:p${i + j}`);
        clauses.push(`${escapeSqlite(column)} ${lookup === "in" ? "in" : "not in"} (${names.join(", ")})`);
        for (const v of values) params[`p${i++}`] = v;
        continue;
      }
      if (filter.noArgument) {
        clauses.push(filter.sql(column, "", table));
        continue;
      }
      let converted: unknown = filter.format ? filter.format(value) : value;
      if (filter.numeric && isDigits(converted as string)) converted = parseInt(converted as string, 10);
      clauses.push(filter.sql(column, `p${i}`, table));
      params[`p${i++}`] = converted;
    }
    return { clauses, params };
  }
}
