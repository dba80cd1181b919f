/** SQLite refused or failed a query; `message` is SQLite's own text. */
export class SqlError extends Error {
  override name = "SqlError";
  constructor(
    message: string,
    readonly sql?: string,
  ) {
    super(message);
  }
}

/** A query ran past its time limit (counted from its arrival, queueing included) and was stopped. */
export class QueryTimeoutError extends SqlError {
  override name = "QueryTimeoutError";
  constructor(
    readonly limitMs: number,
    sql?: string,
  ) {
    super("SQL query took too long", sql);
  }
}

/** The query's caller went away (the client hung up) before it was answered; its process was freed. */
export class QueryCancelledError extends SqlError {
  override name = "QueryCancelledError";
  constructor(sql?: string) {
    super("SQL query cancelled: the client went away", sql);
  }
}

/** A statement that would write was sent where only reads are allowed. */
export class ReadOnlyError extends SqlError {
  override name = "ReadOnlyError";
}

/** Another connection held the database's write lock for longer than a write may wait for it. */
export class DatabaseBusyError extends SqlError {
  override name = "DatabaseBusyError";
}
