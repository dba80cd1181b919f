import type { Datasette } from "../datasette.js";
import type { Database, DatabaseSchema, TableInfo } from "../../db/types.js";
import type { TableMetadata } from "../../config/metadata.js";
import { HttpError } from "../http-error.js";
import { SOURCE_KEYS } from "../../config/datasette-config.js";

export interface ResolvedTable {
  db: Database;
  database: string;
  table: string;
  schema: DatabaseSchema;
  /** null for a view. */
  info: TableInfo | null;
  isView: boolean;
  tableColumns: string[];
  pks: string[];
  metadata: TableMetadata;
  viewSql: string | null;
}

/** The database or a 404 with Datasette's message ("Database not found"). */
export function resolveDatabase(datasette: Datasette, name: string): Database {
  const db = datasette.databases.get(name);
  if (!db) throw new HttpError(404, "Database not found");
  return db;
}

/** A table or view by name, or null; the caller decides whether a canned query answers instead. */
export async function findTable(
  datasette: Datasette,
  database: string,
  table: string,
): Promise<ResolvedTable | null> {
  const db = resolveDatabase(datasette, database);
  const schema = await db.schema();
  const info = schema.tables.find((t) => t.name === table) ?? null;
  const view = info ? null : (schema.views.find((v) => v.name === table) ?? null);
  if (!info && !view) return null;
  return {
    db,
    database: db.name,
    table,
    schema,
    info,
    isView: !info,
    tableColumns: info ? info.columns.map((c) => c.name) : view!.columns,
    pks: info?.primaryKeys ?? [],
    metadata: datasette.metadata.databases?.[db.name]?.tables?.[table] ?? {},
    viewSql: view?.sql ?? null,
  };
}

/** Table metadata as Datasette 1.0 reports it: the descriptive keys plus column descriptions. */
export function tableMetadataExtra(metadata: TableMetadata): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SOURCE_KEYS) if (key in metadata) out[key] = (metadata as Record<string, unknown>)[key];
  out.columns = { ...(metadata.columns ?? {}) };
  return out;
}

/**
 * Datasette's get_table_definition: the CREATE statement and the table's indexes, each ending in ";".
 * Remembered until the database changes: every HTML table and row page shows it.
 */
export function schemaDefinition(db: Database, name: string, type: "table" | "view"): Promise<string | null> {
  return db.remember(JSON.stringify(["definition", name, type]), async () => {
    const { rows } = await db.execute("select sql from sqlite_master where name = :n and type = :t", {
      params: { n: name, t: type },
    });
    if (!rows.length) return { value: null, keep: true };
    const indexes = await db.execute(
      "select sql from sqlite_master where tbl_name = :n and type = 'index' and sql is not null",
      { params: { n: name } },
    );
    const statements = [rows[0]![0], ...indexes.rows.map((r) => r[0])].map((sql) => `${String(sql)};`);
    return { value: statements.join("\n"), keep: true };
  });
}
