import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  ReadOnlyError
} from "./chunk-Z4UFLIYT.js";
import {
  decodeParams,
  encodeValue
} from "./chunk-RNORCARU.js";

// src/plugins/import-hook.ts
import { register } from "node:module";
var PLUGIN_API_SPECIFIER = "datasette-export/plugin";
var registered = false;
function allowPluginApiImports() {
  if (registered) return;
  registered = true;
  const target = new URL("./api.js", import.meta.url).href;
  const hooks = `
    export async function resolve(specifier, context, next) {
      if (specifier === ${JSON.stringify(PLUGIN_API_SPECIFIER)}) return next(${JSON.stringify(target)}, context);
      return next(specifier, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

// src/db/connection-setup.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
async function loadPluginModules(modules) {
  if (modules.length) allowPluginApiImports();
  const plugins = [];
  for (const spec of modules) {
    let mod;
    try {
      mod = await import(toImportSpecifier(spec));
    } catch (error) {
      throw new Error(`Could not load plugin module ${spec}: ${error.message}`, { cause: error });
    }
    const exported = Array.isArray(mod.default) ? mod.default : [mod.default];
    for (const plugin of exported) {
      if (!plugin || typeof plugin !== "object" || typeof plugin.name !== "string") {
        throw new Error(
          `Plugin module ${spec} must export a plugin object (with a name) or an array of them as default`
        );
      }
      plugins.push(plugin);
    }
  }
  return plugins;
}
function toImportSpecifier(spec) {
  if (spec.startsWith("file:")) return spec;
  if (path.isAbsolute(spec) || spec.startsWith(".")) return pathToFileURL(path.resolve(spec)).href;
  return spec;
}
function setUpConnection(conn, database, setup) {
  conn.pragma("busy_timeout = 5000");
  if (setup.cacheSizeKb > 0) conn.pragma(`cache_size = -${Math.floor(setup.cacheSizeKb)}`);
  registerSqlFunctions(conn);
  for (const plugin of setup.plugins) {
    if (!plugin.prepareConnection) continue;
    try {
      plugin.prepareConnection(conn, database);
    } catch (error) {
      throw new Error(
        `Plugin ${plugin.name} failed in prepareConnection for ${database}: ${error.message}`,
        {
          cause: error
        }
      );
    }
  }
}
function registerSqlFunctions(conn) {
  conn.function(
    "escape_fts",
    { deterministic: true },
    (query) => query === null ? null : escapeFts(String(query))
  );
}
function escapeFts(query) {
  if ((query.match(/"/g) ?? []).length % 2) query += '"';
  const bits = splitKeepingQuoted(query).filter((b) => b && b !== '""');
  return bits.map((b) => b.startsWith('"') ? b : `"${b}"`).join(" ");
}
function splitKeepingQuoted(query) {
  const out = [];
  const re = /\s+|(".*?")/g;
  let last = 0;
  for (const m of query.matchAll(re)) {
    out.push(query.slice(last, m.index));
    if (m[1] !== void 0) out.push(m[1]);
    last = m.index + m[0].length;
  }
  out.push(query.slice(last));
  return out;
}

// src/db/query-runner.ts
import BetterSqlite3 from "better-sqlite3";

// src/db/introspect.ts
var SPATIALITE_TABLES = [
  "ElementaryGeometries",
  "SpatialIndex",
  "geometry_columns",
  "spatial_ref_sys",
  "spatialite_history",
  "sql_statements_log",
  "sqlite_sequence",
  "views_geometry_columns",
  "virts_geometry_columns",
  "data_licenses",
  "KNN",
  "KNN2"
];
var SHADOW_SUFFIXES = {
  fts3: ["_content", "_segdir", "_segments", "_stat", "_docsize"],
  fts4: ["_content", "_segdir", "_segments", "_stat", "_docsize"],
  fts5: ["_data", "_idx", "_docsize", "_content", "_config"],
  rtree: ["_node", "_parent", "_rowid"],
  rtree_i32: ["_node", "_parent", "_rowid"]
};
var VIRTUAL_MODULE = /\bCREATE\s+VIRTUAL\s+TABLE\b[\s\S]*?\bUSING\s+([^\s(]+)/i;
var CONTENT_OPTION = /[(,]\s*content\s*=\s*("(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|`(?:[^`]|``)*`|[^\s,)]+)/i;
function introspectSchema(conn) {
  const tableRows = conn.prepare("select name, sql from sqlite_master where type = 'table' order by name").all();
  const viewRows = conn.prepare("select name, sql from sqlite_master where type = 'view' order by name").all();
  const hidden = hiddenTableNames(conn, tableRows);
  const virtualFts = tableRows.filter((t) => isFtsModule(virtualModule(t.sql)));
  const columnsByTable = /* @__PURE__ */ new Map();
  for (const { name } of tableRows) columnsByTable.set(name, tableColumns(conn, name));
  const keys = foreignKeys(conn, tableRows, columnsByTable);
  const tables = tableRows.map(({ name, sql }) => {
    const columns = columnsByTable.get(name);
    return {
      name,
      columns,
      primaryKeys: primaryKeys(columns),
      hidden: hidden.has(name),
      ftsTable: ftsTableFor(name, virtualFts),
      isFts: isFtsModule(virtualModule(sql)),
      foreignKeys: keys.get(name),
      labelColumn: detectLabelColumn(conn, name, columns),
      sql: sql ?? ""
    };
  });
  const views = viewRows.map(({ name, sql }) => ({
    name,
    columns: viewColumns(conn, name),
    sql: sql ?? ""
  }));
  return { tables, views };
}
function schemaVersion(conn) {
  return conn.pragma("schema_version", { simple: true });
}
function tableColumns(conn, table) {
  const rows = conn.prepare("select * from pragma_table_xinfo(?)").all(table);
  return rows.map((r) => ({
    cid: r.cid,
    name: r.name,
    type: r.type,
    notnull: r.notnull !== 0,
    default_value: r.dflt_value,
    is_pk: r.pk,
    hidden: r.hidden
  }));
}
function primaryKeys(columns) {
  return columns.filter((c) => c.is_pk > 0).sort((a, b) => a.is_pk - b.is_pk).map((c) => c.name);
}
function viewColumns(conn, view) {
  try {
    return conn.prepare("select name from pragma_table_info(?)").pluck().all(view) ?? [];
  } catch {
    return [];
  }
}
function foreignKeys(conn, tables, columnsByTable) {
  const result = /* @__PURE__ */ new Map();
  for (const { name } of tables) result.set(name, { incoming: [], outgoing: [] });
  const list = conn.prepare("select * from pragma_foreign_key_list(?)");
  for (const { name } of tables) {
    const rows = list.all(name);
    const perId = /* @__PURE__ */ new Map();
    for (const r of rows) perId.set(r.id, (perId.get(r.id) ?? 0) + 1);
    for (const r of rows) {
      if (perId.get(r.id) !== 1 || !result.has(r.table)) continue;
      const to = r.to ?? (primaryKeys(columnsByTable.get(r.table))[0] || "rowid");
      result.get(r.table).incoming.push({ other_table: name, column: to, other_column: r.from });
      result.get(name).outgoing.push({ other_table: r.table, column: r.from, other_column: to });
    }
  }
  const order = (a, b) => compare(a.other_table, b.other_table) || compare(a.column, b.column) || compare(a.other_column, b.other_column);
  for (const keys of result.values()) {
    keys.incoming.sort(order);
    keys.outgoing.sort(order);
  }
  return result;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function hiddenTableNames(conn, tables) {
  const hidden = /* @__PURE__ */ new Set();
  const shadow = new Set(
    conn.prepare("select name from pragma_table_list where schema = 'main' and type = 'shadow'").pluck().all()
  );
  for (const { name, sql } of tables) {
    const module = virtualModule(sql);
    for (const suffix of SHADOW_SUFFIXES[module ?? ""] ?? []) shadow.add(name + suffix);
    if (isFtsModule(module) && /content\s*=/i.test(sql ?? "")) hidden.add(name);
  }
  for (const { name } of tables) {
    if (/^sqlite_stat[1-4]$/.test(name) || name.startsWith("_") || shadow.has(name)) hidden.add(name);
  }
  const hasSpatialite = conn.prepare("select 1 from sqlite_master where tbl_name = 'geometry_columns'").get() !== void 0;
  if (hasSpatialite) {
    for (const name of SPATIALITE_TABLES) hidden.add(name);
    for (const { name } of tables) if (name.startsWith("idx_")) hidden.add(name);
  }
  return hidden;
}
function virtualModule(sql) {
  const match = sql ? VIRTUAL_MODULE.exec(sql) : null;
  return match ? match[1].replace(/["'[\]`]/g, "").toLowerCase() : null;
}
function isFtsModule(module) {
  return module === "fts3" || module === "fts4" || module === "fts5";
}
function ftsTableFor(table, virtualFts) {
  const lower = table.toLowerCase();
  for (const fts of virtualFts) {
    if (fts.name.toLowerCase() === lower) return fts.name;
    const match = CONTENT_OPTION.exec(fts.sql ?? "");
    if (match && unquote(match[1]).toLowerCase() === lower) return fts.name;
  }
  return null;
}
function unquote(value) {
  const first = value[0];
  if (first === '"' || first === "'" || first === "`")
    return value.slice(1, -1).replaceAll(first + first, first);
  if (first === "[") return value.slice(1, -1);
  return value;
}
function detectLabelColumn(conn, table, columns) {
  const visible = columns.filter((c) => c.hidden === 0);
  const unique = uniqueSingleColumns(conn, table);
  const uniqueText = visible.filter((c) => unique.has(c.name) && hasTextAffinity(c.type));
  if (uniqueText.length === 1) return uniqueText[0].name;
  const names = visible.map((c) => c.name);
  const nameOrTitle = names.find((n) => n.toLowerCase() === "name" || n.toLowerCase() === "title");
  if (nameOrTitle) return nameOrTitle;
  if (names.length === 2 && (names.includes("id") || names.includes("pk")) && !(names.includes("id") && names.includes("pk"))) {
    return names.find((n) => n !== "id" && n !== "pk");
  }
  return null;
}
function uniqueSingleColumns(conn, table) {
  const unique = /* @__PURE__ */ new Set();
  const indexes = conn.prepare("select * from pragma_index_list(?)").all(table);
  for (const index of indexes) {
    if (!index.unique) continue;
    const cols = conn.prepare("select name from pragma_index_info(?)").pluck().all(index.name);
    if (cols.length === 1 && cols[0]) unique.add(cols[0]);
  }
  return unique;
}
function hasTextAffinity(type) {
  const t = type.trim().toUpperCase();
  if (t === "") return true;
  if (t.includes("INT")) return false;
  return t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT");
}

// src/db/sql-guard.ts
var ALLOWED_PRAGMA_FUNCTIONS = [
  "database_list",
  "foreign_key_list",
  "function_list",
  "index_info",
  "index_list",
  "index_xinfo",
  "page_count",
  "max_page_count",
  "page_size",
  "schema_version",
  "table_info",
  "table_xinfo",
  "table_list"
];
var NOT_A_SELECT = "Statement must be a SELECT";
var DISALLOWED_PRAGMA = "Statement contained a disallowed PRAGMA. Allowed pragma functions are " + ALLOWED_PRAGMA_FUNCTIONS.map((p) => `pragma_${p}()`).join(", ");
var NO_LOAD_EXTENSION = "Statement may not call load_extension(): loading SQLite extensions is disabled";
var ONE_STATEMENT = "You can only execute one statement at a time.";
var STARTS_LIKE_SELECT = /^(?:explain\s+(?:query\s+plan\s+)?)?(?:select|with)\b/;
var PRAGMA_WORD = /\bpragma(_\w+)?\b/g;
var LOAD_EXTENSION_CALL = /\bload_extension["\]`]?\s*\(/;
function checkSqlText(sql) {
  if (ACCEPTED.has(sql)) return;
  checkNewSqlText(sql);
  if (ACCEPTED.size >= ACCEPTED_LIMIT) ACCEPTED.clear();
  ACCEPTED.add(sql);
}
var ACCEPTED = /* @__PURE__ */ new Set();
var ACCEPTED_LIMIT = 500;
function checkNewSqlText(sql) {
  const code = stripLiteralsAndComments(sql).trim().toLowerCase();
  if (!STARTS_LIKE_SELECT.test(code)) throw new ReadOnlyError(NOT_A_SELECT, sql);
  for (const match of stripLiteralsAndComments(code, { blankNames: true }).matchAll(PRAGMA_WORD)) {
    const fn = match[1]?.slice(1);
    if (!fn || !ALLOWED_PRAGMA_FUNCTIONS.includes(fn)) throw new ReadOnlyError(DISALLOWED_PRAGMA, sql);
  }
  if (LOAD_EXTENSION_CALL.test(code)) throw new ReadOnlyError(NO_LOAD_EXTENSION, sql);
}
function prepareReadOnly(conn, sql) {
  let stmt;
  try {
    stmt = conn.prepare(sql);
  } catch (error) {
    if (error instanceof RangeError && /more than one statement/.test(error.message))
      throw new ReadOnlyError(ONE_STATEMENT, sql);
    throw error;
  }
  if (!stmt.reader || !stmt.readonly) throw new ReadOnlyError(NOT_A_SELECT, sql);
  return stmt;
}
function stripLiteralsAndComments(sql, options = {}) {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === "-" && next === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end;
      out += " ";
    } else if (c === "/" && next === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 2;
      out += " ";
    } else if (c === "'") {
      i = skipQuoted(sql, i, "'");
      out += "''";
    } else if (c === '"' || c === "`" || c === "[") {
      const end = skipQuoted(sql, i, c === "[" ? "]" : c);
      out += options.blankNames ? '""' : sql.slice(i, end);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
function skipQuoted(sql, start, close) {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (close !== "]" && sql[i + 1] === close) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

// src/db/query-runner.ts
var STATEMENT_CACHE_SIZE = 256;
var REALS = 1;
var SOME_INTEGER = 2;
var QueryRunner = class {
  /**
   * @param shareReads reads in one turn of the event loop share one read transaction per connection,
   *   ended on the next turn (an export's in-thread reads). Each statement on its own takes and drops
   *   SQLite's file lock and checks the file for changes: ~20 µs of a row lookup's ~22 µs. A writer in
   *   this thread must call endSharedReads() before it locks the file (Writer.beforeLocking).
   */
  constructor(databases, setup, shareReads = false) {
    this.setup = setup;
    this.shareReads = shareReads;
    for (const db of databases) this.databases.set(db.name, db);
  }
  setup;
  shareReads;
  databases = /* @__PURE__ */ new Map();
  connections = /* @__PURE__ */ new Map();
  /**
   * Prepared statements by database and SQL: pages repeat the same few queries, and preparing costs
   * ~30 µs. After a schema change SQLite prepares a cached statement again on its next step (a `select *`
   * then expands to the new columns), so the key needs no schema version — reading one per query would
   * cost a read transaction of its own. `columns()` is therefore read after stepping.
   */
  statements = /* @__PURE__ */ new Map();
  /** Connections holding a shared read transaction, and the turn of the event loop that ends them. */
  reading = /* @__PURE__ */ new Set();
  endReadsSoon = null;
  query(request, id = 0) {
    const stmt = this.statement(request.db, request.sql);
    if (this.shareReads) this.shareRead(request.db);
    const params = decodeParams(request.params);
    const { rows, truncated, tagged, floatColumns, floatCells } = readRows(stmt, params, request.maxRows);
    return {
      id,
      ok: true,
      columns: stmt.columns().map((c) => c.name),
      rows,
      truncated,
      tagged,
      ...floatColumns.length ? { floatColumns } : {},
      ...floatCells.length ? { floatCells } : {}
    };
  }
  schema(request, id = 0) {
    const conn = this.connection(request.db);
    const own = !conn.inTransaction;
    if (own) conn.exec("begin");
    try {
      const version = schemaVersion(conn);
      const schema = version === request.knownVersion ? null : introspectSchema(conn);
      return { id, ok: true, version, schema };
    } finally {
      if (own) conn.exec("commit");
    }
  }
  /** Ends the shared read transactions (shareReads): before a write in this thread, and when closing. */
  endSharedReads() {
    if (this.endReadsSoon) clearImmediate(this.endReadsSoon);
    this.endReadsSoon = null;
    for (const conn of this.reading) if (conn.open && conn.inTransaction) conn.exec("commit");
    this.reading.clear();
  }
  shareRead(db) {
    const conn = this.connection(db);
    if (conn.inTransaction) return;
    conn.exec("begin");
    this.reading.add(conn);
    this.endReadsSoon ??= setImmediate(() => this.endSharedReads());
  }
  close() {
    this.endSharedReads();
    this.statements.clear();
    for (const conn of this.connections.values()) conn.close();
    this.connections.clear();
  }
  connection(name) {
    const existing = this.connections.get(name);
    if (existing) return existing;
    const db = this.databases.get(name);
    if (!db) throw new Error(`Unknown database ${name}`);
    const conn = db.kind === "file" ? new BetterSqlite3(db.path, { readonly: true, fileMustExist: true }) : new BetterSqlite3(":memory:");
    try {
      setUpConnection(conn, name, this.setup);
      for (const other of db.attach)
        conn.prepare(`attach database ? as "${other.name.replaceAll('"', '""')}"`).run(other.path);
      conn.pragma("query_only = 1");
    } catch (error) {
      conn.close();
      throw error;
    }
    this.connections.set(name, conn);
    return conn;
  }
  statement(db, sql) {
    const key = `${db}\0${sql}`;
    const cached = this.statements.get(key);
    if (cached) {
      this.statements.delete(key);
      this.statements.set(key, cached);
      return cached;
    }
    const stmt = prepareReadOnly(this.connection(db), sql);
    stmt.raw(true);
    stmt.safeIntegers(true);
    this.statements.set(key, stmt);
    if (this.statements.size > STATEMENT_CACHE_SIZE)
      this.statements.delete(this.statements.keys().next().value);
    return stmt;
  }
};
function readRows(stmt, params, maxRows) {
  const args = params === void 0 ? [] : [params];
  let rows;
  let truncated = false;
  if (maxRows === 0) rows = stmt.all(...args);
  else {
    rows = [];
    const iterator = stmt.iterate(...args);
    try {
      for (const row of iterator) {
        if (rows.length === maxRows) {
          truncated = true;
          break;
        }
        rows.push(row);
      }
    } finally {
      iterator.return?.();
    }
  }
  let tagged = false;
  const numbers = [];
  const wholeReals = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let i = 0; i < row.length; i++) {
      const raw = row[i];
      if (typeof raw === "bigint") numbers[i] = SOME_INTEGER;
      else if (typeof raw === "number") {
        if (numbers[i] !== SOME_INTEGER) numbers[i] = REALS;
        if (Number.isInteger(raw)) wholeReals.push(r, i);
      }
      const value = encodeValue(raw);
      if (value === raw) continue;
      row[i] = value;
      if (value !== null && typeof value === "object") tagged = true;
    }
  }
  const floatColumns = [];
  numbers.forEach((n, i) => n === REALS && floatColumns.push(i));
  const floatCells = [];
  for (let k = 0; k < wholeReals.length; k += 2)
    if (numbers[wholeReals[k + 1]] === SOME_INTEGER) floatCells.push(wholeReals[k], wholeReals[k + 1]);
  return { rows, truncated, tagged, floatColumns, floatCells };
}

export {
  PLUGIN_API_SPECIFIER,
  allowPluginApiImports,
  loadPluginModules,
  setUpConnection,
  checkSqlText,
  QueryRunner
};
