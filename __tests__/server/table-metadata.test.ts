import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

// Table options from metadata (docs/metadata.rst "Setting which columns can be used for sorting",
// "Setting a default sort order", "Specifying the label column", facets, size, column descriptions).
let server: TestServer;

beforeAll(async () => {
  server = await startFixturesServer({
    metadata: {
      databases: {
        fixtures: {
          tables: {
            sortable: { sortable_columns: ["sortable", "text"], sort_desc: "sortable", size: 10 },
            facetable: {
              facets: ["state", { array: "tags" }],
              columns: { state: "Two-letter state code" },
              description: "Facet demo",
            },
            simple_primary_key: { label_column: "content" },
          },
        },
      },
    },
  });
});
afterAll(async () => {
  await server?.close();
});

async function json(p: string): Promise<{ status: number; body: any }> {
  const r = await server.get(p);
  return { status: r.status, body: await r.json() };
}

describe("table metadata", () => {
  it("limits sorting to sortable_columns and applies sort_desc and size by default (test_sortable_columns_metadata)", async () => {
    expect((await json("fixtures/sortable.json?_sort=content")).body.error).toBe(
      "Cannot sort table by content",
    );
    const { body } = await json("fixtures/sortable.json?_extra=human_description_en,query");
    expect(body.rows).toHaveLength(10);
    expect(body.human_description_en).toBe("sorted by sortable descending");
    // Datasette adds the primary keys as a tie-breaker only once a _next token is in play.
    expect(body.query.sql).toMatch(/ order by sortable desc limit 11$/);
    const sorted = body.rows.map((r: any) => r.sortable);
    expect(sorted).toEqual([...sorted].sort((a: number, b: number) => b - a));
  });

  it("always computes metadata facets, which cannot be hidden", async () => {
    const { body } = await json(
      "fixtures/facetable.json?_extra=facet_results,metadata,display_columns&_size=1",
    );
    expect(body.facet_results.results.state.hideable).toBe(false);
    expect(body.facet_results.results.tags.type).toBe("array");
    expect(body.metadata).toEqual({ description: "Facet demo", columns: { state: "Two-letter state code" } });
    expect(body.display_columns.find((c: any) => c.name === "state").description).toBe(
      "Two-letter state code",
    );
  });

  it("labels foreign keys with the configured label_column", async () => {
    const { body } = await json(
      "fixtures/foreign_key_references.json?_labels=on&_size=1&_extra=expandable_columns",
    );
    expect(body.rows[0].foreign_key_with_label).toEqual({ value: 1, label: "hello" });
    const fk = body.expandable_columns.find((e: any) => e[0].column === "foreign_key_with_label");
    expect(fk[1]).toBe("content");
  });
});

describe("a table's description on its pages", () => {
  it("shows on the table page and, as in Datasette 1.0a37, not on a row's page", async () => {
    const table = await (await server.get("fixtures/facetable")).text();
    expect(table).toContain('<div class="metadata-description">Facet demo</div>');
    const row = await (await server.get("fixtures/facetable/1")).text();
    expect(row).not.toContain("Facet demo");
    expect((await json("fixtures/facetable/1.json?_extra=metadata")).body.metadata.description).toBe(
      "Facet demo",
    );
  });
});
