import type { View } from "./view.js";
import { indexView } from "./views/index.js";
import { databaseView } from "./views/database.js";
import { jsonDataViews } from "./views/special.js";

/** One entry of the URL table: a pattern over the path below base_url, with named groups. */
export interface RouteDef {
  name: string;
  pattern: RegExp;
  methods?: string[];
  view: View;
}

const DB = String.raw`(?<database>[^/.]+)`;
const FORMAT = String.raw`(?:\.(?<format>\w+))?`;

/**
 * The URL table, in Datasette's order (datasette/app.py `routes()`): the first match wins. Views that
 * throw a 404 fall through to custom pages, as in Datasette.
 */
export function builtInRoutes(): RouteDef[] {
  return [
    { name: "index", pattern: new RegExp(String.raw`^/(?:\.(?<format>json))?$`), view: indexView },
    ...jsonDataViews(),
    { name: "database", pattern: new RegExp(`^/${DB}${FORMAT}$`), view: databaseView },
  ];
}
