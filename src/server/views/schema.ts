/**
 * The schema pages of Datasette 1.0a37 (datasette/views/special.py, SchemaBaseView): the `CREATE`
 * statements of every database the actor may view (`/-/schema`), of one database (`/DB/-/schema`) or of
 * one table or view (`/DB/TABLE/-/schema`), as HTML (schema.html), JSON or Markdown (`.md`).
 */
import type { RouteDef } from "../routes.js";
import type { View, ViewRequest, ViewResult } from "../view.js";
import type { Datasette } from "../datasette.js";
import { HttpError } from "../http-error.js";

interface DatabaseSchemaText {
  database: string;
  schema: string;
}

const FORMAT = String.raw`(?:\.(?<format>json|md))?`;

/** The three routes; the database and table ones must come before the row route, which would take them. */
export function schemaRoutes(): RouteDef[] {
  return [
    { name: "instance_schema", pattern: new RegExp(`^/-/schema${FORMAT}$`), view: instanceSchemaView },
    {
      name: "database_schema",
      pattern: new RegExp(String.raw`^/(?<database>[^/.]+)/-/schema${FORMAT}$`),
      view: databaseSchemaView,
    },
    {
      name: "table_schema",
      pattern: new RegExp(String.raw`^/(?<database>[^/.]+)/(?<table>[^/.]+)/-/schema${FORMAT}$`),
      view: tableSchemaView,
    },
  ];
}

/** Every database the actor may view, `_internal` aside (the homepage's list). No view-instance check: Datasette has none here. */
const instanceSchemaView: View = async (req) => {
  const { datasette, actor } = req;
  const schemas: DatabaseSchemaText[] = [];
  for (const name of datasette.databases.keys()) {
    if (name === "_internal" || !(await datasette.permissionAllowed(actor, "view-database", name))) continue;
    schemas.push({ database: name, schema: await databaseSchemaText(datasette, name) });
  }
  const markdown = schemas
    .map((s) => `# Schema for ${s.database}\n\n\`\`\`sql\n${s.schema}\n\`\`\``)
    .join("\n\n");
  return answer(req, { schemas }, markdown, { schemas, is_instance: true });
};

/** The permission check comes first, so an actor who may not view a database cannot learn whether it exists. */
const databaseSchemaView: View = async (req) => {
  const { datasette, actor, params } = req;
  const name = params.database!;
  if (!(await datasette.permissionAllowed(actor, "view-database", name)))
    throw new HttpError(403, "view-database");
  if (!datasette.databases.has(name)) throw new HttpError(404, "Database not found");
  const schema = await databaseSchemaText(datasette, name);
  return answer(req, { database: name, schema }, markdownSection(`Schema for ${name}`, schema), {
    schemas: [{ database: name, schema }],
    is_instance: false,
  });
};

const tableSchemaView: View = async (req) => {
  const { datasette, actor, params } = req;
  const name = params.database!;
  const table = params.table!;
  if (!(await datasette.permissionAllowed(actor, "view-table", [name, table])))
    throw new HttpError(403, "view-table");
  if (!datasette.databases.has(name)) throw new HttpError(404, "Database not found");
  const { rows } = await datasette
    .getDatabase(name)
    .execute("select sql from sqlite_master where name = ? and sql is not null", { params: [table] });
  const schema = rows[0]?.[0];
  if (typeof schema !== "string" || !schema) throw new HttpError(404, "Table not found");
  return answer(
    req,
    { database: name, table, schema },
    markdownSection(`Schema for ${name}.${table}`, schema),
    { schemas: [{ database: name, schema }], is_instance: false, table_name: table },
  );
};

/** Datasette's statement: every `sql` of sqlite_master in its order, joined by ";" and a newline. */
async function databaseSchemaText(datasette: Datasette, name: string): Promise<string> {
  const { rows } = await datasette
    .getDatabase(name)
    .execute("select group_concat(sql, ';' || char(10)) from sqlite_master where sql is not null");
  const schema = rows[0]?.[0];
  return typeof schema === "string" ? schema : "";
}

function markdownSection(heading: string, schema: string): string {
  return `# ${heading}\n\n\`\`\`sql\n${schema}\n\`\`\`\n`;
}

function answer(
  req: ViewRequest,
  json: Record<string, unknown>,
  markdown: string,
  context: Record<string, unknown>,
): ViewResult {
  if (req.format === "md") return { raw: { body: markdown, contentType: "text/markdown; charset=utf-8" } };
  return {
    json: () => ({ ok: true, ...json }),
    html: async () => ({ templates: ["schema.html"], context }),
  };
}
