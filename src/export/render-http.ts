/**
 * Plain HTTP fetches: every non-HTML file, every HTML page that needs no JavaScript, and every asset.
 * node:http with a keep-alive agent: measured ~2× the requests/s of global fetch on the same server.
 */
import http from "node:http";
import https from "node:https";

export interface HttpResponse {
  status: number;
  contentType: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export class HttpFetcher {
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

/** Auto mode's rule: an HTML page with no <script> element gains nothing from a browser. */
export function needsBrowser(html: string): boolean {
  return /<script[\s>]/i.test(html);
}

/** Pages that look at their own framing must be rendered top-level, not in an iframe. */
export function detectsFraming(html: string, headers: http.IncomingHttpHeaders): boolean {
  if (headers["x-frame-options"]) return true;
  if (/frame-ancestors/i.test(String(headers["content-security-policy"] ?? ""))) return true;
  return /\b(window\.top|window\.parent|self\s*!==?\s*top|top\s*!==?\s*self|frameElement|window\.opener)\b/.test(
    html,
  );
}
