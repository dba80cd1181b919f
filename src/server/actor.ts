import type Koa from "koa";
import type { Datasette } from "./datasette.js";
import type { Actor } from "../plugins/hooks.js";
import { HttpError } from "./http-error.js";
import { TokenInvalid } from "./auth/tokens.js";

/**
 * The actor for a request: the first plugin (tokens and the ds_actor cookie are built-in plugins) that
 * names one. A token a plugin recognised but refused fails the request with a JSON 401, as in Datasette
 * (bearer tokens are API credentials).
 */
export async function resolveActor(datasette: Datasette, ctx: Koa.Context): Promise<Actor | null> {
  let results: unknown[];
  try {
    results = await datasette.callHook("actorFromRequest", ctx, datasette);
  } catch (error) {
    const cause = error instanceof TokenInvalid ? error : (error as Error).cause;
    if (!(cause instanceof TokenInvalid)) throw error;
    ctx.state.answerJson = true;
    throw new HttpError(401, cause.message, {
      headers: { "www-authenticate": 'Bearer error="invalid_token"' },
      cause,
    });
  }
  for (const actor of results) {
    if (actor) return actor as Actor;
  }
  return null;
}
