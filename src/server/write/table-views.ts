/**
 * The table-level write API (Datasette's TableInsertView, TableUpsertView, TableDropView and
 * TableCreateView): checks in Datasette's order — the table exists, the actor may, the database is
 * mutable, the body is valid — then one transaction on the database's writer.
 */
import type { Database } from "../../db/types.js";
import type { FloatMarks } from "./json-parse.js";
import type { Row } from "./sqlite-values.js";
import {
  absoluteUrl,
  allowed,
  databaseOr404,
  lookupTable,
  requestJson,
  runWrite,
  writeError,
  writeView,
} from "./write-view.js";
import { decodeWriteCells, isObject, validateInsert, WriteValueError } from "./validate-insert.js";
import { validateCreate, type CreateRequest } from "./validate-create.js";
import {
  createTableSql,
  defaultSql,
  dropTable,
  insertRows,
  insertRowsReturningRowids,
  primaryKeys,
  rowsByPks,
  rowsByRowid,
  tableExists,
  tableSchema,
  upsertRows,
} from "./sqlite-tables.js";

/** The table for a table-level write, or Datasette's 404 (a view is "Table not found: NAME"). */
async function tableOr404(db: Database, name: string) {
  const table = await lookupTable(db, name);
  if (table.kind === "table") return table;
  throw writeError(404, table.kind === "view" ? `Table not found: ${name}` : "Table not found");
}

function decodeCells(rows: Row[], floats: FloatMarks): void {
  try {
    for (const row of rows) decodeWriteCells(row, floats);
  } catch (error) {
    if (error instanceof WriteValueError) throw writeError(400, error.message);
    throw error;
  }
}

/** POST /DB/TABLE/-/insert (201) and /-/upsert (200). */
export function insertView(upsert: boolean) {
  return writeView(async (req) => {
    const db = databaseOr404(req);
    const name = req.params.table!;
    const table = await tableOr404(db, name);
    const resource: [string, string] = [db.name, name];
    if (upsert) {
      if (!((await allowed(req, "insert-row", resource)) && (await allowed(req, "update-row", resource)))) {
        throw writeError(403, "Permission denied: need both insert-row and update-row");
      }
    } else if (!(await allowed(req, "insert-row", resource))) {
      throw writeError(403, "Permission denied");
    }
    if (db.immutable) throw writeError(403, "Database is immutable");

    const { value, floats } = await requestJson(req);
    const pks = table.primaryKeys.length ? table.primaryKeys : ["rowid"];
    const checked = validateInsert(value, {
      columns: table.columns,
      pks,
      upsert,
      maxInsertRows: req.datasette.settings.max_insert_rows,
    });
    if ("errors" in checked) throw writeError(400, checked.errors);
    const { rows, returnRows, ignore, replace, alter } = checked.request;
    decodeCells(rows, floats);
    if (upsert && (ignore || replace)) throw writeError(400, "Upsert does not support ignore or replace");
    if (replace && !(await allowed(req, "update-row", resource))) {
      throw writeError(403, 'Permission denied: need update-row to use "replace"');
    }
    if (alter && !(await allowed(req, "alter-table", resource)))
      throw writeError(403, "Permission denied for alter-table");

    const returned = await runWrite(db, (conn) => {
      if (upsert) {
        upsertRows(conn, name, rows, floats, pks, { alter });
        return returnRows
          ? rowsByPks(
              conn,
              name,
              pks,
              rows.map((row) => pks.map((pk) => row[pk])),
            )
          : null;
      }
      const options = {
        conflict: ignore ? ("ignore" as const) : replace ? ("replace" as const) : null,
        alter,
      };
      if (returnRows)
        return rowsByRowid(conn, name, insertRowsReturningRowids(conn, name, rows, floats, pks, options));
      insertRows(conn, name, rows, floats, options);
      return null;
    });
    return { status: upsert ? 200 : 201, body: returned ? { ok: true, rows: returned } : { ok: true } };
  });
}

