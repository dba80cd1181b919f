/**
 * Writes an export's files from a thread of its own, with plain synchronous calls, in batches: the files
 * asked for during one turn of the event loop go over in one message. Measured on a 2-core VM against
 * fs's asynchronous writeFile (open, write and close each a round trip to libuv's pool):
 *  - the main thread, which renders pages, spends ~0.01 ms per file instead of ~0.04;
 *  - the disk work is no dearer: one thread creates the files one after the other, where four pool
 *    threads creating files in the same folder at once contend for it (0.06–0.1 ms of kernel time per
 *    file alone, up to 0.25 ms each under that contention).
 * A failed write rejects with the error fs gave (code, syscall, path kept), so a full disk is still told
 * from other failures (write.ts).
 */
import { Worker } from "node:worker_threads";

/** The thread: CommonJS evaluated from this string, so it runs the same from src/ (tsx) and dist/. */
const THREAD = `
const { parentPort } = require("node:worker_threads");
const { mkdirSync, writeFileSync } = require("node:fs");
parentPort.on("message", ({ files, dirs, texts, ends, bytes }) => {
  const errors = files.map((file, i) => {
    try {
      if (dirs[i]) mkdirSync(dirs[i], { recursive: true });
      writeFileSync(file, texts[i] ?? bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]));
      return null;
    } catch (e) {
      return { message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path };
    }
  });
  parentPort.postMessage(errors);
});
`;

/**
 * A batch's buffer to start with: the last batch's size (batches of one export are alike), at least this;
 * it doubles as the batch needs. A fixed 256 KiB cost ~2 ms a batch in page faults on a busy machine.
 */
const MIN_BATCH_BYTES = 16 * 1024;

/**
 * Files asked for during one turn of the event loop. Bytes go end to end in one buffer: a message then
 * carries one buffer, not one per file (transferring each of 5,000 small buffers cost ~15–20 µs a file
 * in an export, more than the write). Text goes as text: copying a string into the message is cheaper
 * than encoding it here, and the thread encodes it while it writes.
 */
interface Batch {
  files: string[];
  /** A folder to create first (recursively), per file. */
  dirs: (string | null)[];
  /** The file's text, or null when its bytes are in `bytes`. */
  texts: (string | null)[];
  /** Where each file's bytes end in `bytes`. */
  ends: number[];
  bytes: Buffer;
  used: number;
}

function newBatch(size: number): Batch {
  return { files: [], dirs: [], texts: [], ends: [], bytes: Buffer.allocUnsafeSlow(size), used: 0 };
}

type WriteError = { message: string; code?: string; errno?: number; syscall?: string; path?: string };

export class FileWriter {
  private worker: Worker | null = null;
  private batch = newBatch(MIN_BATCH_BYTES);
  private queued: { resolve: () => void; reject: (e: Error) => void }[] = [];
  /** Batches sent, oldest first, with their callers: the thread answers them in order. */
  private readonly sent: { resolve: () => void; reject: (e: Error) => void }[][] = [];
  private flushing = false;
  private failed: Error | null = null;

  /** Starts the thread now: its start-up (tens of ms) then overlaps the export's own. */
  constructor() {
    this.thread();
  }

  /**
   * Writes `data` to `file` (a new file, or replaced), after creating `dir` when given. The bytes are
   * copied before this returns: the caller's buffer may be reused at once.
   */
  write(file: string, data: string | Buffer, dir: string | null): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    const batch = this.batch;
    if (typeof data === "string") batch.texts.push(data);
    else {
      if (batch.used + data.length > batch.bytes.length) {
        const bigger = Buffer.allocUnsafeSlow(Math.max(batch.bytes.length * 2, batch.used + data.length));
        batch.bytes.copy(bigger, 0, 0, batch.used);
        batch.bytes = bigger;
      }
      data.copy(batch.bytes, batch.used);
      batch.used += data.length;
      batch.texts.push(null);
    }
    batch.files.push(file);
    batch.dirs.push(dir);
    batch.ends.push(batch.used);
    return new Promise((resolve, reject) => {
      this.queued.push({ resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Stops the thread; writes still queued are refused. Waiting for them is the caller's part. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failed ??= new Error("The file writer was closed");
    if (worker) await worker.terminate();
  }

  private flush(): void {
    this.flushing = false;
    const batch = this.batch;
    const callers = this.queued;
    this.batch = newBatch(Math.max(MIN_BATCH_BYTES, batch.used));
    this.queued = [];
    if (!batch.files.length) return;
    let worker: Worker;
    try {
      worker = this.thread();
    } catch (e) {
      for (const c of callers) c.reject(e as Error);
      return;
    }
    this.sent.push(callers);
    worker.ref(); // pending writes keep the process alive; an idle thread does not
    const { files, dirs, texts, ends, bytes } = batch;
    // allocUnsafeSlow: the buffer owns its ArrayBuffer (not a slice of Node's pool), so it can move.
    worker.postMessage({ files, dirs, texts, ends, bytes }, [bytes.buffer as ArrayBuffer]);
  }

  private thread(): Worker {
    if (this.failed) throw this.failed;
    if (this.worker) return this.worker;
    const worker = new Worker(THREAD, { eval: true });
    worker.unref();
    worker.on("message", (errors: (WriteError | null)[]) => {
      const callers = this.sent.shift() ?? [];
      if (!this.sent.length) worker.unref();
      callers.forEach((c, i) => {
        const e = errors[i];
        if (!e) return c.resolve();
        const { message, ...fields } = e;
        c.reject(Object.assign(new Error(message), fields));
      });
    });
    const stop = (error: Error) => {
      this.failed ??= error;
      this.worker = null;
      for (const callers of this.sent.splice(0)) for (const c of callers) c.reject(error);
    };
    worker.on("error", stop);
    worker.on("exit", (code) => stop(new Error(`The file writer's thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
