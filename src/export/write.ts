/**
 * The output folder: everything is written to a temporary folder beside the target and swapped in
 * only when the export succeeds, so a failed or interrupted export leaves the previous output as it was.
 *
 * The staging folder is `<target>.tmp-<pid>-<random>` and holds the output marker from the start, so an
 * export killed outright (SIGKILL) leaves a folder the next export can tell is its own: marked, and
 * named for a process that no longer runs. Folders and files are made with the default modes, so the
 * user's umask applies (0755 and 0644 under the usual 022), the swapped-in folder included.
 */
import { mkdir, readdir, rename, rm, writeFile, cp, stat } from "node:fs/promises";
import { createWriteStream, existsSync, lstatSync, readdirSync, rmSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { safeJoin } from "./paths.js";
import { isRunning } from "../process-running.js";
import { resolveInsideFolder } from "../server/inside-folder.js";
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from "./output-guard.js";
import { FileWriter } from "./file-writer.js";
import { Ledger, LEDGER_FILE } from "./ledger.js";

const SHARED = "(asset)";
/** Folders known to exist, remembered to spare a mkdir per file; forgotten past this many (one per page with trailingSlash). */
const KNOWN_DIRS = 1_024;

export class FileConflictError extends Error {
  override name = "FileConflictError";
  constructor(
    readonly file: string,
    readonly first: string,
    readonly second: string,
  ) {
    super(`${first} and ${second} would both be written to ${file}`);
  }
}

/**
 * Writing to the output's disk failed in a way no other page would escape (full disk, quota, read-only
 * or failing disk): the export stops at once rather than render pages it cannot write.
 */
export class OutputWriteError extends Error {
  override name = "OutputWriteError";
  static readonly FATAL_CODES: ReadonlySet<string> = new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO"]);
  constructor(
    readonly file: string,
    cause: NodeJS.ErrnoException,
  ) {
    super(
      `Could not write ${file} to the output's disk (${cause.code}: ${cause.message}); the export ` +
        "stopped and the previous output was left as it was",
      { cause },
    );
  }
}

export class StagedOutput {
  bytes = 0;
  /** The first fatal write error; once set, the export stops taking new pages. */
  failure: OutputWriteError | null = null;
  private dirs = new Set<string>();
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Pages' files are written from a thread of their own (file-writer.ts). */
  private readonly writer = new FileWriter();
  private done = false;

  /**
   * `ledger` holds, among the export's bookkeeping, each written file and the site path (or source) it
   * came from; it lives in the staging folder and goes before the folder is swapped in or removed.
   */
  private constructor(
    readonly target: string,
    readonly staging: string,
    readonly ledger: Ledger,
  ) {}

  /**
   * Creates the staging folder in the target's parent folder (same file system, so the swap is a rename),
   * with the marker inside. `mkdir`, not `mkdtemp`: mkdtemp makes the folder 0700 whatever the umask.
   */
  static async create(target: string): Promise<StagedOutput> {
    const abs = path.resolve(target);
    await mkdir(path.dirname(abs), { recursive: true });
    for (;;) {
      const staging = `${abs}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
      try {
        await mkdir(staging);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
        throw e;
      }
      // Not recorded as a written file: the marker is not part of the site's counts or links.
      let ledger: Ledger;
      try {
        await writeFile(path.join(staging, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
        ledger = Ledger.open(staging);
      } catch (e) {
        await rm(staging, { recursive: true, force: true });
        throw e;
      }
      return new StagedOutput(abs, staging, ledger);
    }
  }

  has(file: string): boolean {
    return this.ledger.writtenBy(file) !== undefined;
  }

  /** How many files were written. */
  get files(): number {
    return this.ledger.files;
  }

  /**
   * Writes `file` (relative) once. A second write of the same file from the same source is skipped;
   * from a different source it is a conflict, unless `shared` (assets, which any page may load). `data`
   * may be chunks, written as they come (a sitemap of every page, the links a shard leaves for merge).
   */
  async write(
    file: string,
    data: string | Buffer | Iterable<string>,
    from: string,
    shared = false,
  ): Promise<boolean> {
    if (file === LEDGER_FILE) throw new Error(`${from} may not be written to ${file}: the export's own file`);
    const previous = this.ledger.claim(file, shared ? SHARED : from);
    // A page's own file wins over the same file fetched as some page's asset.
    if (previous === SHARED && !shared) this.ledger.recordWritten(file, from);
    else if (previous !== undefined) {
      if (previous === from || shared) return false;
      throw new FileConflictError(file, previous, from);
    }
    const full = safeJoin(this.staging, file);
    let bytes = 0;
    const dir = path.dirname(full);
    if (typeof data === "string" || Buffer.isBuffer(data)) {
      bytes = typeof data === "string" ? Buffer.byteLength(data) : data.length;
      // The writer creates a folder before any later file in it (it writes in order).
      const newDir = this.dirs.has(dir) ? null : dir;
      if (newDir && this.dirs.size >= KNOWN_DIRS) this.dirs = new Set();
      this.dirs.add(dir);
      try {
        await this.track(file, () => this.writer.write(full, data, newDir));
      } catch (e) {
        if (newDir) this.dirs.delete(newDir); // the next file in it tries again
        throw e;
      }
    } else {
      const counted = function* () {
        for (const chunk of data) {
          bytes += Buffer.byteLength(chunk);
          yield chunk;
        }
      };
      await this.track(file, async () => {
        await mkdir(dir, { recursive: true });
        await pipeline(Readable.from(counted()), createWriteStream(full));
      });
    }
    this.bytes += bytes;
    return true;
  }

  /**
   * Runs one write to the staging folder: refused once the output was aborted (a write would bring the
   * removed folder back), awaited by abort(), and a full or failing disk is recorded as the export's end.
   */
  private async track(file: string, write: () => Promise<void>): Promise<void> {
    if (this.done) throw new Error(`The export was stopped before ${file} was written`);
    if (this.failure) throw this.failure;
    const running = write();
    this.inFlight.add(running);
    try {
      await running;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code && OutputWriteError.FATAL_CODES.has(code)) {
        this.failure ??= new OutputWriteError(file, e as NodeJS.ErrnoException);
        throw this.failure;
      }
      throw e;
    } finally {
      this.inFlight.delete(running);
    }
  }

  /**
   * Copies a folder whole (a static mount) below `dest`, leaving out what resolves outside it (a symlink
   * to /etc/passwd): the same rule as the server's (resolveInsideFolder).
   */
  async copyFolder(src: string, dest: string, from: string): Promise<void> {
    const full = safeJoin(this.staging, dest);
    const inside = async (file: string) =>
      (await resolveInsideFolder(src, path.relative(src, file))) !== null;
    await this.track(dest, () =>
      cp(src, full, {
        recursive: true,
        dereference: true,
        errorOnExist: false,
        force: false,
        filter: inside,
      }),
    );
    await this.recordTree(full, dest, from);
  }

  private async recordTree(full: string, rel: string, from: string): Promise<void> {
    for (const entry of await readdir(full, { withFileTypes: true })) {
      const childRel = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await this.recordTree(path.join(full, entry.name), childRel, from);
      else {
        this.ledger.recordWritten(childRel, from);
        this.bytes += (await stat(path.join(full, entry.name))).size;
      }
    }
  }

  /** Swaps the staging folder in for the target; the previous output is removed only after. */
  async commit(): Promise<void> {
    if (this.done) throw new Error("The export was stopped; the output was left as it was");
    const old = `${this.staging}-old`;
    let hadOld = false;
    try {
      await rename(this.target, old);
      hadOld = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    try {
      this.ledger.close();
      await rename(this.staging, this.target);
    } catch (e) {
      // Put the previous output back rather than leave the user with none.
      if (hadOld) await rename(old, this.target);
      throw e;
    }
    this.done = true;
    await this.writer.close();
    if (hadOld) await rm(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await Promise.allSettled([...this.inFlight]);
    await this.writer.close();
    this.ledger.close();
    await rm(this.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  }

  /** For signal handlers, which cannot wait for promises. */
  abortSync(): void {
    if (this.done) return;
    this.done = true;
    void this.writer.close();
    this.ledger.close();
    // A write still running on libuv's threads can add a file mid-removal (ENOTEMPTY): try again.
    rmSync(this.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  }
}

/**
 * Removes the staging folders (and half-swapped `-old` folders) that exports killed outright left beside
 * `target`: only those named for a process that is no longer running and holding the output marker, so
 * a running export's folder and anything of the user's are left alone. Returns the names removed.
 */
export function removeStaleStaging(target: string): string[] {
  const abs = path.resolve(target);
  const parent = path.dirname(abs);
  const prefix = path.basename(abs) + ".tmp-";
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-[0-9a-f]{8}(-old)?$/.exec(name.slice(prefix.length));
    if (!match || isRunning(Number(match[1]))) continue;
    const full = path.join(parent, name);
    if (!lstatSync(full).isDirectory() || !existsSync(path.join(full, OUTPUT_MARKER))) continue;
    rmSync(full, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
