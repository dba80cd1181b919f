import { randomBytes, timingSafeEqual } from "node:crypto";
import type Koa from "koa";
import type { Config } from "../../config/config.js";
import type { Actor, Plugin } from "../../plugins/hooks.js";
import type { Datasette } from "../datasette.js";
import { HttpError } from "../http-error.js";
import { verifyToken } from "./tokens.js";

/** Signer namespace of the ds_actor cookie (Datasette's "actor"). */
export const ACTOR_COOKIE = "ds_actor";
const ACTOR_NAMESPACE = "actor";

/**
 * `Authorization: Bearer dstok_…` → the token's actor (Datasette's actor_from_signed_api_token). A bearer
 * value that is not a dstok_ token is left to other plugins; a bad dstok_ token throws TokenInvalid,
 * which the server answers with a 401.
 */
export function tokenActorPlugin(options: { now?: () => number } = {}): Plugin & { builtIn: true } {
  return {
    name: "datasette-export.token-actor",
    builtIn: true,
    actorFromRequest(ctx: Koa.Context, datasette: Datasette) {
      const authorization = ctx.get("authorization");
      if (!authorization.startsWith("Bearer ")) return null;
      return verifyToken(datasette, authorization.slice("Bearer ".length), {
        now: options.now?.(),
        allowSignedTokens: datasette.settings.allow_signed_tokens,
        maxTtl: datasette.settings.max_signed_tokens_ttl,
      });
    },
  };
}

/** Signs `{a: actor}` (plus a base62 expiry "e" when `expireAfterSeconds`) into the ds_actor cookie. */
export function setActorCookie(
  datasette: Datasette,
  ctx: Koa.Context,
  actor: Actor,
  expireAfterSeconds?: number,
): void {
  const data: Record<string, unknown> = { a: actor };
  if (expireAfterSeconds) data.e = base62Encode(Math.floor(Date.now() / 1000) + expireAfterSeconds);
  ctx.cookies.set(ACTOR_COOKIE, datasette.sign(data, ACTOR_NAMESPACE), {
    path: "/",
    sameSite: "lax",
    httpOnly: false,
    overwrite: true,
  });
}

/** The actor in the ds_actor cookie, or null when absent, tampered with or expired. */
export function actorFromCookie(
  datasette: Datasette,
  value: string | undefined,
  now = Date.now() / 1000,
): Actor | null {
  if (!value) return null;
  let decoded: unknown;
  try {
    decoded = datasette.unsign(value, ACTOR_NAMESPACE);
  } catch {
    return null;
  }
  if (!decoded || typeof decoded !== "object" || !("a" in decoded)) return null;
  const { a, e } = decoded as { a: unknown; e?: unknown };
  if (typeof e === "string" && e && now > base62Decode(e)) return null;
  return a && typeof a === "object" ? (a as Actor) : null;
}

/**
 * The ds_actor cookie as an actor, the one-time root sign-in (`/-/auth-token?token=…`, printed by
 * `serve --root`) and `POST /-/logout`.
 */
export function cookieActorPlugin(
  config: Pick<Config, "root">,
): Plugin & { builtIn: true; rootSignInPath(): string | null } {
  // As in Datasette, the root token is made once per process and works once.
  let rootToken: string | null = config.root ? randomBytes(32).toString("hex") : null;
  return {
    name: "datasette-export.cookie-actor",
    builtIn: true,
    rootSignInPath: () => (rootToken ? `-/auth-token?token=${rootToken}` : null),
    actorFromRequest(ctx: Koa.Context, datasette: Datasette) {
      return actorFromCookie(datasette, ctx.cookies.get(ACTOR_COOKIE));
    },
    registerRoutes(datasette: Datasette) {
      return [
        {
          pattern: /^\/-\/auth-token$/,
          methods: ["GET", "HEAD"],
          handler: ({ ctx }) => {
            const home = datasette.urls.instance();
            if ((ctx.state.actor as Actor | null)?.id === "root") return ctx.redirect(home);
            if (!rootToken) throw new HttpError(403, "Root token has already been used");
            const given = Buffer.from(ctx.query.token?.toString() ?? "");
            const expected = Buffer.from(rootToken);
            if (given.length !== expected.length || !timingSafeEqual(given, expected))
              throw new HttpError(403, "Invalid token");
            rootToken = null;
            setActorCookie(datasette, ctx, { id: "root" });
            ctx.redirect(home);
          },
        },
        {
          pattern: /^\/-\/logout$/,
          methods: ["POST"],
          handler: ({ ctx }) => {
            ctx.cookies.set(ACTOR_COOKIE, "", {
              path: "/",
              maxAge: 0,
              expires: new Date(0),
              overwrite: true,
            });
            ctx.redirect(datasette.urls.instance());
          },
        },
      ];
    },
  };
}

/** The sign-in URL `serve --root` prints, below the server's URL; null without --root or once used. */
export function rootSignInUrl(datasette: Datasette, serverUrl: string): string | null {
  const plugin = datasette.plugins.find((p) => p.name === "datasette-export.cookie-actor") as
    ReturnType<typeof cookieActorPlugin> | undefined;
  const path = plugin?.rootSignInPath();
  return path ? new URL(path, serverUrl.endsWith("/") ? serverUrl : serverUrl + "/").href : null;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function base62Encode(n: number): string {
  if (n === 0) return "0";
  let out = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out;
}

export function base62Decode(s: string): number {
  let n = 0;
  for (const c of s) {
    const i = BASE62.indexOf(c);
    if (i < 0) return 0;
    n = n * 62 + i;
  }
  return n;
}
