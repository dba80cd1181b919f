/**
 * Datasette's custom pages: `templates/pages/about.html` serves `/about`, `pages/docs/index.html`
 * serves `/docs`, and `{name}` in a file or folder name matches one path segment (several may share a
 * segment: `news/{yyyy}-{mm}-{dd}.html`). Exact files win over parameterised ones.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";

export interface PageRoute {
  /** Template name relative to the template folders, e.g. `pages/about.html`. */
  template: string;
  /** The URL path it serves, with `{param}` placeholders: `/plugins/{name}`. */
  path: string;
  /** Null for an exact path. */
  pattern: RegExp | null;
}

export interface PageMatch {
  template: string;
  params: Record<string, string>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(urlPath: string): RegExp | null {
  if (!/\{\w+\}/.test(urlPath)) return null;
  let source = "";
  let last = 0;
  for (const m of urlPath.matchAll(/\{(\w+)\}/g)) {
    source += escapeRegExp(urlPath.slice(last, m.index)) + `(?<${m[1]}>[^/]+)`;
    last = m.index + m[0].length;
  }
  return new RegExp(`^${source}${escapeRegExp(urlPath.slice(last))}$`);
}

async function listHtml(dir: string, rel = ""): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listHtml(dir, child)));
    else if (e.isFile() && e.name.endsWith(".html")) out.push(child);
  }
  return out;
}

/**
 * Finds every page template under `pagesDir` (a user's `templates/pages`); a missing folder has none.
 * Exact routes come first, then parameterised ones, most literal characters first.
 */
export async function scanPages(pagesDir: string): Promise<PageRoute[]> {
  const routes = (await listHtml(pagesDir)).map((file): PageRoute => {
    let urlPath = "/" + file.slice(0, -".html".length);
    if (urlPath === "/index") urlPath = "/";
    else if (urlPath.endsWith("/index")) urlPath = urlPath.slice(0, -"/index".length);
    return { template: `pages/${file}`, path: urlPath, pattern: compile(urlPath) };
  });
  const literal = (r: PageRoute) => r.path.replace(/\{\w+\}/g, "").length;
  return routes.sort(
    (a, b) => Number(a.pattern !== null) - Number(b.pattern !== null) || literal(b) - literal(a),
  );
}

/** The page that serves `urlPath`, or null. Paths with `.` or `..` segments never match. */
export function matchPage(routes: PageRoute[], urlPath: string): PageMatch | null {
  if (!urlPath.startsWith("/") || urlPath.includes("\\") || urlPath.includes("\0")) return null;
  const segments = urlPath.split("/").slice(1);
  for (const seg of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      return null;
    }
    if (seg === "." || seg === ".." || decoded === "." || decoded === ".." || decoded.includes("/"))
      return null;
  }
  for (const route of routes) {
    if (route.pattern === null) {
      if (route.path === urlPath) return { template: route.template, params: {} };
      continue;
    }
    const m = route.pattern.exec(urlPath);
    if (m) return { template: route.template, params: { ...m.groups } };
  }
  return null;
}
