import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  SHARD_LINKS_FILE,
  StagedOutput,
  UnsafePathError,
  checkLinks,
  checkOutputName,
  checkSitePath,
  exportInputs,
  fileForPath,
  folderOf,
  folderOfPath,
  guardOutput,
  guardReport,
  hrefForFile,
  relativeHref,
  removeStaleStaging,
  shardLinksJson,
  sitemapUrl,
  sitemapXml
} from "./chunk-VVQ26ECO.js";
import {
  HttpFetcher,
  InProcessFetcher,
  detectsFraming,
  isHtml,
  needsBrowser,
  textResponse
} from "./chunk-KF65J4GK.js";
import {
  DETERMINISTIC_ORIGIN
} from "./chunk-X6CBF64O.js";

// src/export/shard.ts
function pathHash(sitePath) {
  let h = 2166136261;
  for (const byte of Buffer.from(sitePath, "utf8")) {
    h ^= byte;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
function inShard(sitePath, shard) {
  if (!shard || shard.total <= 1) return true;
  return pathHash(sitePath) % shard.total + 1 === shard.index;
}
function parseShard(value) {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) {
    throw new Error(`--shard takes i/n with 1 <= i <= n, e.g. 2/4; got ${JSON.stringify(value)}`);
  }
  return { index, total };
}

// src/export/options.ts
import os from "node:os";

// src/export/third-party.ts
var THIRD_PARTY_RULES = ["scripts", "none", "all"];
var THIRD_PARTY_TIMEOUT_MS = 5e3;
var AWAITED_BY_SCRIPTS = /* @__PURE__ */ new Set(["fetch", "xhr", "ping", "eventsource"]);
var NO_CONTENT = { status: 204, headers: {}, body: Buffer.alloc(0) };
var WIRE_HEADERS = /* @__PURE__ */ new Set(["content-encoding", "content-length", "transfer-encoding", "connection"]);
var ThirdPartyCache = class {
  constructor(rule, timeoutMs = THIRD_PARTY_TIMEOUT_MS) {
    this.rule = rule;
    this.timeoutMs = timeoutMs;
  }
  rule;
  timeoutMs;
  answers = /* @__PURE__ */ new Map();
  /** Requests refused by the rule, the first few of them, and origins that failed: for the summary. */
  refused = 0;
  refusedExamples = [];
  failed = /* @__PURE__ */ new Set();
  /** Whether a request of this method and Playwright resource type may leave at all. */
  allows(method, resourceType) {
    if (this.rule === "none" || method !== "GET") return false;
    return this.rule === "all" || resourceType === "script" || resourceType === "stylesheet";
  }
  /** Answers one request a rendered page made to another origin. */
  async handle(route) {
    const request = route.request();
    const url = request.url();
    if (!this.allows(request.method(), request.resourceType())) {
      if (this.refused++ < 3) this.refusedExamples.push(`${request.method()} ${url}`);
      if (AWAITED_BY_SCRIPTS.has(request.resourceType()))
        return route.fulfill(NO_CONTENT).catch(() => void 0);
      return route.abort("blockedbyclient").catch(() => void 0);
    }
    const answer = await this.get(url);
    if (!answer) return route.abort("failed").catch(() => void 0);
    return route.fulfill(answer).catch(() => void 0);
  }
  /** One fetch per URL per export; null when it or an earlier fetch from its origin failed or timed out. */
  get(url) {
    const origin = new URL(url).origin;
    if (this.failed.has(origin)) return Promise.resolve(null);
    let answer = this.answers.get(url);
    if (!answer) {
      answer = this.fetchOnce(url);
      this.answers.set(url, answer);
    }
    return answer;
  }
  async fetchOnce(url) {
    try {
      const res = await fetch(url, {
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: { "user-agent": "datasette-export" }
      });
      const body = Buffer.from(await res.arrayBuffer());
      const headers = {};
      res.headers.forEach((value, name) => {
        if (!WIRE_HEADERS.has(name)) headers[name] = value;
      });
      return { status: res.status, headers, body };
    } catch {
      this.failed.add(new URL(url).origin);
      return null;
    }
  }
};

// src/export/options.ts
var RENDER_MODES = ["auto", "browser", "http", "adaptive"];
var WAITS = ["load", "domcontentloaded", "networkidle"];
function defaultConcurrency() {
  return Math.max(2, Math.min(os.availableParallelism(), 8));
}
function normaliseExportOptions(partial) {
  const o = {
    server: partial.server,
    output: partial.output,
    paths: partial.paths ?? [],
    // no explicit paths
    sql: partial.sql ?? [],
    // no SQL path queries
    sqlDatabase: partial.sqlDatabase ?? null,
    // the server's choice: first database (or _memory with crossdb)
    pathsFile: partial.pathsFile ?? null,
    crawl: partial.crawl ?? false,
    // only listed paths (and the assets they load) unless asked
    maxPages: partial.maxPages ?? 1e4,
    // a crawl adds pages until the site has this many
    include: partial.include ?? [],
    // every crawled path
    exclude: partial.exclude ?? [],
    // none
    setup: partial.setup ?? [],
    setupDatabase: partial.setupDatabase ?? null,
    replaceOutput: partial.replaceOutput ?? false,
    // only new, empty or tool-written folders
    sources: partial.sources ?? [],
    siteUrl: partial.siteUrl ?? null,
    // no sitemap.xml
    trailingSlash: partial.trailingSlash ?? false,
    // /a/b → a/b.html
    absoluteLinks: partial.absoluteLinks ?? false,
    // links relative to their page: the site works anywhere
    // Chromium only for HTML pages with a <script>; "adaptive" also skips it for templates whose
    // scripts measured to change nothing (src/export/adaptive.ts). Opt-in: it trusts a sample.
    render: partial.render ?? "auto",
    concurrency: partial.concurrency ?? defaultConcurrency(),
    waitUntil: partial.waitUntil ?? "load",
    // scripts that run on load (countdowns) have run
    waitFor: partial.waitFor ?? null,
    timeoutMs: partial.timeoutMs ?? 3e4,
    stripScripts: partial.stripScripts ?? false,
    // the exported site keeps working JavaScript
    thirdParty: partial.thirdParty ?? "scripts",
    // other origins' scripts and stylesheets, fetched once
    allowErrors: partial.allowErrors ?? false,
    // any failed page fails the export
    checkLinks: partial.checkLinks ?? true,
    // broken links are reported
    failOnBrokenLinks: partial.failOnBrokenLinks ?? false,
    // …but do not fail the export
    reportPath: partial.reportPath ?? null,
    shard: partial.shard ?? null,
    // the whole site
    browserPath: partial.browserPath ?? null,
    // DATASETTE_EXPORT_BROWSER, Playwright's, then the system's
    progress: partial.progress ?? "auto"
    // a bar on a TTY, a line every 5 s otherwise
  };
  if (!RENDER_MODES.includes(o.render)) throw new Error(`render must be one of ${RENDER_MODES.join(", ")}`);
  if (!THIRD_PARTY_RULES.includes(o.thirdParty))
    throw new Error(`thirdParty must be one of ${THIRD_PARTY_RULES.join(", ")}`);
  if (!WAITS.includes(o.waitUntil)) throw new Error(`waitUntil must be one of ${WAITS.join(", ")}`);
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1)
    throw new Error("concurrency must be a whole number >= 1");
  if (!Number.isInteger(o.maxPages) || o.maxPages < 1)
    throw new Error("maxPages must be a whole number >= 1");
  if (!(o.timeoutMs > 0)) throw new Error("timeoutMs must be > 0");
  if (o.shard && !(o.shard.index >= 1 && o.shard.index <= o.shard.total)) {
    throw new Error(`shard index must be between 1 and ${o.shard.total}`);
  }
  if (o.siteUrl && !/^https?:\/\//.test(o.siteUrl))
    throw new Error("siteUrl must start with http:// or https://");
  if (o.siteUrl && !o.siteUrl.endsWith("/")) o.siteUrl += "/";
  if (!o.output) throw new Error("output folder is required");
  if (!o.paths.length && !o.sql.length && !o.pathsFile) {
    o.paths = ["/"];
    o.crawl = true;
  }
  return o;
}

// src/export/export.ts
import path2 from "node:path";
import { existsSync as existsSync2 } from "node:fs";

// src/export/browser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
var chromium = () => createRequire(import.meta.url)("playwright-core").chromium;
var BrowserNotFoundError = class extends Error {
  constructor(tried) {
    super(
      `No Chromium found to render pages (tried: ${tried.join(", ")}). Install one with \`apt-get install chromium-headless-shell\` (or \`npx playwright install chromium\`), point --browser or DATASETTE_EXPORT_BROWSER at it, or export with --render http.`
    );
    this.tried = tried;
  }
  tried;
  name = "BrowserNotFoundError";
};
var SYSTEM_BROWSERS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];
function findBrowser(explicit, env = process.env) {
  const chosen = explicit ?? env.DATASETTE_EXPORT_BROWSER ?? null;
  if (chosen) {
    if (!existsSync(chosen)) throw new BrowserNotFoundError([chosen]);
    return chosen;
  }
  const tried = [];
  let own;
  try {
    own = chromium().executablePath();
  } catch {
    own = null;
  }
  for (const candidate of [own, ...SYSTEM_BROWSERS]) {
    if (!candidate) continue;
    tried.push(candidate);
    if (existsSync(candidate)) return candidate;
  }
  throw new BrowserNotFoundError(tried);
}
var CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--mute-audio",
  "--disable-dev-shm-usage",
  "--disable-features=Translate,MediaRouter,OptimizationHints"
];
async function launchBrowser(executablePath) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return chromium().launch({
    executablePath,
    headless: true,
    // The export handles these itself (export.ts): Playwright's handlers would keep the process alive
    // for seconds after SIGTERM and end it with another status.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [...CHROMIUM_ARGS, ...isRoot ? ["--no-sandbox"] : []]
  });
}

