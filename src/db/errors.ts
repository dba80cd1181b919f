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

/** A query ran past its time limit and was interrupted. */
export class QueryTimeoutError extends SqlError {
  override name = "QueryTimeoutError";
  constructor(
    readonly limitMs: number,
    sql?: string,
  ) {
    super("SQL query took too long", sql);
  }
}

/** A statement that would write was sent where only reads are allowed. */
export class ReadOnlyError extends SqlError {
  override name = "ReadOnlyError";
}
