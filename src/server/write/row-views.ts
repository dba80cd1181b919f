/**
 * The row-level write API (Datasette's RowUpdateView and RowDeleteView): /DB/TABLE/PKS/-/update and
 * /-/delete, where PKS are the tilde-encoded primary-key values joined with "," (the rowid for a rowid
 * table).
 */
import type BetterSqlite3 from "better-sqlite3";
import type { ViewRequest } from "../view.js";
import { tildeDecode } from "../tilde.js";
import {
  allowed,
  databaseOr404,
  lookupTable,
  requestJson,
  runWrite,
  writeError,
  writeView,
} from "./write-view.js";
import { decodeWriteCells, isObject, WriteValueError } from "./validate-insert.js";
import { deleteRow, quoteIdent, updateRow } from "./sqlite-tables.js";

interface ResolvedRow {
  db: ReturnType<typeof databaseOr404>;
  table: string;
  pks: string[];
  pkValues: string[];
}

/** Database, table and key values from the URL, after the actor's permission for `action`. */
async function resolveRow(req: ViewRequest, action: string): Promise<ResolvedRow> {
  const db = req.datasette.databases.get(req.params.database!);
  if (!db) throw writeError(404, `Database not found: ${req.params.database}`);
  const name = req.params.table!;
  const table = await lookupTable(db, name);
  if (table.kind !== "table") throw writeError(404, `Table not found: ${name}`);
  const pks = table.primaryKeys.length ? table.primaryKeys : ["rowid"];
  const pkValues = req.params.pks!.split(",").map(tildeDecode);
  if (pkValues.length !== pks.length)
    throw writeError(400, "URL row identifier does not match the primary key for this table");
  const resolved = { db, table: name, pks, pkValues };
  // As in Datasette a missing row is a 404 before permissions are asked about.
  const { sql, params } = rowQuery(resolved);
  if (!(await db.execute(sql, { params, maxRows: 1 })).rows.length) throw notFound(resolved);
  if (!(await allowed(req, action, [db.name, name]))) throw writeError(403, "Permission denied");
  if (db.immutable) throw writeError(403, "Database is immutable");
  return resolved;
}

function rowQuery(row: ResolvedRow): { sql: string; params: (string | bigint)[] } {
  const select = isRowid(row.pks) ? "rowid, *" : "*";
  const where = row.pks.map((pk) => `${quoteIdent(pk)} = ?`).join(" AND ");
  return { sql: `select ${select} from ${quoteIdent(row.table)} where ${where}`, params: keyValues(row) };
}

const isRowid = (pks: string[]) => pks.length === 1 && pks[0] === "rowid";

/** URL keys are text, which column affinity converts; a rowid has none, so it binds as an integer. */
function keyValues(row: ResolvedRow): (string | bigint)[] {
  return row.pkValues.map((v) => (isRowid(row.pks) && /^-?\d{1,18}$/.test(v) ? BigInt(v) : v));
}

const notFound = (row: ResolvedRow) =>
  writeError(404, `Record not found: [${row.pkValues.map(pythonRepr).join(", ")}]`);

/** The row's current values inside the write (it may have gone since the check), or the 404. */
function selectRow(conn: BetterSqlite3.Database, row: ResolvedRow): Record<string, unknown> {
  const { sql, params } = rowQuery(row);
  const found = conn.prepare(sql).get(params);
  if (!found) throw notFound(row);
  return found as Record<string, unknown>;
}

function pythonRepr(value: string): string {
  return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

/** POST /DB/TABLE/PKS/-/update {"update": {...}, "return"?: bool, "alter"?: bool} */
export const updateView = writeView(async (req) => {
  const row = await resolveRow(req, "update-row");
  const { value, floats } = await requestJson(req);
  if (!isObject(value)) throw writeError(400, "JSON must be a dictionary");
  if (!isObject(value.update)) throw writeError(400, "JSON must contain an update dictionary");
  const invalid = Object.keys(value).filter((k) => !["update", "return", "alter"].includes(k));
  if (invalid.length) throw writeError(400, `Invalid keys: ${invalid.join(", ")}`);
  const update = value.update;
  try {
    decodeWriteCells(update, floats);
  } catch (error) {
    if (error instanceof WriteValueError) throw writeError(400, error.message);
    throw error;
  }
  const alter = Boolean(value.alter);
  if (alter && !(await allowed(req, "alter-table", [row.db.name, row.table])))
    throw writeError(403, "Permission denied for alter-table");
  const keys = keyValues(row);
  const updated = await runWrite(row.db, (conn) => {
    selectRow(conn, row);
    updateRow(conn, row.table, row.pks, keys, update, floats, alter);
    return value.return ? selectRow(conn, row) : null;
  });
  return { status: 200, body: updated ? { ok: true, rows: [updated] } : { ok: true } };
});

/** POST /DB/TABLE/PKS/-/delete (`?_redirect_to_table=1` adds the table's URL to the answer). */
export const deleteView = writeView(async (req) => {
  const row = await resolveRow(req, "delete-row");
  await runWrite(row.db, (conn) => {
    selectRow(conn, row);
    deleteRow(conn, row.table, row.pks, keyValues(row));
  });
  if (req.args.get("_redirect_to_table")) {
    return { status: 200, body: { ok: true, redirect: req.datasette.urls.table(row.db.name, row.table) } };
  }
  return { status: 200, body: { ok: true } };
});
