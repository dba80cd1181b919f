import { Readable } from "node:stream";
import type { CsvSource } from "./view.js";

/** One CSV field as Datasette writes it (Python's csv module, minimal quoting, \r\n line ends). */
function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (Buffer.isBuffer(value)) text = value.toString("base64");
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[]): string {
  return values.map(field).join(",") + "\r\n";
}

export interface CsvStreamOptions {
  /** settings.max_csv_mb in bytes; default Infinity (no limit). */
  maxBytes?: number;
  /** Write the heading row; `?_header=off` turns it off. Default true. */
  header?: boolean;
}

/** Streams the header and rows; an async row source is read one page at a time, so memory stays flat. */
export function csvStream(source: CsvSource, opts: CsvStreamOptions = {}): Readable {
  const { maxBytes = Infinity, header = true } = opts;
  async function* lines(): AsyncGenerator<string> {
    let written = 0;
    if (header) {
      const line = csvLine(source.columns);
      written += Buffer.byteLength(line);
      yield line;
    }
    for await (const row of source.rows as AsyncIterable<unknown[]>) {
      const line = csvLine(row);
      written += Buffer.byteLength(line);
      if (written > maxBytes)
        throw new Error(`CSV contains more than ${Math.round(maxBytes / 1024 / 1024)} MB`);
      yield line;
    }
  }
  return Readable.from(lines());
}