// src/export/adaptive.ts
import { createHash } from "node:crypto";
var DEFAULT_AGREEMENTS = 5;
function templateKey(sitePath, html) {
  const q = sitePath.indexOf("?");
  const pathname = q === -1 ? sitePath : sitePath.slice(0, q);
  const params = q === -1 ? [] : [...new URLSearchParams(sitePath.slice(q + 1)).keys()];
  const shape = pathname.replace(/[^/]*$/, "*");
  const bodyClass = /<body\b[^>]*?\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(html);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map(([, attrs, body]) => {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    return src ? `src:${src[1] ?? src[2] ?? src[3]}` : `inline:${blankLiterals(body)}`;
  });
  const fingerprint = createHash("sha1").update(scripts.join("\n")).digest("hex").slice(0, 12);
  const cls = bodyClass ? (bodyClass[1] ?? bodyClass[2] ?? bodyClass[3]).trim().split(/\s+/).sort() : [];
  return `${shape}?${[...new Set(params)].sort().join("&")} body.${cls.join(".")} scripts:${fingerprint}`;
}
function blankLiterals(js) {
  return js.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""').replace(/\b\d+(?:\.\d+)?\b/g, "0").replace(/\s+/g, " ").trim();
}
var AdaptiveRouter = class {
  /** @param agreements default DEFAULT_AGREEMENTS (5) */
  constructor(agreements = DEFAULT_AGREEMENTS) {
    this.agreements = agreements;
    if (!Number.isInteger(agreements) || agreements < 1)
      throw new Error("adaptive agreements must be a whole number >= 1");
  }
  agreements;
  agreed = /* @__PURE__ */ new Map();
  pinned = /* @__PURE__ */ new Set();
  /**
   * "compare" until the key has enough agreeing renders, then "http"; "browser" once pinned. Pages of
   * one key already in flight are all compared, so a key may get a few more browser renders than needed.
   */
  choose(key) {
    if (this.pinned.has(key)) return "browser";
    return (this.agreed.get(key) ?? 0) >= this.agreements ? "http" : "compare";
  }
  /** Records one comparison; `same` false pins the key to the browser. */
  record(key, same) {
    if (!same) {
      this.pinned.add(key);
      this.agreed.delete(key);
    } else if (!this.pinned.has(key)) this.agreed.set(key, (this.agreed.get(key) ?? 0) + 1);
  }
  /** Template keys switched to HTTP and kept in the browser, for the export's summary. */
  summary() {
    const http = [...this.agreed].filter(([, n]) => n >= this.agreements).map(([k]) => k);
    return { http, browser: [...this.pinned] };
  }
};

