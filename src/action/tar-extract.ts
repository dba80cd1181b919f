/**
 * Extracts a Pages artifact tar (ours, or GNU tar's as upload-pages-artifact makes it) into a folder, for
 * merge mode. Only files and folders are accepted, and no entry may land outside the folder: a shard's
 * artifact is input we did not write in this process.
 */
import { mkdir, open, type FileHandle } from "node:fs/promises";
import path from "node:path";

export class TarExtractError extends Error {
  override name = "TarExtractError";
}

const BLOCK = 512;
const CHUNK = 1 << 20;

/** Extracts `tarPath` into `dir` (created if needed); returns the files written, relative, with `/`. */
export async function extractPagesTar(tarPath: string, dir: string): Promise<string[]> {
  const root = path.resolve(dir);
  await mkdir(root, { recursive: true });
  const tar = await open(tarPath, "r");
  const files: string[] = [];
  try {
    let offset = 0;
    let pax: Record<string, string> = {};
    let longName: string | null = null;
    const header = Buffer.alloc(BLOCK);
    for (;;) {
      const { bytesRead } = await tar.read(header, 0, BLOCK, offset);
      if (bytesRead < BLOCK) throw new TarExtractError(`${tarPath} ends in the middle of an entry`);
      offset += BLOCK;
      if (header.every((b) => b === 0)) break;
      checkChecksum(header, tarPath);
      const type = String.fromCharCode(header[156]!);
      const size = Number(pax.size ?? readOctal(header, 124, 12));
      const name = pax.path ?? longName ?? ustarName(header);
      if (type === "x" || type === "L") {
        const body = Buffer.alloc(size);
        await tar.read(body, 0, size, offset);
        if (type === "x") pax = parsePax(body, tarPath);
        else longName = body.toString("utf8").replace(/\0+$/, "");
      } else if (type === "g") {
        // A global pax header carries nothing a Pages site needs.
      } else {
        const target = safeTarget(root, name, tarPath);
        if (type === "5") {
          await mkdir(target, { recursive: true });
        } else if (type === "0" || type === "\0") {
          await mkdir(path.dirname(target), { recursive: true });
          await copyRange(tar, offset, size, target);
          files.push(path.relative(root, target).split(path.sep).join("/"));
        } else {
          throw new TarExtractError(
            `${tarPath}: "${name}" is not a file or folder (type ${JSON.stringify(type)})`,
          );
        }
        pax = {};
        longName = null;
      }
      offset += Math.ceil(size / BLOCK) * BLOCK;
    }
  } finally {
    await tar.close();
  }
  return files;
}

async function copyRange(tar: FileHandle, start: number, size: number, target: string): Promise<void> {
  // "wx": two entries naming one file would mean a corrupt or hostile archive.
  const out = await open(target, "wx", 0o644).catch((error: NodeJS.ErrnoException) => {
    throw new TarExtractError(
      `Cannot write ${target}: ${error.code === "EEXIST" ? "the archive holds it twice" : error.message}`,
    );
  });
  try {
    const buf = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    for (let done = 0; done < size;) {
      const { bytesRead } = await tar.read(buf, 0, Math.min(buf.length, size - done), start + done);
      if (bytesRead === 0) throw new TarExtractError(`Archive ends inside ${target}`);
      await out.write(buf, 0, bytesRead);
      done += bytesRead;
    }
  } finally {
    await out.close();
  }
}

function safeTarget(root: string, name: string, tarPath: string): string {
  const clean = path.posix.normalize(name.replace(/\\/g, "/"));
  if (path.posix.isAbsolute(clean) || clean === ".." || clean.startsWith("../")) {
    throw new TarExtractError(`${tarPath}: entry "${name}" points outside the folder`);
  }
  return path.join(root, clean);
}

function ustarName(h: Buffer): string {
  const name = cString(h, 0, 100);
  const magic = h.toString("latin1", 257, 263);
  const prefix = magic === "ustar\0" ? cString(h, 345, 155) : "";
  return prefix ? `${prefix}/${name}` : name;
}

function cString(h: Buffer, offset: number, length: number): string {
  const end = h.indexOf(0, offset);
  return h.toString("utf8", offset, end === -1 || end > offset + length ? offset + length : end);
}

function readOctal(h: Buffer, offset: number, length: number): number {
  const text = cString(h, offset, length).trim();
  return text ? parseInt(text, 8) : 0;
}

function checkChecksum(h: Buffer, tarPath: string): void {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
  if (sum !== readOctal(h, 148, 8))
    throw new TarExtractError(`${tarPath} is not a tar file (bad header checksum)`);
}

function parsePax(body: Buffer, tarPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < body.length && body[i] !== 0) {
    const space = body.indexOf(0x20, i);
    const len = parseInt(body.toString("latin1", i, space), 10);
    if (!(len > 0) || space === -1) throw new TarExtractError(`${tarPath} has a malformed pax header`);
    const record = body.toString("utf8", space + 1, i + len - 1);
    const eq = record.indexOf("=");
    out[record.slice(0, eq)] = record.slice(eq + 1);
    i += len;
  }
  return out;
}
