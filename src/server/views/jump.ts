import type { View } from "../view.js";
import { cannedQueries } from "../canned-queries.js";

/** Datasette answers at most this many matches. */
const LIMIT = 100;
const TYPE_ORDER: Record<string, number> = { database: 10, table: 20, view: 25, query: 30 };

interface JumpItem {
  name: string;
  url: string;
  type: "database" | "table" | "view" | "query";
  description: string | null;
}

/**
 * `/-/jump?q=…` (always JSON): the databases, tables, views and canned queries the actor may view whose
 * name contains the words of `q` in order, best first (exact name, then prefix, then databases before
 * tables, views and queries, then shorter names). The navigation menu's "Jump to..." dialog asks it.
 */
export const jumpView: View = async ({ datasette, args, actor }) => {
  const q = (args.get("q") ?? "").trim();
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (text: string) => {
    let at = 0;
    for (const word of words) {
      const found = text.toLowerCase().indexOf(word, at);
      if (found < 0) return false;
      at = found + word.length;
    }
    return true;
  };
  const items: JumpItem[] = [];
  for (const db of datasette.databases.values()) {
    if (db.name === "_internal") continue;
    if (!(await datasette.permissionAllowed(actor, "view-database", db.name))) continue;
    items.push({ name: db.name, url: datasette.urls.database(db.name), type: "database", description: null });
    const schema = await db.schema();
    const dbMeta = datasette.metadata.databases?.[db.name]?.tables ?? {};
    for (const t of schema.tables) {
      if (t.hidden || dbMeta[t.name]?.hidden) continue;
      if (!(await datasette.permissionAllowed(actor, "view-table", [db.name, t.name]))) continue;
      const description = (dbMeta[t.name]?.description as string | undefined) ?? null;
      items.push({
        name: `${db.name}: ${t.name}`,
        url: datasette.urls.table(db.name, t.name),
        type: "table",
        description,
      });
    }
    for (const v of schema.views) {
      if (!(await datasette.permissionAllowed(actor, "view-table", [db.name, v.name]))) continue;
      items.push({
        name: `${db.name}: ${v.name}`,
        url: datasette.urls.table(db.name, v.name),
        type: "view",
        description: null,
      });
    }
    for (const query of cannedQueries(datasette, db.name)) {
      if (!(await datasette.permissionAllowed(actor, "view-query", [db.name, query.name]))) continue;
      items.push({
        name: `${db.name}: ${query.name}`,
        url: datasette.urls.query(db.name, query.name),
        type: "query",
        description: query.description ?? null,
      });
    }
  }
  const label = (item: JumpItem) => item.name.slice(item.name.indexOf(": ") + 2 || 0).toLowerCase();
  const relevance = (item: JumpItem) =>
    label(item) === q.toLowerCase() ? 0 : label(item).startsWith(q.toLowerCase()) ? 1 : 2;
  const found = items
    .filter((item) => matches(item.name))
    .sort(
      (a, b) =>
        relevance(a) - relevance(b) ||
        TYPE_ORDER[a.type]! - TYPE_ORDER[b.type]! ||
        a.name.length - b.name.length ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  const body = { ok: true, matches: found.slice(0, LIMIT), truncated: found.length > LIMIT };
  return { raw: { body: JSON.stringify(body), contentType: "application/json; charset=utf-8" } };
};
