/**
 * CORS and cross-site protection in a real Chromium: a page served from one port calls the write API on
 * the server's port. With --cors it can create and fill a table with a token; without, the browser's
 * preflight stops it. A page on another port can never write with the visitor's root cookie.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Browser } from "playwright-core";
import { writeFixture, type WriteFixture } from "./write-helpers.js";
import { rootSignInUrl } from "../../src/server/auth/actor-plugins.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";

let browser: Browser;
let pageServer: http.Server;
let pageOrigin: string;

beforeAll(async () => {
  browser = await launchBrowser(findBrowser(null));
  // A plain page on its own port: the "other origin" the API is called from.
  pageServer = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>client</title><p>client page</p>");
  });
  await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
  pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => pageServer.close(() => resolve()));
});

/**
 * Runs in the page (as source text, so nothing the test's compiler adds reaches the browser): create a
 * table, then insert rows into it, with a bearer token. Answers what happened, step by step.
 */
const CREATE_AND_FILL = `async ([api, token]) => {
  const log = [];
  const headers = { authorization: "Bearer " + token, "content-type": "application/json" };
  try {
    const created = await fetch(api + "data/-/create", {
      method: "POST",
      headers,
      body: JSON.stringify({ table: "from_browser", columns: [{ name: "id", type: "integer" }, { name: "name" }], pk: "id" }),
    });
    log.push("create " + created.status);
    const inserted = await fetch(api + "data/from_browser/-/insert", {
      method: "POST",
      headers,
      body: JSON.stringify({ rows: [{ name: "one" }, { name: "two" }], return: true }),
    });
    log.push("insert " + inserted.status + " " + JSON.stringify((await inserted.json()).rows));
  } catch (error) {
    log.push("failed: " + error.name);
  }
  return log;
}`;

async function createAndFillFromOtherOrigin(fx: WriteFixture): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageOrigin);
    const run = await page.evaluateHandle(CREATE_AND_FILL);
    return (await run.evaluate(
      (fn, args) => (fn as unknown as (a: string[]) => Promise<string[]>)(args),
      [fx.server.url, fx.token()],
    )) as string[];
  } finally {
    await context.close();
  }
}

describe("the write API from another origin", () => {
  test("works with --cors", async () => {
    const fx = await writeFixture({ cors: true });
    try {
      const log = await createAndFillFromOtherOrigin(fx);
      expect(log).toEqual(["create 201", 'insert 201 [{"id":1,"name":"one"},{"id":2,"name":"two"}]']);
      expect(fx.query("select * from from_browser")).toEqual([
        { id: 1, name: "one" },
        { id: 2, name: "two" },
      ]);
    } finally {
      await fx.close();
    }
  });

  test("is stopped by the browser without --cors", async () => {
    const fx = await writeFixture({ cors: false });
    try {
      const log = await createAndFillFromOtherOrigin(fx);
      expect(log).toEqual(["failed: TypeError"]);
      expect(fx.query("select name from sqlite_master where name = 'from_browser'")).toEqual([]);
    } finally {
      await fx.close();
    }
  });
});

describe("cross-site requests with the visitor's cookie", () => {
  test("a page on another port cannot write as the signed-in root, even with --cors", async () => {
    const fx = await writeFixture({ cors: true });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // Sign in as root in this browser: the ds_actor cookie is now set for 127.0.0.1.
      await page.goto(rootSignInUrl(fx.server.server.datasette, fx.server.url)!);
      expect((await context.cookies()).map((c) => c.name)).toContain("ds_actor");
      // The server's own pages may write with that cookie (same-origin).
      const sameOrigin = await page.evaluate(async (api) => {
        const r = await fetch(`${api}data/docs/-/insert`, {
          method: "POST",
          body: JSON.stringify({ row: { title: "mine" } }),
        });
        return r.status;
      }, fx.server.url);
      expect(sameOrigin).toBe(201);
      // Another site's page sends a "simple" text/plain POST, cookies included: no preflight to stop it.
      await page.goto(pageOrigin);
      await page.evaluate(async (api) => {
        await fetch(`${api}data/docs/-/insert`, {
          method: "POST",
          mode: "no-cors",
          credentials: "include",
          body: JSON.stringify({ row: { title: "forged" } }),
        });
      }, fx.server.url);
      expect(fx.query("select title from docs")).toEqual([{ title: "mine" }]);
    } finally {
      await context.close();
      await fx.close();
    }
  });
});
