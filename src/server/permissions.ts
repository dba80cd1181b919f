import type { Datasette } from "./datasette.js";
import type { Actor } from "../plugins/hooks.js";
import type { AllowBlock } from "../config/metadata.js";

/** Actions allowed to everyone unless an allow block says otherwise (Datasette's defaults). */
const DEFAULT_ALLOW = new Set(["view-instance", "view-database", "view-database-download", "view-table", "view-query", "execute-sql"]);

/**
 * Datasette's allow-block matching (docs/authentication.rst): `true` everyone, `false` no one, otherwise
 * every key must match the actor (a list matches any of its values, "*" any non-empty value, and
 * `unauthenticated: true` matches no actor).
 */
export function actorMatchesAllow(actor: Actor | null, allow: AllowBlock): boolean {
  if (allow === undefined || allow === null) return true;
  if (typeof allow === "boolean") return allow;
  if (!actor) return (allow as Record<string, unknown>).unauthenticated === true;
  for (const [key, wanted] of Object.entries(allow)) {
    if (key === "unauthenticated") continue;
    const values = Array.isArray(wanted) ? wanted : [wanted];
    const actual = actor[key];
    const actuals = Array.isArray(actual) ? actual : [actual];
    if (values.includes("*") && actual !== undefined && actual !== null) return true;
    if (actuals.some((a) => a !== undefined && values.map(String).includes(String(a)))) return true;
  }
  return false;
}

/** The default permission check, after plugins had no opinion: allow blocks at each level, then defaults. */
export function defaultPermission(
  datasette: Datasette,
  actor: Actor | null,
  action: string,
  resource: string | [string, string] | null,
): boolean {
  if (actor?.id === "root" && datasette.config.root) return true;
  const metadata = datasette.metadata;
  const [database, child] = Array.isArray(resource) ? resource : [resource, null];
  const dbMeta = database ? metadata.databases?.[database] : undefined;
  const checks: AllowBlock[] = [];
  if (action === "view-instance") checks.push(metadata.allow);
  if (action === "view-database" || action === "view-database-download") checks.push(metadata.allow, dbMeta?.allow);
  if (action === "view-table") checks.push(metadata.allow, dbMeta?.allow, child ? dbMeta?.tables?.[child]?.allow : undefined);
  if (action === "view-query") {
    const query = child ? dbMeta?.queries?.[child] : undefined;
    checks.push(metadata.allow, dbMeta?.allow, typeof query === "object" ? query.allow : undefined);
  }
  if (action === "execute-sql") {
    if (!datasette.settings.default_allow_sql && metadata.allow_sql === undefined && dbMeta?.allow_sql === undefined) return false;
    checks.push(metadata.allow, dbMeta?.allow, metadata.allow_sql, dbMeta?.allow_sql);
  }
  // permissions: blocks name any action at instance, database and table level.
  const permissionBlocks = [
    metadata.permissions?.[action],
    dbMeta?.permissions?.[action],
    child ? dbMeta?.tables?.[child]?.permissions?.[action] : undefined,
  ].filter((b) => b !== undefined);
  if (permissionBlocks.length) return permissionBlocks.some((b) => actorMatchesAllow(actor, b));
  if (!DEFAULT_ALLOW.has(action)) return false;
  return checks.every((block) => actorMatchesAllow(actor, block));
}
