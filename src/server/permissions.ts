import type { Datasette } from "./datasette.js";
import type { Actor } from "../plugins/hooks.js";
import type { AllowBlock, Metadata } from "../config/metadata.js";
import { ACTIONS, actionNames } from "./auth/actions.js";

/** Actions allowed to everyone unless configuration says otherwise (Datasette's DEFAULT_ALLOW_ACTIONS). */
export const DEFAULT_ALLOW = new Set([
  "view-instance",
  "view-database",
  "view-database-download",
  "view-table",
  "view-query",
  "execute-sql",
]);

export type Resource = string | [string, string] | null;

/**
 * Datasette's actor_matches_allow (docs/authentication.rst): `true` everyone, `false` no one, absent
 * everyone; otherwise the actor matches when any key matches — a list matches any of its values, "*"
 * any actor that has the key, and `unauthenticated: true` matches the anonymous actor.
 */
export function actorMatchesAllow(actor: Actor | null, allow: AllowBlock | number): boolean {
  if (allow === true || allow === 1) return true;
  if (allow === false || allow === 0) return false;
  if (allow === undefined || allow === null) return true;
  if (typeof allow !== "object") return false;
  if (!actor && allow.unauthenticated === true) return true;
  const who: Record<string, unknown> = actor ?? {};
  for (const [key, wanted] of Object.entries(allow)) {
    if (wanted === "*" && key in who) return true;
    const values = Array.isArray(wanted) ? wanted : [wanted];
    const actual = who[key];
    if (actual === undefined || actual === null) continue;
    const actuals = Array.isArray(actual) ? actual : [actual];
    if (actuals.some((a) => values.includes(a))) return true;
  }
  return false;
}

/**
 * Whether token restrictions (`_r`: `{a: [...], d: {db: [...]}, r: {db: {table: [...]}}}`) let the
 * actor do `action` on `resource` (Datasette's restrictions_allow_action). Lists may hold the action's
 * name or its abbreviation.
 */
export function restrictionsAllow(restrictions: unknown, action: string, resource: Resource): boolean {
  if (!restrictions || typeof restrictions !== "object") return false;
  const r = restrictions as {
    a?: unknown;
    d?: Record<string, unknown>;
    r?: Record<string, Record<string, unknown>>;
  };
  const names = actionNames(action);
  const hit = (list: unknown) => Array.isArray(list) && list.some((a) => names.includes(a as string));
  if (hit(r.a)) return true;
  if (!resource) return false;
  const [database, child] = Array.isArray(resource) ? resource : [resource, null];
  if (hit(r.d?.[database])) return true;
  return child !== null && hit(r.r?.[database]?.[child]);
}

/** One rule: an allow or deny at a depth — 0 the instance, 1 a database, 2 a table or query. */
interface Rule {
  depth: 0 | 1 | 2;
  allow: boolean;
}

/**
 * The default permission check, after plugins had no opinion (Datasette's default_permissions): rules
 * from the root actor, `permissions:` and `allow` blocks, default_allow_sql and the default-allowed
 * actions are resolved most specific first (table over database over instance), a deny beating an allow
 * at the same depth and nothing at all meaning deny; token restrictions then narrow the answer, and an
 * action's also-requires action (execute-sql → view-database) must be allowed too. The one place the
 * defaults live.
 */
export function defaultPermission(
  datasette: Datasette,
  actor: Actor | null,
  action: string,
  resource: Resource,
): boolean {
  const rules = collectRules(datasette, actor, action, resource);
  const deepest = Math.max(-1, ...rules.map((r) => r.depth));
  const winners = rules.filter((r) => r.depth === deepest);
  let allowed = winners.length > 0 && winners.every((r) => r.allow);
  if (allowed && actor && "_r" in actor) allowed = restrictionsAllow(actor._r, action, resource);
  const also = ACTIONS.get(action)?.alsoRequires;
  if (allowed && also) allowed = defaultPermission(datasette, actor, also, resource);
  return allowed;
}

function collectRules(datasette: Datasette, actor: Actor | null, action: string, resource: Resource): Rule[] {
  const rules: Rule[] = [];
  const [database, child] = Array.isArray(resource) ? resource : [resource, null];
  const metadata: Metadata = datasette.metadata;
  const dbMeta = database ? metadata.databases?.[database] : undefined;
  const tableMeta = child ? dbMeta?.tables?.[child] : undefined;
  const rawQuery = child ? dbMeta?.queries?.[child] : undefined;
  const queryMeta =
    rawQuery && typeof rawQuery === "object"
      ? (rawQuery as { permissions?: Record<string, AllowBlock>; allow?: AllowBlock })
      : undefined;
  const add = (depth: Rule["depth"], block: AllowBlock | number | undefined) => {
    if (block !== undefined && block !== null) rules.push({ depth, allow: actorMatchesAllow(actor, block) });
  };

  if (datasette.config.root && actor?.id === "root") rules.push({ depth: 0, allow: true });

  // permissions: blocks name any action, at every level.
  add(0, metadata.permissions?.[action]);
  add(1, dbMeta?.permissions?.[action]);
  add(2, tableMeta?.permissions?.[action]);
  add(2, queryMeta?.permissions?.[action]);

  // allow blocks govern the view-* actions; allow_sql governs execute-sql.
  if (
    action === "view-instance" ||
    action === "view-database" ||
    action === "view-table" ||
    action === "view-query"
  ) {
    add(0, metadata.allow);
  }
  if (action === "view-database" || action === "view-table" || action === "view-query") add(1, dbMeta?.allow);
  if (action === "view-table") add(2, tableMeta?.allow);
  if (action === "view-query") add(2, queryMeta?.allow);
  if (action === "execute-sql") {
    add(0, metadata.allow_sql);
    add(1, dbMeta?.allow_sql);
    if (!datasette.settings.default_allow_sql) rules.push({ depth: 0, allow: false });
  }

  if (DEFAULT_ALLOW.has(action)) rules.push({ depth: 0, allow: true });
  return rules;
}
