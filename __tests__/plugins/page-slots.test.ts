/**
 * The actions menus (tableActions, viewActions, rowActions, queryActions, databaseActions,
 * homepageActions) and top-of-page slots (topHomepage … topStoredQuery) of Datasette's default pages,
 * filled by a plugin loaded with --plugin, through the real server.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

// Each hook answers with what it was told, so a test sees both that it ran and with which arguments.
const PLUGIN = `
const who = (actor) => (actor ? actor.id : "nobody");
export default [
  {
    name: "page-slots",
    actorFromRequest(ctx) {
      const id = ctx.get("x-slots-actor");
      return id ? { id } : null;
    },
    homepageActions: ({ actor }) => [{ href: "/-/home-action", label: "Home action for " + who(actor) }],
    databaseActions: ({ database, actor }) => [
      { href: "/-/db-action", label: "Database action on " + database + " for " + who(actor), description: "A <described> action" },
      { type: "button", label: "Database button", attrs: { "data-slot": database } },
    ],
    tableActions: ({ database, table }) => [{ href: "/-/table-action", label: "Table action on " + database + "/" + table }],
    viewActions: ({ database, view }) => [{ href: "/-/view-action", label: "View action on " + database + "/" + view }],
    rowActions: ({ table, row }) => [{ href: "/-/row-action", label: "Row action on " + table + " row " + row.id + " " + row.content }],
    queryActions: ({ database, queryName, sql, params }) => [
      { href: "/-/query-action", label: "Query action " + database + " " + queryName + " [" + sql + "] " + JSON.stringify(params) },
    ],
    topHomepage: () => '<p class="top-slot">top of homepage</p>',
    topDatabase: ({ database }) => '<p class="top-slot">top of ' + database + '</p>',
    topTable: ({ database, table }) => '<p class="top-slot">top of ' + database + '/' + table + '</p>',
    topRow: ({ table, row }) => '<p class="top-slot">top of ' + table + ' row ' + row.id + '</p>',
    topQuery: ({ sql }) => '<p class="top-slot">top of query ' + sql + '</p>',
    topStoredQuery: ({ queryName }) => '<p class="top-slot">top of stored query ' + queryName + '</p>',
  },
  {
    // A second plugin adds to the same menus and slots; one answering null adds nothing.
    name: "page-slots-more",
    tableActions: async () => [{ href: "/-/second", label: "Second plugin's action" }],
    topTable: async () => '<p class="top-slot">second top</p>',
    databaseActions: () => null,
    topDatabase: () => null,
  },
];
`;

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dx-page-slots-"));
  const plugin = path.join(dir, "page-slots.mjs");
  await writeFile(plugin, PLUGIN);
  server = await startFixturesServer({
    plugins: [plugin],
    metadata: { databases: { fixtures: { queries: { one: "select 1 as one, :name as name" } } } },
    // A loaded machine must not turn a page's query into "took too long".
    settings: [["sql_time_limit_ms", "20000"]],
  });
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function page(pathname: string, actor?: string): Promise<string> {
  const response = await server.get(pathname, actor ? { headers: { "x-slots-actor": actor } } : {});
  expect(response.status).toBe(200);
  return response.text();
}

const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#34;": '"',
  "&#39;": "'",
  "&amp;": "&",
};

/** The actions menu's title and its items' text, tags stripped and entities decoded. */
function actionMenu(html: string): { title: string; items: string[] } | null {
  const start = html.indexOf('<details class="actions-menu-links details-menu">');
  if (start < 0) return null;
  const menu = html.slice(start, html.indexOf("</details>", start));
  const title = /<span>([^<]*)<\/span>/.exec(menu)![1]!;
  const items = [...menu.matchAll(/<li role="none">([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, "")
      .replace(/&(?:lt|gt|quot|#34|#39|amp);/g, (e) => ENTITIES[e]!)
      .trim(),
  );
  return { title, items };
}

function topSlots(html: string): string[] {
  return [...html.matchAll(/<p class="top-slot">(.*?)<\/p>/g)].map((m) => m[1]!);
}

describe("page actions menus and top slots from plugins", { timeout: 90_000 }, () => {
  it("fills the homepage's menu with the actor, and its top slot", async () => {
    const html = await page("", "alice");
    expect(actionMenu(html)).toEqual({ title: "Homepage actions", items: ["Home action for alice"] });
    expect(topSlots(html)).toEqual(["top of homepage"]);
  });

  it("fills the database page's menu with links and buttons, escaping their text", async () => {
    const html = await page("fixtures");
    expect(actionMenu(html)).toEqual({
      title: "Database actions",
      items: ["Database action on fixtures for nobody A <described> action", "Database button"],
    });
    expect(html).toContain('<span class="dropdown-description">A &lt;described&gt; action</span>');
    expect(html).toMatch(
      /<button type="button" class="button-as-link action-menu-button"[^>]* data-slot="fixtures">/,
    );
    expect(topSlots(html)).toEqual(["top of fixtures"]);
  });

  it("asks tableActions on a table and viewActions on a view, every plugin in turn", async () => {
    const table = await page("fixtures/facetable");
    expect(actionMenu(table)).toEqual({
      title: "Table actions",
      items: ["Table action on fixtures/facetable", "Second plugin's action"],
    });
    expect(topSlots(table)).toEqual(["top of fixtures/facetable", "second top"]);
    const view = await page("fixtures/simple_view");
    expect(actionMenu(view)).toEqual({
      title: "View actions",
      items: ["View action on fixtures/simple_view"],
    });
  });

  it("gives rowActions and topRow the row", async () => {
    const html = await page("fixtures/simple_primary_key/1");
    expect(actionMenu(html)).toEqual({
      title: "Row actions",
      items: ["Row action on simple_primary_key row 1 hello"],
    });
    expect(topSlots(html)).toEqual(["top of simple_primary_key row 1"]);
  });

  it("gives queryActions the SQL and parameters, and tells a stored query's page from a ?sql= page", async () => {
    const query = await page("fixtures/-/query?sql=select+2");
    expect(actionMenu(query)?.items).toEqual(["Query action fixtures null [select 2] {}"]);
    expect(topSlots(query)).toEqual(["top of query select 2"]);
    const stored = await page("fixtures/one?name=Cleo");
    expect(actionMenu(stored)).toEqual({
      title: "Query actions",
      items: ['Query action fixtures one [select 1 as one, :name as name] {"name":"Cleo"}'],
    });
    expect(topSlots(stored)).toEqual(["top of stored query one"]);
  });
});

describe("pages without page hooks", () => {
  let plain: TestServer;
  beforeAll(async () => {
    plain = await startFixturesServer();
  });
  afterAll(async () => {
    await plain?.close();
  });

  it("draw no actions menu", async () => {
    for (const pathname of ["", "fixtures", "fixtures/facetable", "fixtures/simple_primary_key/1"]) {
      const html = await (await plain.get(pathname)).text();
      expect(html).not.toContain("actions-menu-links");
    }
  });
});
