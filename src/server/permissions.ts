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
import { implementsHook } from "../plugins/hook-runner.js";

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
export function checkPermission(
  datasette: Datasette,
  actor: Actor | null,
  action: string,
  resource: Resource,
): Promise<boolean> {
  try {
    const answer = permissionNow(datasette, actor, action, resource);
    return typeof answer === "boolean" ? (answer ? ALLOWED : DENIED) : answer;
  } catch (error) {
    return Promise.reject(error); // as an async function would: callers may not expect a throw
  }
}

/**
 * checkPermission's answer, as a boolean when no plugin implements permissionAllowed: then it is
 * known at once, without an async function, a hook call or a promise (~1 KB a check, and a row page
 * makes four). Nothing is remembered between checks, so nothing can go stale. May throw.
 */
export function permissionNow(
  datasette: Datasette,
  actor: Actor | null,
  action: string,
  resource: Resource,
): boolean | Promise<boolean> {
  const restrictions = actorRestrictions(actor);
  if (restrictions && !restrictionsAllow(restrictions, action, resource)) return false;
  if (!implementsHook(datasette.plugins, "permissionAllowed"))
    return decide(datasette, actor, action, resource, undefined);
  return pluginAnswer(datasette, actor, action, resource).then((answer) =>
    decide(datasette, actor, action, resource, answer),
  );
}

const ALLOWED = Promise.resolve(true);
const DENIED = Promise.resolve(false);

/** Past the gate: the plugins' answer, else the default rules; then the action it also requires. */
function decide(
  datasette: Datasette,
  actor: Actor | null,
  action: string,
  resource: Resource,
  pluginAnswer: boolean | undefined,
): boolean | Promise<boolean> {
  if (!(pluginAnswer ?? defaultPermission(datasette, actor, action, resource))) return false;
  const also = ACTIONS.get(action)?.alsoRequires;
  return !also || permissionNow(datasette, actor, also, resource);
}

/** The first plugin's true or false for this check; undefined when none has an opinion. */
async function pluginAnswer(
  datasette: Datasette,
  actor: Actor | null,
  action: string,
  resource: Resource,
): Promise<boolean | undefined> {
  for (const answer of await datasette.callHook("permissionAllowed", { actor, action, resource, datasette }))
    if (answer === true || answer === false) return answer;
  return undefined;
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

/** A rule's depth: 0 the instance, 1 a database, 2 a table or query. */
type Depth = 0 | 1 | 2;

/**
 * The default rules of one check, resolved as they are found rather than kept as a list: the deepest
 * depth seen and whether every rule at that depth allows. One object a check instead of a list, an
 * object per rule and the closures that made them: the default rules run for every permission check of
 * every page (four on a row page).
 */
class DefaultRules {
  private deepest = -1;
  private allAllow = true;

  constructor(
    private readonly actor: Actor | null,
    private readonly action: string,
    private readonly database: string | null,
    private readonly child: string | null,
    private readonly restrictions: Restrictions | null,
  ) {}

  /** Allowed: some rule was found, and a deny beats an allow at the same depth. */
  get allowed(): boolean {
    return this.deepest >= 0 && this.allAllow;
  }

  add(depth: Depth, allow: boolean): void {
    if (depth > this.deepest) {
      this.deepest = depth;
      this.allAllow = allow;
    } else if (depth === this.deepest) {
      this.allAllow &&= allow;
    }
  }

  /** A permissions: or allow block's rule at `depth` (none when absent); whether it allows, if present. */
  block(depth: Depth, block: AllowBlock | number | undefined): boolean | undefined {
    if (block === undefined || block === null) return undefined;
    const allow = actorMatchesAllow(this.actor, block);
    this.add(depth, allow);
    return allow;
  }

  /**
   * An allow block's rule. One that shuts a restricted actor out of the instance or a database shuts it
   * out of the databases and tables its restrictions name too (what Datasette's config rules call the
   * restriction gate), so a narrower allow block there cannot let the token back in where the actor was
   * refused.
   */
  allowBlock(depth: Depth, block: AllowBlock | number | undefined): void {
    if (this.block(depth, block) === false && this.restrictions && depth !== 2 && this.database)
      this.gateDenies(this.restrictions, depth, this.database);
  }

  /**
   * The denies an allow block at `depth` adds for a restricted actor it refuses, as they bear on this
   * check: an instance-level block denies the database when the restrictions name it for the action, and
   * either block denies the table or query when they name that. Names in `a` add none.
   */
  private gateDenies(restrictions: Restrictions, depth: 0 | 1, database: string): void {
    const { action, child } = this;
    const kind = ACTIONS.get(action)?.resource;
    if (!kind || kind === "instance") return;
    if (depth === 0 && restrictionsNameDatabase(restrictions, action, database)) this.add(1, false);
    const takesChild = kind === "table" || kind === "query";
    if (takesChild && child !== null && restrictionsNameChild(restrictions, action, database, child))
      this.add(2, false);
  }
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
  const database = Array.isArray(resource) ? resource[0] : resource;
  const child = Array.isArray(resource) ? resource[1] : null;
  const metadata: Metadata = datasette.metadata;
  const dbMeta = database ? metadata.databases?.[database] : undefined;
  const tableMeta = child ? dbMeta?.tables?.[child] : undefined;
  const rawQuery = child ? dbMeta?.queries?.[child] : undefined;
  const queryMeta =
    rawQuery && typeof rawQuery === "object"
      ? (rawQuery as { permissions?: Record<string, AllowBlock>; allow?: AllowBlock })
      : undefined;
  const rules = new DefaultRules(actor, action, database, child, actorRestrictions(actor));

  if (datasette.config.root && actor?.id === "root") rules.add(0, true);

  // permissions: blocks name any action, at every level.
  rules.block(0, metadata.permissions?.[action]);
  rules.block(1, dbMeta?.permissions?.[action]);
  rules.block(2, tableMeta?.permissions?.[action]);
  rules.block(2, queryMeta?.permissions?.[action]);

  // allow blocks govern the view-* actions; allow_sql governs execute-sql.
  if (
    action === "view-instance" ||
    action === "view-database" ||
    action === "view-table" ||
    action === "view-query"
  ) {
    rules.allowBlock(0, metadata.allow);
  }
  if (action === "view-database" || action === "view-table" || action === "view-query")
    rules.allowBlock(1, dbMeta?.allow);
  if (action === "view-table") rules.allowBlock(2, tableMeta?.allow);
  if (action === "view-query") rules.allowBlock(2, queryMeta?.allow);
  if (action === "execute-sql") {
    rules.allowBlock(0, metadata.allow_sql);
    rules.allowBlock(1, dbMeta?.allow_sql);
    if (!datasette.settings.default_allow_sql) rules.add(0, false);
  }

  if (DEFAULT_ALLOW.has(action)) rules.add(0, true);
  return rules.allowed;
}
