/**
 * A pool of Chromium pages rendering HTML pages to their DOM after scripts ran.
 *
 * Navigation is Chromium's expensive part, so by default ("iframe") each pool page loads one
 * same-origin host page and renders each export page in a fresh iframe inside it: its own window,
 * its own `location`, its own top-level `let`/`const`, but no top-level navigation. Pages that look at
 * their framing, ask for networkidle, or fail in an iframe are rendered with a plain `goto`. Pages
 * and their contexts are recycled every `recycleEvery` renders because Chromium's memory grows with
 * every document a page has held.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { findBrowser, launchBrowser } from "./browser.js";
import { DEFAULT_AGREEMENTS } from "./adaptive.js";
import { ThirdPartyCache, THIRD_PARTY_TIMEOUT_MS } from "./third-party.js";
import type { BrowserTuning, WaitUntil } from "./types.js";

export interface RenderRequest {
  url: string;
  waitUntil: WaitUntil;
  waitFor: string | null;
  timeoutMs: number;
  /** False when the page must be rendered top-level (it inspects its framing). */
  iframeOk: boolean;
}

export interface RenderResult {
  status: number | null;
  html: string;
  consoleErrors: string[];
  pageErrors: string[];
  /** Same-origin requests the page made that failed or answered >= 400. */
  failedRequests: string[];
  /** Every same-origin URL the page requested (its assets, fetched JSON). */
  requested: string[];
  retries: number;
  technique: "iframe" | "goto";
}

export const DEFAULT_TUNING: BrowserTuning = {
  technique: "iframe",
  recycleEvery: 200,
  blockAssets: true,
  adaptiveAgreements: DEFAULT_AGREEMENTS,
  transport: "in-process",
  renderThreads: "auto",
  thirdPartyTimeoutMs: THIRD_PARTY_TIMEOUT_MS,
};

/** Images, fonts and media change no DOM; they are fetched over HTTP from the page's links instead. */
const BLOCKED_EXTS = [
  "png",
  "jpg",
  "jpeg",
  "gif",
  "webp",
  "avif",
  "svg",
  "ico",
  "bmp",
  "woff",
  "woff2",
  "ttf",
  "otf",
].concat(["eot", "mp4", "webm", "mp3", "ogg", "wav"]);
const BLOCKED = BLOCKED_EXTS.flatMap((ext) => [`*.${ext}`, `*.${ext}?*`]);
const BLOCKED_RE = new RegExp(`\\.(${BLOCKED_EXTS.join("|")})(\\?|$)`, "i");

/**
 * Files a page's HTML or stylesheets lead to without any script: images, fonts, media, stylesheets.
 * The exporter finds them by scanning HTML and CSS, so no render is needed to discover them.
 */
export function isStaticAssetUrl(url: string): boolean {
  return BLOCKED_RE.test(url) || /\.css(\?|$)/i.test(url);
}

const HOST_PATH = "-/datasette-export-host";
const MAX_RETRIES = 2;

interface Collector {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  requested: string[];
}

interface Slot {
  context: BrowserContext;
  page: Page;
  uses: number;
  hostReady: boolean;
  broken: boolean;
  collector: Collector | null;
}

export class BrowserPool {
  private browser: Browser | null = null;
  private launching: Promise<Browser> | null = null;
  private readonly idle: Slot[] = [];
  private readonly waiters: ((slot: Slot | Error) => void)[] = [];
  private slots = 0;
  private closed = false;
  /** Browser relaunches after a crash, for the report. */
  relaunches = 0;

  constructor(
    private readonly executablePath: string,
    private readonly origin: string,
    private readonly basePath: string,
    private readonly concurrency: number,
    private readonly tuning: BrowserTuning,
    /** A browser someone else launched and will close; used until it disconnects. */
    shared: Browser | null = null,
    /** Answers every request to another origin (src/export/third-party.ts); default the "scripts" rule. */
    readonly thirdParty = new ThirdPartyCache("scripts"),
  ) {
    this.browser = shared;
    this.owned = shared === null;
  }

  private owned: boolean;
  /** An about:blank page that only parses HTML, for adaptive mode; created on first use. */
  private parser: Promise<Page> | null = null;

  /** Launches the browser now, so its start-up time is measured apart from rendering. */
  async start(): Promise<void> {
    await this.ensureBrowser();
  }

