import type { Datasette } from "./datasette.js";
import type { Actor } from "../plugins/hooks.js";
import type { AllowBlock, Metadata } from "../config/metadata.js";
import { ACTIONS } from "./auth/actions.js";
import {
  actorRestrictions,
  restrictionsAllow,
  restrictionsNameChild,
  restrictionsNameDatabase,
  type Restrictions,
} from "./auth/restrictions.js";

/** Actions allowed to everyone unless configuration says otherwise (Datasette's DEFAULT_ALLOW_ACTIONS). */
export const DEFAULT_ALLOW = new Set([
  "view-instance",
  "view-database",
  "view-database-download",
  "view-table",
  "view-query",
  "execute-sql",
]);

/** What a check is about: null the instance, a database name, or [database, table or canned query]. */
export type Resource = string | [string, string] | null;

/**
 * Datasette's `datasette.allowed()`. Token restrictions (`_r`) are a gate: an action they do not list is
 * denied whatever else would allow it — the root actor, allow blocks, or a plugin. Past the gate, the
 * first plugin whose permissionAllowed answers true or false decides, else the default rules; and an
 * action that also requires another (execute-sql → view-database) needs that one allowed too, checked
 * the same way, gate and plugins included.
 */
export async function checkPermission(
  datasette: Datasette,
  actor: Actor | null,
  action: string,
  resource: Resource,
): Promise<boolean> {
  const restrictions = actorRestrictions(actor);
  if (restrictions && !restrictionsAllow(restrictions, action, resource)) return false;
  let allowed: boolean | undefined;
  for (const answer of await datasette.callHook("permissionAllowed", {
    actor,
    action,
    resource,
    datasette,
  })) {
    if (answer === true || answer === false) {
      allowed = answer;
      break;
    }
  }
  allowed ??= defaultPermission(datasette, actor, action, resource);
  const also = ACTIONS.get(action)?.alsoRequires;
  return allowed && (!also || checkPermission(datasette, actor, also, resource));
}

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

/** One rule: an allow or deny at a depth — 0 the instance, 1 a database, 2 a table or query. */
interface Rule {
  depth: 0 | 1 | 2;
  allow: boolean;
}

/**
 * The default rules, consulted when no plugin had an opinion (Datasette's default_permissions): rules
 * from the root actor, `permissions:` and `allow` blocks, default_allow_sql and the default-allowed
 * actions are resolved most specific first (table over database over instance), a deny beating an allow
 * at the same depth and nothing at all meaning deny. Whether token restrictions list the action, and
 * the actions it also requires, are checkPermission's to check. The one place the defaults live.
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
  return winners.length > 0 && winners.every((r) => r.allow);
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
    if (block === undefined || block === null) return;
    const allow = actorMatchesAllow(actor, block);
    rules.push({ depth, allow });
    return allow;
  };
  const restrictions = actorRestrictions(actor);
  // An allow block that shuts a restricted actor out of the instance or a database shuts it out of the
  // databases and tables its restrictions name too (what Datasette's config rules call the restriction
  // gate), so a narrower allow block there cannot let the token back in where the actor was refused.
  const addAllowBlock = (depth: Rule["depth"], block: AllowBlock | number | undefined) => {
    if (add(depth, block) === false && restrictions && depth !== 2 && database)
      rules.push(...gateDenies(restrictions, action, depth, database, child));
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
    addAllowBlock(0, metadata.allow);
  }
  if (action === "view-database" || action === "view-table" || action === "view-query")
    addAllowBlock(1, dbMeta?.allow);
  if (action === "view-table") addAllowBlock(2, tableMeta?.allow);
  if (action === "view-query") addAllowBlock(2, queryMeta?.allow);
  if (action === "execute-sql") {
    addAllowBlock(0, metadata.allow_sql);
    addAllowBlock(1, dbMeta?.allow_sql);
    if (!datasette.settings.default_allow_sql) rules.push({ depth: 0, allow: false });
  }

  if (DEFAULT_ALLOW.has(action)) rules.push({ depth: 0, allow: true });
  return rules;
}

/**
 * The denies an allow block at `depth` adds for a restricted actor it refuses, as they bear on this
 * check: an instance-level block denies the database when the restrictions name it for the action, and
 * either block denies the table or query when they name that. Names in `a` add none.
 */
function gateDenies(
  restrictions: Restrictions,
  action: string,
  depth: 0 | 1,
  database: string,
  child: string | null,
): Rule[] {
  const kind = ACTIONS.get(action)?.resource;
  if (!kind || kind === "instance") return [];
  const denies: Rule[] = [];
  if (depth === 0 && restrictionsNameDatabase(restrictions, action, database))
    denies.push({ depth: 1, allow: false });
  const takesChild = kind === "table" || kind === "query";
  if (takesChild && child !== null && restrictionsNameChild(restrictions, action, database, child))
    denies.push({ depth: 2, allow: false });
  return denies;
}
