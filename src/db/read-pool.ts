/**
 * A pool of child processes that run read-only SQL (./read-worker.ts), so a slow query never blocks the
 * event loop and a runaway one can be stopped: better-sqlite3 has no sqlite3_interrupt, so a child past
 * its time limit is SIGKILLed and a replacement forked while the other children keep answering. Requests
 * queue when every child is busy. The time limit counts from a request's arrival, queueing included: one
 * still queued at its deadline is answered "took too long" without running. A request whose caller went
 * away (its AbortSignal fired) leaves the queue, or, running, is let go like a timed-out one.
 *
 * The children are started by a launcher process (./read-launcher.ts), not by us (an export's pool,
 * ReadPoolOptions.direct, starts its few itself): a fork blocks its
 * caller until the new process has exec'd (tens of ms on a busy machine, hundreds at worst), and under a
 * stream of runaway `?sql=` queries our thread, which answers every page, would stall for each replacement.
 *
 * Forking a replacement takes a few hundred ms, so by default a child is killed only when it is still
 * busy a grace period after its caller was answered: short limits (Datasette's 10 ms counts, 50 ms facet
 * suggestions) usually overrun by a little, and that child then simply goes back to work. A pool for
 * arbitrary SQL sets no grace: its overruns are runaways. Once a query has timed out the pool keeps one
 * spare process started, so a stuck or killed child's slot is covered at once.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { QueryCancelledError, QueryTimeoutError, ReadOnlyError, SqlError } from "./errors.js";
import { Launcher, type LaunchedProcess } from "./launched-process.js";
import type { InitMessage, WorkerDatabase, WorkerNotice, WorkerRequest, WorkerResponse } from "./wire.js";

export interface ReadPoolOptions {
  /** Number of child processes (settings.num_sql_threads; at least 1). */
  size: number;
  databases: WorkerDatabase[];
  /** Plugin modules whose prepareConnection runs on every connection. */
  pluginModules: string[];
  cacheSizeKb: number;
  /** How long a timed-out or cancelled query may keep its process (default: the limit, at least 1 s). */
  graceMs?: (timeLimitMs: number) => number;
  /** The children's CPU niceness (default 0): a pool for arbitrary SQL yields the CPU to pages. */
  niceness?: number;
  /**
   * Where a query's time limit starts (default "arrival": queueing counts). "dispatch" starts it when a
   * process takes the query: an export queues many pages' queries at once on purpose, and a query that
   * only waited its turn must not fail the page.
   */
  clockFrom?: "arrival" | "dispatch";
  /**
   * Start processes only when a request first needs one (default false: all start at once, so a live
   * server's first page does not wait for a fork). An export that reads in its own thread may need none.
   */
  lazy?: boolean;
  /** Start the processes from this process, with no launcher process (launched-process.ts). */
  direct?: boolean;
}

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, "id"> : never) : never;
type Success = Extract<WorkerResponse, { ok: true }>;

interface Job {
  id: number;
  request: Request;
  timeLimitMs: number;
  resolve: (response: Success) => void;
  reject: (error: Error) => void;
  /** Fires at arrival + timeLimitMs, queued or running. */
  timer?: NodeJS.Timeout;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Worker {
  child: LaunchedProcess;
  ready: boolean;
  job: Job | null;
  /** A timed-out job the child is still running: its answer is dropped; past the grace period it is killed. */
  overrun: { id: number; timer: NodeJS.Timeout } | null;
}

/** How long a timed-out query may keep its process before the process is killed: at least a second. */
const defaultGraceMs = (timeLimitMs: number) => Math.max(1_000, timeLimitMs);

const here = fileURLToPath(import.meta.url);
// Sibling files with our own extension: read-worker.ts under tsx/vitest, read-worker.js in dist/.
const WORKER_FILE = path.join(path.dirname(here), "read-worker" + path.extname(here));
const LAUNCHER_FILE = path.join(path.dirname(here), "read-launcher" + path.extname(here));

/**
 * The children run the same code as we do. Compiled, that is plain JS; from source (tests, tsx) they need
 * a TypeScript loader: inherit ours (tsx puts itself in execArgv) or add tsx's, as vitest has none there.
 */
function workerExecArgv(): string[] {
  const inherited = process.execArgv.filter((arg) => !arg.startsWith("--inspect"));
  if (path.extname(WORKER_FILE) !== ".ts" || inherited.some((arg) => arg.includes("tsx"))) return inherited;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return [...inherited, "--import", tsx];
}

/**
 * Starts one read process now, for this thread's first pool that starts its own (ReadPoolOptions.direct:
 * an export's) to take instead of starting one (Launcher.prestart). Returns its pid, or null.
 */
export function prestartReadProcess(): number | null {
  return Launcher.prestart({ file: WORKER_FILE, execArgv: workerExecArgv(), niceness: 0 });
}

export class ReadPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly readyWaiters: (() => void)[] = [];
  private nextId = 1;
  private closed = false;
  /** A process has been ready once; until then jobs wait in `unstarted` with their clocks stopped. */
  private started = false;
  private unstarted: Job[] = [];
  /** At most this many requests run at once. */
  private readonly size: number;
  /** Processes to keep: `size`, plus a spare after the first timeout. */
  private target: number;
  /** Starts our processes (forked on first use), so our own thread never waits for a fork. */
  private readonly launcher: Launcher;

