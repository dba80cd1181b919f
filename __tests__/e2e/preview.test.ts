/**
 * The README's preview environment on the host: `serve SITE --host 127.0.0.1 --port 0 --ephemeral --cors
 * --secret S` as a child process, a token minted by `create-token`, a table created through the write API
 * with it, listed in /ephemeral.json, and gone after --ttl.
 *
 * The README mints the token for `preview-user`; its arguments parse, but a token only narrows what its
 * actor may do and no permission lets preview-user create tables, so that token is refused (tested below).
 * The working recipe adds `--root` to `serve` and mints for `root`, restricted to the same two actions.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleSiteJob, removeJobs, runCli } from "./docker-action.js";
import { printedUrl } from "./printed-url.js";

const cli = path.resolve(import.meta.dirname, "../../dist/cli.js");
const SECRET = "preview-secret-for-tests-0123456789abcdef";
const TTL = 2;

let server: ChildProcess;
let url: string;
let token: string;

beforeAll(async () => {
  const job = exampleSiteJob("preview", {}, {});
  server = spawn(
    process.execPath,
    [
      cli,
      "serve",
      job.workspace,
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      "--ephemeral",
      "--cors",
      "--secret",
      SECRET,
      "--ttl",
      String(TTL),
      "--check-interval",
      "1",
      // A token only narrows what its actor may do, and no actor but root (with --root) may create tables.
      "--root",
    ],
    { env: { PATH: process.env.PATH, HOME: job.root }, cwd: job.root },
  );
  url = await printedUrl(server);
  // The README mints for preview-user, an actor no permission allows to create tables: see "refuses …" below.
  const minted = await runCli(
    cli,
    [
      "create-token",
      "root",
      "--database",
      "ephemeral",
      "create-table",
      "--database",
      "ephemeral",
      "insert-row",
    ],
    { PATH: process.env.PATH, DATASETTE_SECRET: SECRET },
    job.root,
  );
  expect(minted.code, minted.stderr).toBe(0);
  expect(minted.stderr).toBe("");
  token = minted.stdout.trim();
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  removeJobs();
});

async function tables(): Promise<string[]> {
  const response = await fetch(new URL("ephemeral.json", url));
  const body = (await response.json()) as { tables?: { name: string }[] };
  if (!body.tables) throw new Error(`/ephemeral.json answered ${response.status}: ${JSON.stringify(body)}`);
  return body.tables.map((t) => t.name);
}

describe("the preview environment from the README", () => {
  it("parses the README's create-token arguments into a token for two actions on ephemeral", async () => {
    const args = ["create-token", "preview-user", "--database", "ephemeral", "create-table"];
    const minted = await runCli(
      cli,
      [...args, "--database", "ephemeral", "insert-row", "--debug"],
      { PATH: process.env.PATH, DATASETTE_SECRET: SECRET },
      tmpdir(),
    );
    expect(minted.code, minted.stderr).toBe(0);
    const decoded = JSON.parse(minted.stdout.slice(minted.stdout.indexOf("{"))) as Record<string, unknown>;
    expect(decoded.a).toBe("preview-user");
    expect(decoded._r).toEqual({ d: { ephemeral: ["ct", "ir"] } });
    expect(token).toMatch(/^dstok_[A-Za-z0-9._-]+$/);
  });

  it("refuses a table from preview-user: a token narrows its actor's permissions, it grants none", async () => {
    const minted = await runCli(
      cli,
      ["create-token", "preview-user", "--database", "ephemeral", "create-table"],
      { PATH: process.env.PATH, DATASETTE_SECRET: SECRET },
      tmpdir(),
    );
    const refused = await fetch(new URL("ephemeral/-/create", url), {
      method: "POST",
      headers: { authorization: `Bearer ${minted.stdout.trim()}`, "content-type": "application/json" },
      body: JSON.stringify({ table: "notes", rows: [{ id: 1 }], pk: "id" }),
    });
    expect(refused.status).toBe(403);
  });

  it("creates a table with the token, inserts into it, lists it, and drops it after --ttl", async () => {
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const created = await fetch(new URL("ephemeral/-/create", url), {
      method: "POST",
      headers,
      body: JSON.stringify({ table: "notes", rows: [{ id: 1, note: "hello" }], pk: "id" }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    expect(created.headers.get("access-control-allow-origin")).toBe("*");
    const inserted = await fetch(new URL("ephemeral/notes/-/insert", url), {
      method: "POST",
      headers,
      body: JSON.stringify({ row: { id: 2, note: "world" } }),
    });
    expect(inserted.status, await inserted.clone().text()).toBe(201);
    expect(await tables()).toContain("notes");
    const page = (await (await fetch(new URL("ephemeral/notes.json", url))).json()) as {
      rows: unknown[];
      expires_in_seconds?: number;
    };
    expect(page.rows).toHaveLength(2);
    expect(page.expires_in_seconds).toBeLessThanOrEqual(TTL);

    // Without the token the same write is refused.
    const anonymous = await fetch(new URL("ephemeral/-/create", url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ table: "other", rows: [{ id: 1 }], pk: "id" }),
    });
    expect(anonymous.status).toBe(403);

    // The sweep runs every second: the table is gone within TTL + a few sweeps.
    const deadline = Date.now() + (TTL + 8) * 1000;
    let names = await tables();
    while (names.includes("notes") && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      names = await tables();
    }
    expect(names).not.toContain("notes");
    expect((await fetch(new URL("ephemeral/notes.json", url))).status).toBe(404);
  }, 30_000);
});
