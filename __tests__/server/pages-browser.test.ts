/**
 * The default pages' JavaScript in a real Chromium, on Datasette's fixtures: the column menus of the
 * table page, its filter form (added rows, sort and "descending"), the SQL editor (CodeMirror, "Format
 * SQL", running the query), the navigation menu and a page's actions menu filled by a plugin. The SQL
 * editor is bundled by `npm run build`.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { startFixturesServer, type TestServer } from "../helpers/server.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let pluginDir: string;

// A plugin's tableActions, for the actions menu (details.actions-menu-links).
const ACTIONS_PLUGIN = `export default {
  name: "browser-table-actions",
  tableActions: ({ database, table }) => [
    { href: "/" + database + "/simple_primary_key", label: "Go from " + table, description: "A plugin's link" },
  ],
};`;

beforeAll(async () => {
  // A canned query whose SQL the formatter would change, shown read-only on its page.
  const queries = { shouting: "SELECT ID, CONTENT FROM simple_primary_key WHERE ID > 1" };
  pluginDir = await mkdtemp(path.join(tmpdir(), "dx-pages-browser-"));
  await writeFile(path.join(pluginDir, "actions.mjs"), ACTIONS_PLUGIN);
  server = await startFixturesServer({
    metadata: { databases: { fixtures: { queries } } },
    plugins: [path.join(pluginDir, "actions.mjs")],
  });
  // Warm the read processes and the facet counts before any page load is timed.
  for (const p of ["fixtures", "fixtures/facetable", "fixtures/simple_primary_key"])
    await (await server.get(p)).text();
  browser = await launchBrowser(findBrowser(null));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (pluginDir) await rm(pluginDir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  // A busy machine (2 cores shared by many) can take long over a first load; a hang still fails.
  page.setDefaultTimeout(60_000);
  pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

const open = async (pathname: string) => {
  const response = await page.goto(new URL(pathname, server.url).href, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
};
const query = () => new URL(page.url()).searchParams;
/**
 * Clicks a column's cog as a person does: the header scrolled into view first. Playwright's click scrolls
 * the table wrapper itself, and the wrapper's scroll event, which closes the menu (as Datasette's does),
 * then arrives a frame after the click that opened it.
 */
const openColumnMenu = async (column: string) => {
  await page.locator(`th[data-column="${column}"]`).scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.click(`th[data-column="${column}"] .dropdown-menu-icon`);
};

describe("the table page's column menu", { timeout: 180_000 }, () => {
  it("opens from a header's cog with Datasette's actions for that column", async () => {
    await open("fixtures/facetable");
    await openColumnMenu("distinct_some_null");
    const menu = page.locator("body > .dropdown-menu");
    await menu.waitFor({ state: "visible" });
    expect(await menu.locator(".dropdown-actions a").allTextContents()).toEqual([
      "Sort ascending",
      "Sort descending",
      "Facet by this",
      "Choose columns",
      "Hide this column",
      "Show not-blank rows",
    ]);
    // This column has no declared type, so the menu names none.
    expect(await menu.locator(".dropdown-column-type").isVisible()).toBe(false);
    await page.click("h1");
    await menu.waitFor({ state: "hidden" });
  });

  it("leaves out sorting by the current sort, faceting by a shown facet and hiding the primary key", async () => {
    await open("fixtures/facetable?_sort=state&_facet=state");
    await openColumnMenu("state");
    const actions = await page.locator("body > .dropdown-menu .dropdown-actions a").allTextContents();
    expect(actions).toEqual(["Sort descending", "Choose columns", "Hide this column"]);
    expect(await page.locator("body > .dropdown-menu .dropdown-column-type").textContent()).toBe(
      "Type: TEXT",
    );
    await openColumnMenu("pk");
    const pkActions = await page.locator("body > .dropdown-menu .dropdown-actions a").allTextContents();
    expect(pkActions).toEqual(["Sort ascending", "Sort descending", "Choose columns"]);
  });

  it("facets, sorts and hides through its links", async () => {
    await open("fixtures/facetable");
    await openColumnMenu("state");
    await Promise.all([page.waitForURL(/_facet=state/), page.click("text=Facet by this")]);
    expect(await page.locator("#facet-state .facet-count").count()).toBeGreaterThan(0);
    await openColumnMenu("planet_int");
    await Promise.all([page.waitForURL(/_sort_desc=planet_int/), page.click("text=Sort descending")]);
    expect(query().getAll("_facet")).toEqual(["state"]);
    await openColumnMenu("created");
    await Promise.all([page.waitForURL(/_nocol=created/), page.click("text=Hide this column")]);
    expect(await page.locator('th[data-column="created"]').count()).toBe(0);
  });

  it("adds what a plugin's makeColumnActions offers", async () => {
    await context.addInitScript(`
      document.addEventListener("datasette_init", (ev) => {
        ev.detail.registerPlugin("test-plugin", {
          makeColumnActions: (meta) => [{ label: "Inspect " + meta.columnName, href: "#inspect" }],
        });
      });
    `);
    await open("fixtures/facetable");
    await openColumnMenu("state");
    const actions = await page.locator("body > .dropdown-menu .dropdown-actions a").allTextContents();
    expect(actions.at(-1)).toBe("Inspect state");
  });
});

