import type Koa from "koa";
import type { Datasette } from "./datasette.js";
import type { Actor } from "../plugins/hooks.js";

/** The actor for a request: the first plugin (tokens and the ds_actor cookie are built-in plugins) that names one. */
export async function resolveActor(datasette: Datasette, ctx: Koa.Context): Promise<Actor | null> {
  for (const actor of await datasette.callHook("actorFromRequest", ctx, datasette)) {
    if (actor) return actor as Actor;
  }
  return null;
}
