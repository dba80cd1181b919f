/**
 * `render_markdown()` and `{% markdown %}…{% endmarkdown %}` in templates; markdown.ts renders. Its
 * renderer (marked, and sanitize-html with postcss and htmlparser2: ~100 ms of a start-up) is loaded on
 * first use, not when the server boots: most sites never render markdown, and an export's JSON pages
 * render no template at all. Template calls are synchronous, so a render pass that meets markdown before
 * the renderer has loaded gets an empty placeholder; the engine then loads it and runs the pass again
 * (engine.ts), as it does for sql() queries.
 */
import type { MarkdownOptions } from "./markdown.js";
import { bindArgs, isPlainObject, markSafe, pyStr, type SafeString } from "./python-values.js";

type Renderer = (text: unknown, options?: MarkdownOptions) => SafeString;

/** Markdown was asked for outside a template render before loadMarkdown() had finished: our bug. */
export class MarkdownNotLoadedError extends Error {
  override name = "MarkdownNotLoadedError";
  constructor() {
    super("Internal error: markdown was rendered outside a template render before loadMarkdown() finished");
  }
}

let renderer: Renderer | null = null;
let loading: Promise<void> | null = null;

/** Loads the renderer, once per thread. A failed load stays failed (every render reports it). */
export function loadMarkdown(): Promise<void> {
  return (loading ??= import("./markdown.js").then((m) => {
    renderer = m.renderMarkdown;
  }));
}

/** Whether this thread has loaded the renderer. */
export function markdownLoaded(): boolean {
  return renderer !== null;
}

/** The render pass running now, if any: told when it met markdown before the renderer had loaded. */
let pass: { missed: boolean } | null = null;

/**
 * Runs one synchronous render pass (which must catch its own errors). True when the pass met markdown
 * before the renderer had loaded: its output holds empty placeholders, so load and run it again.
 */
export function markdownMissedBy(render: () => void): boolean {
  const outer = pass;
  const mine = { missed: false };
  pass = mine;
  try {
    render();
  } finally {
    pass = outer;
  }
  return mine.missed;
}

/** The renderer, or null inside a pass that must run again; outside a pass, not loaded is an error. */
function markdownRenderer(): Renderer | null {
  if (renderer) return renderer;
  if (!pass) throw new MarkdownNotLoadedError();
  pass.missed = true;
  return null;
}

function asList(v: unknown): string[] | undefined {
  if (v == null) return undefined;
  if (Array.isArray(v)) return v.map(pyStr);
  const s = pyStr(v).trim();
  if (s.startsWith("[")) return (JSON.parse(s) as unknown[]).map(pyStr); // older plugin versions took JSON lists
  return s.split(/\s+/).filter(Boolean);
}

/** `extra_attrs`: a dict, or the tag syntax "a:href,title img:src" (";" also separates tags). */
function parseExtraAttrs(v: unknown): Record<string, string[]> | undefined {
  if (v == null) return undefined;
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asList(x) ?? []]));
  const out: Record<string, string[]> = {};
  for (const part of pyStr(v)
    .split(/[\s;]+/)
    .filter(Boolean)) {
    const [tag, list] = part.split(":");
    if (!tag || list === undefined) throw new Error(`extra_attrs: expected tag:attr1,attr2, got '${part}'`);
    out[tag] = list.split(",").filter(Boolean);
  }
  return out;
}

/** The `render_markdown(value, extensions=None, extra_tags=None, extra_attrs=None)` template function. */
export function renderMarkdownFunction(...args: unknown[]): SafeString {
  const a = bindArgs("render_markdown", ["value", "extensions", "extra_tags", "extra_attrs"], args);
  const render = markdownRenderer();
  if (!render) return markSafe("");
  return render(a.value, {
    extensions: asList(a.extensions),
    extraTags: asList(a.extra_tags),
    extraAttrs: parseExtraAttrs(a.extra_attrs),
  });
}

/** Python's textwrap.dedent: removes the indentation common to every non-blank line. */
export function dedent(text: string): string {
  const lines = text.split("\n").map((l) => (/^[ \t]+$/.test(l) ? "" : l));
  const indents = lines.filter((l) => l !== "").map((l) => /^[ \t]*/.exec(l)![0]);
  let common = indents[0] ?? "";
  for (const ind of indents) while (!ind.startsWith(common)) common = common.slice(0, -1);
  return lines.map((l) => l.slice(common.length)).join("\n");
}

const TAG_ATTRS = new Set(["extensions", "extra_tags", "extra_attrs"]);

/** The `{% markdown extensions="…" extra_tags="…" extra_attrs="…" %}…{% endmarkdown %}` block tag. */
export class MarkdownTag {
  tags = ["markdown"];

  // Attributes are `name="value"` pairs separated by spaces (not commas), as in the Jinja extension.
  parse(parser: any, nodes: any, lexer: any): unknown {
    const tok = parser.nextToken();
    const attrs: Record<string, string> = {};
    while (parser.peekToken()?.type !== lexer.TOKEN_BLOCK_END) {
      const name = parser.nextToken();
      const eq = parser.nextToken();
      const value = parser.nextToken();
      if (name?.type !== lexer.TOKEN_SYMBOL || eq?.value !== "=" || value?.type !== lexer.TOKEN_STRING)
        parser.fail('markdown tag: attributes must be name="value"', tok.lineno, tok.colno);
      if (!TAG_ATTRS.has(name.value))
        parser.fail(`markdown tag: unknown attribute '${name.value}'`, tok.lineno, tok.colno);
      attrs[name.value] = value.value;
    }
    parser.advanceAfterBlockEnd(tok.value);
    const body = parser.parseUntilBlocks("endmarkdown");
    parser.advanceAfterBlockEnd();
    const args = new nodes.NodeList(tok.lineno, tok.colno, [
      new nodes.Literal(tok.lineno, tok.colno, JSON.stringify(attrs)),
    ]);
    return new nodes.CallExtension(this, "run", args, [body]);
  }

  run(_context: unknown, attrsJson: string, body: () => unknown): SafeString {
    const render = markdownRenderer();
    if (!render) return markSafe("");
    const attrs = JSON.parse(attrsJson) as Record<string, string>;
    return render(dedent(pyStr(body())), {
      extensions: asList(attrs.extensions),
      extraTags: asList(attrs.extra_tags),
      extraAttrs: parseExtraAttrs(attrs.extra_attrs),
    });
  }
}
