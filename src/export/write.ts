/**
 * The output folder: everything is written to a temporary folder beside the target and swapped in
 * only when the export succeeds, so a failed or interrupted export leaves the previous output as it was.
 */
import { mkdir, mkdtemp, readdir, rename, rm, writeFile, cp, stat } from "node:fs/promises";
import { rmSync } from "node:fs";
import path from "node:path";
import { safeJoin } from "./paths.js";
import { resolveInsideFolder } from "../server/inside-folder.js";

const SHARED = "(asset)";

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

export class StagedOutput {
  /** Written file → the site path (or source) it came from. */
  readonly written = new Map<string, string>();
  bytes = 0;
  private readonly dirs = new Set<string>();
  private done = false;

  private constructor(
    readonly target: string,
    readonly staging: string,
  ) {}

  /** Creates the staging folder in the target's parent folder (same file system, so the swap is a rename). */
  static async create(target: string): Promise<StagedOutput> {
    const abs = path.resolve(target);
    await mkdir(path.dirname(abs), { recursive: true });
    const staging = await mkdtemp(`${abs}.tmp-`);
    return new StagedOutput(abs, staging);
  }

  has(file: string): boolean {
    return this.written.has(file);
  }

  /**
   * Writes `file` (relative) once. A second write of the same file from the same source is skipped;
   * from a different source it is a conflict, unless `shared` (assets, which any page may load).
   */
  async write(file: string, data: string | Buffer, from: string, shared = false): Promise<boolean> {
    const previous = this.written.get(file);
    // A page's own file wins over the same file fetched as some page's asset.
    if (previous !== undefined && !(previous === SHARED && !shared)) {
      if (previous === from || shared) return false;
      throw new FileConflictError(file, previous, from);
    }
    this.written.set(file, shared ? SHARED : from);
    const full = safeJoin(this.staging, file);
    const dir = path.dirname(full);
    if (!this.dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.dirs.add(dir);
    }
    await writeFile(full, data);
    this.bytes += typeof data === "string" ? Buffer.byteLength(data) : data.length;
    return true;
  }

  /**
   * Copies a folder whole (a static mount) below `dest`, leaving out what resolves outside it (a symlink
   * to /etc/passwd): the same rule as the server's (resolveInsideFolder).
   */
  async copyFolder(src: string, dest: string, from: string): Promise<void> {
    const full = safeJoin(this.staging, dest);
    const inside = async (file: string) =>
      (await resolveInsideFolder(src, path.relative(src, file))) !== null;
    await cp(src, full, {
      recursive: true,
      dereference: true,
      errorOnExist: false,
      force: false,
      filter: inside,
    });
    await this.recordTree(full, dest, from);
  }

  private async recordTree(full: string, rel: string, from: string): Promise<void> {
    for (const entry of await readdir(full, { withFileTypes: true })) {
      const childRel = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await this.recordTree(path.join(full, entry.name), childRel, from);
      else {
        this.written.set(childRel, from);
        this.bytes += (await stat(path.join(full, entry.name))).size;
      }
    }
  }

  /** Swaps the staging folder in for the target; the previous output is removed only after. */
  async commit(): Promise<void> {
    const old = `${this.staging}-old`;
    let hadOld = false;
    try {
      await rename(this.target, old);
      hadOld = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    await rename(this.staging, this.target);
    this.done = true;
    if (hadOld) await rm(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await rm(this.staging, { recursive: true, force: true });
  }

  /** For signal handlers, which cannot wait for promises. */
  abortSync(): void {
    if (this.done) return;
    this.done = true;
    // A write still running on libuv's threads can add a file mid-removal (ENOTEMPTY): try again.
    rmSync(this.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  }
}
