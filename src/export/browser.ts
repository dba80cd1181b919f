/** Finding and launching the Chromium that renders pages. */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";

/**
 * Playwright, loaded on first use: it is the largest module the exporter has (~0.4 s of start-up),
 * and an export whose pages need no browser never needs it.
 */
const chromium = () =>
  (createRequire(import.meta.url)("playwright-core") as typeof import("playwright-core")).chromium;

export class BrowserNotFoundError extends Error {
  override name = "BrowserNotFoundError";
  constructor(readonly tried: string[]) {
    super(
      `No Chromium found to render pages (tried: ${tried.join(", ")}). Install one with ` +
        "`apt-get install chromium-headless-shell` (or `npx playwright install chromium`), " +
        "point --browser or DATASETTE_EXPORT_BROWSER at it, or export with --render http.",
    );
  }
}

/** Debian's lighter headless build first: it measured ~1.6× faster than full chromium. */
const SYSTEM_BROWSERS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

/**
 * Browser lookup, first that exists wins: the explicit option, DATASETTE_EXPORT_BROWSER, Playwright's
 * own download, then the system builds. An explicit choice that does not exist is an error, not a
 * silent fallback.
 */
export function findBrowser(explicit: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit ?? env.DATASETTE_EXPORT_BROWSER ?? null;
  if (chosen) {
    if (!existsSync(chosen)) throw new BrowserNotFoundError([chosen]);
    return chosen;
  }
  const tried: string[] = [];
  let own: string | null;
  try {
    own = chromium().executablePath();
  } catch {
    own = null;
  }
  for (const candidate of [own, ...SYSTEM_BROWSERS]) {
    if (!candidate) continue;
    tried.push(candidate);
    if (existsSync(candidate)) return candidate;
  }
  throw new BrowserNotFoundError(tried);
}

/** Flags that keep a headless export quiet and deterministic on a closed network. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--mute-audio",
  "--disable-dev-shm-usage",
  "--disable-features=Translate,MediaRouter,OptimizationHints",
];

export async function launchBrowser(executablePath: string): Promise<Browser> {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return chromium().launch({
    executablePath,
    headless: true,
    // The export handles these itself (export.ts): Playwright's handlers would keep the process alive
    // for seconds after SIGTERM and end it with another status.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [...CHROMIUM_ARGS, ...(isRoot ? ["--no-sandbox"] : [])],
  });
}
