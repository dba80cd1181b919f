import type BetterSqlite3 from "better-sqlite3";
import type { ViewRequest, ViewResult } from "../view.js";
import type { Database, SqlValue } from "../../db/types.js";
import type { StoredQuery } from "../canned-queries.js";
import { HttpError } from "../http-error.js";
import { templateRequest } from "../request.js";
import { magicParameterValues } from "../table/magic-parameters.js";
import { runSql } from "../table/run-sql.js";
import { maxPostBodyBytes, readBody } from "../write/request-body.js";
import { parseJson, JsonSyntaxError, type FloatMarks } from "../write/json-parse.js";
import { pyStr } from "../../templates/python-values.js";
import { addMessage, ERROR, INFO, type MessageType } from "../messages.js";

/**
 * A POST to a canned query (Datasette's QueryView.post): the posted fields — form-encoded, or a JSON
 * object whose values are turned into strings as Python's str() would — plus magic parameters are bound
 * to the query's SQL, which runs once on the database's writer. The SQL is trusted configuration, so
 * view-query (checked by the caller) is the only permission; cross-site posts never get this far
 * (auth/csrf.ts). The answer is Datasette's: a redirect carrying a flash message, or with
 * `Accept: application/json`, `?_json=1` or a posted `_json`, `{ok, message, redirect}` (a 400 in the
 * standard error format when the SQL failed). As in Datasette, a canned query not marked `write: true`
 * runs the same way when posted to: only its page's form is a GET.
 */
export async function writeCannedQuery(
  req: ViewRequest,
  db: Database,
  stored: StoredQuery,
): Promise<ViewResult> {
  const { datasette, ctx, actor } = req;
  if (db.immutable) throw new HttpError(403, "Database is immutable");
  const body = (await readBody(ctx, maxPostBodyBytes(datasette.settings))).toString("utf8").trim();
  const posted = postedParameters(body);
  // Old forms still send asgi-csrf's token; it is never a SQL parameter.
  delete posted.csrftoken;
  const wantsJson =
    ctx.get("accept") === "application/json" || Boolean(req.args.get("_json") || posted._json);
  // Magic parameters win over posted fields of the same name, so a form cannot claim another actor.
  const params: Record<string, unknown> = {
    ...posted,
    ...magicParameterValues(stored.sql, {
      headers: ctx.headers,
      cookies: templateRequest(ctx, actor).cookies,
      actor,
    }),
  };

  let ok: boolean;
  let message: string;
  let type: MessageType = INFO;
  let redirect: string | null;
  try {
    const rowcount = await db.write((conn) => runStatement(conn, stored.sql, params));
    message = "";
    if (stored.on_success_message_sql) {
      try {
        const sql = stored.on_success_message_sql;
        const result = await runSql(db, sql, boundValues(sql, params), { maxRows: 1 });
        const first = result.rows[0]?.[0];
        if (first !== null && first !== undefined && first !== "" && first !== 0) message = String(first);
      } catch (error) {
        message = `Error running on_success_message_sql: ${(error as Error).message}`;
        type = ERROR;
      }
    }
    if (!message) {
      message =
        stored.on_success_message ||
        (rowcount === -1
          ? "Query executed"
          : `Query executed, ${rowcount} row${rowcount === 1 ? "" : "s"} affected`);
    }
    redirect = stored.on_success_redirect ?? null;
    ok = true;
  } catch (error) {
    message = stored.on_error_message || (error instanceof Error ? error.message : String(error));
    type = ERROR;
    redirect = stored.on_error_redirect ?? null;
    ok = false;
  }

  if (wantsJson) {
    const answer = ok
      ? { ok: true, message, redirect }
      : { ok: false, error: message, errors: [message], status: 400, redirect };
    return {
      status: ok ? 200 : 400,
      raw: { body: JSON.stringify(answer), contentType: "application/json; charset=utf-8" },
    };
  }
  addMessage(datasette, ctx, message, type);
  return { redirect: redirect || ctx.path };
}

/** The posted fields: a JSON object when the body looks like one (Datasette's test), else form-encoded. */
function postedParameters(body: string): Record<string, string> {
  const params: Record<string, string> = {};
  if (body.startsWith("{") && body.endsWith("}")) {
    let parsed;
    try {
      parsed = parseJson(body);
    } catch (error) {
      if (error instanceof JsonSyntaxError) throw new HttpError(400, `Invalid JSON: ${error.message}`);
      throw error;
    }
    const object = parsed.value as Record<string, unknown>;
    for (const [key, value] of Object.entries(object))
      params[key] = pythonStr(value, parsed.floats, object, key);
    return params;
  }
  // Later fields of the same name win, as dict(parse_qsl(…)) does.
  for (const [key, value] of new URLSearchParams(body)) params[key] = value;
  return params;
}

/** Python's str() of a json.loads value: `1.0` stays "1.0", `true` is "True", lists print as Python lists. */
function pythonStr(value: unknown, floats: FloatMarks, container: object, key: string): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    const text = String(value);
    return floats.get(container)?.has(key) && Number.isInteger(value) && !text.includes("e")
      ? `${text}.0`
      : text;
  }
  return pyStr(value);
}

/**
 * Runs one statement on the writer connection and answers Python's cursor.rowcount: the rows changed
 * for INSERT, UPDATE, DELETE and REPLACE, -1 for anything else.
 */
function runStatement(conn: BetterSqlite3.Database, sql: string, params: Record<string, unknown>): number {
  let statement: BetterSqlite3.Statement;
  try {
    statement = conn.prepare(sql);
  } catch (error) {
    // Python's sqlite3 runs SQL with nothing in it (blank, or only comments) as a no-op.
    if (error instanceof RangeError && /contains no statements/.test(error.message)) return -1;
    throw pythonWording(error);
  }
  let changes: number;
  try {
    changes = statement.run(boundValues(sql, params)).changes;
  } catch (error) {
    throw pythonWording(error);
  }
  return /^(?:insert|update|delete|replace)/i.test(withoutLeadingComments(sql)) ? changes : -1;
}

/**
 * The values for the parameters the SQL names (`:name`, `@name`, `$name`), as SQLite values: integers
 * as INTEGER (better-sqlite3 would bind a JS number as REAL), booleans as 1/0. A name with no value
 * is left out, so SQLite's missing-parameter error reports it.
 */
function boundValues(sql: string, params: Record<string, unknown>): Record<string, SqlValue> {
  const values: Record<string, SqlValue> = {};
  const stripped = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  for (const [, name] of stripped.matchAll(/[:@$]([A-Za-z_]\w*)/g)) {
    if (!Object.hasOwn(params, name!)) continue;
    const value = params[name!];
    if (value === null || value === undefined) values[name!] = null;
    else if (typeof value === "boolean") values[name!] = value ? 1n : 0n;
    else if (typeof value === "number") values[name!] = Number.isInteger(value) ? BigInt(value) : value;
    else if (typeof value === "string" || typeof value === "bigint" || Buffer.isBuffer(value))
      values[name!] = value;
    else values[name!] = JSON.stringify(value);
  }
  return values;
}

function withoutLeadingComments(sql: string): string {
  return sql.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, "");
}

/** better-sqlite3's refusals in the words of Python's sqlite3, which Datasette shows. */
function pythonWording(error: unknown): unknown {
  if (!(error instanceof RangeError)) return error;
  const missing = /^Missing named parameter "(\w+)"$/.exec(error.message);
  if (missing) return new Error(`You did not supply a value for binding parameter :${missing[1]}.`);
  if (/more than one statement/.test(error.message))
    return new Error("You can only execute one statement at a time.");
  return error;
}
