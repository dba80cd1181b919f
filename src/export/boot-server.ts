import { randomBytes } from "node:crypto";
import type { Config } from "../config/config.js";
import type { Plugin } from "../plugins/hooks.js";
import type { BootedServer, SqlRows } from "./types.js";
import { createServer } from "../server/server.js";

/** Rows fetched per round trip when streaming path SQL, so memory stays flat however many paths there are. */
const PAGE = 2_000;
/** Path SQL is the site owner's own, from the command line: give it far longer than a web request gets. */
const PATH_SQL_TIME_LIMIT_MS = 120_000;

/**
 * The server an export runs, in the main thread and in each render thread alike. deterministic: two
 * exports of the same data give the same bytes, whatever the machine's load. inThreadReads: a row page's
 * lookup by key costs no read-process round trip.
 */
export function exportServerConfig(config: Config): Config {
  return { ...config, root: true, port: 0, host: "127.0.0.1", deterministic: true, inThreadReads: true };
}

/** Acts as root for requests carrying `key` in a header: setup requests, which only this process sends. */
export function setupActorPlugin(key: string): Plugin {
  return {
    name: "datasette-export-setup-actor",
    builtIn: true,
    actorFromRequest: (ctx) => (ctx.get("x-datasette-export-setup") === key ? { id: "root" } : null),
  };
}

/**
 * Whether a render thread booting the same app from `config` renders the same pages: not when content
 * lives in this process only (in-memory databases, ephemeral tables) or when a plugin has a startup hook
 * (it would run again in every thread, and what it sets up could differ).
 */
function threadSafe(config: Config, plugins: Plugin[]): boolean {
  if (config.ephemeral || config.databases.some((d) => d.path === null)) return false;
  return !plugins.some((p) => !p.builtIn && p.startup);
}

/**
 * Boots the real server in-process on a free loopback port for an export. Setup requests act as root
 * through a per-boot random header that only this process knows.
 */
export async function bootServer(config: Config): Promise<BootedServer> {
  const setupKey = randomBytes(24).toString("hex");
  const server = await createServer(exportServerConfig(config), [setupActorPlugin(setupKey)]);
  const url = await server.listen(0, "127.0.0.1");
  const { datasette } = server;
  const pick = (database: string | null) => {
    if (database) return datasette.getDatabase(database);
    if (config.crossdb && datasette.databases.has("_memory")) return datasette.getDatabase("_memory");
    const first =
      [...datasette.databases.values()].find((d) => d.name !== "_memory") ??
      [...datasette.databases.values()][0];
    if (!first) throw new Error("There is no database to run the path SQL against");
    return first;
  };

  return {
    url,
    async runSql(sql: string, database: string | null): Promise<SqlRows> {
      const db = pick(database);
      // Newlines keep a trailing "-- comment" from swallowing the closing parenthesis.
      const inner = sql.trim().replace(/;+\s*$/, "");
      const paged = (offset: number) => `select * from (\n${inner}\n) limit ${PAGE} offset ${offset}`;
      let first: Awaited<ReturnType<typeof db.execute>>;
      try {
        first = await db.execute(paged(0), { maxRows: 0, timeLimitMs: PATH_SQL_TIME_LIMIT_MS });
      } catch (e) {
        // The wrapper can turn the user's error into another ("selec '/'" reads as a table named selec):
        // run their SQL alone for one row, so the message is the one their own SQL gets.
        await db.execute(inner, { maxRows: 1, timeLimitMs: PATH_SQL_TIME_LIMIT_MS });
        throw e;
      }
      async function* rows(): AsyncGenerator<unknown[]> {
        let page = first.rows;
        let offset = 0;
        while (page.length) {
          yield* page;
          if (page.length < PAGE) return;
          offset += PAGE;
          page = (await db.execute(paged(offset), { maxRows: 0, timeLimitMs: PATH_SQL_TIME_LIMIT_MS })).rows;
        }
      }
      return { columns: first.columns, rows: rows() };
    },
    async execSql(sql: string, database: string | null): Promise<void> {
      await pick(database).write((conn) => conn.exec(sql));
    },
    async request(path, init) {
      const response = await fetch(new URL(path.replace(/^\//, ""), url), {
        method: init.method ?? "GET",
        headers: { ...init.headers, "x-datasette-export-setup": setupKey },
        body: init.body,
      });
      return { status: response.status, body: await response.text() };
    },
    // Pages that need no browser go through the same app without a socket (render-in-process.ts).
    handler: server.app.callback(),
    threadConfig: threadSafe(config, datasette.plugins) ? config : null,
    close: () => server.close(),
  };
}
