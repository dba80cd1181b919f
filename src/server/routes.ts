import type { View } from "./view.js";
import { indexView } from "./views/index.js";
import { databaseView } from "./views/database.js";
import { jsonDataViews } from "./views/special.js";
import { queryView } from "./views/query.js";
import { tableView } from "./views/table.js";
import { rowView } from "./views/row.js";
import { writeRoutes } from "./write/routes.js";
import { jumpView } from "./views/jump.js";
import { schemaRoutes } from "./views/schema.js";

/** One entry of the URL table: a pattern over the path below base_url, with named groups. */
export interface RouteDef {
  name: string;
  pattern: RegExp;
  methods?: string[];
  /** The format when the pattern has none (the write API always answers "json"). */
  format?: string;
  view: View;
}

const DB = String.raw`(?<database>[^/.]+)`;
const FORMAT = String.raw`(?:\.(?<format>\w+))?`;
const TABLE = String.raw`(?<table>[^/.]+)`;
const PKS = String.raw`(?<pks>[^/]+?)`;

/**
 * The URL table, in Datasette's order (datasette/app.py `routes()`): the first match wins. Views that
 * throw a 404 fall through to custom pages, as in Datasette.
 */
export function builtInRoutes(): RouteDef[] {
  return [
    { name: "index", pattern: new RegExp(String.raw`^/(?:\.(?<format>json))?$`), view: indexView },
    ...jsonDataViews(),
    { name: "jump", pattern: new RegExp(String.raw`^/-/jump(?:\.(?<format>json))?$`), view: jumpView },
    { name: "database", pattern: new RegExp(`^/${DB}${FORMAT}$`), view: databaseView },
    ...writeRoutes(),
    ...schemaRoutes(),
    { name: "query", pattern: new RegExp(`^/${DB}/-/query${FORMAT}$`), view: queryView },
    {
      name: "table",
      pattern: new RegExp(`^/${DB}/${TABLE}${FORMAT}$`),
      // POST runs a canned query (Datasette's QueryView.post); the table view refuses it for tables.
      methods: ["GET", "HEAD", "POST"],
      view: tableView,
    },
    { name: "row", pattern: new RegExp(`^/${DB}/(?<table>[^/]+?)/${PKS}${FORMAT}$`), view: rowView },
  ];
}
