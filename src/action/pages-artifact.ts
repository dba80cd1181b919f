/**
 * Builds the GitHub Pages artifact: the `artifact.tar` that actions/upload-pages-artifact makes with
 * `tar --dereference --hard-dereference --directory DIR -cf artifact.tar --exclude=.git --exclude=.github .`
 * — a plain (not gzipped) tar of the folder's contents, entries named `./…`, links replaced by what they
 * point to, `.git`/`.github` left out at any depth, other dot files (`.nojekyll`, `.well-known/`) kept.
 * The exporter's output marker at the top (output-guard.ts) is left out too: it is not part of the site.
 * Unlike tar we also normalise modes (files 0644, folders 0755) and owners (0), and sort entries, so the
 * artifact is the same wherever it is built. Written as ustar with pax headers for long names and huge
 * files, file by file through one output buffer, so memory stays flat however big the site is.
 */
import { readFileSync, statSync, type Stats } from "node:fs";
import { open, readdir, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { OUTPUT_MARKER } from "../export/output-guard.js";

/** Names tar is told to leave out, matched against every path component as GNU tar's --exclude does. */
export const EXCLUDED_NAMES: ReadonlySet<string> = new Set([".git", ".github"]);

export interface PagesArtifactSummary {
  tarPath: string;
  files: number;
  folders: number;
  /** Bytes of file content archived. */
  contentBytes: number;
  /** Size of the tar file. */
  tarBytes: number;
}

/** A folder that cannot be archived as Pages expects (a link loop, a socket, a vanished file). */
export class PagesArtifactError extends Error {
  override name = "PagesArtifactError";
}

const BLOCK = 512;
/** GNU tar writes whole records of 20 blocks; padding the same way keeps the file the size tar would make. */
const RECORD = 20 * BLOCK;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
/** Largest size an 11-digit octal field holds; bigger files get a pax `size` record. */
const MAX_OCTAL_SIZE = 0o77777777777;

/** Files up to this size are read whole; bigger ones are streamed through one buffer of this size. */
const SMALL_FILE = 1 << 20;
const OUT_BUFFER = 1 << 20;

/** Writes `tarPath` from the contents of `dir`. */
export async function writePagesArtifact(dir: string, tarPath: string): Promise<PagesArtifactSummary> {
  const root = path.resolve(dir);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new PagesArtifactError(`Cannot archive ${dir}: it is not a folder`);
  const summary: PagesArtifactSummary = { tarPath, files: 0, folders: 0, contentBytes: 0, tarBytes: 0 };
  const out = new TarOutput(await open(tarPath, "w", 0o644));
  try {
    await walk(out, root, "./", new Set(), summary);
    await out.put(Buffer.alloc(2 * BLOCK));
    const rest = (RECORD - (out.bytes % RECORD)) % RECORD;
    if (rest) await out.put(Buffer.alloc(rest));
    await out.flush();
  } finally {
    await out.close();
  }
  summary.tarBytes = out.bytes;
  return summary;
}

/** Coalesces the many small pieces of a tar (headers, small pages, padding) into large writes. */
class TarOutput {
  private readonly buf = Buffer.allocUnsafe(OUT_BUFFER);
  private used = 0;
  bytes = 0;
  constructor(private readonly file: FileHandle) {}

  async put(data: Buffer): Promise<void> {
    this.bytes += data.length;
    if (this.used + data.length > this.buf.length) await this.flush();
    if (data.length >= this.buf.length) {
      await this.file.write(data);
      return;
    }
    data.copy(this.buf, this.used);
    this.used += data.length;
  }

  async flush(): Promise<void> {
    if (this.used) await this.file.write(this.buf, 0, this.used);
    this.used = 0;
  }

  close(): Promise<void> {
    return this.file.close();
  }
}

interface Child {
  abs: string;
  name: string;
  info: Stats;
  /** The whole content of a small file. */
  data: Buffer | null;
}

/** Writes the folder's entry, then its children sorted by name, depth first, following links. */
async function walk(
  out: TarOutput,
  abs: string,
  name: string,
  ancestors: Set<string>,
  summary: PagesArtifactSummary,
): Promise<void> {
  const info = await stat(abs);
  const id = `${info.dev}:${info.ino}`;
  if (ancestors.has(id))
    throw new PagesArtifactError(`Cannot archive ${abs}: a link loops back to a parent folder`);
  for (const block of headerBlocks(name, 0, DIR_MODE, "5", info.mtimeMs)) await out.put(block);
  summary.folders++;
  const inside = new Set(ancestors).add(id);
  const names = (await readdir(abs))
    .filter((n) => !EXCLUDED_NAMES.has(n) && !(name === "./" && n === OUTPUT_MARKER))
    .sort(byBytes);
  for (const entry of names) {
    const child = readChild(abs, name, entry);
    if (child.info.isDirectory()) {
      await walk(out, child.abs, `${child.name}/`, inside, summary);
    } else {
      await writeFile(out, child);
      summary.files++;
      summary.contentBytes += child.info.size;
    }
  }
}

function readChild(dirAbs: string, dirName: string, entry: string): Child {
  const abs = path.join(dirAbs, entry);
  // Synchronous on purpose: a stat and a small read are far cheaper than the thread-pool round trips their
  // promise versions cost (over 10,000 small pages: ~0.5–1 s, like GNU tar, against ~3 s async), and the
  // action does nothing else meanwhile; walk()'s async readdir yields to the event loop between folders.
  let info: Stats;
  try {
    // stat, not lstat: --dereference archives what a link points to.
    info = statSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PagesArtifactError(
      `Cannot archive ${abs}: ${code === "ENOENT" ? "broken link" : (error as Error).message}`,
    );
  }
  if (!info.isDirectory() && !info.isFile()) {
    throw new PagesArtifactError(`Cannot archive ${abs}: only files and folders can go into a Pages site`);
  }
  const data = info.isFile() && info.size <= SMALL_FILE ? readFileSync(abs) : null;
  return { abs, name: `${dirName}${entry}`, info, data };
}

async function writeFile(out: TarOutput, child: Child): Promise<void> {
  const { size, mtimeMs } = child.info;
  // The header promises `size` bytes: a file that changed size while we read would corrupt the archive.
  const changed = () =>
    new PagesArtifactError(`Cannot archive ${child.abs}: it changed size while being read`);
  for (const block of headerBlocks(child.name, size, FILE_MODE, "0", mtimeMs)) await out.put(block);
  if (child.data) {
    if (child.data.length !== size) throw changed();
    await out.put(child.data);
  } else {
    const file = await open(child.abs, "r");
    try {
      const chunk = Buffer.allocUnsafe(SMALL_FILE);
      for (let done = 0; done < size;) {
        const { bytesRead } = await file.read(chunk, 0, Math.min(chunk.length, size - done), done);
        if (bytesRead === 0) throw changed();
        await out.put(chunk.subarray(0, bytesRead));
        done += bytesRead;
      }
    } finally {
      await file.close();
    }
  }
  const pad = (BLOCK - (size % BLOCK)) % BLOCK;
  if (pad) await out.put(Buffer.alloc(pad));
}

/** A ustar header, preceded by a pax header when the name or size does not fit ustar's fields. */
function* headerBlocks(
  name: string,
  size: number,
  mode: number,
  type: "0" | "5",
  mtimeMs: number,
): Generator<Buffer> {
  const split = splitUstarName(name);
  const pax: [string, string][] = [];
  if (!split) pax.push(["path", name]);
  if (size > MAX_OCTAL_SIZE) pax.push(["size", String(size)]);
  const mtime = Math.floor(mtimeMs / 1000);
  if (pax.length) {
    const body = Buffer.from(pax.map(([k, v]) => paxRecord(k, v)).join(""), "utf8");
    const paxName = `./PaxHeaders/${truncateUtf8(path.posix.basename(name.replace(/\/$/, "")), 80)}`;
    yield ustarHeader({ name: paxName, prefix: "" }, body.length, FILE_MODE, "x", mtime);
    yield body;
    const pad = (BLOCK - (body.length % BLOCK)) % BLOCK;
    if (pad) yield Buffer.alloc(pad);
  }
  const fallback = { name: truncateUtf8(name, 100), prefix: "" };
  yield ustarHeader(split ?? fallback, size > MAX_OCTAL_SIZE ? 0 : size, mode, type, mtime);
}

function ustarHeader(
  name: { name: string; prefix: string },
  size: number,
  mode: number,
  type: string,
  mtime: number,
): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name.name, 0, 100, "utf8");
  writeOctal(h, mode, 100, 8);
  writeOctal(h, 0, 108, 8); // uid
  writeOctal(h, 0, 116, 8); // gid
  writeOctal(h, size, 124, 12);
  writeOctal(h, Math.max(0, mtime), 136, 12);
  h.write(type, 156, 1, "latin1");
  h.write("ustar\u000000", 257, 8, "latin1");
  writeOctal(h, 0, 329, 8); // devmajor
  writeOctal(h, 0, 337, 8); // devminor
  h.write(name.prefix, 345, 155, "utf8");
  // The checksum is computed with its own field read as eight spaces.
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(sum.toString(8).padStart(6, "0") + "\u0000 ", 148, 8, "latin1");
  return h;
}

