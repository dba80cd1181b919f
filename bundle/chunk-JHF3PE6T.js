import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);

// src/server/auth/actions.ts
var list = [
  { name: "view-instance", abbr: "vi", resource: "instance" },
  { name: "permissions-debug", abbr: "pd", resource: "instance" },
  { name: "debug-menu", abbr: "dm", resource: "instance" },
  { name: "view-database", abbr: "vd", resource: "database" },
  { name: "view-database-download", abbr: "vdd", resource: "database", alsoRequires: "view-database" },
  { name: "execute-sql", abbr: "es", resource: "database", alsoRequires: "view-database" },
  { name: "execute-write-sql", abbr: "ews", resource: "database", alsoRequires: "view-database" },
  { name: "create-table", abbr: "ct", resource: "database" },
  { name: "create-view", abbr: "cv", resource: "database" },
  { name: "store-query", abbr: "sq", resource: "database", alsoRequires: "execute-sql" },
  { name: "view-table", abbr: "vt", resource: "table" },
  { name: "insert-row", abbr: "ir", resource: "table" },
  { name: "delete-row", abbr: "dr", resource: "table" },
  { name: "update-row", abbr: "ur", resource: "table" },
  { name: "alter-table", abbr: "at", resource: "table" },
  { name: "set-column-type", abbr: "sct", resource: "table" },
  { name: "drop-table", abbr: "dt", resource: "table" },
  { name: "drop-view", abbr: "dv", resource: "table" },
  { name: "view-query", abbr: "vq", resource: "query" },
  { name: "update-query", abbr: "uq", resource: "query" },
  { name: "delete-query", abbr: "dq", resource: "query" }
];
var ACTIONS = new Map(list.map((a) => [a.name, a]));
function actionNames(action) {
  const info = ACTIONS.get(action);
  return info ? [action, info.abbr] : [action];
}
function abbreviate(action) {
  return ACTIONS.get(action)?.abbr ?? action;
}

// src/server/auth/tokens.ts
var TOKEN_PREFIX = "dstok_";
var TOKEN_NAMESPACE = "token";
var TokenInvalid = class extends Error {
  name = "TokenInvalid";
};
function abbreviateRestrictions(restrictions) {
  if (!restrictions) return null;
  const out = {};
  if (restrictions.all?.length) out.a = restrictions.all.map(abbreviate);
  const databases = Object.entries(restrictions.database ?? {});
  if (databases.length)
    out.d = Object.fromEntries(databases.map(([db, actions]) => [db, actions.map(abbreviate)]));
  const resources = Object.entries(restrictions.resource ?? {});
  if (resources.length) {
    out.r = Object.fromEntries(
      resources.map(([db, tables]) => [
        db,
        Object.fromEntries(Object.entries(tables).map(([t, actions]) => [t, actions.map(abbreviate)]))
      ])
    );
  }
  return Object.keys(out).length ? out : null;
}
function createToken(signing, actorId, options = {}) {
  const payload = { a: actorId, t: Math.floor(options.now ?? Date.now() / 1e3) };
  if (options.expiresAfter) payload.d = options.expiresAfter;
  const restrictions = abbreviateRestrictions(options.restrictions);
  if (restrictions) payload._r = restrictions;
  return TOKEN_PREFIX + signing.sign(payload, TOKEN_NAMESPACE);
}
function verifyToken(signing, token, options = {}) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  if (options.allowSignedTokens === false)
    throw new TokenInvalid("Signed tokens are not enabled for this Datasette instance");
  let decoded;
  try {
    decoded = signing.unsign(token.slice(TOKEN_PREFIX.length), TOKEN_NAMESPACE);
  } catch {
    throw new TokenInvalid("Invalid token signature");
  }
  if (!decoded || typeof decoded !== "object" || Array.isArray(decoded))
    throw new TokenInvalid("Invalid token: not an object");
  const payload = decoded;
  if (!("t" in payload)) throw new TokenInvalid("Invalid token: no timestamp");
  const created = payload.t;
  if (!Number.isInteger(created)) throw new TokenInvalid("Invalid token: invalid timestamp");
  let duration = payload.d;
  if (duration !== void 0 && duration !== null && !Number.isInteger(duration))
    throw new TokenInvalid("Invalid token: invalid duration");
  const maxTtl = options.maxTtl ?? 0;
  if (maxTtl && (duration === void 0 || duration === null || duration > maxTtl))
    duration = maxTtl;
  const now = options.now ?? Date.now() / 1e3;
  if (duration && now - created > duration)
    throw new TokenInvalid("Token has expired");
  if (typeof payload.a !== "string" && typeof payload.a !== "number")
    throw new TokenInvalid("Invalid token: no actor");
  const actor = { id: payload.a, token: "dstok" };
  if ("_r" in payload) actor._r = payload._r;
  if (duration) actor.token_expires = created + duration;
  return actor;
}

// src/server/signer.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var Signer = class {
  constructor(secret) {
    this.secret = secret;
  }
  secret;
  sign(value, namespace) {
    const payload = Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
    return `${payload}.${this.mac(payload, namespace)}`;
  }
  /**
   * Throws BadSignatureError when the value was tampered with or signed for another namespace. Only the
   * spelling sign() writes is accepted — unpadded base64url, as itsdangerous' URLSafeSerializer writes it —
   * so the signature is compared as text: a lenient base64 decoder would also take `=` or `!` appended, a
   * space inside, `+` and `/` for `-` and `_`, or other unused low bits in the last character.
   */
  unsign(signed, namespace) {
    if (!CANONICAL.test(signed)) throw new BadSignatureError("Malformed signed value");
    const dot = signed.lastIndexOf(".");
    const payload = signed.slice(0, dot);
    const given = Buffer.from(signed.slice(dot + 1), "latin1");
    const expected = Buffer.from(this.mac(payload, namespace), "latin1");
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new BadSignatureError("Invalid signature");
    try {
      return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    } catch {
      throw new BadSignatureError("Malformed signed value");
    }
  }
  mac(payload, namespace) {
    return createHmac("sha256", this.secret).update(`${namespace}.${payload}`).digest("base64url");
  }
};
var CANONICAL = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
var BadSignatureError = class extends Error {
  name = "BadSignatureError";
};

export {
  ACTIONS,
  actionNames,
  TOKEN_PREFIX,
  TOKEN_NAMESPACE,
  TokenInvalid,
  createToken,
  verifyToken,
  Signer
};
