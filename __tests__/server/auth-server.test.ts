/** Actors through the real server: bearer tokens, the root sign-in link and cookie, cross-site refusal. */
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeFixture, errorBody, SECRET, type WriteFixture } from "./write-helpers.js";
import { Signer } from "../../src/server/signer.js";
import { rootSignInUrl } from "../../src/server/auth/actor-plugins.js";
import { crossOriginRefusal } from "../../src/server/auth/csrf.js";

let fx: WriteFixture;
beforeAll(async () => {
  fx = await writeFixture();
});
afterAll(() => fx.close());

const actorOf = async (headers: Record<string, string>) =>
  (await (await fx.server.get("-/actor.json", { headers })).json()).actor;

describe("bearer tokens", () => {
  test("a valid token is the actor", async () => {
    expect(await actorOf({ authorization: `Bearer ${fx.token("alice")}` })).toEqual({
      id: "alice",
      token: "dstok",
    });
  });

  test("a tampered dstok_ token is a JSON 401 on any page", async () => {
    for (const pathname of ["-/actor.json", "", "data"]) {
      const response = await fx.server.get(pathname, { headers: { authorization: `Bearer ${fx.token()}x` } });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
      expect(await response.json()).toEqual(errorBody(["Invalid token signature"], 401));
    }
  });

  test("an expired token is a 401; one still in date works", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = fx.token("alice", undefined, { now: now - 3600, expiresAfter: 60 });
    const response = await fx.server.get("-/actor.json", { headers: { authorization: `Bearer ${expired}` } });
    expect(response.status).toBe(401);
    expect((await response.json()).errors).toEqual(["Token has expired"]);
    const fresh = fx.token("alice", undefined, { now: now - 30, expiresAfter: 60 });
    expect(await actorOf({ authorization: `Bearer ${fresh}` })).toEqual({
      id: "alice",
      token: "dstok",
      token_expires: now + 30,
    });
  });

  test("a bearer value that is not a dstok_ token leaves the request anonymous", async () => {
    expect(await actorOf({ authorization: "Bearer bad_token" })).toBeNull();
  });

  test("a token signed with another secret is refused", async () => {
    const other =
      "dstok_" + new Signer("not-" + SECRET).sign({ a: "root", t: Math.floor(Date.now() / 1000) }, "token");
    expect(
      (await fx.server.get("-/actor.json", { headers: { authorization: `Bearer ${other}` } })).status,
    ).toBe(401);
  });

  test("a restricted token shows its restrictions and may only do what they list", async () => {
    const token = fx.token("root", { resource: { data: { docs: ["insert-row"] } } });
    expect(await actorOf({ authorization: `Bearer ${token}` })).toEqual({
      id: "root",
      token: "dstok",
      _r: { r: { data: { docs: ["ir"] } } },
    });
    expect((await fx.post("data/docs/-/insert", { row: { title: "ok" } }, token)).status).toBe(201);
    expect((await fx.post("data/-/create", { table: "nope", columns: [{ name: "a" }] }, token)).status).toBe(
      403,
    );
    expect((await fx.post("data/docs/1/-/delete", undefined, token)).status).toBe(403);
  });
});

describe("create-token on the command line", () => {
  test("prints a restricted token the server accepts for exactly what it allows", async () => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.resolve("src/cli.ts"),
        "create-token",
        "root",
        "--resource",
        "data",
        "docs",
        "insert-row",
        "--expires-after",
        "600",
      ],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATASETTE_SECRET: SECRET } },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    const token = out.trim();
    expect(token).toMatch(/^dstok_[\w-]+\.[\w-]+$/);
    expect((await fx.post("data/docs/-/insert", { row: { title: "from the CLI" } }, token)).status).toBe(201);
    expect((await fx.post("data/docs/-/upsert", { rows: [{ id: 1, title: "x" }] }, token)).status).toBe(403);
  });
});

