/**
 * Plain HTTP fetches: every non-HTML file, every HTML page that needs no JavaScript, and every asset.
 * node:http with a keep-alive agent: measured ~2× the requests/s of global fetch on the same server.
 */
import http from "node:http";
import https from "node:https";
import { INTERACTION_SCRIPTS } from "../server/static-files.js";

export interface HttpResponse {
  status: number;
  contentType: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /**
   * The body as text, when the app answered with one string (in process): an HTML page is rewritten as
   * text and JSON written as it is, so neither pays for encoding it to bytes and decoding them again.
   */
  text?: string;
}

/** A response whose body is text: its bytes are made only if asked for. */
export function textResponse(
  status: number,
  contentType: string,
  headers: http.IncomingHttpHeaders,
  text: string,
): HttpResponse {
  let bytes: Buffer | null = null;
  return {
    status,
    contentType,
    headers,
    text,
    get body() {
      return (bytes ??= Buffer.from(text, "utf8"));
    },
  };
}

/** How the pipeline gets a same-origin URL: over HTTP (HttpFetcher) or in process (InProcessFetcher). */
export interface PageFetcher {
  /** GETs an absolute URL; rejects on errors or after `timeoutMs`. Redirects are not followed. */
  get(url: string, timeoutMs: number): Promise<HttpResponse>;
  close(): void | Promise<void>;
}

export class HttpFetcher implements PageFetcher {
  private readonly agent: http.Agent;
  private readonly secure: boolean;

  constructor(origin: string, maxSockets: number) {
    this.secure = origin.startsWith("https:");
    const Agent = this.secure ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /**
   * GETs an absolute URL; rejects on network errors or after `timeoutMs`. Redirects are not followed.
   * A reset on a reused keep-alive socket (the server closed it as we sent) is retried: GET is idempotent.
   */
  async get(url: string, timeoutMs: number): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.getOnce(url, timeoutMs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (attempt >= 2 || !(code === "ECONNRESET" || code === "EPIPE" || /socket hang up/.test(String(e))))
          throw e;
      }
    }
  }

  private getOnce(url: string, timeoutMs: number): Promise<HttpResponse> {
    const mod = this.secure ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.get(
        url,
        { agent: this.agent, headers: { "user-agent": "datasette-export" } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers["content-type"] ?? ""),
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on("error", reject);
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
      req.on("error", reject);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export function isHtml(contentType: string): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType);
}

const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i");
const SRC = ATTR("src");
const TYPE = ATTR("type");
/** Script types a browser runs; anything else (JSON, ld+json, templates, importmap) is data. */
const RUNNABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/jscript|text\/livescript)$/i;

/** The default pages' interaction scripts, as the path ends they are served at (`/-/static/menus.js`). */
const INTERACTION_ENDS = INTERACTION_SCRIPTS.map((file) => `/-/static/${file}`);

/** `name = <JSON>` or `window.name = <JSON>`, one a line: how the default pages hand data to their scripts. */
const ASSIGNMENT = /^\s*(?:window\.)?[A-Za-z_$][\w$]*\s*=\s*([^\n]*?)\s*;?\s*$/;

/** An inline script that only sets globals to literal values (or is empty): it cannot change the page by itself. */
function onlySetsValues(body: string): boolean {
  return body
    .split("\n")
    .filter((line) => line.trim())
    .every((line) => {
      const value = ASSIGNMENT.exec(line)?.[1];
      if (value === undefined) return false;
      try {
        JSON.parse(value);
        return true;
      } catch {
        return false;
      }
    });
}

/**
 * Auto mode's rule: an HTML page goes through the browser only when a script of its own can change it —
 * an inline script, or a script file from the page's own origin. Not counted: scripts of other origins
 * (an analytics or widget tag: none can change what a site exports, and waiting for one could stall the
 * export; the tags stay in the page), the default pages' interaction scripts (INTERACTION_SCRIPTS: they
 * run again for the visitor), and inline scripts that only set globals to literal values (the data those
 * scripts read). The rest — a site's or plugin's own script, the ephemeral countdown — is rendered.
 */
export function needsBrowser(html: string, pageUrl: string): boolean {
  let origin: string | null = null;
  // exec rather than matchAll: no iterator result per script tag of every page.
  SCRIPT_TAG.lastIndex = 0;
  for (let match = SCRIPT_TAG.exec(html); match !== null; match = SCRIPT_TAG.exec(html)) {
    const attrs = match[1]!;
    const type = TYPE.exec(attrs);
    if (type && !RUNNABLE.test((type[1] ?? type[2] ?? type[3] ?? "").trim())) continue;
    const src = SRC.exec(attrs);
    if (!src) {
      const start = match.index + match[0].length;
      const end = html.indexOf("</script", start);
      if (!onlySetsValues(html.slice(start, end < 0 ? html.length : end))) return true;
      continue;
    }
    origin ??= new URL(pageUrl).origin;
    const href = (src[1] ?? src[2] ?? src[3] ?? "").trim();
    const interaction = rootScriptIsInteraction(href, origin);
    if (interaction !== null) {
      if (!interaction) return true;
      continue;
    }
    try {
      const url = new URL(href, pageUrl);
      if (url.origin === origin && !INTERACTION_ENDS.some((end) => url.pathname.endsWith(end))) return true;
    } catch {
      // An unparsable src loads nothing.
    }
  }
  return false;
}

/** The answers of rootScriptIsInteraction, by src: a site's pages load the same few scripts. */
const interactionBySrc = new Map<string, boolean>();
const MAX_INTERACTION_ANSWERS = 1_024;

/**
 * For a root-absolute src ("/x", not "//host" nor "/\\host", which name a host) on an http(s) page
 * (`origin`): whether it is one of the interaction scripts. Such a src always loads from the page's
 * origin and its path does not depend on the page's, so the answer is kept by src: resolving every
 * script of every page with new URL() was most of what this check allocated. Null for any other src,
 * which is resolved every time.
 */
function rootScriptIsInteraction(src: string, origin: string): boolean | null {
  if (src.charCodeAt(0) !== 0x2f || !(origin.startsWith("http://") || origin.startsWith("https://")))
    return null;
  // The URL parser drops tabs and newlines anywhere, so "/\t/host" is "//host".
  const second = src.charCodeAt(1);
  if (second === 0x2f || second === 0x5c || second === 0x09 || second === 0x0a || second === 0x0d)
    return null;
  let answer = interactionBySrc.get(src);
  if (answer === undefined) {
    const pathname = new URL(src, origin).pathname;
    answer = INTERACTION_ENDS.some((end) => pathname.endsWith(end));
    if (interactionBySrc.size >= MAX_INTERACTION_ANSWERS) interactionBySrc.clear();
    interactionBySrc.set(src, answer);
  }
  return answer;
}

/** Pages that look at their own framing must be rendered top-level, not in an iframe. */
export function detectsFraming(html: string, headers: http.IncomingHttpHeaders): boolean {
  if (headers["x-frame-options"]) return true;
  if (/frame-ancestors/i.test(String(headers["content-security-policy"] ?? ""))) return true;
  return /\b(window\.top|window\.parent|self\s*!==?\s*top|top\s*!==?\s*self|frameElement|window\.opener)\b/.test(
    html,
  );
}