describe("the table page's filter form", { timeout: 180_000 }, () => {
  it("filters, sorts descending and keeps an added filter row", async () => {
    await open("fixtures/facetable");
    const first = page.locator(".filter-controls-row").first();
    await first.locator('select[name="_filter_column"]').selectOption("state");
    await first.locator('select[name="_filter_op"]').selectOption("exact");
    await first.locator("input.filter-value").fill("CA");
    // The + button appears once a column is chosen, and adds a second numbered row.
    await first.locator(".filter-row-add").click();
    expect(await page.locator(".filter-controls-row").count()).toBe(2);
    const second = page.locator(".filter-controls-row").nth(1);
    await second.locator("select").first().selectOption("on_earth");
    await second.locator(".filter-op select").selectOption("exact");
    await second.locator("input.filter-value").fill("1");
    await page.selectOption("#sort_by", "planet_int");
    await page.check('.sort_by_desc input[name="_sort_by_desc"]');
    await Promise.all([page.waitForURL(/state__exact=CA/), page.click('input[value="Apply filters"]')]);
    expect(query().get("state__exact")).toBe("CA");
    expect(query().get("on_earth__exact")).toBe("1");
    expect(query().get("_sort_desc")).toBe("planet_int");
    const h3 = (await page.locator("h3").first().textContent())!.replace(/\s+/g, " ").trim();
    expect(h3).toBe('10 rows where on_earth = 1 and state = "CA" sorted by planet_int descending');
    expect(await page.locator("#sort_by").inputValue()).toBe("planet_int");
    expect(await page.locator('input[name="_sort_by_desc"]').isChecked()).toBe(true);
  });

  it("removes a filter row with its trash button", async () => {
    await open("fixtures/facetable?state=CA&on_earth=1");
    const rows = page.locator(".filter-controls-row");
    expect(await rows.count()).toBe(3);
    await rows.nth(1).locator(".filter-row-remove").click();
    expect(await rows.count()).toBe(2);
    await Promise.all([
      page.waitForURL((u) => !u.search.includes("state=")),
      page.click('input[value="Apply filters"]'),
    ]);
    expect(query().get("on_earth__exact")).toBe("1");
    expect([...query().keys()].some((k) => k.startsWith("state"))).toBe(false);
  });
});