// src/export/render-browser.ts
var DEFAULT_TUNING = {
  technique: "iframe",
  recycleEvery: 200,
  blockAssets: true,
  adaptiveAgreements: DEFAULT_AGREEMENTS,
  transport: "in-process",
  renderThreads: "auto",
  thirdPartyTimeoutMs: THIRD_PARTY_TIMEOUT_MS
};
var BLOCKED_EXTS = [
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
  "otf"
].concat(["eot", "mp4", "webm", "mp3", "ogg", "wav"]);
var BLOCKED = BLOCKED_EXTS.flatMap((ext) => [`*.${ext}`, `*.${ext}?*`]);
var BLOCKED_RE = new RegExp(`\\.(${BLOCKED_EXTS.join("|")})(\\?|$)`, "i");
function isStaticAssetUrl(url) {
  return BLOCKED_RE.test(url) || /\.css(\?|$)/i.test(url);
}
var HOST_PATH = "-/datasette-export-host";
var MAX_RETRIES = 2;
var BrowserPool = class {
  constructor(executablePath, origin, basePath, concurrency, tuning, shared = null, thirdParty = new ThirdPartyCache("scripts")) {
    this.executablePath = executablePath;
    this.origin = origin;
    this.basePath = basePath;
    this.concurrency = concurrency;
    this.tuning = tuning;
    this.thirdParty = thirdParty;
    this.browser = shared;
    this.owned = shared === null;
  }
  executablePath;
  origin;
  basePath;
  concurrency;
  tuning;
  thirdParty;
  browser = null;
  launching = null;
  idle = [];
  waiters = [];
  slots = 0;
  closed = false;
  /** Browser relaunches after a crash, for the report. */
  relaunches = 0;
  owned;
  /** An about:blank page that only parses HTML, for adaptive mode; created on first use. */
  parser = null;
  /** Launches the browser now, so its start-up time is measured apart from rendering. */
  async start() {
    await this.ensureBrowser();
  }
  async render(req) {
    let lastError;
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
  async parseStatic(html) {
    for (let attempt = 0; ; attempt++) {
      const pending = this.parser ??= this.newParserPage();
      try {
        const page = await pending;
        return await page.evaluate(`(${PARSE_SCRIPT})(${JSON.stringify(html)})`);
      } catch (error) {
        if (this.parser === pending) this.parser = null;
        void pending.then((p) => p.context().close()).catch(() => void 0);
        if (attempt >= 1 || this.closed) throw error;
      }
    }
  }
  async newParserPage() {
    const browser = await this.ensureBrowser();
    const context = await browser.newContext();
    return context.newPage();
  }
  async close() {
    this.closed = true;
    const parser = this.parser;
    this.parser = null;
    await parser?.then((p) => p.context().close()).catch(() => void 0);
    for (const w of this.waiters.splice(0)) w(new Error("Browser pool closed"));
    const browser = this.browser;
    this.browser = null;
    if (this.owned) await browser?.close().catch(() => void 0);
    else await Promise.all([...this.idle.splice(0)].map((s) => s.context.close().catch(() => void 0)));
  }
  async ensureBrowser() {
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
        (e) => {
          this.launching = null;
          throw e;
        }
      );
    }
    return this.launching;
  }
  async acquire() {
    for (let slot = this.idle.pop(); slot; slot = this.idle.pop()) {
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
    const next = await new Promise((resolve) => this.waiters.push(resolve));
    if (next instanceof Error) throw next;
    return next;
  }
  release(slot) {
    slot.collector = null;
    const recycle = slot.broken || slot.uses >= this.tuning.recycleEvery;
    if (!recycle) return this.handOver(slot);
    void slot.context.close().catch(() => void 0);
    this.slots--;
    if (this.closed) return;
    if (this.waiters.length) {
      this.slots++;
      this.newSlot().then(
        (s) => this.handOver(s),
        (e) => {
          this.slots--;
          this.waiters.shift()?.(e instanceof Error ? e : new Error(String(e)));
        }
      );
    }
  }
  handOver(slot) {
    const waiter = this.waiters.shift();
    if (waiter) waiter(slot);
    else this.idle.push(slot);
  }
  async newSlot() {
    const browser = await this.ensureBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const slot = { context, page, uses: 0, hostReady: false, broken: false, collector: null };
    const sameOrigin = (url) => url.startsWith(this.origin + "/");
    await context.route(
      (url) => (url.protocol === "http:" || url.protocol === "https:") && url.origin !== this.origin,
      (route) => this.thirdParty.handle(route)
    );
    page.on("console", (msg) => {
      if (msg.type() === "error") slot.collector?.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => slot.collector?.pageErrors.push(err.message));
    page.on("crash", () => slot.broken = true);
    page.on("request", (r) => {
      if (sameOrigin(r.url()) && !r.url().includes(HOST_PATH)) slot.collector?.requested.push(r.url());
    });
    page.on("requestfailed", (r) => {
      const why = r.failure()?.errorText ?? "";
      const blocked = this.tuning.blockAssets && BLOCKED_RE.test(r.url());
      if (sameOrigin(r.url()) && !blocked && !/ERR_ABORTED/.test(why))
        slot.collector?.failedRequests.push(`${r.url()} (${why})`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400 && sameOrigin(r.url()) && !r.url().includes(HOST_PATH) && !r.request().isNavigationRequest())
        slot.collector?.failedRequests.push(`${r.url()} (HTTP ${r.status()})`);
    });
    if (this.tuning.blockAssets) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setBlockedURLs", { urls: BLOCKED });
    }
    return slot;
  }
  async renderOn(slot, req, useIframe) {
    const collector = { consoleErrors: [], pageErrors: [], failedRequests: [], requested: [] };
    slot.collector = collector;
    slot.uses++;
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => {
        slot.broken = true;
        reject(new Error(`Timed out after ${req.timeoutMs} ms rendering ${req.url}`));
      }, req.timeoutMs + 2e3);
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
  async viaGoto(slot, req) {
    slot.hostReady = false;
    const response = await slot.page.goto(req.url, { waitUntil: req.waitUntil, timeout: req.timeoutMs });
    if (req.waitFor)
      await slot.page.waitForSelector(req.waitFor, { state: "attached", timeout: req.timeoutMs });
    return { status: response?.status() ?? null, html: await slot.page.content() };
  }
  async viaIframe(slot, req) {
    if (!slot.hostReady) {
      const collector = slot.collector;
      slot.collector = null;
      await slot.page.goto(`${this.origin}${this.basePath}${HOST_PATH}`, { waitUntil: "domcontentloaded" });
      await slot.page.evaluate(
        'document.open(); document.write("<!DOCTYPE html><html><head></head><body></body></html>"); document.close()'
      );
      slot.hostReady = true;
      slot.collector = collector;
    }
    const args = { url: req.url, waitUntil: req.waitUntil, waitFor: req.waitFor, timeoutMs: req.timeoutMs };
    const out = await slot.page.evaluate(`(${FRAME_SCRIPT})(${JSON.stringify(args)})`);
    if ("error" in out) throw new Error(out.error);
    return { status: null, html: out.html };
  }
};
var PARSE_SCRIPT = `(html) => {
  const doc = new DOMParser().parseFromString(html, "text/html");
  let out = doc.doctype ? new XMLSerializer().serializeToString(doc.doctype) : "";
  if (doc.documentElement) out += doc.documentElement.outerHTML;
  return out;
}`;
var FRAME_SCRIPT = `async (args) => {
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

// src/export/render-threads.ts
import os2 from "node:os";
import path from "node:path";
import { createRequire as createRequire2 } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var RENDER_THREADS_FROM = 2e4;
function autoRenderThreads() {
  return os2.availableParallelism() - 1;
}
var CLOSE_WAIT_MS = 5e3;
var here = fileURLToPath(import.meta.url);
var THREAD_FILE = path.join(path.dirname(here), "render-thread" + path.extname(here));
function startWorker(data) {
  if (path.extname(THREAD_FILE) !== ".ts") return new Worker(THREAD_FILE, { workerData: data });
  const tsxRoot = path.dirname(createRequire2(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(path.join(tsxRoot, "dist/esm/api/index.mjs")).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(THREAD_FILE).href)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}
var ThreadedFetcher = class {
  /**
   * `local` renders in this thread: until a thread is ready, then beside the threads (a page goes where
   * the fewest are in hand), and alone when none is left. `count` threads start once `startAfter` pages
   * were asked for (0: at once): an export that turns out small (a crawl of a few pages) then never pays
   * for them.
   */
  constructor(local, start, count, startAfter = 0) {
    this.local = local;
    this.start = start;
    this.count = count;
    this.startAfter = startAfter;
    if (startAfter <= 0) this.startThreads();
  }
  local;
  start;
  count;
  startAfter;
  threads = [];
  nextId = 1;
  requests = 0;
  closing = false;
  /** Why threads stopped or could not start, for the export's summary. */
  failures = [];
  /** Pages in hand in this thread. */
  localPending = 0;
  startThreads() {
    for (let i = 0; i < this.count; i++) this.threads.push(this.startThread());
  }
  async getLocal(url, timeoutMs) {
    this.localPending++;
    try {
      return await this.local.get(url, timeoutMs);
    } finally {
      this.localPending--;
    }
  }
  /** Threads that have booted and are answering. */
  get readyThreads() {
    return this.threads.filter((t) => t.ready && !t.dead).length;
  }
  /** Resolves once every started thread is ready or has failed (an export never waits for this). */
  async ready() {
    await Promise.all(this.threads.map((t) => t.booted));
  }
  startThread() {
    const worker = startWorker(this.start);
    let exit;
    let booted;
    const thread = {
      worker,
      ready: false,
      dead: false,
      pending: /* @__PURE__ */ new Map(),
      booted: new Promise((resolve) => booted = resolve),
      exited: new Promise((resolve) => exit = resolve)
    };
    worker.on("message", (reply) => {
      if (reply.type === "ready") {
        thread.ready = true;
        booted();
        return;
      }
      const job = thread.pending.get(reply.id);
      if (!job) return;
      thread.pending.delete(reply.id);
      clearTimeout(job.timer);
      if (reply.type === "error") job.reject(new Error(reply.message));
      else if ("text" in reply)
        job.resolve(textResponse(reply.status, reply.contentType, reply.headers, reply.text));
      else {
        const { status, contentType, headers, body } = reply;
        job.resolve({
          status,
          contentType,
          headers,
          body: Buffer.from(body.buffer, body.byteOffset, body.byteLength)
        });
      }
    });
    const fail = (why) => {
      if (thread.dead) return;
      thread.dead = true;
      booted();
      if (!this.closing) this.failures.push(why);
      for (const job of thread.pending.values()) {
        clearTimeout(job.timer);
        job.reject(new Error(`The render thread stopped: ${why}`));
      }
      thread.pending.clear();
    };
    worker.on("error", (error) => fail(error.message));
    worker.on("exit", (code) => {
      fail(`it exited with code ${code}`);
      exit();
    });
    worker.unref();
    return thread;
  }
  get(url, timeoutMs) {
    if (++this.requests === this.startAfter) this.startThreads();
    let thread = null;
    for (const t of this.threads)
      if (t.ready && !t.dead && (!thread || t.pending.size < thread.pending.size)) thread = t;
    if (!thread || this.localPending < thread.pending.size) return this.getLocal(url, timeoutMs);
    const id = this.nextId++;
    const chosen = thread;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        chosen.pending.delete(id);
        reject(new Error(`GET ${url} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      chosen.pending.set(id, { resolve, reject, timer });
      const request = { type: "get", id, url, timeoutMs };
      chosen.worker.postMessage(request);
    });
  }
  /** Asks every thread to close its app (its read connections and any read process), then stops it. */
  async close() {
    this.closing = true;
    this.local.close();
    await Promise.all(
      this.threads.map(async (t) => {
        t.worker.ref();
        if (!t.dead) t.worker.postMessage({ type: "close" });
        const timer = setTimeout(() => void t.worker.terminate(), CLOSE_WAIT_MS);
        await t.exited;
        clearTimeout(timer);
      })
    );
  }
};

// src/export/report.ts
import { createWriteStream } from "node:fs";
import { once } from "node:events";
var SLOWEST = 10;
var ReportCollector = class {
  failures = [];
  /** The SLOWEST slowest pages, kept sorted slowest first. */
  slowest = [];
  pages = 0;
  /** Failed pages; the other failures are assets. */
  failedPages = 0;
  stream = null;
  first = true;
  constructor(reportPath) {
    if (reportPath) {
      this.stream = createWriteStream(reportPath);
      this.stream.write('{"pages": [\n');
    }
  }
  /** Records one page (or asset: `page` false, which counts toward files but not pages). */
  add(report, page) {
    if (page) this.pages++;
    if (report.error) this.failures.push(report);
    if (report.error && page) this.failedPages++;
    if (page && report.path && (this.slowest.length < SLOWEST || report.ms > this.slowest[this.slowest.length - 1].ms)) {
      this.slowest.push(report);
      this.slowest.sort((a, b) => b.ms - a.ms);
      this.slowest.length = Math.min(this.slowest.length, SLOWEST);
    }
    if (this.stream) {
      this.stream.write((this.first ? "" : ",\n") + JSON.stringify(report));
      this.first = false;
    }
  }
  /** Ends the file with `summary` (an export that stopped short ends it with none: `null`). */
  async close(summary2 = null) {
    if (!this.stream) return;
    this.stream.end(`
],
"summary": ${JSON.stringify(summary2)}}
`);
    await once(this.stream, "finish");
    this.stream = null;
  }
};
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 ** 2).toFixed(1)} MiB`;
}

// src/export/progress.ts
var LINE_EVERY_MS = 5e3;
var BAR_EVERY_MS = 100;
var Progress = class {
  constructor(mode, stream) {
    this.stream = stream;
    this.mode = mode === "auto" ? stream.isTTY ? "bar" : "lines" : mode;
  }
  stream;
  done = 0;
  failed = 0;
  total = null;
  lastDraw = 0;
  started = Date.now();
  mode;
  /** Once every planned page is known (the path sources ran dry), the ETA can be shown. */
  setTotal(total) {
    this.total = total;
  }
  tick(failed) {
    this.done++;
    if (failed) this.failed++;
    const now = Date.now();
    if (this.mode === "none" || now - this.lastDraw < (this.mode === "bar" ? BAR_EVERY_MS : LINE_EVERY_MS))
      return;
    this.lastDraw = now;
    this.draw(now);
  }
  draw(now) {
    const secs = (now - this.started) / 1e3;
    const rate = this.done / Math.max(secs, 1e-3);
    const total = this.total !== null ? Math.max(this.total, this.done) : null;
    const eta = total !== null && rate > 0 ? `ETA ${Math.ceil((total - this.done) / rate)}s` : "ETA ?";
    const failed = this.failed ? `, ${this.failed} failed` : "";
    const counts = `${this.done}/${total ?? "?"} pages, ${rate.toFixed(1)} pages/s, ${eta}${failed}`;
    if (this.mode === "lines") {
      this.stream.write(`export: ${counts}
