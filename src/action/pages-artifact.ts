/**
 * Builds the GitHub Pages artifact: the `artifact.tar` that actions/upload-pages-artifact makes with
 * `tar --dereference --hard-dereference --directory DIR -cf artifact.tar --exclude=.git --exclude=.github .`
 * — a plain (not gzipped) tar of the folder's contents, entries named `./…`, links replaced by what they
 * point to, `.git`/`.github` left out at any depth, other dot files (`.nojekyll`, `.well-known/`) kept.
 * Unlike tar we also normalise modes (files 0644, folders 0755) and owners (0), and sort entries, so the
 * artifact is the same wherever it is built. Written as ustar with pax headers for long names and huge
 * files, streamed file by file, so memory stays flat however big the site is.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";

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

/** Writes `tarPath` from the contents of `dir`. */
export async function writePagesArtifact(dir: string, tarPath: string): Promise<PagesArtifactSummary> {
  const root = path.resolve(dir);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new PagesArtifactError(`Cannot archive ${dir}: it is not a folder`);
  const summary: PagesArtifactSummary = { tarPath, files: 0, folders: 0, contentBytes: 0, tarBytes: 0 };
  await pipeline(archiveEntries(root, summary), createWriteStream(tarPath, { highWaterMark: 1 << 20 }));
  return summary;
}

async function* archiveEntries(root: string, summary: PagesArtifactSummary): AsyncGenerator<Buffer> {
  const emit = (buf: Buffer) => {
    summary.tarBytes += buf.length;
    return buf;
  };
  for await (const chunk of walk(root, "./", new Set(), summary)) yield emit(chunk);
  yield emit(Buffer.alloc(2 * BLOCK));
  const rest = (RECORD - (summary.tarBytes % RECORD)) % RECORD;
  if (rest) yield emit(Buffer.alloc(rest));
}

/** Emits the folder's entry, then its children sorted by name, depth first, following links. */
async function* walk(
  abs: string,
  name: string,
  ancestors: Set<string>,
  summary: PagesArtifactSummary,
): AsyncGenerator<Buffer> {
  const info = await stat(abs);
  const id = `${info.dev}:${info.ino}`;
  if (ancestors.has(id)) throw new PagesArtifactError(`Cannot archive ${abs}: a link loops back to a parent folder`);
  yield* headerBlocks(name, 0, DIR_MODE, "5", info.mtimeMs);
  summary.folders++;
  const inside = new Set(ancestors).add(id);
  const children = (await readdir(abs)).filter((n) => !EXCLUDED_NAMES.has(n)).sort(byBytes);
  for (const child of children) {
    const childAbs = path.join(abs, child);
    // stat, not lstat: --dereference archives what a link points to.
    const childInfo = await stat(childAbs).catch((error: NodeJS.ErrnoException) => {
      throw new PagesArtifactError(`Cannot archive ${childAbs}: ${error.code === "ENOENT" ? "broken link" : error.message}`);
    });
    if (childInfo.isDirectory()) {
      yield* walk(childAbs, `${name}${child}/`, inside, summary);
    } else if (childInfo.isFile()) {
      yield* fileEntry(childAbs, `${name}${child}`, childInfo.size, childInfo.mtimeMs);
      summary.files++;
      summary.contentBytes += childInfo.size;
    } else {
      throw new PagesArtifactError(`Cannot archive ${childAbs}: only files and folders can go into a Pages site`);
    }
  }
}

async function* fileEntry(abs: string, name: string, size: number, mtimeMs: number): AsyncGenerator<Buffer> {
  yield* headerBlocks(name, size, FILE_MODE, "0", mtimeMs);
  let copied = 0;
  if (size > 0) {
    for await (const chunk of createReadStream(abs, { start: 0, end: size - 1, highWaterMark: 1 << 20 })) {
      copied += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  // The header already promised `size` bytes: a file cut short while we read would corrupt the archive.
  if (copied !== size) throw new PagesArtifactError(`Cannot archive ${abs}: it changed size while being read`);
  const pad = (BLOCK - (size % BLOCK)) % BLOCK;
  if (pad) yield Buffer.alloc(pad);
}

/** A ustar header, preceded by a pax header when the name or size does not fit ustar's fields. */
function* headerBlocks(name: string, size: number, mode: number, type: "0" | "5", mtimeMs: number): Generator<Buffer> {
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
