import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  INTERACTION_SCRIPTS,
  createServer
} from "./chunk-X6CBF64O.js";

// src/export/render-in-process.ts
import { EventEmitter } from "node:events";

// src/export/render-http.ts
import http from "node:http";
import https from "node:https";
function textResponse(status, contentType, headers, text) {
  let bytes = null;
  return {
    status,
    contentType,
    headers,
    text,
    get body() {
      return bytes ??= Buffer.from(text, "utf8");
    }
  };
}
var HttpFetcher = class {
  agent;
  secure;
  constructor(origin, maxSockets) {
    this.secure = origin.startsWith("https:");
    const Agent = this.secure ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }
  /**
   * GETs an absolute URL; rejects on network errors or after `timeoutMs`. Redirects are not followed.
   * A reset on a reused keep-alive socket (the server closed it as we sent) is retried: GET is idempotent.
   */
  async get(url, timeoutMs) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.getOnce(url, timeoutMs);
      } catch (e) {
        const code = e.code;
        if (attempt >= 2 || !(code === "ECONNRESET" || code === "EPIPE" || /socket hang up/.test(String(e))))
          throw e;
      }
    }
  }
  getOnce(url, timeoutMs) {
    const mod = this.secure ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.get(
        url,
        { agent: this.agent, headers: { "user-agent": "datasette-export" } },
        (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on(
            "end",
            () => resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers["content-type"] ?? ""),
              headers: res.headers,
              body: Buffer.concat(chunks)
            })
          );
          res.on("error", reject);
        }
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
      req.on("error", reject);
    });
  }
  close() {
    this.agent.destroy();
  }
};
function isHtml(contentType) {
  return /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType);
}
var SCRIPT_TAG = /<script\b([^>]*)>/gi;
var ATTR = (name) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i");
var SRC = ATTR("src");
var TYPE = ATTR("type");
var RUNNABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/jscript|text\/livescript)$/i;
var INTERACTION_ENDS = INTERACTION_SCRIPTS.map((file) => `/-/static/${file}`);
var ASSIGNMENT = /^\s*(?:window\.)?[A-Za-z_$][\w$]*\s*=\s*([^\n]*?)\s*;?\s*$/;
function onlySetsValues(body) {
  return body.split("\n").filter((line) => line.trim()).every((line) => {
    const value = ASSIGNMENT.exec(line)?.[1];
    if (value === void 0) return false;
    try {
      JSON.parse(value);
      return true;
    } catch {
      return false;
    }
  });
}
function needsBrowser(html, pageUrl) {
  let origin = null;
  for (const match of html.matchAll(SCRIPT_TAG)) {
    const attrs = match[1];
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
    try {
      const url = new URL((src[1] ?? src[2] ?? src[3] ?? "").trim(), pageUrl);
      if (url.origin === origin && !INTERACTION_ENDS.some((end) => url.pathname.endsWith(end))) return true;
    } catch {
    }
  }
  return false;
}
function detectsFraming(html, headers) {
  if (headers["x-frame-options"]) return true;
  if (/frame-ancestors/i.test(String(headers["content-security-policy"] ?? ""))) return true;
  return /\b(window\.top|window\.parent|self\s*!==?\s*top|top\s*!==?\s*self|frameElement|window\.opener)\b/.test(
    html
  );
}

