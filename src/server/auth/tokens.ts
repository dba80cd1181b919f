import type { Actor } from "../../plugins/hooks.js";
import { abbreviate } from "./actions.js";

/** The prefix of Datasette's signed API tokens. */
export const TOKEN_PREFIX = "dstok_";
/** Signer namespace for tokens, so a signed cookie is never accepted as a token. */
export const TOKEN_NAMESPACE = "token";

/** A token the server recognised but refuses (bad signature, expired, malformed): answered with a 401. */
export class TokenInvalid extends Error {
  override name = "TokenInvalid";
}

/** What a token may do, as `datasette-export create-token --all/--database/--resource` collect it. */
export interface TokenRestrictions {
  all?: string[];
  database?: Record<string, string[]>;
  resource?: Record<string, Record<string, string[]>>;
}

/** The signed payload, with Datasette's abbreviations: actor id, created (seconds), duration, restrictions. */
export interface TokenPayload {
  a: string | number;
  t: number;
  d?: number;
  _r?: { a?: string[]; d?: Record<string, string[]>; r?: Record<string, Record<string, string[]>> };
}

export interface Signing {
  sign(value: unknown, namespace: string): string;
  unsign(signed: string, namespace: string): unknown;
}

export interface CreateTokenOptions {
  /** Seconds until the token expires (default: never). */
  expiresAfter?: number | null;
  restrictions?: TokenRestrictions | null;
  /** Current time in seconds (default: Date.now()/1000); injected by tests. */
  now?: number;
}

/** `_r` from restrictions, actions abbreviated (insert-row → ir); null when nothing is restricted. */
export function abbreviateRestrictions(
  restrictions: TokenRestrictions | null | undefined,
): TokenPayload["_r"] | null {
  if (!restrictions) return null;
  const out: NonNullable<TokenPayload["_r"]> = {};
  if (restrictions.all?.length) out.a = restrictions.all.map(abbreviate);
  const databases = Object.entries(restrictions.database ?? {});
  if (databases.length)
    out.d = Object.fromEntries(databases.map(([db, actions]) => [db, actions.map(abbreviate)]));
  const resources = Object.entries(restrictions.resource ?? {});
  if (resources.length) {
    out.r = Object.fromEntries(
      resources.map(([db, tables]) => [
        db,
        Object.fromEntries(Object.entries(tables).map(([t, actions]) => [t, actions.map(abbreviate)])),
      ]),
    );
  }
  return Object.keys(out).length ? out : null;
}

/** A signed `dstok_…` token for `actorId` (Datasette's SignedTokenHandler.create_token). */
export function createToken(signing: Signing, actorId: string, options: CreateTokenOptions = {}): string {
  const payload: TokenPayload = { a: actorId, t: Math.floor(options.now ?? Date.now() / 1000) };
  if (options.expiresAfter) payload.d = options.expiresAfter;
  const restrictions = abbreviateRestrictions(options.restrictions);
  if (restrictions) payload._r = restrictions;
  return TOKEN_PREFIX + signing.sign(payload, TOKEN_NAMESPACE);
}

export interface VerifyOptions {
  /** Current time in seconds (default: Date.now()/1000). */
  now?: number;
  /** settings.allow_signed_tokens (default true). */
  allowSignedTokens?: boolean;
  /** settings.max_signed_tokens_ttl: caps every token's life; 0 = no cap. */
  maxTtl?: number;
}

/**
 * The actor a token stands for, or null when the value is not a `dstok_` token at all (another plugin
 * may know it). Throws TokenInvalid for a `dstok_` token that is tampered with, malformed or expired.
 */
export function verifyToken(signing: Signing, token: string, options: VerifyOptions = {}): Actor | null {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  if (options.allowSignedTokens === false)
    throw new TokenInvalid("Signed tokens are not enabled for this Datasette instance");
  let decoded: unknown;
  try {
    decoded = signing.unsign(token.slice(TOKEN_PREFIX.length), TOKEN_NAMESPACE);
  } catch {
    throw new TokenInvalid("Invalid token signature");
  }
  if (!decoded || typeof decoded !== "object" || Array.isArray(decoded))
    throw new TokenInvalid("Invalid token: not an object");
  const payload = decoded as Record<string, unknown>;
  if (!("t" in payload)) throw new TokenInvalid("Invalid token: no timestamp");
  const created = payload.t;
  if (!Number.isInteger(created)) throw new TokenInvalid("Invalid token: invalid timestamp");
  let duration = payload.d;
  if (duration !== undefined && duration !== null && !Number.isInteger(duration))
    throw new TokenInvalid("Invalid token: invalid duration");
  const maxTtl = options.maxTtl ?? 0;
  if (maxTtl && (duration === undefined || duration === null || (duration as number) > maxTtl))
    duration = maxTtl;
  const now = options.now ?? Date.now() / 1000;
  if (duration && now - (created as number) > (duration as number))
    throw new TokenInvalid("Token has expired");
  if (typeof payload.a !== "string" && typeof payload.a !== "number")
    throw new TokenInvalid("Invalid token: no actor");
  const actor: Actor = { id: payload.a, token: "dstok" };
  if ("_r" in payload) actor._r = payload._r;
  if (duration) actor.token_expires = (created as number) + (duration as number);
  return actor;
}
