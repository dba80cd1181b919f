import { randomBytes } from "node:crypto";
import type { Actor } from "../../plugins/hooks.js";
import { HttpError } from "../http-error.js";
import { namedParameters } from "../canned-queries.js";

/** What a magic parameter may read from the request. */
export interface MagicRequest {
  /** Lower-cased header names, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  cookies: Record<string, string>;
  actor: Actor | null;
  /** The clock; default `new Date()`. Injected so tests need no sleeps. */
  now?: () => Date;
}

/**
 * A magic parameter family (`_PREFIX_SUFFIX`): answers the value for SUFFIX, or throws MagicKeyError when
 * it has none (Datasette's KeyError).
 */
export type MagicParameter = (suffix: string, request: MagicRequest) => unknown;

/** Datasette's KeyError from a magic parameter: the message is Python's str(KeyError), "'name'" or "". */
export class MagicKeyError extends Error {
  override name = "MagicKeyError";
}

function keyError(key?: string): MagicKeyError {
  return new MagicKeyError(key === undefined ? "" : `'${key}'`);
}

/** Datasette's default_magic_parameters.py: header, actor, cookie, now and random. */
export const BUILTIN_MAGIC_PARAMETERS: Readonly<Record<string, MagicParameter>> = {
  header: (key, request) => {
    const value = request.headers[key.replaceAll("_", "-")];
    return Array.isArray(value) ? (value.at(-1) ?? "") : (value ?? "");
  },
  actor: (key, request) => {
    if (!request.actor) throw keyError();
    if (!Object.hasOwn(request.actor, key)) throw keyError(key);
    return request.actor[key];
  },
  cookie: (key, request) => {
    if (!Object.hasOwn(request.cookies, key)) throw keyError(key);
    return request.cookies[key];
  },
  now: (key, request) => {
    const now = (request.now ?? (() => new Date()))();
    if (key === "epoch") return Math.floor(now.getTime() / 1000);
    if (key === "date_utc") return now.toISOString().slice(0, 10);
    if (key === "datetime_utc") return `${now.toISOString().slice(0, 19)}Z`;
    throw keyError();
  },
  random: (key) => {
    const m = /^chars_(\d+)$/.exec(key);
    if (!m) throw keyError();
    const length = Number(m[1]);
    return randomBytes(Math.ceil(length / 2))
      .toString("hex")
      .slice(0, length);
  },
};

/**
 * The values of the magic parameters a canned query's SQL names (`:_actor_id`, `:_now_epoch` …), to be
 * bound over the query string's values so a URL cannot supply them. Datasette offers these only to
 * canned queries: user-supplied `?sql=` never gets them. A parameter whose family has no value (no actor,
 * a missing cookie) is a 400: the request lacks what the query needs (Datasette's uncaught KeyError makes
 * it a 500).
 */
export function magicParameterValues(
  sql: string,
  request: MagicRequest,
  families: Readonly<Record<string, MagicParameter>> = BUILTIN_MAGIC_PARAMETERS,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of namedParameters(sql)) {
    if (!key.startsWith("_") || key.split("_").length < 3) continue;
    const rest = key.slice(1);
    const split = rest.indexOf("_");
    const prefix = rest.slice(0, split);
    const family = families[prefix];
    if (!family || !Object.hasOwn(families, prefix)) continue;
    try {
      values[key] = family(rest.slice(split + 1), request);
    } catch (error) {
      if (error instanceof MagicKeyError)
        throw new HttpError(400, `No value for :${key} in this request`, { cause: error });
      throw error;
    }
  }
  return values;
}
