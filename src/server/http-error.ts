/**
 * The one error type for HTTP answers. Views throw it; one handler turns it into Datasette's
 * error format (`{ok: false, error, errors, status}`) or the HTML error page.
 */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly status: number,
    message: string,
    readonly options: {
      errors?: string[];
      title?: string;
      cause?: unknown;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message, { cause: options.cause });
  }

  get errors(): string[] {
    return this.options.errors ?? [this.message];
  }
}

export const notFound = (message: string) => new HttpError(404, message);
export const badRequest = (message: string, errors?: string[]) => new HttpError(400, message, { errors });
export const forbidden = (message = "Permission denied") => new HttpError(403, message);