describe("the SQL editor", { timeout: 180_000 }, () => {
  beforeAll(() => {
    expect(existsSync(path.resolve("static/sql-editor.js")), "run `npm run build` to bundle the editor").toBe(
      true,
    );
  });

  it("replaces the textarea with CodeMirror, highlighting the default query with its quoted table", async () => {
    await open("fixtures");
    expect(await page.locator("textarea#sql-editor").isHidden()).toBe(true);
    const content = page.locator(".sql-editor .cm-editor .cm-content");
    expect(await content.textContent()).toBe('select * from "123_starts_with_digits"');
    // Keywords and the quoted name are highlighted: spans with CodeMirror's generated classes.
    expect(await content.locator("span").count()).toBeGreaterThanOrEqual(3);
  });

  it("formats the SQL with Format SQL and runs what the editor holds", async () => {
    await open("fixtures");
    await page.click(".cm-content");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("select id, content from simple_primary_key where id > 1 order by id");
    await page.click("button#sql-format");
    const formatted = await page
      .locator(".cm-content")
      .evaluate((el) => Array.from(el.querySelectorAll(".cm-line"), (line) => line.textContent).join("\n"));
    expect(formatted.split("\n").length).toBeGreaterThan(3);
    expect(formatted).toMatch(/^select\n\s+id,\n\s+content\nfrom\n\s+simple_primary_key/);
    await Promise.all([page.waitForURL(/\/fixtures\/-\/query\?sql=/), page.click('input[value="Run SQL"]')]);
    // A form sends a textarea's line breaks as CRLF.
    expect(query().get("sql")!.replace(/\r\n/g, "\n")).toBe(formatted);
    expect(await page.locator("table.rows-and-columns tbody tr").count()).toBe(4);
    // The query page opens with the same editor, holding the query it ran.
    expect(await page.locator(".cm-content").textContent()).toContain("simple_primary_key");
  });

  it("runs the query with Shift-Enter", async () => {
    await open("fixtures/-/query?sql=select+1");
    await page.click(".cm-content");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("select 2 as two");
    await Promise.all([page.waitForURL(/sql=select\+2/), page.keyboard.press("Shift+Enter")]);
    expect(await page.locator("td.col-two").textContent()).toBe("2");
  });

  it("formats a canned query's read-only SQL on request", async () => {
    await open("fixtures/shouting");
    expect(await page.locator(".cm-editor").count()).toBe(0);
    const sql = page.locator("pre#sql-query");
    expect(await sql.textContent()).toBe("SELECT ID, CONTENT FROM simple_primary_key WHERE ID > 1");
    await page.click("button#sql-format");
    expect(await sql.textContent()).toMatch(/^SELECT\n\s+ID,\n\s+CONTENT\nFROM\n/);
  });
});

describe("the navigation menu", { timeout: 180_000 }, () => {
  it("opens from its summary, jumps to a table, and closes on a click outside", async () => {
    await open("fixtures/facetable");
    const menu = page.locator("details.nav-menu");
    await page.click("details.nav-menu > summary");
    expect(await menu.getAttribute("open")).not.toBeNull();
    expect(await page.locator("details.nav-menu > summary").getAttribute("aria-expanded")).toBe("true");
    await page.click("h1");
    expect(await menu.getAttribute("open")).toBeNull();
    await page.keyboard.press("/");
    await page.keyboard.type("simple_pri");
    const first = page.locator("navigation-search li[role=option] a").first();
    await expect
      .poll(() => first.textContent(), { timeout: 30_000 })
      .toContain("fixtures: simple_primary_key");
    await Promise.all([page.waitForURL(/\/fixtures\/simple_primary_key$/), page.keyboard.press("Enter")]);
  });
});

describe("a page's actions menu", { timeout: 180_000 }, () => {
  it("opens with a plugin's tableActions, closes on a click outside, and follows its link", async () => {
    await open("fixtures/facetable");
    const menu = page.locator("details.actions-menu-links");
    expect(await menu.locator("summary span").textContent()).toBe("Table actions");
    const link = menu.locator('a[role="menuitem"]');
    expect(await link.isVisible()).toBe(false);
    await menu.locator("summary").click();
    expect(await menu.getAttribute("open")).not.toBeNull();
    expect(await link.isVisible()).toBe(true);
    expect(await link.textContent()).toBe("Go from facetable A plugin's link");
    await page.click("h1");
    expect(await menu.getAttribute("open")).toBeNull();
    await menu.locator("summary").click();
    await Promise.all([page.waitForURL(/\/fixtures\/simple_primary_key$/), link.click()]);
  });
});
