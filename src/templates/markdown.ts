/**
 * `render_markdown()` and `{% markdown %}…{% endmarkdown %}` as datasette-render-markdown provides them:
 * Markdown to HTML, then cleaned against its allow-list (disallowed tags escaped, as Bleach does),
 * links marked rel="nofollow", images capped at max-width 100%, wrapped in
 * `<div style="white-space: normal">`. The result is Markup, so it is not escaped again.
 */
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { highlight, highlightLanguage } from "./highlight.js";
import { bindArgs, isPlainObject, markSafe, pyStr, type SafeString } from "./python-values.js";

/** datasette-render-markdown's allowed tags and attributes. */
export const MARKDOWN_TAGS = [
  "a",
  "abbr",
  "acronym",
  "b",
  "blockquote",
  "code",
  "em",
  "i",
  "li",
  "ol",
  "strong",
  "ul",
  "pre",
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "img",
];
export const MARKDOWN_ATTRS: Record<string, string[]> = { a: ["href"], img: ["src", "alt"] };

/**
 * Python-Markdown's extensions, as far as we follow them: `fenced_code` (``` blocks; without it a
 * fence is an inline code span, as in Python-Markdown), `tables`, and `codehilite` (code blocks in
 * `<div class="codehilite"><pre><span></span><code>` with Pygments' token classes: highlight.ts). The
 * `extra` extension turns on fenced code and tables. Other names are accepted and change nothing.
 * Bare URLs become links with rel="nofollow", as Bleach's linkify does for datasette-render-markdown.
 */
function markdownParser(extensions: string[]): Marked {
  const names = new Set(extensions.map((e) => e.replace(/^markdown\.extensions\./, "")));
  const fenced = names.has("fenced_code") || names.has("extra");
  const tables = names.has("tables") || names.has("extra");
  const codehilite = names.has("codehilite");
  const key = `${fenced}|${tables}|${codehilite}`;
  const cached = parsers.get(key);
  if (cached) return cached;
  // A tokenizer that returns undefined turns that piece of syntax off (false would fall back to marked's).
  const off = () => undefined;
  const parser = new Marked({ gfm: true, breaks: false, async: false });
  parser.use({
    tokenizer: {
      del: off, // Python-Markdown has no ~~strikethrough~~
      ...(fenced ? {} : { fences: off }),
      ...(tables ? {} : { table: off }),
    },
    ...(codehilite
      ? {
          renderer: {
            code({ text, lang }: { text: string; lang?: string }) {
              const language = highlightLanguage(lang?.split(/\s+/)[0]);
              const body = highlight(text.endsWith("\n") ? text : text + "\n", language);
              return `<div class="codehilite"><pre><span></span><code>${body}</code></pre></div>\n`;
            },
          },
        }
      : {}),
  });
  parsers.set(key, parser);
  return parser;
}

const parsers = new Map<string, Marked>();

export interface MarkdownOptions {
  /** Python-Markdown extension names: fenced_code, tables, codehilite, extra (see markdownParser). */
  extensions?: string[];
  extraTags?: string[];
  extraAttrs?: Record<string, string[]>;
}

export function renderMarkdown(text: unknown, options: MarkdownOptions = {}): SafeString {
  if (text === null || text === undefined) return markSafe("");
  const html = markdownParser(options.extensions ?? []).parse(pyStr(text)) as string;
  const attrs: Record<string, string[]> = { ...MARKDOWN_ATTRS, ...options.extraAttrs };
  attrs.a = [...(attrs.a ?? []), "rel"];
  attrs.img = [...(attrs.img ?? []), "style"];
  const clean = sanitizeHtml(html, {
    allowedTags: [...MARKDOWN_TAGS, ...(options.extraTags ?? [])],
    allowedAttributes: attrs,
    allowedSchemes: ["http", "https", "mailto"],
    disallowedTagsMode: "escape",
    parseStyleAttributes: false,
    // Both attributes are set here, never taken from the input, so allowing them lets in no user value.
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow" } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, style: "max-width: 100%" } }),
    },
  });
  return markSafe(`<div style="white-space: normal">${clean.trim()}</div>`);
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
  return renderMarkdown(a.value, {
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
    const attrs = JSON.parse(attrsJson) as Record<string, string>;
    return renderMarkdown(dedent(pyStr(body())), {
      extensions: asList(attrs.extensions),
      extraTags: asList(attrs.extra_tags),
      extraAttrs: parseExtraAttrs(attrs.extra_attrs),
    });
  }
}
