/**
 * The server's side of ./read-launcher.ts. A Launcher forks its launcher process on first use and asks it
 * for read processes; each is a LaunchedProcess, used like a ChildProcess: messages over its own socket
 * (./line-channel.ts), kill() by pid, and 'exit' once the launcher has reported the exit and the socket has
 * closed, so every message the process sent has been read first.
 *
 * A `direct` Launcher starts the read processes itself, as the launcher process would, with no launcher:
 * for an export, whose few read processes (its path SQL, `?sql=` pages) start once. A spawn blocks this
 * thread ~5 ms; a launcher process first costs a Node start of its own (~100 ms on a 2-core VM) on the
 * way to an export's first page.
 */
import { fork, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import type { Socket } from "node:net";
import { debuglog } from "node:util";
import { LineChannel } from "./line-channel.js";
import { setNiceness, spawnReadProcess } from "./spawn-read-process.js";
import type { LaunchNotice, LaunchRequest } from "./wire.js";

export type LaunchOptions = Omit<LaunchRequest, "id">;

type Started = NonNullable<ReturnType<typeof spawnReadProcess>>;

/** Notes on prestarted read processes, printed with NODE_DEBUG=datasette-export. */
const debug = debuglog("datasette-export");

/** The read process Launcher.prestart started, until a direct Launcher takes it or it exits. */
let spare: (Started & { key: string }) | null = null;

/** A read process is interchangeable with another on the same file and Node options. */
const spareKey = (options: LaunchOptions) => JSON.stringify([options.file, options.execArgv]);

export class Launcher {
  private child: ChildProcess | null = null;
  private readonly processes = new Map<number, LaunchedProcess>();
  /** A direct Launcher's read processes. */
  private readonly spawned = new Map<LaunchedProcess, ChildProcess>();
  private nextId = 1;

  /** `file`: the launcher's module; `execArgv`: its Node options; `direct`: no launcher (see above). */
  constructor(
    private readonly file: string,
    private readonly execArgv: string[],
    private readonly direct = false,
  ) {}

  start(options: LaunchOptions): LaunchedProcess {
    if (this.direct) return this.spawnDirect(options);
    const child = (this.child ??= this.fork());
    const id = this.nextId++;
    const launched = new LaunchedProcess(() => this.holdLoop());
    this.processes.set(id, launched);
    child.send({ id, ...options } satisfies LaunchRequest);
    this.holdLoop();
    return launched;
  }

  /** Ends the launcher (its processes must have exited or been killed first). */
  async close(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
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
  static prestart(options: LaunchOptions): number | null {
    if (spare) return null;
    const started = spawnReadProcess(options, () => undefined);
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
  private static takeSpare(request: LaunchOptions): Started | null {
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
  private spawnDirect(request: LaunchOptions): LaunchedProcess {
    const launched = new LaunchedProcess(() => this.holdLoop());
    const started =
      Launcher.takeSpare(request) ?? spawnReadProcess(request, (error) => launched.exited(null, null, error));
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

  private fork(): ChildProcess {
    const child = fork(this.file, [], {
      execArgv: this.execArgv,
      serialization: "json",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.on("message", (notice: LaunchNotice, socket?: Socket) => {
      const launched = this.processes.get(notice.id);
      if (!launched) {
        socket?.destroy();
        return;
      }
      if (notice.type === "started") launched.attach(notice.pid, socket!);
      else {
        this.processes.delete(notice.id);
        launched.exited(notice.code, notice.signal, notice.error);
      }
    });
    // A send to a launcher that has just died: its 'exit' below settles everything.
    child.on("error", () => {});
    child.on("exit", () => {
      if (this.child === child) this.child = null;
      // Nobody reports on its processes any more: stop them. Their exits start replacements at once,
      // through a new launcher, so the list is emptied first.
      const orphans = [...this.processes.values()];
      this.processes.clear();
      for (const launched of orphans) launched.orphaned();
    });
    return child;
  }

  /** The launcher's channel keeps the event loop alive only while someone awaits a process's exit. */
  private holdLoop(): void {
    for (const [launched, child] of this.spawned) {
      if (launched.holdsLoop) child.ref();
      else child.unref();
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
}

interface LaunchedEvents {
  message: [unknown];
  /** The launcher could not start it; 'exit' follows. */
  error: [Error];
  exit: [number | null, NodeJS.Signals | null];
}

export class LaunchedProcess extends EventEmitter<LaunchedEvents> {
  /** Known once the launcher has started it. */
  pid: number | undefined;
  /** True once 'exit' was emitted. */
  gone = false;
  private channel: LineChannel<unknown, unknown> | null = null;
  /** Messages sent before the process was started, delivered once it is. */
  private outbox: unknown[] = [];
  private referenced = true;
  private killed = false;
  private status: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private socketOpen = false;

  constructor(private readonly holdChanged: () => void) {
    super();
  }

  /** Whether the launcher's channel must keep the event loop alive for this process's exit. */
  get holdsLoop(): boolean {
    return !this.status && (this.referenced || this.killed);
  }

  send(message: unknown): void {
    if (this.channel) this.channel.send(message);
    else if (!this.status) this.outbox.push(message);
  }

  /** SIGKILL, now or as soon as the launcher has started it. */
  kill(): void {
    this.killed = true;
    this.holdChanged();
    this.signal();
  }

  /** A referenced process (the default) keeps the event loop alive, as a ChildProcess does. */
  ref(): void {
    this.referenced = true;
    this.channel?.socket.ref();
    this.holdChanged();
  }

  unref(): void {
    this.referenced = false;
    this.channel?.socket.unref();
    this.holdChanged();
  }

  /** From the launcher: started, with the server's end of its socket. */
  attach(pid: number, socket: Socket): void {
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
  exited(code: number | null, signal: NodeJS.Signals | null, error?: string): void {
    if (error) this.emit("error", new Error(error));
    this.status = { code, signal };
    this.holdChanged();
    this.settle();
  }

  /**
   * The launcher died: stop the process ourselves, and count it gone now — not once its socket closes —
   * so that no query is sent to it meanwhile.
   */
  orphaned(): void {
    this.signal();
    this.socketOpen = false;
    this.channel?.socket.destroy();
    this.exited(null, "SIGKILL");
  }

  private signal(): void {
    // Not after its exit was reported: the pid may belong to someone else by then.
    if (this.pid === undefined || this.status) return;
    try {
      process.kill(this.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }

  private settle(): void {
    if (this.gone || !this.status || this.socketOpen) return;
    this.gone = true;
    this.emit("exit", this.status.code, this.status.signal);
  }
}
