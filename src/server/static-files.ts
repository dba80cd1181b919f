import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type Koa from "koa";
import type { Datasette } from "./datasette.js";
import { resolveInsideFolder } from "./inside-folder.js";
import { PACKAGE_ROOT } from "../package-root.js";

/** The package's own static/ folder (CSS, JS), served at /-/static/. */
export const BUILT_IN_STATIC = path.join(PACKAGE_ROOT, "static");

/** Static files up to this size are read whole and sent as one Buffer; larger ones are streamed. */
export const BUFFERED_FILE_BYTES = 1024 * 1024;

/**
 * The default pages' scripts that only add ways to interact — menus, column actions, the column chooser,
 * the SQL editor, navigation search — and nothing a reader of the page sees before using them. They run
 * again in a visitor's browser on an exported site, so they never send a page through Chromium (the
 * exporter's own-script rule, src/export/render-http.ts). Not here: ephemeral-countdown.js, whose text
 * is part of what a page shows.
 */
export const INTERACTION_SCRIPTS: readonly string[] = [
  "datasette-manager.js",
  "menus.js",
  "navigation-search.js",
  "table.js",
  "column-chooser.js",
  "mobile-column-actions.js",
  "sql-editor.js",
];

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml",
  ".pdf": "application/pdf",
};

export function contentTypeFor(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Serves /-/static/… and each --static mount; true when it answered. Never leaves the mounted folder. */
export async function serveStatic(
  datasette: Datasette,
  ctx: Koa.Context,
  routePath: string,
): Promise<boolean> {
  if (ctx.method !== "GET" && ctx.method !== "HEAD") return false;
  const mounts = [{ mount: "-/static", dir: BUILT_IN_STATIC }, ...datasette.config.staticMounts];
  for (const { mount, dir } of mounts) {
    const prefix = `/${mount}/`;
    if (!routePath.startsWith(prefix)) continue;
    let rel: string;
    try {
      rel = decodeURIComponent(routePath.slice(prefix.length));
    } catch {
      return false;
    }
    return sendFileFrom(ctx, dir, rel);
  }
  return false;
}

/**
 * Answers with the file `rel` below `dir` (already URL-decoded); false when there is no such file or it
 * resolves outside `dir` (`..`, or a symlink pointing elsewhere). Shared by the static mounts and
 * plugins' static folders.
 */
export async function sendFileFrom(ctx: Koa.Context, dir: string, rel: string): Promise<boolean> {
  const file = await resolveInsideFolder(dir, rel);
  if (!file) return false;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  ctx.status = 200;
  ctx.type = contentTypeFor(rel);
  ctx.length = info.size;
  ctx.lastModified = info.mtime;
  ctx.set("Cache-Control", "max-age=3600");
  if (ctx.method === "HEAD") ctx.body = null;
  // Koa answers a stream body only after asking whether it is a fetch Response, and that first look at
  // the Response global loads Node's fetch (~35 ms): a page's CSS or script goes out as a Buffer.
  else ctx.body = info.size <= BUFFERED_FILE_BYTES ? await readFile(file) : createReadStream(file);
  return true;
}
