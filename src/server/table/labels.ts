import type { Datasette } from "../datasette.js";
import type { Actor } from "../../plugins/hooks.js";
import type { DatabaseSchema } from "../../db/types.js";
import { escapeSqlite } from "./sql-names.js";

/** Labels for foreign-key values, keyed by `labelKey(column, value)`. */
export type LabelMap = Map<string, unknown>;

/** Python compares 1 and 1.0 as equal dict keys but "1" and 1 as different: mirror that. */
export function labelKey(column: string, value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint") return `${column}\u0000n${Number(value)}`;
  return `${column}\u0000s${String(value)}`;
}

/**
 * Datasette's expand_foreign_keys: for `column` of `table`, the label of each referenced row (from the other
 * table's label column), or the value itself as text when that table has none. Empty when the column is no
 * foreign key or the actor cannot see the other table.
 */
export async function expandForeignKeys(
  datasette: Datasette,
  actor: Actor | null,
  database: string,
  schema: DatabaseSchema,
  table: string,
  column: string,
  values: unknown[],
): Promise<LabelMap> {
  const labels: LabelMap = new Map();
  const info = schema.tables.find((t) => t.name === table);
  const fk = info?.foreignKeys.outgoing.find((f) => f.column === column);
  if (!fk) return labels;
  const other = schema.tables.find((t) => t.name === fk.other_table);
  let otherColumn: string | null = fk.other_column;
  if (!otherColumn) {
    if (other?.primaryKeys.length !== 1) return labels;
    otherColumn = other.primaryKeys[0]!;
  }
  if (!(await datasette.permissionAllowed(actor, "view-table", [database, fk.other_table]))) return labels;
  const labelColumn = other?.labelColumn ?? null;
  if (!labelColumn) {
    for (const v of values) labels.set(labelKey(column, v), String(v));
    return labels;
  }
  const unique = [...new Map(values.map((v) => [labelKey("", v), v])).values()];
  if (!unique.length) return labels;
  const sql = `
            select ${escapeSqlite(otherColumn)}, ${escapeSqlite(labelColumn)}
            from ${escapeSqlite(fk.other_table)}
            where ${escapeSqlite(otherColumn)} in (${unique.map(() => "?").join(", ")})
        `;
  try {
    const result = await datasette
      .getDatabase(database)
      .execute(sql, { params: unique as never, maxRows: 0 });
    for (const [id, label] of result.rows) labels.set(labelKey(column, id), label);
  } catch (error) {
    if ((error as Error).name !== "QueryTimeoutError") throw error;
  }
  return labels;
}
