import type { Actor } from "../../plugins/hooks.js";
import type { Resource } from "../permissions.js";
import type { TokenPayload } from "./tokens.js";
import { actionNames } from "./actions.js";

/**
 * An actor's `_r` allowlist (Datasette's actor restrictions, usually from a restricted token):
 * `a` actions allowed everywhere, `d` per database, `r` per table, view or canned query. Lists hold
 * action names or their abbreviations.
 */
export type Restrictions = NonNullable<TokenPayload["_r"]>;

/**
 * The actor's restrictions, or null when it has none (no `_r`, or `_r: null`, as Datasette reads it).
 * A `_r` that is not an object restricts the actor to nothing rather than to everything.
 */
export function actorRestrictions(actor: Actor | null): Restrictions | null {
  const r = actor?._r;
  if (r === undefined || r === null) return null;
  return typeof r === "object" && !Array.isArray(r) ? (r as Restrictions) : {};
}

/** Whether a restriction list names the action, by its name or its abbreviation. */
function names(list: unknown, action: string): boolean {
  if (!Array.isArray(list)) return false;
  return actionNames(action).some((name) => list.includes(name));
}

/**
 * Whether restrictions let the actor do `action` on `resource` (Datasette's restrictions_allow_action):
 * `a` covers every resource, `d` a database and everything in it, `r` one table or query. Nothing is
 * implied: view-table on a table grants neither view-database nor view-instance.
 */
export function restrictionsAllow(restrictions: Restrictions, action: string, resource: Resource): boolean {
  if (names(restrictions.a, action)) return true;
  if (!resource) return false;
  const [database, child] = Array.isArray(resource) ? resource : [resource, null];
  if (names(restrictions.d?.[database], action)) return true;
  return child !== null && names(restrictions.r?.[database]?.[child], action);
}

/**
 * Whether the restrictions name `database` for the action, in `d` or through one of its tables in `r`
 * (`a` does not count). Where they do, an instance-wide allow block that refuses the actor also
 * outranks the database's own allow block (Datasette's restriction gate, in permissions.ts).
 */
export function restrictionsNameDatabase(
  restrictions: Restrictions,
  action: string,
  database: string,
): boolean {
  if (names(restrictions.d?.[database], action)) return true;
  return Object.values(restrictions.r?.[database] ?? {}).some((list) => names(list, action));
}

/** Whether `r` names exactly this table or query for the action; used by the same gate. */
export function restrictionsNameChild(
  restrictions: Restrictions,
  action: string,
  database: string,
  child: string,
): boolean {
  return names(restrictions.r?.[database]?.[child], action);
}
