import { tildeEncode } from "./tilde.js";

/** "/" as a character code. */
const SLASH = 0x2f;

/** Builds every URL the server emits, each carrying base_url (Datasette's `datasette.urls`). */
export class Urls {
  constructor(readonly baseUrl: string) {}

  /** A path below base_url: path("/db") → "/base/db". */
  path(path: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//")) return path;
    // Under base_url "/" a path starting "/" is its own answer: no copy of it with its "/" cut and put
    // back (pages build several URLs each).
    if (path.charCodeAt(0) === SLASH) return this.baseUrl === "/" ? path : this.baseUrl + path.slice(1);
    return this.baseUrl + path;
  }

  instance(format?: string): string {
    return format ? this.path(`/.${format}`) : this.path("/");
  }

  static(file: string): string {
    return this.path(`/-/static/${file.replace(/^\//, "")}`);
  }

  staticPlugins(plugin: string, file: string): string {
    return this.path(`/-/static-plugins/${plugin}/${file.replace(/^\//, "")}`);
  }

  database(database: string, format?: string): string {
    return this.path(`/${tildeEncode(database)}${format ? "." + format : ""}`);
  }

  table(database: string, table: string, format?: string): string {
    return this.path(`/${tildeEncode(database)}/${tildeEncode(table)}${format ? "." + format : ""}`);
  }

  query(database: string, query: string, format?: string): string {
    return this.table(database, query, format);
  }

  /** Row URL from primary-key values (or the rowid); compound keys are joined with ",". */
  row(database: string, table: string, pkValues: unknown[], format?: string): string {
    return `${this.table(database, table)}/${rowPath(pkValues)}${format ? "." + format : ""}`;
  }

  databaseQuery(database: string, sql: string, format?: string): string {
    const base = this.path(`/${tildeEncode(database)}/-/query${format ? "." + format : ""}`);
    return `${base}?${new URLSearchParams({ sql }).toString()}`;
  }

  logout(): string {
    return this.path("/-/logout");
  }
}

export function rowPath(pkValues: unknown[]): string {
  return pkValues.map((v) => tildeEncode(String(v))).join(",");
}
