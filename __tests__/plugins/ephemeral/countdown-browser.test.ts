import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { startServer, type TestServer } from "../../helpers/server.js";
import { findBrowser, launchBrowser } from "../../../src/export/browser.js";

// The countdown banner in a real Chromium, on a real table page of the ephemeral database.
// Long enough for a page load on a busy machine, short enough to watch it run out.
const TTL_SECONDS = 10;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let tableCount = 0;

/** Records the banner's text at the first frame it is on screen: no frame may show it empty. */
const FIRST_FRAME = `
  (function watch() {
    const banner = document.getElementById("ephemeral-timer");
    if (banner) window.__firstPaintedText = banner.textContent;
    else requestAnimationFrame(watch);
  })();
`;

async function newTable(): Promise<string> {
  const name = `countdown_${++tableCount}`;
  await server.server.datasette
    .getDatabase("ephemeral")
    .write((conn) => conn.exec(`create table ${name} (id integer); insert into ${name} values (1)`));
  return name;
}

const banners = () => page.locator("#ephemeral-timer");

beforeAll(async () => {
  server = await startServer({ files: [], ephemeral: true, ttl: TTL_SECONDS, checkInterval: 0.5 });
  // Warm the read processes and the table page before any TTL is counting.
  await (await server.get(`ephemeral/${await newTable()}`)).text();
  browser = await launchBrowser(findBrowser(null));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext();
  await context.addInitScript(FIRST_FRAME);
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

describe("the ephemeral countdown banner", { timeout: 90_000 }, () => {
  it(
    "appears after the page header with its text in the first frame, ticks, and reaches expired",
    { timeout: 60_000 },
    async () => {
      const table = await newTable();
      await page.goto(`${server.url}ephemeral/${table}`);
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { __firstPaintedText?: string }).__firstPaintedText),
        )
        .toMatch(/^This table expires in (10|[1-9])s$/);
      expect(await banners().count()).toBe(1);
      // Right after the page header.
      expect(
        await page.evaluate(() =>
          document.getElementById("ephemeral-timer")?.previousElementSibling?.matches(".page-header, h1"),
        ),
      ).toBe(true);
      const first = await banners().textContent();
      await expect.poll(() => banners().textContent(), { timeout: 3_000 }).not.toBe(first);
      expect(await banners().textContent()).toMatch(/^This table (expires in [1-9]s|has expired)$/);
      await expect
        .poll(() => banners().textContent(), { timeout: (TTL_SECONDS + 5) * 1000 })
        .toBe("This table has expired");
    },
  );

  it(
    "keeps one banner when the script runs again, live or on the saved page",
    { timeout: 60_000 },
    async () => {
      const table = await newTable();
      await page.goto(`${server.url}ephemeral/${table}`);
      await expect(banners().count()).resolves.toBe(1);
      // Running it again in the live page (a second include, or a script re-run).
      const iso = await banners().getAttribute("data-expires-at");
      await page.evaluate(
        (at) =>
          (
            window as unknown as { datasetteEphemeralCountdown(at: string): void }
          ).datasetteEphemeralCountdown(at!),
        iso,
      );
      expect(await banners().count()).toBe(1);

      // What the exporter saves: the DOM after scripts ran, banner included, scripts still in it.
      const saved = await page.content();
      expect(saved).toContain('id="ephemeral-timer"');
      const savedUrl = `${server.url}saved-copy.html`;
      await page.route(savedUrl, (route) =>
        route.fulfill({ status: 200, contentType: "text/html", body: saved }),
      );
      await page.goto(savedUrl);
      expect(await banners().count()).toBe(1);
      expect(await page.locator("div[role=status]").count()).toBe(1);
      const text = await banners().textContent();
      expect(text).toMatch(/^This table (expires in (10|[1-9])s|has expired)$/);
      if (text !== "This table has expired")
        await expect.poll(() => banners().textContent(), { timeout: 3_000 }).not.toBe(text);
      expect(await banners().count()).toBe(1);
    },
  );

  it("formats minutes and seconds as datasette-ephemeral-tables does", async () => {
    const table = await newTable();
    await page.goto(`${server.url}ephemeral/${table}`);
    const formatted = await page.evaluate(() => {
      const format = (
        window as unknown as { datasetteEphemeralCountdown: { formatRemaining(s: number): string } }
      ).datasetteEphemeralCountdown.formatRemaining;
      return [format(252), format(720), format(599.5), format(59.2), format(0.4)];
    });
    expect(formatted).toEqual(["4m 12s", "12m", "10m", "1m 0s", "1s"]);
  });
});
