import { createHash } from "node:crypto";
import type { Plugin } from "./hooks.js";
import { HttpError } from "../server/http-error.js";
import { toCssClass } from "../server/css-class.js";

/**
 * Datasette's `.blob` output renderer (datasette/blob_renderer.py) as a built-in plugin: the row and
 * table pages link BLOB cells to `/DB/TABLE/PK.blob?_blob_column=COL`, which downloads the bytes.
 * `_blob_hash` picks the row whose value has that SHA-256, so a stale link fails instead of serving
 * other bytes.
 */
export function blobRendererPlugin(): Plugin {
  return {
    name: "datasette-export-blob-renderer",
    builtIn: true,
    registerOutputRenderer: () => ({
      extension: "blob",
      contentType: "application/binary",
      async render({ columns, rows, table, request }) {
        const args = request.URL.searchParams;
        const column = args.get("_blob_column");
        if (column === null) throw new HttpError(400, "?_blob_column= is required");
        const index = columns.indexOf(column);
        if (index === -1) throw new HttpError(400, `${column} is not a valid column`);
        const hash = args.get("_blob_hash");
        const bytes = (value: unknown) =>
          Buffer.isBuffer(value) ? value : Buffer.from(value == null ? "" : String(value));
        const row = hash ? rows.find((r) => sha256(bytes(r[index])) === hash) : rows[0];
        if (!row) {
          throw new HttpError(
            400,
            hash
              ? "Link has expired - the requested binary content has changed or could not be found."
              : "Row not found",
          );
        }
        const pks = /\/([^/]+)\.blob$/.exec(request.path)?.[1];
        const filename = [
          table ? toCssClass(table) : null,
          pks && table ? pks : null,
          toCssClass(column),
          hash?.slice(0, 6),
        ]
          .filter(Boolean)
          .join("-");
        return {
          body: bytes(row[index]),
          contentType: "application/binary",
          headers: {
            "X-Content-Type-Options": "nosniff",
            "Content-Disposition": `attachment; filename="${filename}.blob"`,
          },
        };
      },
    }),
  };
}

function sha256(value: Buffer): string {
  return createHash("sha256").update(value).digest("hex");
}
