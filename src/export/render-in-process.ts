/**
 * In-process page fetches: the exporter hands the server's own request handler (Koa's `app.callback()`)
 * a minimal request and response, so a page that needs no browser costs no socket, no HTTP parser and
 * no client — yet it goes through the same middleware, views, respond.ts and error-page.ts as a
 * visitor's request. The bytes are the ones the HTTP path gets (a test compares whole exports).
 *
 * Only what Koa and its helpers read is implemented: the request's method, url, headers and socket
 * address; the response's status, headers and a body taken by write/end — enough for Stream.pipeline to
 * pipe a stream body (a CSV, a static file) into it, as it would into a socket. Both are plain event
 * emitters, not Node streams: a Readable and a Writable per page cost more than the JSON view itself
 * (their set-up, and V8 throwing away its optimised stream code when it met a third kind of Writable).
 */
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse, IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import { textResponse, type HttpResponse, type PageFetcher } from "./render-http.js";

/** A Node request handler, as `app.callback()` returns it. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

const SOCKET = Object.freeze({
  remoteAddress: "127.0.0.1",
  encrypted: false,
  readable: true,
  writable: true,
});

/** A GET with no body, from the loopback address, as the HTTP path's client sends it. */
class InProcessRequest extends EventEmitter {
  readonly method = "GET";
  readonly httpVersion = "1.1";
  readonly httpVersionMajor = 1;
  readonly httpVersionMinor = 1;
  readonly complete = true;
  readonly readable = false;
  readonly socket = SOCKET;

  constructor(
    readonly url: string,
    readonly headers: IncomingHttpHeaders,
  ) {
    super();
  }
}

type Callback = (error?: Error | null) => void;

/**
 * Collects status, headers and body. Like a ServerResponse it emits "finish" and then "close" on the
 * next tick after end() (on-finished, Koa's, and clientGone listen), and "error" then "close" when
 * destroyed with an error (a failed stream body).
 */
class InProcessResponse extends EventEmitter {
  statusCode = 200;
  statusMessage = "";
  headersSent = false;
  readonly socket = null;
  writableEnded = false;
  writableFinished = false;
  readonly writableNeedDrain = false;
  destroyed = false;
  private readonly headerMap = new Map<string, number | string | string[]>();
  private readonly chunks: Buffer[] = [];
  /** The body while it is one UTF-8 string (Koa ends a string body with one end(string)). */
  private text: string | null = null;

  get finished(): boolean {
    return this.writableEnded;
  }
  get writable(): boolean {
    return !this.writableEnded && !this.destroyed;
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

  write(chunk: string | Uint8Array, encoding?: BufferEncoding | Callback, callback?: Callback): boolean {
    if (this.writableEnded || this.destroyed) {
      const cb = typeof encoding === "function" ? encoding : callback;
      const error = new Error("write after end");
      if (cb) process.nextTick(cb, error);
      return false;
    }
    this.headersSent = true;
    const enc = typeof encoding === "string" ? encoding : "utf8";
    if (typeof chunk === "string" && enc === "utf8" && this.text === null && !this.chunks.length)
      this.text = chunk;
    else {
      if (this.text !== null) this.chunks.push(Buffer.from(this.text, "utf8"));
      this.text = null;
      this.chunks.push(
        typeof chunk === "string"
          ? Buffer.from(chunk, enc)
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
      );
    }
    const cb = typeof encoding === "function" ? encoding : callback;
    if (cb) process.nextTick(cb, null);
    return true;
  }

  end(
    chunk?: string | Uint8Array | Callback,
    encoding?: BufferEncoding | Callback,
    callback?: Callback,
  ): this {
    if (typeof chunk === "function") [callback, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
    if (this.writableEnded || this.destroyed) return this;
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.headersSent = true;
    this.writableEnded = true;
    process.nextTick(() => {
      this.writableFinished = true;
      this.emit("finish");
      callback?.();
      this.emit("close");
    });
    return this;
  }

  destroy(error?: Error | null): this {
    if (this.destroyed) return this;
    this.destroyed = true;
    process.nextTick(() => {
      if (error) this.emit("error", error);
      this.emit("close");
    });
    return this;
  }

  /** The response as the HTTP client would have read it (headers as Node lower-cases them). */
  toResponse(): HttpResponse {
    const headers: IncomingHttpHeaders = {};
    // forEach rather than for…of: no [key, value] pair and iterator result per header of every page.
    this.headerMap.forEach((v, k) => (headers[k] = Array.isArray(v) ? v.join(", ") : String(v)));
    const status = this.statusCode;
    const contentType = String(headers["content-type"] ?? "");
    const text = this.text;
    if (text === null) {
      const body = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      return { status, contentType, headers, body };
    }
    return textResponse(status, contentType, headers, text);
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
