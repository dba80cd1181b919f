import type Koa from "koa";
import type { Datasette } from "./datasette.js";

/**
 * Datasette's flash messages (datasette.add_message / show_messages): a message added while answering
 * one request — typically before a redirect — travels in the signed `ds_messages` cookie and is shown,
 * then cleared, by the next page that renders them.
 */

/** Datasette's message levels: `datasette.INFO`, `WARNING`, `ERROR`; templates pick a CSS class by them. */
export const INFO = 1;
export const WARNING = 2;
export const ERROR = 3;
export type MessageType = typeof INFO | typeof WARNING | typeof ERROR;

/** `[message, type]`, the pair Datasette signs into the cookie and templates unpack. */
export type Message = [string, MessageType];

const COOKIE = "ds_messages";
/** The signer namespace (Datasette's "messages" salt): a value signed for anything else is refused. */
const NAMESPACE = "messages";

/** Adds a message for the next page shown to this browser (Datasette's add_message; type defaults to INFO). */
export function addMessage(
  datasette: Datasette,
  ctx: Koa.Context,
  message: string,
  type: MessageType = INFO,
) {
  const messages = pending(datasette, ctx);
  messages.push([message, type]);
  ctx.cookies.set(COOKIE, datasette.sign(messages, NAMESPACE), COOKIE_OPTIONS);
}

/**
 * The messages waiting for this request, taken once: a second call in the same request answers none, and
 * the response clears the cookie (Datasette's show_messages). Messages added afterwards are kept.
 */
export function showMessages(datasette: Datasette, ctx: Koa.Context): Message[] {
  const messages = pending(datasette, ctx);
  if (!messages.length) return [];
  ctx.state.dsMessages = [];
  ctx.cookies.set(COOKIE, "", { ...COOKIE_OPTIONS, maxAge: 0, expires: new Date(0) });
  return messages;
}

// Datasette's set_cookie defaults: the whole site, Lax, readable by scripts, for the browser session.
const COOKIE_OPTIONS = { path: "/", sameSite: "lax", httpOnly: false, overwrite: true } as const;

/** This request's messages, read from the cookie on first use (a tampered or foreign cookie is ignored). */
function pending(datasette: Datasette, ctx: Koa.Context): Message[] {
  if (!ctx.state.dsMessages) ctx.state.dsMessages = fromCookie(datasette, ctx.cookies.get(COOKIE));
  return ctx.state.dsMessages as Message[];
}

function fromCookie(datasette: Datasette, value: string | undefined): Message[] {
  if (!value) return [];
  let decoded: unknown;
  try {
    decoded = datasette.unsign(value, NAMESPACE);
  } catch {
    return [];
  }
  if (!Array.isArray(decoded)) return [];
  return decoded.filter(
    (m): m is Message =>
      Array.isArray(m) && m.length === 2 && typeof m[0] === "string" && [INFO, WARNING, ERROR].includes(m[1]),
  );
}
