/**
 * Render threads: worker threads that each boot the export's app (render-thread.ts) and render a share
 * of the pages that need no browser, while the main thread plans, rewrites links, writes files and
 * reports. A page is sent to the ready thread with the fewest pages in hand; until a thread is ready
 * (booting takes a few hundred ms) pages are rendered in the main thread as before, so threads never
 * delay an export's first pages. A thread that fails leaves its share to the others and the main thread.
 *
 * Each thread's app is the main thread's (same configuration, plugins and templates; reads in its own
 * thread on the same read-only files), so a page's bytes do not depend on where it was rendered — a test
 * compares whole exports.
 */
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { IncomingHttpHeaders } from "node:http";
import type { Config } from "../config/config.js";
import { textResponse, type HttpResponse, type PageFetcher } from "./render-http.js";

/**
 * Listed pages from which "auto" starts render threads (a crawl: after this many pages). A thread costs
 * ~1–2 s of CPU on a 2-core VM before it pays anything back: a second copy of the module graph, the
 * app's boot, V8 optimising the same code again, a message each way per page. Measured at 5,000 row
 * pages on a quiet machine, one thread made both kinds slower (HTML 3.24 s against 2.68 s on the main
 * thread alone, JSON 1.52 against 1.28), so they stay for tens of thousands of pages.
 */
export const RENDER_THREADS_FROM = 20_000;

/**
 * How many threads "auto" starts: one per core the machine offers but one, which the main thread keeps
 * busy (link rewriting, writing files, the report). Measured on 2 cores: two threads beside the main
 * thread were slower than one.
 */
export function autoRenderThreads(): number {
  return os.availableParallelism() - 1;
}

/** What a thread is started with (workerData). */
export interface ThreadStart {
  config: Config;
  /** The origin page URLs are under; the Host header the HTTP path would send. */
  origin: string;
}

export type ThreadRequest = { type: "get"; id: number; url: string; timeoutMs: number } | { type: "close" };

export type ThreadReply =
  | { type: "ready" }
  | ({
      type: "page";
      id: number;
      status: number;
      contentType: string;
      headers: IncomingHttpHeaders;
    } & ({ body: Uint8Array } | { text: string }))
  | { type: "error"; id: number; message: string };

interface Pending {
  resolve: (response: HttpResponse) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  pending: Map<number, Pending>;
  /** Settles once the thread is ready or has failed. */
  booted: Promise<void>;
  exited: Promise<void>;
}

/** How long closing waits for a thread to close its app before stopping it outright. */
const CLOSE_WAIT_MS = 5_000;

const here = fileURLToPath(import.meta.url);
// The sibling file with our own extension: render-thread.ts under tsx/vitest, render-thread.js in dist/.
const THREAD_FILE = path.join(path.dirname(here), "render-thread" + path.extname(here));

/** Starts the thread file; from source, through tsx's loader registered inside the thread. */
function startWorker(data: ThreadStart): Worker {
  if (path.extname(THREAD_FILE) !== ".ts") return new Worker(THREAD_FILE, { workerData: data });
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(path.join(tsxRoot, "dist/esm/api/index.mjs")).href;
  const code =
    `import(${JSON.stringify(api)}).then(({ register }) => { register(); ` +
    `return import(${JSON.stringify(pathToFileURL(THREAD_FILE).href)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

export class ThreadedFetcher implements PageFetcher {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private requests = 0;
  private closing = false;
  /** Why threads stopped or could not start, for the export's summary. */
  readonly failures: string[] = [];

  /** Pages in hand in this thread. */
  private localPending = 0;

  /**
   * `local` renders in this thread: until a thread is ready, then beside the threads (a page goes where
   * the fewest are in hand), and alone when none is left. `count` threads start once `startAfter` pages
   * were asked for (0: at once): an export that turns out small (a crawl of a few pages) then never pays
   * for them.
   */
  constructor(
    private readonly local: PageFetcher,
    private readonly start: ThreadStart,
    private readonly count: number,
    private readonly startAfter = 0,
  ) {
    if (startAfter <= 0) this.startThreads();
  }

  private startThreads(): void {
    for (let i = 0; i < this.count; i++) this.threads.push(this.startThread());
  }

  private async getLocal(url: string, timeoutMs: number): Promise<HttpResponse> {
    this.localPending++;
    try {
      return await this.local.get(url, timeoutMs);
    } finally {
      this.localPending--;
    }
  }

  /** Threads that have booted and are answering. */
  get readyThreads(): number {
    return this.threads.filter((t) => t.ready && !t.dead).length;
  }

  /** Resolves once every started thread is ready or has failed (an export never waits for this). */
  async ready(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.booted));
  }

  private startThread(): Thread {
    const worker = startWorker(this.start);
    let exit: () => void;
    let booted: () => void;
    const thread: Thread = {
      worker,
      ready: false,
      dead: false,
      pending: new Map(),
      booted: new Promise<void>((resolve) => (booted = resolve)),
      exited: new Promise<void>((resolve) => (exit = resolve)),
    };
    worker.on("message", (reply: ThreadReply) => {
      if (reply.type === "ready") {
        thread.ready = true;
        booted();
        return;
      }
      const job = thread.pending.get(reply.id);
      if (!job) return; // timed out already
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
          body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
        });
      }
    });
    const fail = (why: string) => {
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
    // An idle thread does not keep the process alive; one with pages in hand does (see get()).
    worker.unref();
    return thread;
  }

  get(url: string, timeoutMs: number): Promise<HttpResponse> {
    if (++this.requests === this.startAfter) this.startThreads();
    let thread: Thread | null = null;
    for (const t of this.threads)
      if (t.ready && !t.dead && (!thread || t.pending.size < thread.pending.size)) thread = t;
    // This thread renders too, as one more thread: it plans and writes for all, so it takes fewer.
    if (!thread || this.localPending < thread.pending.size) return this.getLocal(url, timeoutMs);
    const id = this.nextId++;
    const chosen = thread;
    return new Promise<HttpResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        chosen.pending.delete(id);
        reject(new Error(`GET ${url} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      chosen.pending.set(id, { resolve, reject, timer });
      const request: ThreadRequest = { type: "get", id, url, timeoutMs };
      chosen.worker.postMessage(request);
    });
  }

  /** Asks every thread to close its app (its read connections and any read process), then stops it. */
  async close(): Promise<void> {
    this.closing = true;
    this.local.close();
    await Promise.all(
      this.threads.map(async (t) => {
        t.worker.ref();
        if (!t.dead) t.worker.postMessage({ type: "close" } satisfies ThreadRequest);
        const timer = setTimeout(() => void t.worker.terminate(), CLOSE_WAIT_MS);
        await t.exited;
        clearTimeout(timer);
      }),
    );
  }
}