  async render(req: RenderRequest): Promise<RenderResult> {
    let lastError: unknown;
    let useIframe = this.tuning.technique === "iframe" && req.iframeOk && req.waitUntil !== "networkidle";
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      const slot = await this.acquire();
      try {
        const result = await this.renderOn(slot, req, useIframe);
        result.retries = attempt;
        this.release(slot);
        return result;
      } catch (error) {
        lastError = error;
        slot.broken = true;
        this.release(slot);
        // An iframe failure may be the page's own doing (framing checks, navigation): go top-level.
        useIframe = false;
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }

  /**
   * The DOM Chromium's own parser builds from `html` with no script run (DOMParser), serialised as a
   * render is: what the page would be if its scripts changed nothing. Adaptive mode compares it with
   * the rendered DOM. A `<noscript>` parses as elements here but as text in a render, so a page using
   * one may compare as different: the safe direction, it stays in the browser.
   */
  async parseStatic(html: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const pending = (this.parser ??= this.newParserPage());
      try {
        const page = await pending;
        return (await page.evaluate(`(${PARSE_SCRIPT})(${JSON.stringify(html)})`)) as string;
      } catch (error) {
        // A crashed or relaunched browser took the parser page with it: make a new one, once.
        if (this.parser === pending) this.parser = null;
        void pending.then((p) => p.context().close()).catch(() => undefined);
        if (attempt >= 1 || this.closed) throw error;
      }
    }
  }

  private async newParserPage(): Promise<Page> {
    const browser = await this.ensureBrowser();
    const context = await browser.newContext();
    return context.newPage();
  }

  async close(): Promise<void> {
    this.closed = true;
    const parser = this.parser;
    this.parser = null;
    await parser?.then((p) => p.context().close()).catch(() => undefined);
    for (const w of this.waiters.splice(0)) w(new Error("Browser pool closed"));
    const browser = this.browser;
    this.browser = null;
    if (this.owned) await browser?.close().catch(() => undefined);
    else await Promise.all([...this.idle.splice(0)].map((s) => s.context.close().catch(() => undefined)));
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.browser?.isConnected()) return this.browser;
    if (!this.launching) {
      const wasRunning = this.browser !== null;
      this.launching = launchBrowser(this.executablePath || findBrowser(null)).then(
        (b) => {
          if (wasRunning) this.relaunches++;
          this.browser = b;
          this.owned = true;
          this.launching = null;
          return b;
        },
        (e: unknown) => {
          this.launching = null;
          throw e;
        },
      );
    }
    return this.launching;
  }

  private async acquire(): Promise<Slot> {
    for (let slot = this.idle.pop(); slot; slot = this.idle.pop()) {
      // Slots of a browser that crashed are dropped here, so retries land on the relaunched one.
      if (slot.context.browser()?.isConnected()) return slot;
      this.slots--;
    }
    if (this.slots < this.concurrency) {
      this.slots++;
      try {
        return await this.newSlot();
      } catch (e) {
        this.slots--;
        throw e;
      }
    }
    const next = await new Promise<Slot | Error>((resolve) => this.waiters.push(resolve));
    if (next instanceof Error) throw next;
    return next;
  }

  private release(slot: Slot): void {
    slot.collector = null;
    const recycle = slot.broken || slot.uses >= this.tuning.recycleEvery;
    if (!recycle) return this.handOver(slot);
    void slot.context.close().catch(() => undefined);
    this.slots--;
    if (this.closed) return;
    if (this.waiters.length) {
      this.slots++;
      this.newSlot().then(
        (s) => this.handOver(s),
        (e: unknown) => {
          this.slots--;
          // The waiter gets the error (its render retries or fails): waiting on could hang the export.
          this.waiters.shift()?.(e instanceof Error ? e : new Error(String(e)));
        },
      );
    }
  }

  private handOver(slot: Slot): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(slot);
    else this.idle.push(slot);
  }

  private async newSlot(): Promise<Slot> {
    const browser = await this.ensureBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const slot: Slot = { context, page, uses: 0, hostReady: false, broken: false, collector: null };
    const sameOrigin = (url: string) => url.startsWith(this.origin + "/");
    // Every other http(s) origin goes through the export's third-party rule and cache.
    await context.route(
      (url) => (url.protocol === "http:" || url.protocol === "https:") && url.origin !== this.origin,
      (route) => this.thirdParty.handle(route),
    );
    page.on("console", (msg) => {
      if (msg.type() === "error") slot.collector?.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => slot.collector?.pageErrors.push(err.message));
    page.on("crash", () => (slot.broken = true));
    page.on("request", (r) => {
      if (sameOrigin(r.url()) && !r.url().includes(HOST_PATH)) slot.collector?.requested.push(r.url());
    });
    page.on("requestfailed", (r) => {
      const why = r.failure()?.errorText ?? "";
      // Blocked on purpose, or cancelled because the render finished: neither is the page's fault.
      const blocked = this.tuning.blockAssets && BLOCKED_RE.test(r.url());
      if (sameOrigin(r.url()) && !blocked && !/ERR_ABORTED/.test(why))
        slot.collector?.failedRequests.push(`${r.url()} (${why})`);
    });
    page.on("response", (r) => {
      if (
        r.status() >= 400 &&
        sameOrigin(r.url()) &&
        !r.url().includes(HOST_PATH) &&
        !r.request().isNavigationRequest()
      )
        slot.collector?.failedRequests.push(`${r.url()} (HTTP ${r.status()})`);
    });
    if (this.tuning.blockAssets) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setBlockedURLs", { urls: BLOCKED });
    }
    return slot;
  }

  private async renderOn(slot: Slot, req: RenderRequest, useIframe: boolean): Promise<RenderResult> {
    const collector: Collector = { consoleErrors: [], pageErrors: [], failedRequests: [], requested: [] };
    slot.collector = collector;
    slot.uses++;
    // A hard deadline beyond Playwright's own timeouts, so a hung renderer can never hang the export.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        slot.broken = true;
        reject(new Error(`Timed out after ${req.timeoutMs} ms rendering ${req.url}`));
      }, req.timeoutMs + 2_000);
    });
    try {
      const work = useIframe ? this.viaIframe(slot, req) : this.viaGoto(slot, req);
      const { status, html } = await Promise.race([work, deadline]);
      if (slot.broken) throw new Error(`The page crashed rendering ${req.url}`);
      return { status, html, ...collector, retries: 0, technique: useIframe ? "iframe" : "goto" };
    } finally {
      clearTimeout(timer);
    }
  }

  private async viaGoto(slot: Slot, req: RenderRequest): Promise<{ status: number | null; html: string }> {
    slot.hostReady = false;
    const response = await slot.page.goto(req.url, { waitUntil: req.waitUntil, timeout: req.timeoutMs });
    if (req.waitFor)
      await slot.page.waitForSelector(req.waitFor, { state: "attached", timeout: req.timeoutMs });
    return { status: response?.status() ?? null, html: await slot.page.content() };
  }

  private async viaIframe(slot: Slot, req: RenderRequest): Promise<{ status: number | null; html: string }> {
    if (!slot.hostReady) {
      // Any same-origin document will do as the host; this path answers a small 404 page, whose own
      // console noise is not the rendered page's.
      const collector = slot.collector;
      slot.collector = null;
      await slot.page.goto(`${this.origin}${this.basePath}${HOST_PATH}`, { waitUntil: "domcontentloaded" });
      await slot.page.evaluate(
        'document.open(); document.write("<!DOCTYPE html><html><head></head><body></body></html>"); document.close()',
      );
      slot.hostReady = true;
      slot.collector = collector;
    }
    const args = { url: req.url, waitUntil: req.waitUntil, waitFor: req.waitFor, timeoutMs: req.timeoutMs };
    const out = (await slot.page.evaluate(`(${FRAME_SCRIPT})(${JSON.stringify(args)})`)) as
      { html: string } | { error: string };
    if ("error" in out) throw new Error(out.error);
    return { status: null, html: out.html };
  }
}

