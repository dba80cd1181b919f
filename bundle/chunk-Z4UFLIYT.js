import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);

// src/db/errors.ts
var SqlError = class extends Error {
  constructor(message, sql) {
    super(message);
    this.sql = sql;
  }
  sql;
  name = "SqlError";
};
var QueryTimeoutError = class extends SqlError {
  constructor(limitMs, sql) {
    super("SQL query took too long", sql);
    this.limitMs = limitMs;
  }
  limitMs;
  name = "QueryTimeoutError";
};
var QueryCancelledError = class extends SqlError {
  name = "QueryCancelledError";
  constructor(sql) {
    super("SQL query cancelled: the client went away", sql);
  }
};
var ReadOnlyError = class extends SqlError {
  name = "ReadOnlyError";
};
var DatabaseBusyError = class extends SqlError {
  name = "DatabaseBusyError";
};

// src/db/line-channel.ts
var NEWLINE = 10;
var LineChannel = class {
  constructor(socket, onMessage) {
    this.socket = socket;
    socket.on("data", (chunk) => {
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        const line = this.pending.length ? Buffer.concat([...this.pending, chunk.subarray(start, end)]) : chunk.subarray(start, end);
        this.pending = [];
        start = end + 1;
        onMessage(JSON.parse(line.toString("utf8")));
      }
      if (start < chunk.length) this.pending.push(chunk.subarray(start));
    });
    socket.on("error", () => {
    });
  }
  socket;
  /** The start of a message whose end has not arrived yet. */
  pending = [];
  /** Sends one message; `written` is called once it has been handed to the OS (or could not be). */
  send(message, written) {
    if (!this.socket.writable) {
      written?.();
      return;
    }
    this.socket.write(JSON.stringify(message) + "\n", written && (() => written()));
  }
};

export {
  SqlError,
  QueryTimeoutError,
  QueryCancelledError,
  ReadOnlyError,
  DatabaseBusyError,
  LineChannel
};
