import { createHash } from "node:crypto";
import type { View } from "../view.js";
import type { Datasette } from "../datasette.js";
import type { Actor } from "../../plugins/hooks.js";
import { HttpError } from "../http-error.js";
import { ownTimeLimit } from "../time-limits.js";
import { actionItems, topHtml } from "../page-slots.js";

const UNSTABLE_API_MESSAGE =
  "This API is not part of Datasette's stable interface and may change at any time";
/** Datasette truncates each database's table list on the homepage at five. */
const TRUNCATE_AT = 5;

export interface TableSummary {
  name: string;
  columns: string[];
  primary_keys: string[];
  count: number | null;
  hidden: boolean;
  fts_table: string | null;
  num_relationships_for_sorting: number;
  private: boolean;
}

/** `/` and `/.json`: databases with their tables and counts (Datasette's IndexView). */
export const indexView: View = async ({ datasette, actor, ctx }) => {
  // Datasette's ensure_permission: the Forbidden's message is the action's name.
  if (!(await datasette.permissionAllowed(actor, "view-instance", null)))
    throw new HttpError(403, "view-instance");
  const databases = await Promise.all(
    [...datasette.databases.values()]
      .filter((db) => db.name !== "_internal")
      .map(async (db) => databaseSummary(datasette, db.name, actor)),
  );
  const visible = databases.filter((d): d is NonNullable<typeof d> => d !== null);
  const metadata = instanceMetadata(datasette);
  return {
    json: () => ({ ok: true, unstable: UNSTABLE_API_MESSAGE, databases: visible, metadata }),
    html: async () => {
      const [homepageActions, top] = await Promise.all([
        actionItems(datasette, "homepageActions", { datasette, actor, request: ctx }),
        topHtml(datasette, "topHomepage", { datasette, request: ctx }),
      ]);
      return {
        templates: ["index.html"],
        context: {
          databases: visible,
          metadata,
          private: false,
          homepage_actions: homepageActions,
          top_homepage: () => top,
          noindex: false,
        },
      };
    },
    alternateJson: datasette.urls.instance("json"),
  };
};

async function databaseSummary(datasette: Datasette, name: string, actor: Actor | null) {
  if (!(await datasette.permissionAllowed(actor, "view-database", name))) return null;
  const db = datasette.getDatabase(name);
  const schema = await db.schema();
  const counts = new Map<string, number | null>();
  const limit = ownTimeLimit(datasette.config, 10);
  await Promise.all(schema.tables.map(async (t) => counts.set(t.name, await db.tableCount(t.name, limit))));
  // Datasette shows no counts at all when any of them timed out.
  const showCounts = [...counts.values()].every((c) => c !== null);
  const tables: TableSummary[] = [];
  for (const t of schema.tables) {
    if (!(await datasette.permissionAllowed(actor, "view-table", [name, t.name]))) continue;
    tables.push({
      name: t.name,
      columns: t.columns.filter((c) => !c.hidden).map((c) => c.name),
      primary_keys: t.primaryKeys,
      count: showCounts ? (counts.get(t.name) ?? null) : null,
      hidden: t.hidden || Boolean(datasette.metadata.databases?.[name]?.tables?.[t.name]?.hidden),
      fts_table: t.ftsTable,
      num_relationships_for_sorting: showCounts
        ? 0
        : t.foreignKeys.incoming.length + t.foreignKeys.outgoing.length,
      private: false,
    });
  }
  const views = schema.views.map((v) => ({ name: v.name, private: false }));
  const hidden = tables.filter((t) => t.hidden);
  const visible = tables.filter((t) => !t.hidden);
  const truncated: (TableSummary | { name: string; private: boolean })[] = [...visible]
    .sort(
      (a, b) =>
        b.num_relationships_for_sorting - a.num_relationships_for_sorting ||
        (b.count ?? 0) - (a.count ?? 0) ||
        (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
    )
    .slice(0, TRUNCATE_AT);
  if (truncated.length < TRUNCATE_AT) truncated.push(...views.slice(0, TRUNCATE_AT - truncated.length));
  return {
    name,
    hash: null,
    color: databaseColor(name),
    path: datasette.urls.database(name),
    tables_and_views_truncated: truncated,
    tables_and_views_more: visible.length + views.length > TRUNCATE_AT,
    tables_count: visible.length,
    table_rows_sum: visible.reduce((sum, t) => sum + (t.count ?? 0), 0),
    show_table_row_counts: showCounts,
    hidden_table_rows_sum: hidden.reduce((sum, t) => sum + (t.count ?? 0), 0),
    hidden_tables_count: hidden.length,
    views_count: views.length,
    private: false,
  };
}

/** Datasette's database colour: the first six hex digits of the md5 of the name. */
const colors = new Map<string, string>();

/** Datasette's database colour: the md5 of its name, hashed once per name (every page prints it). */
export function databaseColor(name: string): string {
  let color = colors.get(name);
  if (color === undefined) {
    color = createHash("md5").update(name, "utf8").digest("hex").slice(0, 6);
    if (colors.size >= 1000) colors.clear();
    colors.set(name, color);
  }
  return color;
}

/** Instance-level metadata (title, description, license, source, about), without databases or plugins. */
export function instanceMetadata(datasette: Datasette): Record<string, unknown> {
  const { databases: _d, plugins: _p, ...rest } = datasette.metadata;
  return rest;
}
