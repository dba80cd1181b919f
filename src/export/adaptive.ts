/**
 * `--render adaptive`: Chromium is only worth its cost on pages whose scripts change the DOM. Pages are
 * grouped by a cheap template key; the first `agreements` pages of each key are rendered in the
 * browser and their DOM compared with the DOM of the HTML as the server sent it, parsed by the same
 * Chromium without running scripts (`BrowserPool.parseStatic`). Once that many agree, the key's
 * remaining pages are written over HTTP; a single difference pins the key to the browser for good.
 *
 * The risk is the one the mode opts into: a page whose scripts change the DOM only for some data
 * (an empty table, a long value) and whose template's first pages never showed it. The key is built
 * to split pages that differ in what their scripts could do, so such a page must share its path
 * shape, body class and script text (literals aside) with pages that agreed.
 */
import { createHash } from "node:crypto";

/** Renders of one template that must agree before the rest of its pages go over HTTP. */
export const DEFAULT_AGREEMENTS = 5;

export type AdaptiveChoice = "browser" | "compare" | "http";

/**
 * A page's template, from what the exporter already holds: the path with its last segment replaced
 * (/db/table/17 → /db/table/*), its query's parameter names, the `<body class>` (Datasette names the
 * view, database and table there), and a fingerprint of its scripts — each script's src, or its
 * inline text with string and number literals blanked, so a row id baked into a script does not split
 * the template but a different script does.
 */
export function templateKey(sitePath: string, html: string): string {
  const q = sitePath.indexOf("?");
  const pathname = q === -1 ? sitePath : sitePath.slice(0, q);
  const params = q === -1 ? [] : [...new URLSearchParams(sitePath.slice(q + 1)).keys()];
  const shape = pathname.replace(/[^/]*$/, "*");
  const bodyClass = /<body\b[^>]*?\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(html);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map(([, attrs, body]) => {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs!);
    return src ? `src:${src[1] ?? src[2] ?? src[3]}` : `inline:${blankLiterals(body!)}`;
  });
  const fingerprint = createHash("sha1").update(scripts.join("\n")).digest("hex").slice(0, 12);
  const cls = bodyClass ? (bodyClass[1] ?? bodyClass[2] ?? bodyClass[3])!.trim().split(/\s+/).sort() : [];
  return `${shape}?${[...new Set(params)].sort().join("&")} body.${cls.join(".")} scripts:${fingerprint}`;
}

function blankLiterals(js: string): string {
  return js
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')
    .replace(/\b\d+(?:\.\d+)?\b/g, "0")
    .replace(/\s+/g, " ")
    .trim();
}

/** Per-template verdicts of one export. Not shared between exports: a site's scripts may change. */
export class AdaptiveRouter {
  private readonly agreed = new Map<string, number>();
  private readonly pinned = new Set<string>();

  /** @param agreements default DEFAULT_AGREEMENTS (5) */
  constructor(readonly agreements = DEFAULT_AGREEMENTS) {
    if (!Number.isInteger(agreements) || agreements < 1)
      throw new Error("adaptive agreements must be a whole number >= 1");
  }

  /**
   * "compare" until the key has enough agreeing renders, then "http"; "browser" once pinned. Pages of
   * one key already in flight are all compared, so a key may get a few more browser renders than needed.
   */
  choose(key: string): AdaptiveChoice {
    if (this.pinned.has(key)) return "browser";
    return (this.agreed.get(key) ?? 0) >= this.agreements ? "http" : "compare";
  }

  /** Records one comparison; `same` false pins the key to the browser. */
  record(key: string, same: boolean): void {
    if (!same) {
      this.pinned.add(key);
      this.agreed.delete(key);
    } else if (!this.pinned.has(key)) this.agreed.set(key, (this.agreed.get(key) ?? 0) + 1);
  }

  /** Template keys switched to HTTP and kept in the browser, for the export's summary. */
  summary(): { http: string[]; browser: string[] } {
    const http = [...this.agreed].filter(([, n]) => n >= this.agreements).map(([k]) => k);
    return { http, browser: [...this.pinned] };
  }
}
