/**
 * What a database file lets us do, found before SQLite is asked: whether it is in WAL mode (its header says
 * so for good: bytes 18–19 are 2 2), and why it could not be written. We never change a file's journal
 * mode: a file nobody writes to stays byte-for-byte as it was, as Datasette leaves it.
 */
import { accessSync, closeSync, constants, existsSync, openSync, readSync } from "node:fs";
import path from "node:path";

/** True when the file's header says WAL (SQLite's write and read versions both 2). */
export function isWalFile(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return false;
  }
  try {
    const header = Buffer.alloc(20);
    return readSync(fd, header, 0, 20, 0) === 20 && header[18] === 2 && header[19] === 2;
  } finally {
    closeSync(fd);
  }
}

/**
 * Why writes to `file` cannot work, or null when they can: the file itself is read-only, or its folder is
 * (SQLite writes a journal beside the file). Root passes both checks, as it writes through file modes.
 */
export function whyUnwritable(file: string): string | null {
  if (!writable(file)) return `the file ${file} is read-only`;
  if (!writable(path.dirname(file)))
    return `its folder ${path.dirname(file)} is read-only (SQLite writes its journal there)`;
  return null;
}

/**
 * A hint for a file SQLite could not read: a WAL file needs `-shm` and `-wal` beside it, which SQLite
 * cannot create in a read-only folder.
 */
export function walHint(file: string): string {
  if (!isWalFile(file) || writable(path.dirname(file)) || existsSync(`${file}-shm`)) return "";
  return (
    ` (the file is in WAL mode and its folder is read-only, so SQLite cannot create ${path.basename(file)}-shm` +
    ` beside it; switch it back once, where it can be written: sqlite3 ${path.basename(file)} "pragma journal_mode=delete")`
  );
}

function writable(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
