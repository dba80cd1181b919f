import { mkdtemp, copyFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig, type ServeOptions } from "../../src/config/load.js";
import { createServer, type DatasetteServer } from "../../src/server/server.js";

export const FIXTURES_DB = "/work/shared/datasette-fixtures/fixtures.db";

export interface TestServer {
  /** URL including base_url, ending in "/". */
  url: string;
  server: DatasetteServer;
  /** fetch relative to the server's URL: get("fixtures/facetable.json"). */
  get(pathname: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Boots the real server on port 0 over the given serve options. */
export async function startServer(options: Partial<ServeOptions> & { files: string[] }): Promise<TestServer> {
  const config = await loadConfig({ port: 0, ...options });
  const server = await createServer(config);
  const url = await server.listen(0, "127.0.0.1");
  return {
    url,
    server,
    get: (pathname, init) =>
      fetch(new URL(pathname.replace(/^\//, ""), url), { redirect: "manual", ...init }),
    close: () => server.close(),
  };
}

/** A fresh, writable copy of Datasette's fixtures.db in a temp folder (served as `fixtures`). */
export async function fixturesCopy(): Promise<{ dir: string; file: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "dx-fixtures-"));
  const file = path.join(dir, "fixtures.db");
  await copyFile(FIXTURES_DB, file);
  return { dir, file, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The real server over a fresh copy of fixtures.db, with `metadata` (an object) written beside it when
 * given. close() stops the server and removes the copy.
 */
export async function startFixturesServer(
  options: Partial<Omit<ServeOptions, "metadata">> & { metadata?: object } = {},
): Promise<TestServer> {
  const fx = await fixturesCopy();
  const { metadata, ...serve } = options;
  let metadataFile: string | undefined;
  if (metadata) {
    metadataFile = path.join(fx.dir, "metadata.json");
    await writeFile(metadataFile, JSON.stringify(metadata));
  }
  try {
    const server = await startServer({
      ...serve,
      files: [fx.file],
      ...(metadataFile ? { metadata: metadataFile } : {}),
    });
    return {
      ...server,
      close: async () => {
        await server.close();
        await fx.cleanup();
      },
    };
  } catch (error) {
    await fx.cleanup();
    throw error;
  }
}