`);
      return;
    }
    const width = 24;
    const filled = total ? Math.round(width * this.done / Math.max(total, 1)) : 0;
    this.stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${counts}\x1B[K`);
  }
  /** The last count, in lines mode too: pages a crawl found after the last line must not go unsaid. */
  finish() {
    if (this.mode === "none") return;
    this.draw(Date.now());
    if (this.mode === "bar") this.stream.write("\n");
  }
};

// src/export/links.ts
var ASSET_RELS = /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon|prefetch)\b/i;
var URL_ATTRS = /* @__PURE__ */ new Map([
  ["a", ["href"]],
  ["area", ["href"]],
  ["link", ["href"]],
  ["script", ["src"]],
  ["img", ["src", "srcset"]],
  ["source", ["src", "srcset"]],
  ["iframe", ["src"]],
  ["video", ["src", "poster"]],
  ["audio", ["src"]],
  ["track", ["src"]],
  ["embed", ["src"]],
  ["input", ["src", "formaction"]],
  ["object", ["data"]],
  ["form", ["action"]],
  ["button", ["formaction"]],
  ["base", ["href"]]
]);
var RAW_TEXT = /* @__PURE__ */ new Set(["script", "style", "textarea", "title", "noscript"]);
var NAMES_BY_LENGTH = [];
for (const name of /* @__PURE__ */ new Set([...URL_ATTRS.keys(), ...RAW_TEXT]))
  (NAMES_BY_LENGTH[name.length] ??= []).push(name);
function scanHtml(html, visit) {
  let out = "";
  let copied = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (!isAsciiLetter(html.charCodeAt(lt + 1))) {
      i = lt + 1;
      continue;
    }
    let j = lt + 2;
    while (j < n && !endsTagName(html.charCodeAt(j))) j++;
    const nameEnd = j;
    let tag = knownTagName(html, lt + 1, nameEnd);
    const urlAttrs = tag === null ? void 0 : URL_ATTRS.get(tag);
    let found = null;
    let rel = null;
    while (j < n && html.charCodeAt(j) !== GT) {
      let k = j;
      for (let c = html.charCodeAt(k); k < n && (c === SLASH || isSpace(c)); c = html.charCodeAt(++k)) ;
      const attrStart = k;
      while (k < n && isNameChar(html.charCodeAt(k))) k++;
      if (k === attrStart) {
        j++;
        continue;
      }
      const attrEnd = k;
      let valueStart = -1;
      let valueEnd = -1;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      if (k < n && html.charCodeAt(k) === EQUALS) {
        k++;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        const q = html.charCodeAt(k);
        if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) {
          const close = html.indexOf(q === DOUBLE_QUOTE ? '"' : "'", k + 1);
          if (close !== -1) {
            valueStart = k;
            valueEnd = close + 1;
          }
        }
        if (valueStart === -1) {
          let e = k;
          for (let c = html.charCodeAt(e); e < n && c !== GT && !isSpace(c); c = html.charCodeAt(++e)) ;
          if (e > k) {
            valueStart = k;
            valueEnd = e;
          }
        }
      }
      if (valueStart === -1) {
        j = attrEnd;
        continue;
      }
      j = valueEnd;
      const nameLength = attrEnd - attrStart;
      if (nameLength < 3 || nameLength > 10 || nameLength === 7 || nameLength === 8 || nameLength === 9)
        continue;
      const name = html.slice(attrStart, attrEnd).toLowerCase();
      const isRel = name === "rel";
      if (!isRel && name !== "style" && !urlAttrs?.includes(name)) continue;
      const first = html.charCodeAt(valueStart);
      const quoted = first === DOUBLE_QUOTE || first === SINGLE_QUOTE;
      const value = decodeEntities(
        quoted ? html.slice(valueStart + 1, valueEnd - 1) : html.slice(valueStart, valueEnd)
      );
      if (isRel) {
        rel ??= value;
        continue;
      }
      (found ??= []).push({ name, value, start: valueStart, end: valueEnd });
    }
    const tagEnd = j + 1;
    if (found !== null) {
      const tagName = tag ??= html.slice(lt + 1, nameEnd).toLowerCase();
      let nofollow;
      for (const attr of found) {
        let replacement;
        if (attr.name !== "style") {
          if (attr.name === "srcset") {
            let changed = false;
            const parts = attr.value.split(",").map((candidate) => {
              const [url, ...descriptor] = candidate.trim().split(/\s+/);
              if (!url) return candidate;
              const r = visit({ tag: tagName, attr: attr.name, value: url, kind: "asset" });
              if (typeof r === "string" && r !== url) changed = true;
              return [typeof r === "string" ? r : url, ...descriptor].join(" ");
            });
            if (changed) replacement = parts.join(", ");
          } else {
            nofollow ??= rel !== null && /\bnofollow\b/i.test(rel);
            const r = visit({
              tag: tagName,
              attr: attr.name,
              value: attr.value,
              kind: kindOf(tagName, attr.name, rel ?? ""),
              nofollow
            });
            if (typeof r === "string" && r !== attr.value) replacement = r;
          }
        } else {
          const css = rewriteCss(
            attr.value,
            (url) => visit({ tag: tagName, attr: "style", value: url, kind: "asset" })
          );
          if (css !== attr.value) replacement = css;
        }
        if (replacement !== void 0) {
          out += html.slice(copied, attr.start) + '"' + encodeAttribute(replacement) + '"';
          copied = attr.end;
        }
      }
    }
    i = tagEnd;
    if (tag !== null && RAW_TEXT.has(tag)) {
      const rawTag = tag;
      const close = closingTag(html, rawTag, tagEnd);
      const end = close === -1 ? n : close;
      if (rawTag === "style") {
        const css = html.slice(tagEnd, end);
        const rewritten = rewriteCss(
          css,
          (url) => visit({ tag: rawTag, attr: "url()", value: url, kind: "asset" })
        );
        if (rewritten !== css) {
          out += html.slice(copied, tagEnd) + rewritten;
          copied = end;
        }
      }
      i = end;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}
var GT = 62;
var SLASH = 47;
var EQUALS = 61;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
function knownTagName(html, start, end) {
  const names = NAMES_BY_LENGTH[end - start];
  if (names === void 0) return ascii(html, start, end) ? null : html.slice(start, end).toLowerCase();
  for (const name of names) {
    let m = 0;
    while (m < name.length && (html.charCodeAt(start + m) | 32) === name.charCodeAt(m)) m++;
    if (m === name.length) return name;
  }
  return ascii(html, start, end) ? null : html.slice(start, end).toLowerCase();
}
function ascii(html, start, end) {
  for (let k = start; k < end; k++) if (html.charCodeAt(k) > 127) return false;
  return true;
}
function isAsciiLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
var SPACE = 1;
var ENDS_TAG_NAME = 2;
var ENDS_ATTRIBUTE_NAME = 4;
var ASCII_CLASSES = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32])
  ASCII_CLASSES[c] = SPACE | ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