// src/export/render-in-process.ts
var SOCKET = Object.freeze({
  remoteAddress: "127.0.0.1",
  encrypted: false,
  readable: true,
  writable: true
});
var InProcessRequest = class extends EventEmitter {
  constructor(url, headers) {
    super();
    this.url = url;
    this.headers = headers;
  }
  url;
  headers;
  method = "GET";
  httpVersion = "1.1";
  httpVersionMajor = 1;
  httpVersionMinor = 1;
  complete = true;
  readable = false;
  socket = SOCKET;
};
var InProcessResponse = class extends EventEmitter {
  statusCode = 200;
  statusMessage = "";
  headersSent = false;
  socket = null;
  writableEnded = false;
  writableFinished = false;
  writableNeedDrain = false;
  destroyed = false;
  headerMap = /* @__PURE__ */ new Map();
  chunks = [];
  /** The body while it is one UTF-8 string (Koa ends a string body with one end(string)). */
  text = null;
  get finished() {
    return this.writableEnded;
  }
  get writable() {
    return !this.writableEnded && !this.destroyed;
  }
  setHeader(name, value) {
    this.headerMap.set(name.toLowerCase(), typeof value === "object" ? [...value] : value);
    return this;
  }
  getHeader(name) {
    return this.headerMap.get(name.toLowerCase());
  }
  getHeaders() {
    return Object.fromEntries(this.headerMap);
  }
  getHeaderNames() {
    return [...this.headerMap.keys()];
  }
  hasHeader(name) {
    return this.headerMap.has(name.toLowerCase());
  }
  removeHeader(name) {
    this.headerMap.delete(name.toLowerCase());
  }
  writeHead(status, ...rest) {
    this.statusCode = status;
    const headers = rest.find((r) => typeof r === "object" && r !== null);
    for (const [k, v] of Object.entries(headers ?? {})) if (v !== void 0) this.setHeader(k, v);
    this.headersSent = true;
    return this;
  }
  flushHeaders() {
    this.headersSent = true;
  }
  write(chunk, encoding, callback) {
    if (this.writableEnded || this.destroyed) {
      const cb2 = typeof encoding === "function" ? encoding : callback;
      const error = new Error("write after end");
      if (cb2) process.nextTick(cb2, error);
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
        typeof chunk === "string" ? Buffer.from(chunk, enc) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      );
    }
    const cb = typeof encoding === "function" ? encoding : callback;
    if (cb) process.nextTick(cb, null);
    return true;
  }
  end(chunk, encoding, callback) {
    if (typeof chunk === "function") [callback, chunk] = [chunk, void 0];
    if (typeof encoding === "function") [callback, encoding] = [encoding, void 0];
    if (this.writableEnded || this.destroyed) return this;
    if (chunk !== void 0 && chunk !== null) this.write(chunk, encoding);
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
  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    process.nextTick(() => {
      if (error) this.emit("error", error);
      this.emit("close");
    });
    return this;
  }
  /** The response as the HTTP client would have read it (headers as Node lower-cases them). */
  toResponse() {
    const headers = {};
    for (const [k, v] of this.headerMap) headers[k] = Array.isArray(v) ? v.join(", ") : String(v);
    const status = this.statusCode;
    const contentType = String(headers["content-type"] ?? "");
    const text = this.text;
    if (text === null) {
      const body = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      return { status, contentType, headers, body };
    }
    return textResponse(status, contentType, headers, text);
  }
};
var InProcessFetcher = class {
  constructor(handler, origin) {
    this.handler = handler;
    this.host = new URL(origin).host;
  }
  handler;
  host;
  get(url, timeoutMs) {
    const u = new URL(url);
    const req = new InProcessRequest(u.pathname + u.search, {
      host: this.host,
      "user-agent": "datasette-export",
      connection: "keep-alive"
    });
    const res = new InProcessResponse();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`GET ${url} timed out after ${timeoutMs} ms`)),
        timeoutMs
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
        void this.handler(req, res);
      } catch (e) {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }
  close() {
  }
};

// src/export/boot-server.ts
import { randomBytes } from "node:crypto";
var PAGE = 2e3;
var PATH_SQL_TIME_LIMIT_MS = 12e4;
function exportServerConfig(config) {
  return { ...config, root: true, port: 0, host: "127.0.0.1", deterministic: true, inThreadReads: true };
}
function setupActorPlugin(key) {
  return {
    name: "datasette-export-setup-actor",
    builtIn: true,
    actorFromRequest: (ctx) => ctx.get("x-datasette-export-setup") === key ? { id: "root" } : null
  };
}
function threadSafe(config, plugins) {
  if (config.ephemeral || config.databases.some((d) => d.path === null)) return false;
  return !plugins.some((p) => !p.builtIn && p.startup);
}
async function bootServer(config) {
  const setupKey = randomBytes(24).toString("hex");
  const server = await createServer(exportServerConfig(config), [setupActorPlugin(setupKey)]);
  const url = await server.listen(0, "127.0.0.1");
  const { datasette } = server;
  const pick = (database) => {
    if (database) return datasette.getDatabase(database);
    if (config.crossdb && datasette.databases.has("_memory")) return datasette.getDatabase("_memory");
    const first = [...datasette.databases.values()].find((d) => d.name !== "_memory") ?? [...datasette.databases.values()][0];
    if (!first) throw new Error("There is no database to run the path SQL against");
    return first;
  };
  return {
    url,
    async runSql(sql, database) {
      const db = pick(database);
      const inner = sql.trim().replace(/;+\s*$/, "");
      const paged = (offset) => `select * from (
${inner}
) limit ${PAGE} offset ${offset}`;
      let first;
      try {
        first = await db.execute(paged(0), { maxRows: 0, timeLimitMs: PATH_SQL_TIME_LIMIT_MS });
      } catch (e) {
        await db.execute(inner, { maxRows: 1, timeLimitMs: PATH_SQL_TIME_LIMIT_MS });
        throw e;
      }
      async function* rows() {
        let page = first.rows;
        let offset = 0;
        while (page.length) {
          yield* page;
          if (page.length < PAGE) return;
          offset += PAGE;
          page = (await db.execute(paged(offset), { maxRows: 0, timeLimitMs: PATH_SQL_TIME_LIMIT_MS })).rows;
        }
      }
      return { columns: first.columns, rows: rows() };
    },
    async execSql(sql, database) {
      await pick(database).write((conn) => conn.exec(sql));
    },
    async request(path, init) {
      const response = await fetch(new URL(path.replace(/^\//, ""), url), {
        method: init.method ?? "GET",
        headers: { ...init.headers, "x-datasette-export-setup": setupKey },
        body: init.body
      });
      return { status: response.status, body: await response.text() };
    },
    // Pages that need no browser go through the same app without a socket (render-in-process.ts).
    handler: server.app.callback(),
    threadConfig: threadSafe(config, datasette.plugins) ? config : null,
    close: () => server.close()
  };
}

export {
  textResponse,
  HttpFetcher,
  isHtml,
  needsBrowser,
  detectsFraming,
  InProcessFetcher,
  exportServerConfig,
  setupActorPlugin,
  bootServer
};
