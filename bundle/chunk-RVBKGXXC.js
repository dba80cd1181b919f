import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  LineChannel,
  QueryCancelledError,
  QueryTimeoutError,
  ReadOnlyError,
  SqlError
} from "./chunk-Z4UFLIYT.js";
import {
  setNiceness,
  spawnReadProcess
} from "./chunk-FDXMYN4B.js";

// src/db/read-pool.ts
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/db/launched-process.ts
import { fork } from "node:child_process";
import { EventEmitter } from "node:events";
import { debuglog } from "node:util";
var debug = debuglog("datasette-export");
var spare = null;
var spareKey = (options) => JSON.stringify([options.file, options.execArgv]);
var Launcher = class _Launcher {
  /** `file`: the launcher's module; `execArgv`: its Node options; `direct`: no launcher (see above). */
  constructor(file, execArgv, direct = false) {
    this.file = file;
    this.execArgv = execArgv;
    this.direct = direct;
  }
  file;
  execArgv;
  direct;
  child = null;
  processes = /* @__PURE__ */ new Map();
  /** A direct Launcher's read processes. */
  spawned = /* @__PURE__ */ new Map();
  nextId = 1;
  start(options) {
    if (this.direct) return this.spawnDirect(options);
    const child = this.child ??= this.fork();
    const id = this.nextId++;
    const launched = new LaunchedProcess(() => this.holdLoop());
    this.processes.set(id, launched);
    child.send({ id, ...options });
    this.holdLoop();
    return launched;
  }
  /** Ends the launcher (its processes must have exited or been killed first). */
  async close() {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once("exit", () => resolve());
      child.ref();
      if (child.connected) child.disconnect();
      else child.kill("SIGKILL");
    });
  }
  /**
   * Starts one read process now, before any pool asks for one: the first direct Launcher of this thread
   * to need a process on the same file and options takes it (see spawnDirect) instead of starting its
   * own. A process costs a Node start and its imports (0.1–0.2 s): an export whose path SQL will need
   * one starts it before loading its own modules, so both happen at once. It waits for its init message
   * as any read process does; one that nobody takes does not keep this process alive, and exits with it
   * (its socket closes). Returns its pid (null if it could not be started or one is already waiting).
   */
  static prestart(options) {
    if (spare) return null;
    const started = spawnReadProcess(options, () => void 0);
    if (!started) return null;
    const entry = { ...started, key: spareKey(options) };
    entry.child.unref();
    entry.socket.unref();
    entry.child.once("exit", () => {
      if (spare === entry) spare = null;
    });
    spare = entry;
    debug("read process %d started ahead of need", entry.child.pid);
    return entry.child.pid;
  }
  /** Takes the prestarted process if it suits `request` and Node has not seen it exit. */
  static takeSpare(request) {
    const taken = spare;
    if (!taken || taken.key !== spareKey(request)) return null;
    spare = null;
    if (taken.child.exitCode !== null || taken.child.signalCode !== null) return null;
    taken.socket.ref();
    setNiceness(taken.child.pid, request.niceness);
    debug("read process %d, started ahead of need, taken by a pool", taken.child.pid);
    return taken;
  }
  /** What ./read-launcher.ts does for one request, in this process. */
  spawnDirect(request) {
    const launched = new LaunchedProcess(() => this.holdLoop());
    const started = _Launcher.takeSpare(request) ?? spawnReadProcess(request, (error) => launched.exited(null, null, error));
    if (!started) return launched;
    const { child, socket } = started;
    this.spawned.set(launched, child);
    child.once("exit", (code, signal) => {
      this.spawned.delete(launched);
      launched.exited(code, signal);
    });
    launched.attach(child.pid, socket);
    this.holdLoop();
    return launched;
  }
  fork() {
    const child = fork(this.file, [], {
      execArgv: this.execArgv,
      serialization: "json",
      stdio: ["ignore", "inherit", "inherit", "ipc"]
    });
    child.on("message", (notice, socket) => {
      const launched = this.processes.get(notice.id);
      if (!launched) {
        socket?.destroy();
        return;
      }
      if (notice.type === "started") launched.attach(notice.pid, socket);
      else {
        this.processes.delete(notice.id);
        launched.exited(notice.code, notice.signal, notice.error);
      }
    });
    child.on("error", () => {
    });
    child.on("exit", () => {
      if (this.child === child) this.child = null;
      const orphans = [...this.processes.values()];
      this.processes.clear();
      for (const launched of orphans) launched.orphaned();
    });
    return child;
  }
  /** The launcher's channel keeps the event loop alive only while someone awaits a process's exit. */
  holdLoop() {
    for (const [launched, child2] of this.spawned) {
      if (launched.holdsLoop) child2.ref();
      else child2.unref();
    }
    const child = this.child;
    if (!child) return;
    if ([...this.processes.values()].some((p) => p.holdsLoop)) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  }
};
var LaunchedProcess = class extends EventEmitter {
  constructor(holdChanged) {
    super();
    this.holdChanged = holdChanged;
  }
  holdChanged;
  /** Known once the launcher has started it. */
  pid;
  /** True once 'exit' was emitted. */
  gone = false;
  channel = null;
  /** Messages sent before the process was started, delivered once it is. */
  outbox = [];
  referenced = true;
  killed = false;
  status = null;
  socketOpen = false;
  /** Whether the launcher's channel must keep the event loop alive for this process's exit. */
  get holdsLoop() {
    return !this.status && (this.referenced || this.killed);
  }
  send(message) {
    if (this.channel) this.channel.send(message);
    else if (!this.status) this.outbox.push(message);
  }
  /** SIGKILL, now or as soon as the launcher has started it. */
  kill() {
    this.killed = true;
    this.holdChanged();
    this.signal();
  }
  /** A referenced process (the default) keeps the event loop alive, as a ChildProcess does. */
  ref() {
    this.referenced = true;
    this.channel?.socket.ref();
    this.holdChanged();
  }
  unref() {
    this.referenced = false;
    this.channel?.socket.unref();
    this.holdChanged();
  }
  /** From the launcher: started, with the server's end of its socket. */
  attach(pid, socket) {
    this.pid = pid;
    this.socketOpen = true;
    this.channel = new LineChannel(socket, (message) => this.emit("message", message));
    socket.once("close", () => {
      this.socketOpen = false;
      this.settle();
    });
    if (!this.referenced) socket.unref();
    if (this.killed) this.signal();
    for (const message of this.outbox.splice(0)) this.channel.send(message);
  }
  /** From the launcher: it exited (or, with `error`, could not be started). */
  exited(code, signal, error) {
    if (error) this.emit("error", new Error(error));
    this.status = { code, signal };
    this.holdChanged();
    this.settle();
  }
  /**
   * The launcher died: stop the process ourselves, and count it gone now — not once its socket closes —
   * so that no query is sent to it meanwhile.
   */
  orphaned() {
    this.signal();
    this.socketOpen = false;
    this.channel?.socket.destroy();
    this.exited(null, "SIGKILL");
  }
  signal() {
    if (this.pid === void 0 || this.status) return;
    try {
      process.kill(this.pid, "SIGKILL");
    } catch {
    }
  }
  settle() {
    if (this.gone || !this.status || this.socketOpen) return;
    this.gone = true;
    this.emit("exit", this.status.code, this.status.signal);
  }
};