for (const c of [GT, SLASH]) ASCII_CLASSES[c] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
for (const c of [DOUBLE_QUOTE, SINGLE_QUOTE, EQUALS]) ASCII_CLASSES[c] = ENDS_ATTRIBUTE_NAME;
function isSpace(c) {
  if (c < 128) return (ASCII_CLASSES[c] & SPACE) !== 0;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function endsTagName(c) {
  return c < 128 ? (ASCII_CLASSES[c] & ENDS_TAG_NAME) !== 0 : isSpace(c);
}
function isNameChar(c) {
  return c < 128 ? (ASCII_CLASSES[c] & ENDS_ATTRIBUTE_NAME) === 0 : !isSpace(c);
}
function closingTag(html, tag, from) {
  for (let k = html.indexOf("</", from); k !== -1; k = html.indexOf("</", k + 1)) {
    let m = 0;
    while (m < tag.length && (html.charCodeAt(k + 2 + m) | 32) === tag.charCodeAt(m)) m++;
    if (m === tag.length) return k;
  }
  return -1;
}
function kindOf(tag, attr, rel) {
  if (tag === "base") return "base";
  if (tag === "form" || attr === "formaction") return "form";
  if (tag === "a" || tag === "area" || tag === "iframe") return "page";
  if (tag === "link") return ASSET_RELS.test(rel) ? "asset" : "page";
  return "asset";
}
var CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
function rewriteCss(css, visit) {
  return css.replace(CSS_URL, (whole, d1, s1, bare, d2, s2) => {
    const raw = d1 ?? s1 ?? bare ?? d2 ?? s2 ?? "";
    const url = raw.trim();
    if (!url || url.startsWith("data:") || url.startsWith("#")) return whole;
    const r = visit(url);
    if (typeof r !== "string" || r === url) return whole;
    const escaped = r.replace(/["'\\]/g, "\\$&");
    if (d2 !== void 0 || s2 !== void 0)
      return whole.slice(0, whole.length - raw.length - 1) + escaped + whole.slice(-1);
    const quote = s1 !== void 0 ? "'" : '"';
    if (bare !== void 0 && !/[\s()"'\\]/.test(r)) return `url(${r})`;
    return `url(${quote}${escaped}${quote})`;
  });
}
var ENTITIES = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\xA0" };
function decodeEntities(s) {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
function encodeAttribute(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}
function toSitePath(href, pageUrl, origin, basePath) {
  const known = resolvedLinks.forHref(href, pageUrl, origin, basePath);
  if (known === null) return resolveSitePath(href, pageUrl, origin, basePath);
  let sitePath = known.get(href);
  if (sitePath === void 0) {
    sitePath = resolveSitePath(href, pageUrl, origin, basePath);
    resolvedLinks.remember(known, href, sitePath);
  }
  return sitePath;
}
function resolveSitePath(href, pageUrl, origin, basePath) {
  let url;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (url.origin !== origin && url.origin !== DETERMINISTIC_ORIGIN) return null;
  let pathname = url.pathname;
  if (pathname + "/" === basePath) pathname = basePath;
  if (!pathname.startsWith(basePath)) return null;
  return "/" + pathname.slice(basePath.length) + url.search;
}
var ResolvedLinks = class _ResolvedLinks {
  static MAX_RESOLVED = 4096;
  origin = "";
  basePath = "";
  absolute = /* @__PURE__ */ new Map();
  byHost = /* @__PURE__ */ new Map();
  size = 0;
  lastPage = "";
  lastHost = null;
  /** The answers `href` on `pageUrl` may be kept among, or null when it must be resolved every time. */
  forHref(href, pageUrl, origin, basePath) {
    if (origin !== this.origin || basePath !== this.basePath) {
      this.forget();
      this.origin = origin;
      this.basePath = basePath;
    }
    if (href.startsWith("http://") || href.startsWith("https://")) {
      return href === pageUrl || this.hostOf(pageUrl) !== null ? this.absolute : null;
    }
    if (href.charCodeAt(0) !== SLASH) return null;
    const second = href.charCodeAt(1);
    if (second === SLASH || second === BACKSLASH || second === 9 || second === 10 || second === 13)
      return null;
    const host = this.hostOf(pageUrl);
    if (host === null) return null;
    let known = this.byHost.get(host);
    if (known === void 0) this.byHost.set(host, known = /* @__PURE__ */ new Map());
    return known;
  }
  remember(known, href, sitePath) {
    if (this.size >= _ResolvedLinks.MAX_RESOLVED) return this.forget();
    known.set(href, sitePath);
    this.size++;
  }
  forget() {
    this.absolute.clear();
    this.byHost = /* @__PURE__ */ new Map();
    this.size = 0;
  }
  /**
   * "scheme://host[:port]" of a page URL that is an http(s) URL as the URL parser writes it (so that
   * text decides the scheme, credentials, host and port a root-absolute link resolves with), else null.
   * The last answer is kept: a page's links all come with the same page URL.
   */
  hostOf(pageUrl) {
    if (pageUrl === this.lastPage) return this.lastHost;
    let host = null;
    if (pageUrl.startsWith("http://") || pageUrl.startsWith("https://")) {
      const url = URL.canParse(pageUrl) ? new URL(pageUrl) : null;
      if (url !== null && url.href === pageUrl) {
        const pathStart = pageUrl.indexOf("/", url.protocol.length + 2);
        if (pathStart !== -1) host = pageUrl.slice(0, pathStart);
      }
    }
    this.lastPage = pageUrl;
    this.lastHost = host;
    return host;
  }
};
var BACKSLASH = 92;
var resolvedLinks = new ResolvedLinks();
function globMatcher(globs) {
  if (!globs.length) return null;
  const res = globs.map((g) => {
    let re = "";
    for (let k = 0; k < g.length; k++) {
      const c = g[k];
      if (c === "*" && g[k + 1] === "*") {
        re += ".*";
        k++;
      } else if (c === "*") re += "[^/]*";
      else if (c === "?") re += "[^/]";
      else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp("^" + re + "$");
  });
  return (p) => res.some((r) => r.test(p.split("?")[0]) || r.test(p));
}
function baseHref(html) {
  if (!/<base[\s>]/i.test(html)) return null;
  let found = null;
  scanHtml(html, (ref) => {
    if (ref.kind === "base") found ??= ref.value;
  });
  return found;
}

// src/export/plan.ts
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
var NO_RULES = Object.freeze({
  waitFor: null,
  timeoutMs: null,
  expectStatus: null,
  output: null
});
var SqlQueryError = class extends Error {
  constructor(sql, cause) {
    super(
      `SQL query ${JSON.stringify(sql)} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause
      }
    );
    this.sql = sql;
  }
  sql;
  name = "SqlQueryError";
};
function belowBase(raw, basePath) {
  if (basePath !== "/" && raw.startsWith(basePath)) return "/" + raw.slice(basePath.length);
  return raw;
}
function planned(raw, source, basePath, rules = NO_RULES) {
  try {
    if (typeof raw !== "string") throw new UnsafePathError(String(raw), source, "the path is not text");
    const path3 = checkSitePath(belowBase(raw.trim(), basePath), source);
    const output = rules.output === null ? null : checkOutputName(rules.output, source);
    return { path: path3, source, rules: { ...rules, output } };
  } catch (e) {
    return { path: "", source, rules, error: e instanceof Error ? e.message : String(e) };
  }
}
async function countListed(opts, server) {
  let n = opts.paths.length;
  if (opts.pathsFile) {
    const lines = createInterface({ input: createReadStream(opts.pathsFile), crlfDelay: Infinity });
    for await (const line of lines) {
      const trimmed = line.trim();
      if (trimmed && !trimmed.startsWith("#")) n++;
    }
  }
  for (const sql of opts.sql) {
    try {
      const inner = sql.trim().replace(/;+\s*$/, "");
      const counted = await server.runSql(`select count(*) from (
${inner}
)`, opts.sqlDatabase);
      for await (const row of counted.rows) n += Number(row[0]);
    } catch {
      return null;
    }
  }
  return opts.shard ? Math.ceil(n / opts.shard.total) : n;
}
async function* planPaths(opts, server, basePath) {
  for (const p of opts.paths) yield planned(p, `--path ${p}`, basePath);
  if (opts.pathsFile) {
    const lines = createInterface({ input: createReadStream(opts.pathsFile), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith("#")) continue;
      yield planned(trimmed, `${opts.pathsFile} line ${n}`, basePath);
    }
  }
  for (const sql of opts.sql) {
    let result;
    try {
      result = await server.runSql(sql, opts.sqlDatabase);
    } catch (e) {
      throw new SqlQueryError(sql, e);
    }
    const col = (name) => result.columns.indexOf(name);
    const [waitFor, timeout, expect, output] = ["wait_for", "timeout", "expect_status", "output"].map(col);
    let n = 0;
    try {
      for await (const row of result.rows) {
        n++;
        const source = `SQL query ${JSON.stringify(sql)} row ${n}`;
        const pick = (i) => i === void 0 || i < 0 ? null : row[i] ?? null;
        const num = (v) => v === null || v === "" ? null : Number(v);
        const rules = {
          waitFor: pick(waitFor) === null ? null : String(pick(waitFor)),
          timeoutMs: num(pick(timeout)),
          expectStatus: num(pick(expect)),
          output: pick(output) === null ? null : String(pick(output))
        };
        if ([rules.timeoutMs, rules.expectStatus].some((v) => v !== null && !Number.isFinite(v))) {
          yield { path: "", source, rules, error: `${source}: timeout and expect_status must be numbers` };
          continue;
        }
        yield planned(row[0], source, basePath, rules);
      }
    } catch (e) {
      throw new SqlQueryError(sql, e);
    }
  }
}

// src/export/pipeline.ts
var Pipeline = class {
  constructor(d) {
    this.d = d;
    this.ledger = d.out.ledger;
    this.include = globMatcher(d.opts.include);
    this.exclude = globMatcher(d.opts.exclude);
  }
  d;
  renderMs = 0;
  hitMaxPages = false;
  ledger;
  pages = [];
  assets = [];
  /** Pages that will be rendered (and ticked): dedupe, shard and maxPages already applied. */
  accepted = 0;
  /** Pages in the site so far, listed or crawled: a crawl adds pages only while this is below maxPages. */
  pagesInSite = 0;
  active = 0;
  sourceDone = false;
  wake = [];
  include;
  exclude;
  /** Runs until every planned, crawled and asset job is done. */
  async run(source, workers) {
    let pulling = null;
    const next = async () => {
      for (; ; ) {
        const asset = this.assets.shift();
        if (asset) return { asset };
        const page = this.pages.shift();
        if (page) return { page };
        if (this.d.out.failure) return null;
        if (!this.sourceDone) {
          if (pulling) {
            await pulling.catch(() => void 0);
            continue;
          }
          pulling = this.pull(source, workers).finally(() => pulling = null);
          await pulling;
          continue;
        }
        if (this.active === 0) return null;
        await new Promise((resolve) => this.wake.push(resolve));
      }
    };
    const worker = async () => {
      for (let job = await next(); job; job = await next()) {
        this.active++;
        try {
          if (job.asset) await this.processAsset(job.asset);
          else await this.processPage(job.page);
        } finally {
          this.active--;
          this.notify();
        }
      }
      this.notify();
    };
    await Promise.all(Array.from({ length: workers }, worker));
    if (this.d.out.failure) throw this.d.out.failure;
  }
  /** Queues up to `count` pages from the source (fewer at its end); refused paths pass, to be reported. */
  async pull(source, count) {
    for (let pulled = 0; pulled < count; pulled++) {
      const r = await source.next();
      if (r.done) {
        this.sourceDone = true;
        this.d.progress.setTotal(this.accepted);
        this.notify();
        return;
      }
      if (this.accept(r.value)) this.pages.push(r.value);
    }
  }
  notify() {
    for (const w of this.wake.splice(0)) w();
  }
  /**
   * Dedupes pages and bounds what a crawl adds; listed pages, redirect targets and the 404 page are
   * never dropped. Refused paths pass through so they are reported.
   */
  accept(page) {
    if (!page.error) {
      const key = "p:" + page.path;
      if (page.crawled && !page.always && this.pagesInSite >= this.d.opts.maxPages) {
        if (!this.ledger.hasSeen(key)) this.hitMaxPages = true;
        return false;
      }
      if (!this.ledger.see(key)) return false;
      if (!page.always) this.pagesInSite++;
    }
    if (inShard(page.path, this.d.opts.shard)) this.accepted++;
    if (this.sourceDone) this.d.progress.setTotal(this.accepted);
    return true;
  }
  enqueuePage(page) {
    if (this.accept(page)) {
      this.pages.push(page);
      this.notify();
    }
  }
  enqueueAsset(url, file, from) {
    if (!this.ledger.see("a:" + file)) return;
    this.assets.push({ url, file, from });
    this.notify();
  }
  urlFor(sitePath) {
    return this.d.origin + this.d.basePath + sitePath.slice(1);
  }
  async processPage(page) {
    const { opts } = this.d;
    const started = Date.now();
    const report = {
      path: page.label ?? page.path,
      file: null,
      status: 0,
      bytes: 0,
      ms: 0,
      renderer: "http",
      retries: 0,
      consoleErrors: [],
      source: page.source
    };
    const ours = inShard(page.path, opts.shard);
    if (!ours && !opts.crawl) return;
    try {
      if (page.error) throw new Error(page.error);
      const url = this.urlFor(page.path);
      const timeoutMs = page.rules.timeoutMs ?? opts.timeoutMs;
      const res = await this.d.fetcher.get(url, timeoutMs);
      report.status = res.status;
      const problems = [];
      const expected = page.rules.expectStatus;
      if (expected !== null ? res.status !== expected : res.status >= 400) {
        problems.push(`HTTP ${res.status}${expected !== null ? ` (expected ${expected})` : ""}`);
      }
      const file = page.rules.output ?? fileForPath(page.path, opts);
      let body = res.text ?? res.body;
      const location = res.headers.location;
      if (res.status >= 300 && res.status < 400 && location) {
        body = this.redirectPage(location, url, report.path, file, ours);
      } else if (isHtml(res.contentType)) {
        let html = res.text ?? res.body.toString("utf8");
        const waitFor = page.rules.waitFor ?? opts.waitFor;
        const choice = this.renderChoice(html, url, page.path, waitFor);
        if (choice.use !== "http" && ours) {
          report.renderer = "browser";
          const pool = await this.d.pool();
          const t = Date.now();
          const r = await pool.render({
            url,
            waitUntil: opts.waitUntil,
            waitFor,
            timeoutMs,
            iframeOk: !detectsFraming(html, res.headers)
          });
          if (choice.use === "compare") {
            const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, "$1$2");
            const named = r.requested.every(
              (u) => u === url || isStaticAssetUrl(u) || markup.includes(new URL(u).pathname)
            );
            const same = named && await pool.parseStatic(html).then(
              (s) => s === r.html,
              () => false
            );
            this.d.adaptive.record(choice.key, same);
          }
          this.renderMs += Date.now() - t;
          html = r.html;
          report.retries = r.retries;
          report.consoleErrors = r.consoleErrors;
          problems.push(...r.pageErrors.map((e) => `page error: ${e}`));
          problems.push(...r.failedRequests.map((e) => `failed request: ${e}`));
          for (const u of r.requested) this.discoverAsset(u, report.path);
        }
        if (opts.stripScripts) html = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, "");
        body = this.processHtml(html, url, report.path, file, ours);
        if (ours && opts.siteUrl && page.rules.output === null && file.endsWith(".html"))
          this.ledger.addSitemapUrl(sitemapUrl(opts.siteUrl, file));
      } else if (/text\/css/i.test(res.contentType)) {
        body = this.processCss(res.body, url, file, report.path);
      }
      if (!ours) return;
      report.file = file;
      report.bytes = typeof body === "string" ? Buffer.byteLength(body) : body.length;
      await this.d.out.write(file, body, report.path);
      if (problems.length) report.error = problems.join("; ");
    } catch (e) {
      report.error = e instanceof Error ? e.message : String(e);
    } finally {
      report.ms = Date.now() - started;
      if (ours) {
        this.d.report.add(report, true);
        this.d.progress.tick(Boolean(report.error));
      }
    }
  }
  /**
   * Whether an HTML page goes to the browser: always in browser mode, never in http mode, in auto mode
   * if a script of its own can change it (needsBrowser: inline or same-origin scripts), and in adaptive
   * mode as its template's verdict says. A page waiting for a selector expects script-made content, so
   * adaptive mode never skips the browser for it.
   */
  renderChoice(html, url, sitePath, waitFor) {
    const { render } = this.d.opts;
    if (render === "browser") return { use: "browser", key: "" };
    if (render === "http" || !needsBrowser(html, url)) return { use: "http", key: "" };
    if (!this.d.adaptive || waitFor) return { use: "browser", key: "" };
    const key = templateKey(sitePath, html);
    return { use: this.d.adaptive.choose(key), key };
  }
  /**
   * Rewrites links to written file names (relative to the page unless absoluteLinks), records every link,
   * and queues crawled pages and assets. A <base href> is honoured: URLs resolve against it, and relative
   * ones are written from its folder, itself rewritten relative to the page.
   */
  processHtml(html, pageUrl, fromPath, file, ours) {
    const { opts, origin, basePath } = this.d;
    const base = baseHref(html);
    let docUrl = pageUrl;
    let fromFolder = folderOf(file);
    if (base !== null) {
      const baseSite = toSitePath(base, pageUrl, origin, basePath);
      docUrl = URL.canParse(base, pageUrl) ? new URL(base, pageUrl).href : pageUrl;
      fromFolder = baseSite === null ? null : folderOfPath(baseSite);
    }
    const relative = ours && !opts.absoluteLinks && fromFolder !== null;
    const to = (target) => relativeHref(fromFolder, target);
    return scanHtml(html, (ref) => {
      if (ref.kind === "base") return relative ? relativeHref(folderOf(file), fromFolder) : void 0;
      if (ref.value.startsWith("#") && base === null) return;
      const sitePath = toSitePath(ref.value, docUrl, origin, basePath);
      if (sitePath === null) return;
      const hash = ref.value.includes("#") ? ref.value.slice(ref.value.indexOf("#")) : "";
      const q = sitePath.indexOf("?");
      if (ref.kind === "asset") {
        if (!ours) return;
        const pathname = q === -1 ? sitePath : sitePath.slice(0, q);
        const assetFile = fileForPath(pathname, opts);
        this.ledger.link(assetFile, fromPath);
        this.discoverAsset(this.urlFor(sitePath), fromPath);
        if (!relative || !isSafe(pathname)) return;
        return to(assetFile) + (q === -1 ? "" : sitePath.slice(q)) + hash;
      }
      let safe;
      try {
        safe = checkSitePath(sitePath, `a link on ${fromPath}`);
      } catch {
        return;
      }
      const target = fileForPath(safe, opts);
      if (ref.kind === "form") return relative ? to(target) + hash : void 0;
      if (ours) this.ledger.link(target, fromPath);
      if (opts.crawl && !ref.nofollow && this.crawlable(safe))
        this.enqueuePage({ path: safe, source: `crawl from ${fromPath}`, rules: NO_RULES, crawled: true });
      if (!ours) return;
      return (relative ? to(target) : hrefForFile(target, basePath)) + hash;
    });
  }
  /**
   * Queues what a stylesheet loads; unless absoluteLinks, its root-absolute url()s and @imports become
   * relative to the stylesheet's own file.
   */
  processCss(body, cssUrl, file, from) {
    const { opts, origin, basePath } = this.d;
    const css = body.toString("utf8");
    const rewritten = rewriteCss(css, (u) => {
      if (!URL.canParse(u, cssUrl)) return;
      this.discoverAsset(new URL(u, cssUrl).href, from);
      if (opts.absoluteLinks) return;
      const sitePath = toSitePath(u, cssUrl, origin, basePath);
      if (sitePath === null) return;
      const q = sitePath.indexOf("?");
      const pathname = q === -1 ? sitePath : sitePath.slice(0, q);
      if (!isSafe(pathname)) return;
      const hash = u.includes("#") ? u.slice(u.indexOf("#")) : "";
      return relativeHref(folderOf(file), fileForPath(pathname, opts)) + (q === -1 ? "" : sitePath.slice(q)) + hash;
    });
    return rewritten === css ? body : Buffer.from(rewritten, "utf8");
  }
  /**
   * A static host cannot answer with a redirect, so a page the server redirects is written as an HTML
   * page that forwards to the target's written file; the target is exported too.
   */
  redirectPage(location, url, fromPath, file, ours) {
    let href = new URL(location, url).href;
    const sitePath = toSitePath(location, url, this.d.origin, this.d.basePath);
    if (sitePath !== null) {
      try {
        const safe = checkSitePath(sitePath, `a redirect from ${fromPath}`);
        this.enqueuePage({ path: safe, source: `redirect from ${fromPath}`, rules: NO_RULES, always: true });
        const target = fileForPath(safe, this.d.opts);
        if (ours) this.ledger.link(target, fromPath);
        href = this.d.opts.absoluteLinks ? hrefForFile(target, this.d.basePath) : relativeHref(folderOf(file), target);
      } catch {
      }
    }
    const attr = href.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${attr}"><link rel="canonical" href="${attr}"></head><body><a href="${attr}">Moved here</a></body></html>
`;
  }
  /**
   * A crawl follows plain paths and pagination (a query of only `_next`/`_size`); other query strings
   * (facet toggles, filters, SQL) multiply without end, so they are followed only when an --include glob
   * names them.
   */
  crawlable(sitePath) {
    if (!this.wanted(sitePath)) return false;
    const query = sitePath.includes("?") ? sitePath.slice(sitePath.indexOf("?") + 1) : "";
    if (!query) return true;
    const names = [...new URLSearchParams(query).keys()];
    if (names.every((name) => name === "_next" || name === "_size")) return true;
    return this.include !== null && this.include(sitePath);
  }
  wanted(sitePath) {
    if (this.include && !this.include(sitePath)) return false;
    if (this.exclude?.(sitePath)) return false;
    return true;
  }
  /** Queues a same-origin URL a page loads; it is written under its path, its query ignored as static hosts do. */
  discoverAsset(url, from) {
    const sitePath = toSitePath(url, url, this.d.origin, this.d.basePath);
    if (sitePath === null) return;
    const pathname = sitePath.split("?")[0];
    let safe;
    try {
      safe = checkSitePath(pathname, `an asset of ${from}`);
    } catch {
      return;
    }
    if (this.ledger.hasSeen("p:" + sitePath)) return;
    this.enqueueAsset(url, fileForPath(safe, this.d.opts), from);
  }
  async processAsset(job) {
    const started = Date.now();
    const report = {
      path: new URL(job.url).pathname,
      file: job.file,
      status: 0,
      bytes: 0,
      ms: 0,
      renderer: "http",
      retries: 0,
      consoleErrors: [],
      source: `asset of ${job.from}`
    };
    try {
      const res = await this.d.fetcher.get(job.url, this.d.opts.timeoutMs);
      report.status = res.status;
      if (res.status >= 400) throw new Error(`HTTP ${res.status} for ${job.url}, loaded by ${job.from}`);
      const body = /text\/css/i.test(res.contentType) ? this.processCss(res.body, job.url, job.file, job.from) : res.text ?? res.body;
      report.bytes = typeof body === "string" ? Buffer.byteLength(body) : body.length;
      await this.d.out.write(job.file, body, "asset", true);
    } catch (e) {
      report.error = e instanceof Error ? e.message : String(e);
    } finally {
      report.ms = Date.now() - started;
      this.d.report.add(report, false);
    }
  }
};
function isSafe(sitePath) {
  try {
    checkSitePath(sitePath, "a link");
    return true;
  } catch {
    return false;
  }
}

// src/export/setup.ts
import { readFile } from "node:fs/promises";
var SetupError = class extends Error {
  name = "SetupError";
};
async function runSetup(opts, server) {
  for (const file of opts.setup) {
    const text = await readFile(file, "utf8");
    if (file.endsWith(".sql")) {
      if (!server.execSql) throw new SetupError(`${file}: this server cannot run setup SQL`);
      try {
        await server.execSql(text, opts.setupDatabase);
      } catch (e) {
        throw new SetupError(`${file}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    } else if (file.endsWith(".json")) {
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new SetupError(`${file} is not valid JSON: ${e.message}`);
      }
      const requests = Array.isArray(parsed) ? parsed : [parsed];
      for (const [i, req] of requests.entries()) {
        if (!req || typeof req.path !== "string") {
          throw new SetupError(
            `${file} request ${i + 1}: each request needs a "path" (and optional method, body)`
          );
        }
        const res = await server.request(req.path, {
          method: req.method ?? "POST",
          headers: { "content-type": "application/json" },
          body: req.body === void 0 ? void 0 : JSON.stringify(req.body)
        });
        if (res.status >= 400) {
          throw new SetupError(
            `${file} request ${i + 1} (${req.method ?? "POST"} ${req.path}) answered ${res.status}: ${res.body.slice(0, 500)}`
          );
        }
      }
    } else {
      throw new SetupError(`${file}: setup files must end in .json (write-API requests) or .sql`);
    }
  }
}

// src/export/crawl-limit.ts
function crawlStoppedMessage(maxPages) {
  return `The crawl stopped at --max-pages (${maxPages}): pages it found beyond that were not exported (listed pages always are). Raise --max-pages, or narrow the crawl with --include/--exclude.`;
}

// src/export/export.ts
var ExportFailedError = class extends Error {
  constructor(message, result) {
    super(message);
    this.result = result;
  }
  result;
  name = "ExportFailedError";
};
var NOT_FOUND_PATH = "/-/datasette-export-404";
var IN_PROCESS_IN_FLIGHT = 128;
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
async function exportSite(options, deps) {
  const opts = normaliseExportOptions(options);
  const effects = {
    log: deps.effects?.log ?? ((line) => process.stderr.write(line + "\n")),
    progressStream: deps.effects?.progressStream ?? process.stderr
  };
  const started = Date.now();
  let browserPath = opts.render === "browser" && !deps.browser ? findBrowser(opts.browserPath) : null;
  const inputs = exportInputs(opts);
  const guard = () => guardOutput(opts.output, inputs, { replaceOutput: opts.replaceOutput });
  guard();
  if (opts.reportPath) guardReport(opts.reportPath, opts.output, inputs);
  for (const name of removeStaleStaging(opts.output))
    effects.log(`Removed ${name}, left by an export that was killed`);
  const out = await StagedOutput.create(opts.output);
  const onSignal = (signal) => {
    for (const s of SIGNALS) process.off(s, onSignal);
    try {
      out.abortSync();
    } finally {
      process.kill(process.pid, signal);
    }
  };
  for (const s of SIGNALS) process.once(s, onSignal);
  const report = new ReportCollector(opts.reportPath);
  let server = null;
  let pool = null;
  let fetcher = null;
  try {
    server = await deps.boot(opts.server);
    const serverStartMs = Date.now() - started;
    const root = new URL(server.url);
    const origin = root.origin;
    const basePath = root.pathname.endsWith("/") ? root.pathname : root.pathname + "/";
    await runSetup(opts, server);
    const workers = Math.max(8, opts.concurrency * 4);
    const tuning = { ...DEFAULT_TUNING, ...deps.tuning };
    const listed = await countListed(opts, server);
    fetcher = pageFetcher(server, origin, tuning, listed, workers);
    const inFlight = fetcher instanceof HttpFetcher ? workers : Math.max(workers, IN_PROCESS_IN_FLIGHT);
    const thirdParty = new ThirdPartyCache(opts.thirdParty, tuning.thirdPartyTimeoutMs);
    let browserStartMs = 0;
    let poolPromise = null;
    const getPool = () => poolPromise ??= (async () => {
      const t = Date.now();
      browserPath ??= deps.browser ? "" : findBrowser(opts.browserPath);
      pool = new BrowserPool(
        browserPath,
        origin,
        basePath,
        opts.concurrency,
        tuning,
        deps.browser ?? null,
        thirdParty
      );
      await pool.start();
      browserStartMs = Date.now() - t;
      return pool;
    })();
    const progress = new Progress(opts.progress, effects.progressStream);
    if (listed !== null) progress.setTotal(listed + 1);
    const agreements = deps.tuning?.adaptiveAgreements ?? DEFAULT_TUNING.adaptiveAgreements;
    const adaptive = opts.render === "adaptive" ? new AdaptiveRouter(agreements) : null;
    const pipelineDeps = { opts, origin, basePath, fetcher, pool: getPool, out, report, progress, adaptive };
    const pipeline = new Pipeline(pipelineDeps);
    const renderStarted = Date.now();
    await pipeline.run(withNotFoundPage(planPaths(opts, server, basePath)), inFlight);
    progress.finish();
    if (out.failure) throw out.failure;
    const renderMs = Date.now() - renderStarted;
    if (fetcher instanceof ThreadedFetcher)
      for (const why of fetcher.failures)
        effects.log(`A render thread stopped (${why}); the other threads and the main thread went on.`);
    const writeStarted = Date.now();
    await out.write(".nojekyll", "", ".nojekyll");
    for (const mount of opts.server.staticMounts) {
      if (existsSync2(mount.dir)) await out.copyFolder(mount.dir, mount.mount, `static mount ${mount.mount}`);
    }
    if (opts.siteUrl) await out.write("sitemap.xml", sitemapXml(out.ledger.sitemapUrls()), "sitemap");
    let links = { brokenLinks: [], unexportedVariants: 0 };
    if (opts.checkLinks && opts.shard)
      await out.write(SHARD_LINKS_FILE, shardLinksJson(out.ledger), "links for merge");
    else if (opts.checkLinks) links = checkLinks(out.ledger);
    const { brokenLinks, unexportedVariants } = links;
    const writeMs = Date.now() - writeStarted;
    const result = {
      output: path2.resolve(opts.output),
      pages: report.pages,
      files: out.files,
      bytes: out.bytes,
      durationMs: Date.now() - started,
      failures: report.failures,
      failedPages: report.failedPages,
      brokenLinks,
      unexportedVariants,
      crawlStoppedAt: pipeline.hitMaxPages ? opts.maxPages : null,
      slowest: report.slowest,
      timings: { serverStartMs, browserStartMs, renderMs, writeMs },
      reportPath: opts.reportPath
    };
    const failed = result.failures.length > 0 && !opts.allowErrors;
    const linksFailed = brokenLinks.length > 0 && opts.failOnBrokenLinks;
    const written = !failed && !linksFailed;
    await report.close(reportSummary(result, written));
    for (const line of summary(result, written)) effects.log(line);
    for (const line of thirdPartySummary(thirdParty, tuning.thirdPartyTimeoutMs)) effects.log(line);
    if (adaptive) {
      const { http, browser } = adaptive.summary();
      effects.log(
        `Adaptive: ${http.length} template(s) switched to HTTP after ${agreements} matching renders, ${browser.length} kept in the browser (their scripts change the DOM).`
      );
    }
    if (!written) {
      const lines = failed ? result.failures.map((f) => `  ${f.path || "(refused)"} [${f.source}]: ${f.error}`) : brokenLinks.map((b) => `  ${b.from} \u2192 ${b.href}`);
      const what = failed ? failureCount(result) : `${brokenLinks.length} broken link(s)`;
      throw new ExportFailedError(
        `Export failed: ${what}; ${result.output} was left as it was.
${lines.join("\n")}`,
        result
      );
    }
    guard();
    await out.commit();
    return result;
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    await report.close().catch(() => void 0);
    await out.abort();
    await pool?.close();
    await fetcher?.close();
    await server?.close();
  }
}
function pageFetcher(server, origin, tuning, listed, httpSockets) {
  if (!server.handler || tuning.transport !== "in-process") return new HttpFetcher(origin, httpSockets);
  const local = new InProcessFetcher(server.handler, origin);
  const auto = tuning.renderThreads === "auto";
  const count = tuning.renderThreads === "auto" ? autoRenderThreads() : tuning.renderThreads;
  if (!server.threadConfig || count <= 0) return local;
  if (auto && listed !== null && listed < RENDER_THREADS_FROM) return local;
  const startAfter = auto && listed === null ? RENDER_THREADS_FROM : 0;
  return new ThreadedFetcher(local, { config: server.threadConfig, origin }, count, startAfter);
}
async function* withNotFoundPage(planned2) {
  yield* planned2;
  yield {
    path: NOT_FOUND_PATH,
    label: "404 page",
    source: "404 page",
    rules: { waitFor: null, timeoutMs: null, expectStatus: 404, output: "404.html" },
    always: true
  };
}
function thirdPartySummary(cache, timeoutMs) {
  const lines = [];
  if (cache.failed.size)
    lines.push(
      `Other origins that failed or gave no answer within ${timeoutMs} ms, refused for the rest of the export: ${[...cache.failed].join(", ")}`
    );
  if (cache.refused)
    lines.push(
      `${cache.refused} request(s) to other origins refused by --third-party ${cache.rule} (e.g. ${cache.refusedExamples.join(", ")})`
    );
  return lines;
}
function failureCount(r) {
  const assets = r.failures.length - r.failedPages;
  const parts = [];
  if (r.failedPages) parts.push(`${r.failedPages} of ${r.pages} page(s)`);
  if (assets) parts.push(`${assets} asset(s)`);
  return `${parts.join(" and ")} failed`;
}
function summary(r, written) {
  const secs = r.durationMs / 1e3;
  const rate = `${(r.pages / Math.max(secs, 1e-3)).toFixed(1)} pages/s`;
  const lines = [
    written ? `Exported ${r.pages} pages, ${r.files} files, ${formatBytes(r.bytes)} in ${secs.toFixed(1)} s (${rate}) to ${r.output}` : `Rendered ${r.pages} pages in ${secs.toFixed(1)} s (${rate}); nothing was written`
  ];
  if (r.failures.length) lines.push(failureCount(r) + (written ? " (allowed by --allow-errors)" : ""));
  if (r.brokenLinks.length) {
    lines.push(`${r.brokenLinks.length} broken link(s), e.g.:`);
    for (const b of r.brokenLinks.slice(0, 10)) lines.push(`  ${b.from} \u2192 ${b.href}`);
  }
  if (r.unexportedVariants)
    lines.push(
      `${r.unexportedVariants} link(s) to sort, filter, SQL or .json/.csv variants of pages were left out (a crawl follows plain paths and pagination; add more with --include or --path)`
    );
  if (r.slowest.length)
    lines.push(
      `Slowest: ${r.slowest.slice(0, 3).map((p) => `${p.path} ${p.ms} ms`).join(", ")}`
    );
  if (r.crawlStoppedAt !== null) lines.push(crawlStoppedMessage(r.crawlStoppedAt));
  return lines;
}
function reportSummary(r, written) {
  return {
    written,
    output: r.output,
    pages: r.pages,
    files: r.files,
    bytes: r.bytes,
    failedPages: r.failedPages,
    failedAssets: r.failures.length - r.failedPages,
    brokenLinks: r.brokenLinks.length,
    unexportedVariants: r.unexportedVariants,
    crawlStoppedAtMaxPages: r.crawlStoppedAt,
    ...r.crawlStoppedAt !== null ? { warning: crawlStoppedMessage(r.crawlStoppedAt) } : {}
  };
}

export {
  THIRD_PARTY_RULES,
  parseShard,
  RENDER_MODES,
  normaliseExportOptions,
  crawlStoppedMessage,
  exportSite
};
