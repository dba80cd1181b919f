/**
 * The plugin API: what a plugin imports from "datasette-export/plugin" (see docs/plugins.md). Everything
 * a ported Datasette plugin reaches for in Python — `Markup`, `escape`, a markdown renderer, an HTML
 * parser — comes from here, so a plugin needs no npm install of its own and uses the same copies the
 * server does.
 */
import {
  bindArgs,
  escapeHtml,
  isSafe,
  markSafe,
  splitArgs,
  type SafeString,
} from "../templates/python-values.js";

export type {
  Plugin,
  Route,
  RouteHandlerContext,
  PageHookContext,
  CellContext,
  OutputRenderer,
  Actor,
  MenuLink,
  ActionItem,
  ActionItems,
  TopHtml,
} from "./hooks.js";
export type { Datasette, RenderTemplateOptions } from "../server/datasette.js";
export type { TemplateEngine } from "../templates/types.js";
export type { SafeString as MarkupString };

/**
 * Jinja's `Markup`: marks HTML as safe, so templates print it without escaping. Return it from a
 * template function, a filter or `renderCell`.
 */
export function Markup(html: string): SafeString {
  return markSafe(html);
}

/** MarkupSafe's `escape`: escapes `& < > " '` and returns Markup; Markup passes through unchanged. */
export function escape(value: unknown): SafeString {
  return escapeHtml(value);
}

/** True for a value made by `Markup` (or `escape`, or a template's `|safe`). */
export function isMarkup(value: unknown): value is SafeString {
  return isSafe(value);
}

/**
 * A template function or filter with Python's calling convention. Templates call it with positional
 * and keyword arguments (`{{ sql("select …", database="content") }}`); `fn` receives one object of
 * them by parameter name, missing ones `undefined`. Too many positional arguments, or an unknown
 * keyword, is an error as it is in Python.
 *
 *     env.addGlobal("greet", templateFunction(["name", "greeting"], ({ name, greeting = "Hello" }) =>
 *       `${greeting}, ${name}`));
 */
export function templateFunction<R>(
  parameters: string[],
  fn: (args: Record<string, unknown>) => R,
  name = "function",
): (...args: unknown[]) => R {
  return (...args: unknown[]) => fn(bindArgs(name, parameters, args));
}

/**
 * The positional and keyword arguments of a call from a template, for functions that take any number
 * of either (Python's `*args, **kwargs`). Keyword arguments arrive from the template engine as one
 * last argument that this recognises; do not look for it yourself.
 */
export function splitArguments(args: unknown[]): {
  positional: unknown[];
  keywords: Record<string, unknown>;
} {
  const { pos, kw } = splitArgs(args);
  return { positional: pos, keywords: kw };
}

/** datasette-render-markdown's renderer: Markdown to sanitised HTML, as Markup. */
export { renderMarkdown, type MarkdownOptions } from "../templates/markdown.js";

/** Packages the server ships, for plugins: the markdown parser, the HTML sanitiser and an HTML parser. */
export { Marked, marked } from "marked";
export { default as sanitizeHtml } from "sanitize-html";
export * as htmlparser2 from "htmlparser2";
