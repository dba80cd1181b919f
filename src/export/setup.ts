/**
 * `--setup FILE`: before rendering, send write-API requests (a .json list) or run a .sql script, so an
 * export can show data that only exists after a write (ephemeral tables, demo rows).
 */
import { readFile } from "node:fs/promises";
import type { BootedServer, ExportOptions } from "./types.js";

export class SetupError extends Error {
  override name = "SetupError";
}

interface SetupRequest {
  path: string;
  method?: string;
  body?: unknown;
}

export async function runSetup(
  opts: Pick<ExportOptions, "setup" | "setupDatabase">,
  server: BootedServer,
): Promise<void> {
  for (const file of opts.setup) {
    const text = await readFile(file, "utf8");
    if (file.endsWith(".sql")) {
      if (!server.execSql) throw new SetupError(`${file}: this server cannot run setup SQL`);
      try {
        await server.execSql(text, opts.setupDatabase);
      } catch (e) {
        throw new SetupError(`${file}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    } else if (file.endsWith(".json")) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new SetupError(`${file} is not valid JSON: ${(e as Error).message}`);
      }
      const requests = (Array.isArray(parsed) ? parsed : [parsed]) as SetupRequest[];
      for (const [i, req] of requests.entries()) {
        if (!req || typeof req.path !== "string") {
          throw new SetupError(
            `${file} request ${i + 1}: each request needs a "path" (and optional method, body)`,
          );
        }
        const res = await server.request(req.path, {
          method: req.method ?? "POST",
          headers: { "content-type": "application/json" },
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
        });
        if (res.status >= 400) {
          throw new SetupError(
            `${file} request ${i + 1} (${req.method ?? "POST"} ${req.path}) answered ${res.status}: ${res.body.slice(0, 500)}`,
          );
        }
      }
    } else {
      throw new SetupError(`${file}: setup files must end in .json (write-API requests) or .sql`);
    }
  }
}