// src/db/read-pool.ts
var defaultGraceMs = (timeLimitMs) => Math.max(1e3, timeLimitMs);
var here = fileURLToPath(import.meta.url);
var WORKER_FILE = path.join(path.dirname(here), "read-worker" + path.extname(here));
var LAUNCHER_FILE = path.join(path.dirname(here), "read-launcher" + path.extname(here));
function workerExecArgv() {
  const inherited = process.execArgv.filter((arg) => !arg.startsWith("--inspect"));
  if (path.extname(WORKER_FILE) !== ".ts" || inherited.some((arg) => arg.includes("tsx"))) return inherited;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return [...inherited, "--import", tsx];
}
function prestartReadProcess() {
  return Launcher.prestart({ file: WORKER_FILE, execArgv: workerExecArgv(), niceness: 0 });
}
var ReadPool = class {
  constructor(options) {
    this.options = options;
    this.launcher = new Launcher(LAUNCHER_FILE, workerExecArgv(), options.direct);
    this.size = Math.max(1, Math.floor(options.size));
    this.target = this.size;
    if (!options.lazy) this.refill();
  }
  options;
  workers = [];
  queue = [];
  readyWaiters = [];
  nextId = 1;
  closed = false;
  /** A process has been ready once; until then jobs wait in `unstarted` with their clocks stopped. */
  started = false;
  unstarted = [];
  /** At most this many requests run at once. */
  size;
  /** Processes to keep: `size`, plus a spare after the first timeout. */
  target;
  /** Starts our processes (forked on first use), so our own thread never waits for a fork. */
  launcher;
  /** Resolves once every child has started (or the pool is closed). */
  ready() {
    if (this.closed || this.allReady() || this.options.lazy && !this.workers.length)
      return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  /**
   * Sends one request to a free child. Rejects with QueryTimeoutError `timeLimitMs` after this call
   * (0 = no limit), whether it was still queued or running, and with QueryCancelledError when `signal`
   * fires first.
   */
  run(request, timeLimitMs, signal) {
    if (this.closed)
      return Promise.reject(new SqlError("The database connections are closed", sqlOf(request)));
    if (signal?.aborted) return Promise.reject(new QueryCancelledError(sqlOf(request)));
    return new Promise((resolve, reject) => {
      const job = { id: this.nextId++, request, timeLimitMs, resolve, reject };
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
  startClock(job) {
    if (job.timeLimitMs > 0)
      job.timer = setTimeout(() => setImmediate(() => this.expire(job)), job.timeLimitMs);
  }
  /** Requests waiting for a process (for tests and diagnostics). */
  get queued() {
    return this.queue.length;
  }
  /** The deadline passed, or the caller went away: a queued job leaves the queue without running. */
  expire(job, error = new QueryTimeoutError(job.timeLimitMs, sqlOf(job.request))) {
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
  async close() {
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
          new SqlError("The database connections are closed", sqlOf(job.request))
        );
      return new Promise((resolve) => {
        if (worker.child.gone) return resolve();
        worker.child.once("exit", () => resolve());
        setReferenced(worker.child, true);
        worker.child.kill();
      });
    });
    await Promise.all(exits);
    await this.launcher.close();
    this.notifyReady();
  }
  spawn() {
    const child = this.launcher.start({
      file: WORKER_FILE,
      execArgv: workerExecArgv(),
      niceness: this.options.niceness ?? 0
    });
    const worker = { child, ready: false, job: null, overrun: null };
    this.workers.push(worker);
    let fatal = null;
    child.on("message", (payload) => {
      const message = payload;
      if ("type" in message) {
        if (message.type === "fatal") fatal = message.message;
        else this.onReady(worker);
      } else this.onResponse(worker, message);
    });
    child.on("error", (error) => {
      fatal ??= error.message;
    });
    child.on(
      "exit",
      (code, signal) => this.onExit(worker, fatal ?? `it exited with ${signal ?? `code ${code}`}`)
    );
    const init = {
      type: "init",
      databases: this.options.databases,
      pluginModules: this.options.pluginModules,
      cacheSizeKb: this.options.cacheSizeKb
    };
    child.send(init);
  }
  onReady(worker) {
    worker.ready = true;
    if (!this.started) {
      this.started = true;
      for (const job of this.unstarted.splice(0)) if (this.queue.includes(job)) this.startClock(job);
    }
    this.dispatch();
    if (!worker.job) setReferenced(worker.child, false);
    if (this.allReady()) this.notifyReady();
  }
  onResponse(worker, response) {
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
  onExit(worker, reason) {
    const index = this.workers.indexOf(worker);
    if (index === -1) return;
    this.workers.splice(index, 1);
    if (worker.overrun) clearTimeout(worker.overrun.timer);
    if (worker.job) {
      const job = worker.job;
      this.finish(worker, job).reject(
        new SqlError(`The read process stopped during the query: ${reason}`, sqlOf(job.request))
      );
    }
    if (this.closed) return;
    if (!worker.ready) {
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
  letGo(worker, job, error) {
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
  kill(worker) {
    const index = this.workers.indexOf(worker);
    if (index !== -1) this.workers.splice(index, 1);
    if (worker.overrun) clearTimeout(worker.overrun.timer);
    worker.overrun = null;
    worker.child.kill();
    this.target = this.size + 1;
    this.refill();
    this.dispatch();
  }
  dispatch() {
    while (this.queue.length > 0 && this.workers.filter((w) => w.job).length < this.size) {
      const worker = this.workers.find((w) => w.ready && !w.job && !w.overrun);
      if (!worker) break;
      const job = this.queue.shift();
      worker.job = job;
      if (this.options.clockFrom === "dispatch") this.startClock(job);
      setReferenced(worker.child, true);
      worker.child.send({ ...job.request, id: job.id });
    }
    if (this.queue.length > 0)
      this.refill(
        this.options.lazy ? this.workers.filter((w) => w.job).length + this.queue.length : Infinity
      );
  }
  refill(limit = Infinity) {
    while (!this.closed && this.workers.length < Math.min(this.target, limit)) this.spawn();
  }
  /** Detaches `job` from `worker`; an idle child does not keep the process alive. */
  finish(worker, job) {
    release(job);
    worker.job = null;
    setReferenced(worker.child, false);
    return job;
  }
  allReady() {
    return this.workers.length > 0 && this.workers.every((w) => w.ready);
  }
  notifyReady() {
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
};
function release(job) {
  clearTimeout(job.timer);
  if (job.onAbort) job.signal.removeEventListener("abort", job.onAbort);
}
function setReferenced(child, referenced) {
  if (referenced) child.ref();
  else child.unref();
}
function sqlOf(request) {
  return request.type === "query" ? request.sql : void 0;
}

export {
  prestartReadProcess,
  ReadPool
};