  constructor(private readonly options: ReadPoolOptions) {
    this.launcher = new Launcher(LAUNCHER_FILE, workerExecArgv(), options.direct);
    this.size = Math.max(1, Math.floor(options.size));
    this.target = this.size;
    if (!options.lazy) this.refill();
  }

  /** Resolves once every child has started (or the pool is closed). */
  ready(): Promise<void> {
    if (this.closed || this.allReady() || (this.options.lazy && !this.workers.length))
      return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /**
   * Sends one request to a free child. Rejects with QueryTimeoutError `timeLimitMs` after this call
   * (0 = no limit), whether it was still queued or running, and with QueryCancelledError when `signal`
   * fires first.
   */
  run(request: Request, timeLimitMs: number, signal?: AbortSignal): Promise<Success> {
    if (this.closed)
      return Promise.reject(new SqlError("The database connections are closed", sqlOf(request)));
    if (signal?.aborted) return Promise.reject(new QueryCancelledError(sqlOf(request)));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, request, timeLimitMs, resolve, reject };
      // The pool's own start-up is not queueing behind other queries: clocks start once it can answer.
      // With clockFrom "dispatch" the clock starts in dispatch() instead.
      if (this.options.clockFrom !== "dispatch") {
        if (this.started) this.startClock(job);
        else this.unstarted.push(job);
      }
      if (signal) {
        job.signal = signal;
        job.onAbort = () => this.expire(job, new QueryCancelledError(sqlOf(request)));
        signal.addEventListener("abort", job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  /**
   * The deadline is checked one turn of the event loop late (setImmediate): timers run before sockets are
   * read, so after this thread was busy past a deadline (a template compiled, a module loaded) an answer
   * already waiting on the socket is taken rather than thrown away as too slow. Seen in exports on a
   * loaded machine: a 1 ms query "took too long" at 1 s while markdown's modules loaded.
   */
  private startClock(job: Job): void {
    if (job.timeLimitMs > 0)
      job.timer = setTimeout(() => setImmediate(() => this.expire(job)), job.timeLimitMs);
  }

  /** Requests waiting for a process (for tests and diagnostics). */
  get queued(): number {
    return this.queue.length;
  }

  /** The deadline passed, or the caller went away: a queued job leaves the queue without running. */
  private expire(
    job: Job,
    error: SqlError = new QueryTimeoutError(job.timeLimitMs, sqlOf(job.request)),
  ): void {
    const index = this.queue.indexOf(job);
    if (index !== -1) {
      this.queue.splice(index, 1);
      release(job);
      job.reject(error);
      return;
    }
    const worker = this.workers.find((w) => w.job === job);
    if (worker) this.letGo(worker, job, error);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      release(job);
      job.reject(new SqlError("The database connections are closed", sqlOf(job.request)));
    }
    const exits = this.workers.splice(0).map((worker) => {
      if (worker.overrun) clearTimeout(worker.overrun.timer);
      const job = worker.job;
      if (job)
        this.finish(worker, job).reject(
          new SqlError("The database connections are closed", sqlOf(job.request)),
        );
      return new Promise<void>((resolve) => {
        if (worker.child.gone) return resolve();
        worker.child.once("exit", () => resolve());
        // An idle child is unreferenced; its exit must keep us waiting.
        setReferenced(worker.child, true);
        worker.child.kill();
      });
    });
    await Promise.all(exits);
    await this.launcher.close();
    this.notifyReady();
  }

  private spawn(): void {
    const child = this.launcher.start({
      file: WORKER_FILE,
      execArgv: workerExecArgv(),
      niceness: this.options.niceness ?? 0,
    });
    const worker: Worker = { child, ready: false, job: null, overrun: null };
    this.workers.push(worker);
    let fatal: string | null = null;
    child.on("message", (payload) => {
      const message = payload as WorkerNotice | WorkerResponse;
      if ("type" in message) {
        if (message.type === "fatal") fatal = message.message;
        else this.onReady(worker);
      } else this.onResponse(worker, message);
    });
    child.on("error", (error) => {
      fatal ??= error.message;
    });
    child.on("exit", (code, signal) =>
      this.onExit(worker, fatal ?? `it exited with ${signal ?? `code ${code}`}`),
    );
    const init: InitMessage = {
      type: "init",
      databases: this.options.databases,
      pluginModules: this.options.pluginModules,
      cacheSizeKb: this.options.cacheSizeKb,
    };
    child.send(init);
  }

  private onReady(worker: Worker): void {
    worker.ready = true;
    if (!this.started) {
      this.started = true;
      for (const job of this.unstarted.splice(0)) if (this.queue.includes(job)) this.startClock(job);
    }
    this.dispatch();
    if (!worker.job) setReferenced(worker.child, false);
    if (this.allReady()) this.notifyReady();
  }

  private onResponse(worker: Worker, response: WorkerResponse): void {
    if (worker.overrun?.id === response.id) {
      clearTimeout(worker.overrun.timer);
      worker.overrun = null;
      setReferenced(worker.child, false);
      this.dispatch();
      return;
    }
    const job = worker.job;
    if (!job || job.id !== response.id) return;
    const settle = this.finish(worker, job);
    if (response.ok) settle.resolve(response);
    else {
      const ErrorClass = response.error.name === "ReadOnlyError" ? ReadOnlyError : SqlError;
      settle.reject(new ErrorClass(response.error.message, sqlOf(job.request)));
    }
    this.dispatch();
  }

  private onExit(worker: Worker, reason: string): void {
    const index = this.workers.indexOf(worker);
    if (index === -1) return; // killed on purpose: already replaced
    this.workers.splice(index, 1);
    if (worker.overrun) clearTimeout(worker.overrun.timer);
    if (worker.job) {
      const job = worker.job;
      this.finish(worker, job).reject(
        new SqlError(`The read process stopped during the query: ${reason}`, sqlOf(job.request)),
      );
    }
    if (this.closed) return;
    if (!worker.ready) {
      // A child that cannot even start (a broken plugin module, say) would fail again: tell the waiting
      // callers why instead of forking in a loop. The next request tries again.
      this.unstarted = [];
      for (const job of this.queue.splice(0)) {
        release(job);
        job.reject(new SqlError(`Could not start a read process: ${reason}`, sqlOf(job.request)));
      }
      if (!this.workers.some((w) => !w.ready)) this.notifyReady();
      return;
    }
    this.refill();
    this.dispatch();
  }

  /** Answers a running job's caller now; its process is killed unless it finishes within the grace. */
  private letGo(worker: Worker, job: Job, error: SqlError): void {
    this.finish(worker, job).reject(error);
    const grace = (this.options.graceMs ?? defaultGraceMs)(job.timeLimitMs);
    if (grace <= 0) {
      this.kill(worker);
      return;
    }
    setReferenced(worker.child, true);
    worker.overrun = { id: job.id, timer: setTimeout(() => this.kill(worker), grace) };
    this.target = this.size + 1;
    this.refill();
    this.dispatch();
  }

  private kill(worker: Worker): void {
    const index = this.workers.indexOf(worker);
    if (index !== -1) this.workers.splice(index, 1);
    if (worker.overrun) clearTimeout(worker.overrun.timer);
    worker.overrun = null;
    worker.child.kill();
    this.target = this.size + 1;
    this.refill();
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.workers.filter((w) => w.job).length < this.size) {
      const worker = this.workers.find((w) => w.ready && !w.job && !w.overrun);
      if (!worker) break;
      const job = this.queue.shift()!;
      worker.job = job;
      if (this.options.clockFrom === "dispatch") this.startClock(job);
      setReferenced(worker.child, true);
      worker.child.send({ ...job.request, id: job.id });
    }
    // After a start-up failure the pool may have shrunk: grow back when there is work waiting. A lazy
    // pool grows only by the processes the waiting work can use.
    if (this.queue.length > 0)
      this.refill(
        this.options.lazy ? this.workers.filter((w) => w.job).length + this.queue.length : Infinity,
      );
  }

  private refill(limit = Infinity): void {
    while (!this.closed && this.workers.length < Math.min(this.target, limit)) this.spawn();
  }

  /** Detaches `job` from `worker`; an idle child does not keep the process alive. */
  private finish(worker: Worker, job: Job): Pick<Job, "resolve" | "reject"> {
    release(job);
    worker.job = null;
    setReferenced(worker.child, false);
    return job;
  }

  private allReady(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.ready);
  }

  private notifyReady(): void {
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
}

/** Stops watching the job's deadline and its caller. */
function release(job: Job): void {
  clearTimeout(job.timer);
  if (job.onAbort) job.signal!.removeEventListener("abort", job.onAbort);
}

function setReferenced(child: LaunchedProcess, referenced: boolean): void {
  if (referenced) child.ref();
  else child.unref();
}

function sqlOf(request: Request): string | undefined {
  return request.type === "query" ? request.sql : undefined;
}
