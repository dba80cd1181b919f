/**
 * Messages as JSON lines over a socket: how the read pool and each read process talk (./read-launcher.ts
 * hands the server its end of every read process's socket pair). JSON.stringify escapes the newlines
 * inside strings, so a newline byte always ends a message, and cutting there never splits a character.
 */
import type { Socket } from "node:net";

const NEWLINE = 0x0a;

export class LineChannel<In, Out> {
  /** The start of a message whose end has not arrived yet. */
  private pending: Buffer[] = [];

  constructor(
    readonly socket: Socket,
    onMessage: (message: In) => void,
  ) {
    socket.on("data", (chunk: Buffer) => {
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        const line = this.pending.length
          ? Buffer.concat([...this.pending, chunk.subarray(start, end)])
          : chunk.subarray(start, end);
        this.pending = [];
        start = end + 1;
        onMessage(JSON.parse(line.toString("utf8")) as In);
      }
      if (start < chunk.length) this.pending.push(chunk.subarray(start));
    });
    // The other end went away (EPIPE, ECONNRESET): 'close' follows, and the owner learns of it there.
    socket.on("error", () => {});
  }

  /** Sends one message; `written` is called once it has been handed to the OS (or could not be). */
  send(message: Out, written?: () => void): void {
    if (!this.socket.writable) {
      written?.();
      return;
    }
    this.socket.write(JSON.stringify(message) + "\n", written && (() => written()));
  }
}
