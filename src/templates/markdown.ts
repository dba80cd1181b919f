/**
 * datasette-render-markdown's renderer: Markdown to HTML, then cleaned against its allow-list
 * (disallowed tags escaped, as Bleach does), links marked rel="nofollow", images capped at max-width
 * 100%, wrapped in `<div style="white-space: normal">`. The result is Markup, so it is not escaped again.
 * Templates reach it through markdown-template.ts, which loads this module on first use; plugins
 * through the plugin API.
 */
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { highlight, highlightLanguage } from "./highlight.js";
import { markSafe, pyStr, type SafeString } from "./python-values.js";

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