describe("root sign-in", () => {
  test("the one-time link sets a ds_actor cookie for root, then is spent", async () => {
    const link = rootSignInUrl(fx.server.server.datasette, fx.server.url)!;
    expect(link).toMatch(/\/-\/auth-token\?token=[0-9a-f]{64}$/);
    const wrong = await fetch(link.replace(/token=.*/, "token=" + "0".repeat(64)), { redirect: "manual" });
    expect(wrong.status).toBe(403);
    const response = await fetch(link, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
    const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
    expect(cookie).toMatch(/^ds_actor=/);
    expect(await actorOf({ cookie })).toEqual({ id: "root" });
    // Signed in as root: the cookie actor may write, like root with a token.
    const insert = await fx.post("data/docs/-/insert", { row: { title: "by cookie" } }, null, { cookie });
    expect(insert.status).toBe(201);
    // The link works once.
    expect((await fetch(link, { redirect: "manual" })).status).toBe(403);
    expect(rootSignInUrl(fx.server.server.datasette, fx.server.url)).toBeNull();
    // A tampered cookie is no actor at all.
    expect(await actorOf({ cookie: cookie + "x" })).toBeNull();
    // Logging out clears it.
    const logout = await fx.server.get("-/logout", {
      method: "POST",
      headers: { cookie, "sec-fetch-site": "same-origin" },
    });
    expect(logout.status).toBe(302);
    expect(logout.headers.get("set-cookie")).toMatch(/^ds_actor=;/);
  });

  test("`serve --root` prints the sign-in link after the server's URL", async () => {
    const cli = path.resolve("src/cli.ts");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", cli, "serve", fx.dataPath, "--root", "--port", "0", "--secret", SECRET],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    try {
      const deadline = Date.now() + 20_000;
      while (!/auth-token\?token=\w+/.test(out) && Date.now() < deadline && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 100));
      const [serving, signIn] = out.trim().split("\n");
      expect(serving).toMatch(/^Serving on http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(signIn).toBe(
        `${serving!.slice("Serving on ".length)}-/auth-token?token=${signIn!.split("token=")[1]}`,
      );
      const response = await fetch(signIn!, { redirect: "manual" });
      expect(response.status).toBe(302);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });
});

describe("cross-site requests", () => {
  const rootCookie = () => `ds_actor=${new Signer(SECRET).sign({ a: { id: "root" } }, "actor")}`;

  test.each([
    ["same-origin Sec-Fetch-Site", { "sec-fetch-site": "same-origin" }, 201],
    ["a direct navigation (none)", { "sec-fetch-site": "none" }, 201],
    ["cross-site Sec-Fetch-Site", { "sec-fetch-site": "cross-site" }, 403],
    ["same-site (another port)", { "sec-fetch-site": "same-site" }, 403],
    ["a foreign Origin", { origin: "http://evil.example" }, 403],
    ["neither header (curl)", {}, 201],
  ])("a cookie-authenticated POST with %s → %i", async (_name, headers, status) => {
    const result = await fx.post("data/docs/-/insert", { row: { title: "x" } }, null, {
      cookie: rootCookie(),
      ...headers,
    });
    expect(result.status).toBe(status);
    if (status === 403) expect(result.json.error).toMatch(/^Cross-site request refused/);
  });

  test("a bearer token without cookies is not an ambient credential, so any site may send it", async () => {
    const result = await fx.post("data/docs/-/insert", { row: { title: "x" } }, fx.token(), {
      "sec-fetch-site": "cross-site",
    });
    expect(result.status).toBe(201);
    const withCookie = await fx.post("data/docs/-/insert", { row: { title: "x" } }, fx.token(), {
      "sec-fetch-site": "cross-site",
      cookie: rootCookie(),
    });
    expect(withCookie.status).toBe(403);
  });

  test("Origin must match scheme, host and port", () => {
    const post = (headers: Record<string, string>) =>
      crossOriginRefusal({ method: "POST", headers, scheme: "http" });
    expect(post({ origin: "http://localhost:8001", host: "localhost:8001" })).toBeNull();
    expect(post({ origin: "http://localhost", host: "localhost:80" })).toBeNull();
    expect(post({ origin: "https://localhost:8001", host: "localhost:8001" })).toMatch(/does not match/);
    expect(post({ origin: "http://localhost:8002", host: "localhost:8001" })).toMatch(/does not match/);
    expect(post({ origin: "null", host: "localhost:8001" })).toMatch(/Malformed Origin/);
    expect(
      crossOriginRefusal({ method: "GET", headers: { "sec-fetch-site": "cross-site" }, scheme: "http" }),
    ).toBeNull();
  });
});
