/**
 * The writer thread an export's files go through (src/export/file-writer.ts): files and their folders
 * are written, bytes as given; a failed write rejects with fs's own error (its code tells a full disk
 * from a page's own problem) and the writes after it still happen; a closed writer refuses.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FileWriter } from "../../src/export/file-writer.js";

let dir: string;
let writer: FileWriter;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "file-writer-"));
  writer = new FileWriter();
});
afterEach(async () => {
  await writer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the file writer", () => {
  it("writes strings and buffers, creating folders, and a reused buffer does not change a written file", async () => {
    const buffer = Buffer.from("bytes \u00e9\u0000\u00ff");
    const pooled = Buffer.from("a slice of a shared pool"); // small Buffers share one ArrayBuffer
    const writes = [
      writer.write(path.join(dir, "a", "b", "page.json"), '{"é": 1}', path.join(dir, "a", "b")),
      writer.write(path.join(dir, "a", "b", "raw.bin"), buffer, null),
      writer.write(path.join(dir, "pool.txt"), pooled, null),
    ];
    buffer.fill(0); // copied before write() returned
    await Promise.all(writes);
    expect(readFileSync(path.join(dir, "a", "b", "page.json"), "utf8")).toBe('{"é": 1}');
    expect(readFileSync(path.join(dir, "a", "b", "raw.bin"))).toEqual(
      Buffer.from("bytes \u00e9\u0000\u00ff"),
    );
    expect(readFileSync(path.join(dir, "pool.txt"), "utf8")).toBe("a slice of a shared pool");
  });

  it("writes every file of a batch past its first buffer with its own bytes, large and small", async () => {
    // One turn of the event loop: the writes travel in one batch, their bytes end to end in one buffer.
    const expected = new Map<string, Buffer>();
    const writes = [];
    for (let i = 0; i < 300; i++) {
      const file = path.join(dir, `page-${i}.html`);
      const text = `<p>page ${i} — ${"é🙂".repeat(i * 7)}</p>`;
      const data = i % 2 ? text : Buffer.from(text);
      expected.set(file, Buffer.from(text));
      writes.push(writer.write(file, data, null));
    }
    const big = Buffer.alloc(700 * 1024, 7); // larger than the batch's first buffer on its own
    writes.push(writer.write(path.join(dir, "big.bin"), big, null));
    expected.set(path.join(dir, "big.bin"), Buffer.from(big));
    writes.push(writer.write(path.join(dir, "empty.txt"), "", null));
    expected.set(path.join(dir, "empty.txt"), Buffer.alloc(0));
    await Promise.all(writes);
    for (const [file, bytes] of expected) expect(readFileSync(file)).toEqual(bytes);
  });

  it("rejects a failed write with fs's error and code, and goes on with the next", async () => {
    writeFileSync(path.join(dir, "file"), "a file, not a folder");
    const failed = writer.write(path.join(dir, "file", "page.html"), "x", null);
    const next = writer.write(path.join(dir, "next.html"), "next", null);
    await expect(failed).rejects.toMatchObject({ code: "ENOTDIR", syscall: "open" });
    await next;
    expect(readFileSync(path.join(dir, "next.html"), "utf8")).toBe("next");
  });

  it("refuses writes once closed", async () => {
    await writer.close();
    await expect(writer.write(path.join(dir, "late.html"), "late", null)).rejects.toThrow(/closed/);
  });
});
