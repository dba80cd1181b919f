import { layeredVariables } from "../../templates/jinja-compat.js";
import type { View } from "../view.js";
import { HttpError } from "../http-error.js";
import { cannedQueries, storedQueryToDict } from "../canned-queries.js";
import { toCssClass } from "../css-class.js";
import { stat } from "node:fs/promises";
import { COUNT_LIMIT } from "../../db/database.js";
import { ownTimeLimit } from "../time-limits.js";
import { databaseColor } from "./index.js";
import { actionItems, topHtml } from "../page-slots.js";

/** `/DB` and `/DB.json`: tables, views, hidden tables, canned queries and an SQL box (Datasette's DatabaseView). */
export const databaseView: View = async ({ datasette, params, format, args, actor, ctx }) => {
  const db = datasette.getDatabase(params.database!);
  const name = db.name;
  if (!(await datasette.permissionAllowed(actor, "view-database", name))) {
    throw new HttpError(403, "You do not have permission to view this database");
  }
  const sql = (args.get("sql") ?? "").trim();
  if (sql) {
    const target = `${datasette.urls.database(name)}/-/query${format ? "." + format : ""}?${ctx.querystring}`;
    return { redirect: target };
  }
  if (format && format !== "json" && format !== "csv") throw new HttpError(404, `Invalid format: ${format}`);
  const schema = await db.schema();
  const dbMeta = datasette.metadata.databases?.[name] ?? {};
  const tables = await Promise.all(
    schema.tables.map(async (t) => {
      const count = await db.tableCount(t.name, ownTimeLimit(datasette.config, 100));
      return {
        name: t.name,
        columns: t.columns.filter((c) => !c.hidden).map((c) => c.name),
        primary_keys: t.primaryKeys,
        count,
        // An immutable database's count is cut at the limit too: we have no `inspect` data to say more.
        count_truncated: count === COUNT_LIMIT + 1,
        hidden: t.hidden || Boolean(dbMeta.tables?.[t.name]?.hidden),
        fts_table: t.ftsTable,
        foreign_keys: t.foreignKeys,
        private: false,
      };
    }),
  );
  tables.sort(
    (a, b) => Number(a.hidden) - Number(b.hidden) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const views = schema.views.map((v) => ({ name: v.name, private: false }));
  const queries = cannedQueries(datasette, name).map(storedQueryToDict);
  const allowExecuteSql = await datasette.permissionAllowed(actor, "execute-sql", name);
  const tableColumns: Record<string, string[]> = {};
  if (allowExecuteSql) {
    for (const t of schema.tables) tableColumns[t.name] = t.columns.map((c) => c.name);
    for (const v of schema.views) tableColumns[v.name] = [];
  }
  const size = db.path ? ((await stat(db.path).catch(() => null))?.size ?? 0) : 0;
  const { tables: _t, queries: _q, ...metadata } = dbMeta;
  const data = {
    ok: true,
    database: name,
    private: false,
    path: datasette.urls.database(name),
    size,
    tables,
    hidden_count: tables.filter((t) => t.hidden).length,
    views,
    queries,
    queries_more: false,
    queries_count: queries.length,
    allow_execute_sql: allowExecuteSql,
    table_columns: tableColumns,
    metadata,
  };
  return {
    json: () => data,
    html: async () => {
      const [databaseActions, top] = await Promise.all([
        actionItems(datasette, "databaseActions", { datasette, actor, database: name, request: ctx }),
        topHtml(datasette, "topDatabase", { datasette, request: ctx, database: name }),
      ]);
      return {
        templates: [`database-${toCssClass(name)}.html`, "database.html"],
        // Over the JSON's keys without copying them (see layeredVariables).
        context: layeredVariables(
          {
            database_color: databaseColor(name),
            attached_databases: [],
            show_hidden: args.get("_show_hidden") ?? "",
            editable: false,
            count_limit: 100,
            allow_download: false,
            database_page_data: {},
            database_actions: () => databaseActions,
            top_database: () => top,
          },
          data,
        ),
      };
    },
    alternateJson: datasette.urls.database(name, "json"),
  };
};