/** POST /DB/TABLE/-/drop: without `"confirm": true` it only says what would be dropped. */
export const dropView = writeView(async (req) => {
  const db = databaseOr404(req);
  const name = req.params.table!;
  await tableOr404(db, name);
  if (!(await allowed(req, "drop-table", [db.name, name]))) throw writeError(403, "Permission denied");
  if (db.immutable) throw writeError(403, "Database is immutable");
  let confirm = false;
  try {
    const { value } = await requestJson(req);
    confirm = isObject(value) && Boolean(value.confirm);
  } catch (error) {
    // As in Datasette an unreadable body just means "not confirmed"; only a too-large one is refused.
    if ((error as { status?: number }).status === 413) throw error;
  }
  if (!confirm) {
    const count = await db.execute(`select count(*) from "${name.replaceAll('"', '""')}"`, { maxRows: 0 });
    return {
      status: 200,
      body: {
        ok: true,
        database: db.name,
        table: name,
        row_count: count.rows[0]![0],
        message: 'Pass "confirm": true to confirm',
      },
    };
  }
  await runWrite(db, (conn) => dropTable(conn, name));
  return { status: 200, body: { ok: true } };
});

/** POST /DB/-/create: a table from `columns`, or from `row`/`rows` (which are then inserted). */
export const createView = writeView(async (req) => {
  const db = databaseOr404(req);
  const database = db.name;
  if (!(await allowed(req, "create-table", database))) throw writeError(403, "Permission denied");
  const { value, floats } = await requestJson(req);
  const checked = validateCreate(value);
  if ("errors" in checked) throw writeError(400, checked.errors);
  const create = checked.request;
  if (create.replace && !(await allowed(req, "update-row", database)))
    throw writeError(403, "Permission denied: need update-row");
  const rows = create.rows;
  if (rows) {
    if (!(await allowed(req, "insert-row", database)))
      throw writeError(403, "Permission denied: need insert-row");
    decodeCells(rows, floats);
  }
  const existing = (await lookupTable(db, create.table)).kind === "table";
  let alter = false;
  if (rows) {
    // A new table takes whatever columns the rows bring; an existing one only grows with permission.
    if (!existing) alter = true;
    else if (create.alter) {
      if (!(await allowed(req, "alter-table", database)))
        throw writeError(403, "Permission denied: need alter-table");
      alter = true;
    }
  }
  if (db.immutable) throw writeError(403, "Database is immutable");

  const schema = await runWrite(db, (conn) => {
    let pk: string | string[] | null = create.pks ?? create.pk;
    if (tableExists(conn, create.table)) {
      const actual = primaryKeys(conn, create.table);
      const changed =
        (actual.length === 1 && create.pk && create.pk !== actual[0]) ||
        (actual.length > 1 && create.pks && !sameSet(create.pks, actual));
      if (changed) throw writeError(400, "pk cannot be changed for existing table");
      pk = actual.length ? actual : null;
    }
    if (rows) {
      const conflict = create.ignore ? ("ignore" as const) : create.replace ? ("replace" as const) : null;
      insertRows(conn, create.table, rows, floats, { conflict, alter, pk });
    } else {
      conn.exec(createTableSql(conn, create.table, columnSpecs(conn, create), pk));
    }
    return tableSchema(conn, create.table);
  });

  const body: Record<string, unknown> = {
    ok: true,
    database,
    table: create.table,
    table_url: absoluteUrl(req, req.datasette.urls.table(database, create.table)),
    table_api_url: absoluteUrl(req, req.datasette.urls.table(database, create.table, "json")),
    schema,
  };
  if (rows) body.row_count = rows.length;
  return { status: 201, body };
});

function columnSpecs(conn: Parameters<typeof defaultSql>[0], create: CreateRequest) {
  return create.columns!.map((c) => ({
    name: c.name,
    type: c.type,
    notNull: c.notNull,
    defaultSql: !c.default
      ? undefined
      : "expression" in c.default
        ? defaultSql(conn, c.default.expression, true)
        : defaultSql(conn, c.default.value, false),
    references: c.fkTable ? { table: c.fkTable, column: c.fkColumn } : undefined,
  }));
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