/** Runs in the parser page: DOMParser never runs scripts; serialised as FRAME_SCRIPT serialises. */
const PARSE_SCRIPT = `(html) => {
  const doc = new DOMParser().parseFromString(html, "text/html");
  let out = doc.doctype ? new XMLSerializer().serializeToString(doc.doctype) : "";
  if (doc.documentElement) out += doc.documentElement.outerHTML;
  return out;
}`;

/**
 * Runs inside the host page: loads one URL in a fresh iframe and serialises its DOM the way
 * page.content() does. Kept as source text so no bundler helper leaks into the browser.
 */
const FRAME_SCRIPT = `async (args) => {
  const frame = document.createElement("iframe");
  // The viewport's size, so media queries and innerWidth see what a top-level page would.
  frame.style.cssText = "position:absolute;top:0;left:0;border:0;width:" + innerWidth + "px;height:" + innerHeight + "px";
  const started = Date.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  try {
    const loaded = new Promise((resolve) => frame.addEventListener("load", () => resolve(), { once: true }));
    frame.src = args.url;
    document.body.appendChild(frame);
    const ready = async () => {
      if (args.waitUntil === "load") return loaded;
      for (;;) {
        const doc = frame.contentDocument;
        if (doc && doc.URL !== "about:blank" && doc.readyState !== "loading") return;
        await sleep(5);
      }
    };
    const timedOut = {};
    const result = await Promise.race([ready(), sleep(args.timeoutMs).then(() => timedOut)]);
    if (result === timedOut) return { error: "Timed out after " + args.timeoutMs + " ms loading " + args.url };
    const doc = frame.contentDocument;
    if (!doc || doc.URL === "about:blank") return { error: args.url + " did not load in a frame" };
    if (args.waitFor) {
      while (!doc.querySelector(args.waitFor)) {
        if (Date.now() - started > args.timeoutMs) return { error: "Timed out waiting for " + args.waitFor };
        await sleep(20);
      }
    }
    let html = doc.doctype ? new XMLSerializer().serializeToString(doc.doctype) : "";
    if (doc.documentElement) html += doc.documentElement.outerHTML;
    return { html };
  } finally {
    frame.remove();
  }
}`;
