import type Koa from "koa";
import type { ResponseEffects } from "../templates/types.js";
import { HttpError } from "./http-error.js";

/** Applies what a template asked for: raise_404, custom_status, custom_header, custom_redirect. */
export function applyRenderEffects(ctx: Koa.Context, effects: ResponseEffects): void {
  if (effects.notFound !== null) throw new HttpError(404, effects.notFound || "Not found");
  for (const [name, value] of Object.entries(effects.headers)) ctx.set(name, value);
  if (effects.status !== null) ctx.status = effects.status;
  if (effects.redirect) {
    ctx.status = effects.redirect.status;
    ctx.set("Location", effects.redirect.location);
  }
}