function writeOctal(h: Buffer, value: number, offset: number, length: number): void {
  h.write(value.toString(8).padStart(length - 1, "0") + "\u0000", offset, length, "latin1");
}

/** Splits a name into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a slash, or null if it can't. */
export function splitUstarName(name: string): { name: string; prefix: string } | null {
  // Non-ASCII names go in a pax header, whose UTF-8 is unambiguous for every reader.
  if (!/^[\x20-\x7e]*$/.test(name)) return null;
  if (name.length <= 100) return { name, prefix: "" };
  // A folder's trailing slash belongs to the name part.
  for (let i = name.lastIndexOf("/", name.length - 2); i > 0; i = name.lastIndexOf("/", i - 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (prefix.length <= 155 && rest.length <= 100 && rest.length > 0) return { name: rest, prefix };
    if (rest.length > 100) return null;
  }
  return null;
}

/** `LEN key=value\n`, where LEN counts the whole record including its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bytes = Buffer.byteLength(body, "utf8");
  let len = bytes + String(bytes).length;
  // Adding the digits can add a digit (e.g. 98 + 2 = 100): settle on the length that counts itself.
  while (len !== bytes + String(len).length) len = bytes + String(len).length;
  return `${len}${body}`;
}

function truncateUtf8(text: string, maxBytes: number): string {
  let out = text;
  while (Buffer.byteLength(out, "utf8") > maxBytes) out = out.slice(0, -1);
  return out;
}

/** Byte order, as `LC_ALL=C sort` would list them. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
