/**
 * What a page rendered in Chromium may load from other origins (`--third-party`, default "scripts").
 *
 * The rule: a page's own scripts may need a library from a CDN (a chart, a map), so scripts and
 * stylesheets from other origins are fetched — by the exporter, once per export, with a time limit,
 * and kept in memory for every later page. Everything else a page asks of another origin (beacons,
 * fetch/XHR, pixels, frames, fonts) is refused, and so is any request that is not a GET: an export
 * must not count as a visit in the site's analytics, whose events are such requests. A host that
 * fails or runs out of time is refused for the rest of the export, so an unreachable host costs its
 * time limit once, not once per page; the page then renders as it would with that script blocked,
 * and a missing third-party file never fails the export by itself.
 *
 * "none" refuses every request to another origin; "all" fetches every GET (once, cached) whatever its
 * type — a site whose own scripts fetch JSON from another origin needs it.
 */
export type ThirdPartyRule = "scripts" | "none" | "all";
export const THIRD_PARTY_RULES: ThirdPartyRule[] = ["scripts", "none", "all"];

/** Time limit of one third-party fetch (default 5,000 ms), paid at most once per URL per export. */
export const THIRD_PARTY_TIMEOUT_MS = 5_000;

/** The part of a Playwright route this module uses, so it can be tested without a browser. */
export interface ThirdPartyRoute {
  request(): { url(): string; method(): string; resourceType(): string };
  fulfill(response: { status: number; headers: Record<string, string>; body: Buffer }): Promise<void>;
  abort(errorCode?: string): Promise<void>;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Requests a script makes and waits on (fetch, XHR, sendBeacon, EventSource): a refused one is answered
 * with an empty 204 rather than a network error, which would reject the script's promise and reach the
 * page as an uncaught "Failed to fetch" — a page error that would fail the page for an analytics tag.
 */
const AWAITED_BY_SCRIPTS = new Set(["fetch", "xhr", "ping", "eventsource"]);
const NO_CONTENT: Answer = { status: 204, headers: {}, body: Buffer.alloc(0) };

/** Headers that described the bytes on the wire; the cached body is already decoded. */
const WIRE_HEADERS = new Set(["content-encoding", "content-length", "transfer-encoding", "connection"]);

export class ThirdPartyCache {
  private readonly answers = new Map<string, Promise<Answer | null>>();
  /** Requests refused by the rule, the first few of them, and origins that failed: for the summary. */
  refused = 0;
  readonly refusedExamples: string[] = [];
  readonly failed = new Set<string>();

  constructor(
    readonly rule: ThirdPartyRule,
    private readonly timeoutMs = THIRD_PARTY_TIMEOUT_MS,
  ) {}

  /** Whether a request of this method and Playwright resource type may leave at all. */
  allows(method: string, resourceType: string): boolean {
    if (this.rule === "none" || method !== "GET") return false;
    return this.rule === "all" || resourceType === "script" || resourceType === "stylesheet";
  }

  /** Answers one request a rendered page made to another origin. */
  async handle(route: ThirdPartyRoute): Promise<void> {
    const request = route.request();
    const url = request.url();
    if (!this.allows(request.method(), request.resourceType())) {
      if (this.refused++ < 3) this.refusedExamples.push(`${request.method()} ${url}`);
      if (AWAITED_BY_SCRIPTS.has(request.resourceType()))
        return route.fulfill(NO_CONTENT).catch(() => undefined);
      return route.abort("blockedbyclient").catch(() => undefined);
    }
    const answer = await this.get(url);
    if (!answer) return route.abort("failed").catch(() => undefined);
    return route.fulfill(answer).catch(() => undefined);
  }

  /** One fetch per URL per export; null when it or an earlier fetch from its origin failed or timed out. */
  get(url: string): Promise<Answer | null> {
    const origin = new URL(url).origin;
    if (this.failed.has(origin)) return Promise.resolve(null);
    let answer = this.answers.get(url);
    if (!answer) {
      answer = this.fetchOnce(url);
      this.answers.set(url, answer);
    }
    return answer;
  }

  private async fetchOnce(url: string): Promise<Answer | null> {
    try {
      const res = await fetch(url, {
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: { "user-agent": "datasette-export" },
      });
      const body = Buffer.from(await res.arrayBuffer());
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        if (!WIRE_HEADERS.has(name)) headers[name] = value;
      });
      return { status: res.status, headers, body };
    } catch {
      this.failed.add(new URL(url).origin);
      return null;
    }
  }
}
