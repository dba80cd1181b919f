import type Koa from "koa";
import type { Settings } from "../../config/settings.js";
import { HttpError } from "../http-error.js";
import { parseJson, JsonSyntaxError, type ParsedJson } from "./json-parse.js";

/** The body limit in bytes: the max_post_body_bytes setting (default 2 MiB; 0 = no limit). */
export function maxPostBodyBytes(settings: Pick<Settings, "max_post_body_bytes">): number {
  return settings.max_post_body_bytes;
}

const tooLarge = (max: number) => new HttpError(413, `Request body exceeded maximum size of ${max} bytes`);

/**
 * Reads the whole request body, refusing with a 413 as soon as it passes `maxBytes` — before reading
 * anything when Content-Length already says so — without buffering the rest.
 */
export function readBody(ctx: Koa.Context, maxBytes: number): Promise<Buffer> {
  const req = ctx.req;
  if (maxBytes && ctx.get("content-length") !== "" && Number(ctx.get("content-length")) > maxBytes) {
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    // Past the limit the rest is drained, not buffered, so the 413 still reaches the client.
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      received += chunk.length;
      if (maxBytes && received > maxBytes) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on("error", reject);
  });
}

/**
 * The body parsed as JSON whatever its Content-Type (as Datasette does), numbers' float-ness kept.
 * Malformed JSON is a 400 "Invalid JSON: …" with Python's wording.
 */
export async function readJson(ctx: Koa.Context, maxBytes: number): Promise<ParsedJson> {
  const body = await readBody(ctx, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new HttpError(400, "Invalid JSON: the body is not valid UTF-8");
  }
  try {
    return parseJson(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new HttpError(400, `Invalid JSON: ${error.message}`);
    throw error;
  }
}
