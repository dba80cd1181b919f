/**
 * A stand-in for GitHub Pages serving a project site: the published folder under /REPO/, with Pages' file
 * mapping (/x → x.html, then x/index.html behind a redirect to /x/; /x/ → x/index.html), the query string
 * ignored, 404.html (or a plain 404) for anything else.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface PagesHost {
  /** http://127.0.0.1:PORT/REPO/ */
  url: string;
  /** Every request as "STATUS /path", in arrival order. */
  log: string[];
  close(): Promise<void>;
}

/**
 * The file Pages answers a URL path (below the base) with, or a redirect target, or null for a 404.
 * `rel` is decoded and has no leading slash: "" is the home page.
 */
export function pagesFile(dir: string, rel: string): { file: string } | { redirect: string } | null {
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  const target = path.join(dir, rel);
  if (!target.startsWith(dir)) return null;
  if (rel === "" || rel.endsWith("/")) {
    const index = path.join(target, "index.html");
    return isFile(index) ? { file: index } : null;
  }
  if (isFile(target)) return { file: target };
  if (isFile(target + ".html")) return { file: target + ".html" };
  if (isFile(path.join(target, "index.html"))) return { redirect: rel + "/" };
  return null;
}

/** `repo` "" serves the folder at "/", as for an OWNER.github.io repository or a custom domain. */
export async function startPagesHost(dir: string, repo: string): Promise<PagesHost> {
  const base = repo ? `/${repo}/` : "/";
  const log: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    const answer = (status: number, body: Buffer | string, type = "text/plain; charset=utf-8") => {
      log.push(`${status} ${pathname}`);
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    if (pathname + "/" === base) {
      log.push(`301 ${pathname}`);
      res.writeHead(301, { location: base });
      return res.end();
    }
    if (!pathname.startsWith(base)) return answer(404, "Not under the site's base path");
    let rel: string;
    try {
      rel = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return answer(400, "Bad path");
    }
    const found = pagesFile(dir, rel);
    if (found && "redirect" in found) {
      log.push(`301 ${pathname}`);
      res.writeHead(301, { location: base + found.redirect });
      return res.end();
    }
    if (!found) {
      const notFound = path.join(dir, "404.html");
      return existsSync(notFound)
        ? answer(404, readFileSync(notFound), TYPES[".html"])
        : answer(404, "File not found");
    }
    const type = TYPES[path.extname(found.file).toLowerCase()] ?? "application/octet-stream";
    answer(200, readFileSync(found.file), type);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
