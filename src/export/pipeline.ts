/**
 * The work queue of one export: planned pages (streamed), crawled pages and assets, processed by a
 * fixed set of workers so memory stays bounded. Each page is fetched over HTTP first (cheap); HTML
 * that needs JavaScript goes on to the browser pool; links are rewritten to written file names.
 */
import { fileForPath, hrefForFile, checkSitePath, folderOf, folderOfPath, relativeHref } from "./paths.js";
import { baseHref, globMatcher, rewriteCss, scanHtml, toSitePath } from "./links.js";
import { isHtml, needsBrowser, detectsFraming, type PageFetcher } from "./render-http.js";
import { isStaticAssetUrl, type BrowserPool } from "./render-browser.js";
import type { StagedOutput } from "./write.js";
import type { ReportCollector } from "./report.js";
import type { Progress } from "./progress.js";
import { inShard } from "./shard.js";
import { NO_RULES, type PlannedPage } from "./plan.js";
import { templateKey, type AdaptiveChoice, type AdaptiveRouter } from "./adaptive.js";
import { sitemapUrl } from "./sitemap.js";
import { RecentKeys, type Ledger } from "./ledger.js";
import type { ExportOptions, PageReport } from "./types.js";

interface AssetJob {
  url: string;
  file: string;
  from: string;
}

export interface PipelineDeps {
  opts: ExportOptions;
  origin: string;
  basePath: string;
  /** Same-origin pages and files: in process when the server offers its handler, else over HTTP. */
  fetcher: PageFetcher;
  /** Created on first use, so an export that needs no JavaScript never starts Chromium. */
  pool: () => Promise<BrowserPool>;
  out: StagedOutput;
  report: ReportCollector;
  progress: Progress;
  /** Present in adaptive mode: decides per template whether a scripted page needs the browser. */
  adaptive: AdaptiveRouter | null;
}

/**
 * What the pipeline remembers per page lives in the output's ledger (ledger.ts), not in memory: the
 * paths and asset files queued ("p:" and "a:" keys), each link target with the first page linking to
 * it (for the broken-link check), and the sitemap's URLs (only with --site-url).
 */
export class Pipeline {
  renderMs = 0;
  hitMaxPages = false;
  private readonly ledger: Ledger;
  private readonly pages: PlannedPage[] = [];
  private readonly assets: AssetJob[] = [];
  /** Pages that will be rendered (and ticked): dedupe, shard and maxPages already applied. */
  private accepted = 0;
  /** Pages in the site so far, listed or crawled: a crawl adds pages only while this is below maxPages. */
  private pagesInSite = 0;
  private active = 0;
  private sourceDone = false;
  private wake: (() => void)[] = [];
  private readonly recentAssets = new RecentKeys();
  private readonly include: ((p: string) => boolean) | null;
  private readonly exclude: ((p: string) => boolean) | null;

  constructor(private readonly d: PipelineDeps) {
    this.ledger = d.out.ledger;
    this.include = globMatcher(d.opts.include);
    this.exclude = globMatcher(d.opts.exclude);
  }

