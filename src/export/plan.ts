/**
 * Where pages come from: --path, --paths-file, then each --sql query, streamed one row at a time so
 * memory stays flat however many rows a query returns. Crawled pages join later, in the pipeline.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { checkOutputName, checkSitePath, UnsafePathError } from "./paths.js";
import type { BootedServer, ExportOptions } from "./types.js";

/** Per-page render rules; SQL columns wait_for, timeout, expect_status and output set them. */
export interface PageRules {
  waitFor: string | null;
  timeoutMs: number | null;
  expectStatus: number | null;
  output: string | null;
}

export interface PlannedPage {
  /** Site path below base_url, e.g. "/db/table?_next=2". Empty when `error` is set. */
  path: string;
  /** "--path", "crawl from /x", "paths.txt line 3", or "SQL query "…" row 12". */
  source: string;
  rules: PageRules;
  /** Set when the path was refused; the pipeline records it as a failure. */
  error?: string;
  /** Rendered even past maxPages (the 404 page, redirect targets). */
  always?: boolean;
  /** Found by a crawl: only these count against maxPages; listed pages are never dropped. */
  crawled?: boolean;
  /** What the report and messages call the page when its path is internal ("404 page"). */
  label?: string;
}

export const NO_RULES: PageRules = Object.freeze({
  waitFor: null,
  timeoutMs: null,
  expectStatus: null,
  output: null,
});

/** A --sql query that SQLite refused, naming the query and SQLite's own message. */
export class SqlQueryError extends Error {
  override name = "SqlQueryError";
  constructor(
    readonly sql: string,
    cause: unknown,
  ) {
    super(
      `SQL query ${JSON.stringify(sql)} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}

/** Paths are below base_url; one given with the base path in front is accepted too. */
export function belowBase(raw: string, basePath: string): string {
  if (basePath !== "/" && raw.startsWith(basePath)) return "/" + raw.slice(basePath.length);
  return raw;
}

function planned(raw: unknown, source: string, basePath: string, rules: PageRules = NO_RULES): PlannedPage {
  try {
    if (typeof raw !== "string") throw new UnsafePathError(String(raw), source, "the path is not text");
    const path = checkSitePath(belowBase(raw.trim(), basePath), source);
    const output = rules.output === null ? null : checkOutputName(rules.output, source);
    return { path, source, rules: { ...rules, output } };
  } catch (e) {
    return { path: "", source, rules, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * How many pages are listed (paths, paths-file lines, SQL rows), for progress: known before rendering
 * starts. SQL rows are counted with a `count(*)` of each query; null when a count fails (the total is
 * then known once the lists have been read).
 */
export async function countListed(
  opts: Pick<ExportOptions, "paths" | "pathsFile" | "sql" | "sqlDatabase" | "shard">,
  server: Pick<BootedServer, "runSql">,
): Promise<number | null> {
  let n = opts.paths.length;
  if (opts.pathsFile) {
    const lines = createInterface({ input: createReadStream(opts.pathsFile), crlfDelay: Infinity });
    for await (const line of lines) {
      const trimmed = line.trim();
      if (trimmed && !trimmed.startsWith("#")) n++;
    }
  }
  for (const sql of opts.sql) {
    try {
      const inner = sql.trim().replace(/;+\s*$/, "");
      const counted = await server.runSql(`select count(*) from (\n${inner}\n)`, opts.sqlDatabase);
      for await (const row of counted.rows) n += Number(row[0]);
    } catch {
      return null; // planPaths reports the query's own error
    }
  }
  // A shard renders about its share of the list.
  return opts.shard ? Math.ceil(n / opts.shard.total) : n;
}

export async function* planPaths(
  opts: Pick<ExportOptions, "paths" | "pathsFile" | "sql" | "sqlDatabase">,
  server: Pick<BootedServer, "runSql">,
  basePath: string,
): AsyncGenerator<PlannedPage> {
  for (const p of opts.paths) yield planned(p, `--path ${p}`, basePath);
  if (opts.pathsFile) {
    const lines = createInterface({ input: createReadStream(opts.pathsFile), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith("#")) continue;
      yield planned(trimmed, `${opts.pathsFile} line ${n}`, basePath);
    }
  }
  for (const sql of opts.sql) {
    let result;
    try {
      result = await server.runSql(sql, opts.sqlDatabase);
    } catch (e) {
      throw new SqlQueryError(sql, e);
    }
    const col = (name: string) => result.columns.indexOf(name);
    const [waitFor, timeout, expect, output] = ["wait_for", "timeout", "expect_status", "output"].map(col);
    let n = 0;
    try {
      for await (const row of result.rows) {
        n++;
        const source = `SQL query ${JSON.stringify(sql)} row ${n}`;
        const pick = (i: number | undefined) => (i === undefined || i < 0 ? null : (row[i] ?? null));
        const num = (v: unknown) => (v === null || v === "" ? null : Number(v));
        const rules: PageRules = {
          waitFor: pick(waitFor) === null ? null : String(pick(waitFor)),
          timeoutMs: num(pick(timeout)),
          expectStatus: num(pick(expect)),
          output: pick(output) === null ? null : String(pick(output)),
        };
        if ([rules.timeoutMs, rules.expectStatus].some((v) => v !== null && !Number.isFinite(v))) {
          yield { path: "", source, rules, error: `${source}: timeout and expect_status must be numbers` };
          continue;
        }
        yield planned(row[0], source, basePath, rules);
      }
    } catch (e) {
      throw new SqlQueryError(sql, e);
    }
  }
}
