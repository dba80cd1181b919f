/**
 * In-process page fetches: the exporter hands the server's own request handler (Koa's `app.callback()`)
 * a minimal request and response, so a page that needs no browser costs no socket, no HTTP parser and
 * no client — yet it goes through the same middleware, views, respond.ts and error-page.ts as a
 * visitor's request. The bytes are the ones the HTTP path gets (a test compares whole exports).
 *
 * Only what Koa and its helpers read is implemented: the request's method, url, headers and socket
 * address; the response's status, headers and a writable body (stream bodies are piped into it).
 */
import { Readable, Writable } from "node:stream";
import type { IncomingMessage, ServerResponse, IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import type { HttpResponse, PageFetcher } from "./render-http.js";

/** A Node request handler, as `app.callback()` returns it. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** A GET with no body, from the loopback address, as the HTTP path's client sends it. */
class InProcessRequest extends Readable {
  readonly method = "GET";
  readonly httpVersion = "1.1";
  readonly httpVersionMajor = 1;
  readonly httpVersionMinor = 1;
  readonly complete = true;
  readonly socket = { remoteAddress: "127.0.0.1", encrypted: false, readable: true, writable: true };

  constructor(
    readonly url: string,
    readonly headers: IncomingHttpHeaders,
  ) {
    super();
  }

  override _read(): void {
    this.push(null);
  }
}

/** Collects status, headers and body; `finished` tells on-finished (Koa's) when the body is done. */
class InProcessResponse extends Writable {
  statusCode = 200;
  statusMessage = "";
  headersSent = false;
  readonly socket = null;
  private readonly headerMap = new Map<string, number | string | string[]>();
  private readonly chunks: Buffer[] = [];

  get finished(): boolean {
    return this.writableEnded;
  }

  setHeader(name: string, value: number | string | readonly string[]): this {
    this.headerMap.set(name.toLowerCase(), typeof value === "object" ? [...value] : value);
    return this;
  }
  getHeader(name: string): number | string | string[] | undefined {
    return this.headerMap.get(name.toLowerCase());
  }
  getHeaders(): OutgoingHttpHeaders {
    return Object.fromEntries(this.headerMap);
  }
  getHeaderNames(): string[] {
    return [...this.headerMap.keys()];
  }
  hasHeader(name: string): boolean {
    return this.headerMap.has(name.toLowerCase());
  }
  removeHeader(name: string): void {
    this.headerMap.delete(name.toLowerCase());
  }
  writeHead(status: number, ...rest: unknown[]): this {
    this.statusCode = status;
    const headers = rest.find((r) => typeof r === "object" && r !== null) as OutgoingHttpHeaders | undefined;
    for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) this.setHeader(k, v);
    this.headersSent = true;
    return this;
  }
  flushHeaders(): void {
    this.headersSent = true;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.headersSent = true;
    this.chunks.push(chunk);
    callback();
  }

  /** The response as the HTTP client would have read it (headers as Node lower-cases them). */
  toResponse(): HttpResponse {
    const headers: IncomingHttpHeaders = {};
    for (const [k, v] of this.headerMap) headers[k] = Array.isArray(v) ? v.join(", ") : String(v);
    return {
      status: this.statusCode,
      contentType: String(headers["content-type"] ?? ""),
      headers,
      body: this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks),
    };
  }
}

/**
 * Fetches same-origin URLs by calling `handler` directly. `host` is the Host header the HTTP path
 * would send (the booted server's host:port), so pages that print their own URL come out the same.
 */
export class InProcessFetcher implements PageFetcher {
  private readonly host: string;

  constructor(
    private readonly handler: RequestHandler,
    origin: string,
  ) {
    this.host = new URL(origin).host;
  }

  get(url: string, timeoutMs: number): Promise<HttpResponse> {
    const u = new URL(url);
    const req = new InProcessRequest(u.pathname + u.search, {
      host: this.host,
      "user-agent": "datasette-export",
      connection: "keep-alive",
    });
    const res = new InProcessResponse();
    return new Promise<HttpResponse>((resolve, reject) => {
      // A view cannot be cancelled from here; the timeout only stops the export waiting for it.
      const timer = setTimeout(
        () => reject(new Error(`GET ${url} timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );
      res.once("finish", () => {
        clearTimeout(timer);
        resolve(res.toResponse());
      });
      res.once("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      try {
        void this.handler(req as unknown as IncomingMessage, res as unknown as ServerResponse);
      } catch (e) {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  close(): void {}
}
