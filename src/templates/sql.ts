/**
 * The `sql()` template function (datasette-template-sql). Nunjucks expressions are synchronous and
 * queries are not, so a render runs in passes: an unseen query answers an empty result and is
 * recorded; after the pass every recorded query runs (concurrently) and the template renders again.
 */
import type { SqlParams, SqlValue } from "../db/types.js";
import type { SqlRunner } from "./types.js";
import { bindArgs, isPlainObject } from "./python-values.js";

/** A result row as sqlite3.Row behaves in Jinja: `row[0]`, `row["name"]`, `row.name`, iterable values. */
export class SqlRow extends Array<SqlValue> {
  // Array methods (map, slice…) should build plain arrays, not rows without columns.
  static override get [Symbol.species]() {
    return Array;
  }
  readonly #columns: Map<string, number>;
  constructor(columns: Map<string, number>, values: SqlValue[]) {
    super();
    this.#columns = columns;
    for (const v of values) this.push(v);
  }
  has(name: string): boolean {
    return this.#columns.has(name);
  }
  get(name: string): SqlValue | undefined {
    const i = this.#columns.get(name);
    return i === undefined ? undefined : this[i];
  }
  override keys(): any {
    return [...this.#columns.keys()];
  }
}

/** A query in a template failed; carries the query text so the error page can name it. */
export class TemplateSqlError extends Error {
  override name = "TemplateSqlError";
  constructor(
    readonly query: string,
    readonly database: string | undefined,
    cause: unknown,
  ) {
    super(`sql() query failed: ${(cause as Error)?.message ?? String(cause)}\nQuery: ${query}`, { cause });
  }
}

interface Entry {
  rows?: SqlRow[];
  error?: TemplateSqlError;
}

interface Call {
  query: string;
  params: SqlParams | undefined;
  database: string | undefined;
}

function cacheKey(call: Call): string {
  return JSON.stringify([call.database ?? null, call.query, call.params ?? null], (_k, v: unknown) =>
    typeof v === "bigint" ? `${v}n` : Buffer.isBuffer(v) ? `buffer:${v.toString("base64")}` : v,
  );
}

function normaliseParams(params: unknown): SqlParams | undefined {
  if (params === undefined || params === null) return undefined;
  if (Array.isArray(params)) return params as SqlParams;
  if (isPlainObject(params)) return params as SqlParams;
  throw new Error("sql(): params must be a dict (for :name) or a list (for ?)");
}

/** One render's queries: what the template asked for, and the answers from earlier passes. */
export class SqlPasses {
  readonly #cache = new Map<string, Entry>();
  readonly #pending = new Map<string, Call>();
  /** Queries run, for tests and logs. */
  executed = 0;
  /** The failed query the template last hit: Nunjucks wraps thrown errors, so the engine looks here. */
  failure: TemplateSqlError | null = null;

  constructor(private readonly runner: SqlRunner | undefined) {}

  /** The `sql(query, params=None, database=None)` template function. */
  readonly sql = (...args: unknown[]): SqlRow[] => {
    const a = bindArgs("sql", ["sql", "params", "database"], args);
    if (typeof a.sql !== "string") throw new Error("sql(): the query must be a string");
    const call: Call = {
      query: a.sql,
      params: normaliseParams(a.params),
      database: a.database == null ? undefined : String(a.database),
    };
    if (!this.runner) throw new Error("sql() is not available here: this render has no database");
    const key = cacheKey(call);
    const entry = this.#cache.get(key);
    if (entry?.error) {
      this.failure = entry.error;
      throw entry.error;
    }
    if (entry?.rows) return entry.rows;
    this.#pending.set(key, call);
    return [];
  };

  get hasPending(): boolean {
    return this.#pending.size > 0;
  }

  /** Starts a pass: nothing recorded yet. */
  beginPass(): void {
    this.#pending.clear();
    this.failure = null;
  }

  /** Runs every query recorded in the last pass, concurrently; failures are kept to throw on the next pass. */
  async runPending(): Promise<void> {
    const calls = [...this.#pending];
    this.#pending.clear();
    await Promise.all(
      calls.map(async ([key, call]) => {
        this.executed++;
        try {
          const result = await this.runner!(call.query, call.params, call.database);
          const columns = new Map(result.columns.map((c, i) => [c, i] as const));
          this.#cache.set(key, { rows: result.rows.map((r) => new SqlRow(columns, r)) });
        } catch (err) {
          this.#cache.set(key, { error: new TemplateSqlError(call.query, call.database, err) });
        }
      }),
    );
  }
}
