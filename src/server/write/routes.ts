import type { RouteDef } from "../routes.js";
import { ALL_METHODS } from "./write-view.js";
import { createView, dropView, insertView } from "./table-views.js";
import { deleteView, updateView } from "./row-views.js";

const DB = String.raw`(?<database>[^/.]+)`;
const TABLE = String.raw`(?<table>[^/.]+)`;
const PKS = String.raw`(?<pks>[^/]+)`;

/**
 * The JSON write API's URLs (datasette/app.py routes: table-create, table-insert, table-upsert,
 * table-drop, row-update, row-delete). They must come before the table and row routes, whose patterns
 * would otherwise take `/DB/-/create` for a row. Every method reaches the view, which answers all but
 * POST with a JSON 405.
 */
export function writeRoutes(): RouteDef[] {
  const route = (name: string, pattern: string, view: RouteDef["view"]): RouteDef => ({
    name,
    pattern: new RegExp(`^${pattern}$`),
    methods: ALL_METHODS,
    format: "json",
    view,
  });
  return [
    route("table-create", `/${DB}/-/create`, createView),
    route("table-insert", `/${DB}/${TABLE}/-/insert`, insertView(false)),
    route("table-upsert", `/${DB}/${TABLE}/-/upsert`, insertView(true)),
    route("table-drop", `/${DB}/${TABLE}/-/drop`, dropView),
    route("row-delete", `/${DB}/${TABLE}/${PKS}/-/delete`, deleteView),
    route("row-update", `/${DB}/${TABLE}/${PKS}/-/update`, updateView),
  ];
}
