/**
 * Datasette's core actions (datasette/default_actions.py): each has an abbreviation used inside token
 * restrictions (`_r`), the kind of resource it applies to, and sometimes an action it also requires
 * (execute-sql is only allowed where view-database is).
 */
export type ResourceKind = "instance" | "database" | "table" | "query";

export interface ActionInfo {
  name: string;
  abbr: string;
  resource: ResourceKind;
  alsoRequires?: string;
}

const list: ActionInfo[] = [
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
  { name: "delete-query", abbr: "dq", resource: "query" },
];

export const ACTIONS: ReadonlyMap<string, ActionInfo> = new Map(list.map((a) => [a.name, a]));

/** The action's name and its abbreviation: a restriction list may name either. */
export function actionNames(action: string): string[] {
  const info = ACTIONS.get(action);
  return info ? [action, info.abbr] : [action];
}

/** The abbreviation tokens store (`insert-row` → `ir`); unknown (plugin) actions keep their name. */
export function abbreviate(action: string): string {
  return ACTIONS.get(action)?.abbr ?? action;
}