  /** Runs until every planned, crawled and asset job is done. */
  async run(source: AsyncIterator<PlannedPage>, workers: number): Promise<void> {
    let pulling: Promise<void> | null = null;
    const next = async (): Promise<{ page?: PlannedPage; asset?: AssetJob } | null> => {
      for (;;) {
        const asset = this.assets.shift();
        if (asset) return { asset };
        const page = this.pages.shift();
        if (page) return { page };
        // A full disk ends the export: no new page is started.
        if (this.d.out.failure) return null;
        if (!this.sourceDone) {
          // One worker pulls the source at a time, a batch of pages into the queue; the others wait for
          // that batch, then take from it. Pulling one page per turn woke every waiting worker for each
          // page (~60 wake-ups a page at 128 in flight: a fifth of the exporter's own time).
          if (pulling) {
            await pulling.catch(() => undefined);
            continue;
          }
          pulling = this.pull(source, workers).finally(() => (pulling = null));
          await pulling;
          continue;
        }
        if (this.active === 0) return null;
        await new Promise<void>((resolve) => this.wake.push(resolve));
      }
    };
    const worker = async () => {
      for (let job = await next(); job; job = await next()) {
        this.active++;
        try {
          if (job.asset) await this.processAsset(job.asset);
          else await this.processPage(job.page!);
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
  private async pull(source: AsyncIterator<PlannedPage>, count: number): Promise<void> {
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

  private notify(): void {
    for (const w of this.wake.splice(0)) w();
  }

  /**
   * Dedupes pages and bounds what a crawl adds; listed pages, redirect targets and the 404 page are
   * never dropped. Refused paths pass through so they are reported.
   */
  private accept(page: PlannedPage): boolean {
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

  private enqueuePage(page: PlannedPage): void {
    if (this.accept(page)) {
      this.pages.push(page);
      this.notify();
    }
  }

  private enqueueAsset(url: string, file: string, from: string): void {
    if (!this.ledger.see("a:" + file)) return;
    this.assets.push({ url, file, from });
    this.notify();
  }

  private urlFor(sitePath: string): string {
    return this.d.origin + this.d.basePath + sitePath.slice(1);
  }

  private async processPage(page: PlannedPage): Promise<void> {
    const { opts } = this.d;
    const started = Date.now();
    const report: PageReport = {
      path: page.label ?? page.path,
      file: null,
      status: 0,
      bytes: 0,
      ms: 0,
      renderer: "http",
      retries: 0,
      consoleErrors: [],
      source: page.source,
    };
    const ours = inShard(page.path, opts.shard);
    // Another shard's page is still fetched when crawling, to find the links it leads to.
    if (!ours && !opts.crawl) return;
    try {
      if (page.error) throw new Error(page.error);
      const url = this.urlFor(page.path);
      const timeoutMs = page.rules.timeoutMs ?? opts.timeoutMs;
      const res = await this.d.fetcher.get(url, timeoutMs);
      report.status = res.status;
      const problems: string[] = [];
      const expected = page.rules.expectStatus;
      if (expected !== null ? res.status !== expected : res.status >= 400) {
        problems.push(`HTTP ${res.status}${expected !== null ? ` (expected ${expected})` : ""}`);
      }
      const file = page.rules.output ?? fileForPath(page.path, opts);
      let body: string | Buffer = res.text ?? res.body;
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
            iframeOk: !detectsFraming(html, res.headers),
          });
          if (choice.use === "compare") {
            // Over HTTP only the files the HTML names are exported, so a script that loads anything else
            // (a JSON fetch) needs the browser even if it leaves the DOM alone. A failed parse counts as
            // a difference too: the template stays in the browser, which is always right.
            // Named means in the markup: an inline script's text naming a URL does not get it exported.
            const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, "$1$2");
            const named = r.requested.every(
              (u) => u === url || isStaticAssetUrl(u) || markup.includes(new URL(u).pathname),
            );
            const same =
              named &&
              (await pool.parseStatic(html).then(
                (s) => s === r.html,
                () => false,
              ));
            this.d.adaptive!.record(choice.key, same);
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
  private renderChoice(
    html: string,
    url: string,
    sitePath: string,
    waitFor: string | null,
  ): { use: AdaptiveChoice; key: string } {
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
  private processHtml(html: string, pageUrl: string, fromPath: string, file: string, ours: boolean): string {
    const { opts, origin, basePath } = this.d;
    const base = baseHref(html);
    let docUrl = pageUrl;
    let fromFolder: string | null = folderOf(file);
    if (base !== null) {
      const baseSite = toSitePath(base, pageUrl, origin, basePath);
      docUrl = URL.canParse(base, pageUrl) ? new URL(base, pageUrl).href : pageUrl;
      // A base on another site: URLs written relative would resolve there, so they stay as they are.
      fromFolder = baseSite === null ? null : folderOfPath(baseSite);
    }
    const relative = ours && !opts.absoluteLinks && fromFolder !== null;
    const to = (target: string) => relativeHref(fromFolder!, target);
    return scanHtml(html, (ref) => {
      if (ref.kind === "base") return relative ? relativeHref(folderOf(file), fromFolder!) : undefined;
      // A fragment of this very document works as it is, wherever the file is.
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
        // Written under its path; the query stays (a static host ignores it, a cache keys on it).
        return to(assetFile) + (q === -1 ? "" : sitePath.slice(q)) + hash;
      }
      let safe: string;
      try {
        safe = checkSitePath(sitePath, `a link on ${fromPath}`);
      } catch {
        return; // an unsafe link is neither followed nor rewritten
      }
      const target = fileForPath(safe, opts);
      // A form's action is submitted to, not a page to crawl or to check: only its address is rewritten.
      if (ref.kind === "form") return relative ? to(target) + hash : undefined;
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
  private processCss(body: Buffer, cssUrl: string, file: string, from: string): Buffer {
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
      return (
        relativeHref(folderOf(file), fileForPath(pathname, opts)) + (q === -1 ? "" : sitePath.slice(q)) + hash
      );
    });
    return rewritten === css ? body : Buffer.from(rewritten, "utf8");
  }

  /**
   * A static host cannot answer with a redirect, so a page the server redirects is written as an HTML
   * page that forwards to the target's written file; the target is exported too.
   */
  private redirectPage(location: string, url: string, fromPath: string, file: string, ours: boolean): string {
    let href = new URL(location, url).href;
    const sitePath = toSitePath(location, url, this.d.origin, this.d.basePath);
    if (sitePath !== null) {
      try {
        const safe = checkSitePath(sitePath, `a redirect from ${fromPath}`);
        this.enqueuePage({ path: safe, source: `redirect from ${fromPath}`, rules: NO_RULES, always: true });
        const target = fileForPath(safe, this.d.opts);
        if (ours) this.ledger.link(target, fromPath);
        href = this.d.opts.absoluteLinks
          ? hrefForFile(target, this.d.basePath)
          : relativeHref(folderOf(file), target);
      } catch {
        // An unsafe target is not followed; the page still forwards to the server's URL.
      }
    }
    const attr = href.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${attr}"><link rel="canonical" href="${attr}"></head><body><a href="${attr}">Moved here</a></body></html>\n`;
  }

  /**
   * A crawl follows plain paths and pagination (a query of only `_next`/`_size`); other query strings
   * (facet toggles, filters, SQL) multiply without end, so they are followed only when an --include glob
   * names them.
   */
  private crawlable(sitePath: string): boolean {
    if (!this.wanted(sitePath)) return false;
    const query = sitePath.includes("?") ? sitePath.slice(sitePath.indexOf("?") + 1) : "";
    if (!query) return true;
    const names = [...new URLSearchParams(query).keys()];
    if (names.every((name) => name === "_next" || name === "_size")) return true;
    return this.include !== null && this.include(sitePath);
  }

  private wanted(sitePath: string): boolean {
    if (this.include && !this.include(sitePath)) return false;
    if (this.exclude?.(sitePath)) return false;
    return true;
  }

  /** Queues a same-origin URL a page loads; it is written under its path, its query ignored as static hosts do. */
  private discoverAsset(url: string, from: string): void {
    // Every page loads the same stylesheet and scripts. A URL met before was queued (the ledger would
    // refuse it now), refused, or found to be a page of its own (still one): the same answer again, for
    // which each page paid a ledger query per asset (~4 a page).
    if (this.recentAssets.has(url)) return;
    this.recentAssets.add(url);
    const sitePath = toSitePath(url, url, this.d.origin, this.d.basePath);
    if (sitePath === null) return;
    const pathname = sitePath.split("?")[0]!;
    let safe: string;
    try {
      safe = checkSitePath(pathname, `an asset of ${from}`);
    } catch {
      return;
    }
    if (this.ledger.hasSeen("p:" + sitePath)) return; // already a page of its own
    this.enqueueAsset(url, fileForPath(safe, this.d.opts), from);
  }

  private async processAsset(job: AssetJob): Promise<void> {
    const started = Date.now();
    const report: PageReport = {
      path: new URL(job.url).pathname,
      file: job.file,
      status: 0,
      bytes: 0,
      ms: 0,
      renderer: "http",
      retries: 0,
      consoleErrors: [],
      source: `asset of ${job.from}`,
    };
    try {
      const res = await this.d.fetcher.get(job.url, this.d.opts.timeoutMs);
      report.status = res.status;
      if (res.status >= 400) throw new Error(`HTTP ${res.status} for ${job.url}, loaded by ${job.from}`);
      const body = /text\/css/i.test(res.contentType)
        ? this.processCss(res.body, job.url, job.file, job.from)
        : (res.text ?? res.body);
      report.bytes = typeof body === "string" ? Buffer.byteLength(body) : body.length;
      await this.d.out.write(job.file, body, "asset", true);
    } catch (e) {
      report.error = e instanceof Error ? e.message : String(e);
    } finally {
      report.ms = Date.now() - started;
      this.d.report.add(report, false);
    }
  }
}

function isSafe(sitePath: string): boolean {
  try {
    checkSitePath(sitePath, "a link");
    return true;
  } catch {
    return false;
  }
}
