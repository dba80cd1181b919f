/**
 * The template context Datasette 1.0a37 documents as a stable contract (docs/template_context.rst): a
 * user's override of table.html, row.html, query.html or database.html finds every documented variable.
 * Each page is rendered through an override that prints the names it can see.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

/** docs/template_context.rst, "Base context": on every page. */
const BASE = [
  "request",
  "crumb_items",
  "urls",
  "actor",
  "menu_links",
  "display_actor",
  "show_logout",
  "zip",
  "body_scripts",
  "format_bytes",
  "show_messages",
  "extra_css_urls",
  "extra_js_urls",
  "base_url",
  "datasette_version",
];

const PAGES: Record<string, { template: string; path: string; keys: string[] }> = {
  database: {
    template: "database.html",
    path: "fixtures",
    keys: [
      "allow_download",
      "allow_execute_sql",
      "alternate_url_json",
      "attached_databases",
      "database",
      "database_actions",
      "database_color",
      "database_page_data",
      "editable",
      "hidden_count",
      "metadata",
      "path",
      "private",
      "queries",
      "queries_count",
      "queries_more",
      "select_templates",
      "show_hidden",
      "size",
      "table_columns",
      "tables",
      "top_database",
      "views",
    ],
  },
  query: {
    template: "query.html",
    path: "fixtures/-/query?sql=select+1",
    keys: [
      "allow_execute_sql",
      "alternate_url_json",
      "columns",
      "database",
      "database_color",
      "db_is_immutable",
      "display_rows",
      "edit_sql_url",
      "editable",
      "error",
      "hide_sql",
      "metadata",
      "named_parameter_values",
      "private",
      "query",
      "query_actions",
      "renderers",
      "save_query_url",
      "select_templates",
      "show_hide_hidden",
      "show_hide_link",
      "show_hide_text",
      "stored_query",
      "stored_query_write",
      "table_columns",
      "tables",
      "top_query",
      "top_stored_query",
      "url_csv",
    ],
  },
  table: {
    template: "table.html",
    path: "fixtures/facetable",
    keys: [
      "actions",
      "all_columns",
      "allow_execute_sql",
      "alternate_url_json",
      "append_querystring",
      "columns",
      "count",
      "count_sql",
      "count_truncated",
      "custom_table_templates",
      "database",
      "database_color",
      "datasette_allow_facet",
      "display_columns",
      "display_rows",
      "expandable_columns",
      "extra_wheres_for_ui",
      "facet_results",
      "facets_timed_out",
      "filter_columns",
      "filters",
      "fix_path",
      "form_hidden_args",
      "human_description_en",
      "is_sortable",
      "is_view",
      "metadata",
      "next",
      "next_url",
      "ok",
      "path_with_replaced_args",
      "primary_keys",
      "private",
      "query",
      "query_ms",
      "renderers",
      "rows",
      "select_templates",
      "set_column_type_ui",
      "settings",
      "sort",
      "sort_desc",
      "sorted_facet_results",
      "suggested_facets",
      "supports_search",
      "table",
      "table_alter_ui",
      "table_definition",
      "table_insert_ui",
      "table_page_data",
      "top_table",
      "url_csv",
      "url_csv_hidden_args",
      "url_csv_path",
      "view_definition",
    ],
  },
  row: {
    template: "row.html",
    path: "fixtures/simple_primary_key/1",
    keys: [
      "alternate_url_json",
      "columns",
      "custom_table_templates",
      "database",
      "database_color",
      "display_columns",
      "display_rows",
      "foreign_key_tables",
      "metadata",
      "ok",
      "primary_key_values",
      "primary_keys",
      "private",
      "query_ms",
      "renderers",
      "row_actions",
      "row_mutation_ui",
      "rows",
      "select_templates",
      "settings",
      "table",
      "table_page_data",
      "top_row",
      "url_csv",
      "url_csv_hidden_args",
      "url_csv_path",
    ],
  },
};

let server: TestServer;
let templates: string;

beforeAll(async () => {
  templates = await mkdtemp(path.join(tmpdir(), "dx-context-"));
  for (const page of Object.values(PAGES)) {
    // `name is defined` for every documented name: what the override sees, one name a line.
    const body = [...BASE, ...page.keys].map((k) => `{% if ${k} is defined %}${k}{% endif %}\n`).join("");
    const rows = page.template === "table.html" ? "{% include custom_table_templates %}" : "";
    await writeFile(path.join(templates, page.template), body + rows);
  }
  // Datasette's most specific row template for one table: how a user's _table.html prints cells.
  await writeFile(
    path.join(templates, "_table-fixtures-foreign_key_references.html"),
    "{% for row in display_rows %}{% for cell in row %}[{{ cell.value }}]{% endfor %}{% endfor %}",
  );
  server = await startFixturesServer({ templateDir: templates });
});

afterAll(async () => {
  await server?.close();
  await rm(templates, { recursive: true, force: true });
});

describe("Datasette's documented template context", { timeout: 60_000 }, () => {
  for (const [name, page] of Object.entries(PAGES)) {
    it(`reaches an override of ${page.template} (${name} page)`, async () => {
      const response = await server.get(page.path);
      expect(response.status).toBe(200);
      const seen = (await response.text()).split("\n").filter(Boolean);
      const missing = [...BASE, ...page.keys].filter((k) => !seen.includes(k));
      expect(missing).toEqual([]);
    });
  }

  it("gives the table page's rows cells whose HTML prints without |safe, as Datasette's Markup does", async () => {
    const html = await (await server.get("fixtures/foreign_key_references")).text();
    expect(html).toContain('[<a href="/fixtures/simple_primary_key/1">hello</a>&nbsp;<em>1</em>]');
  });
});
