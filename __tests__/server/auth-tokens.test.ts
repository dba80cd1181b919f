/** Signed API tokens: creation, verification with an injected clock, and the create-token command. */
import { describe, expect, test } from "vitest";
import { Signer } from "../../src/server/signer.js";
import {
  createToken,
  verifyToken,
  TokenInvalid,
  abbreviateRestrictions,
} from "../../src/server/auth/tokens.js";
import { createTokenCommand } from "../../src/commands/create-token.js";
import { actorFromCookie, base62Decode, base62Encode } from "../../src/server/auth/actor-plugins.js";

const signer = new Signer("secret-one");
const NOW = 1_700_000_000;

describe("tokens", () => {
  test("a token carries the actor, its creation time and a 'dstok' marker", () => {
    const token = createToken(signer, "root", { now: NOW });
    expect(token.startsWith("dstok_")).toBe(true);
    expect(signer.unsign(token.slice(6), "token")).toEqual({ a: "root", t: NOW });
    expect(verifyToken(signer, token, { now: NOW + 10 })).toEqual({ id: "root", token: "dstok" });
  });

  test("an expiring token works until its duration has passed, then is refused", () => {
    const token = createToken(signer, "alice", { now: NOW, expiresAfter: 60 });
    expect(verifyToken(signer, token, { now: NOW + 60 })).toEqual({
      id: "alice",
      token: "dstok",
      token_expires: NOW + 60,
    });
    expect(() => verifyToken(signer, token, { now: NOW + 61 })).toThrow(
      new TokenInvalid("Token has expired"),
    );
  });

  test("max_signed_tokens_ttl caps tokens without or with a longer duration", () => {
    const forever = createToken(signer, "a", { now: NOW });
    const long = createToken(signer, "a", { now: NOW, expiresAfter: 1000 });
    expect(() => verifyToken(signer, forever, { now: NOW + 11, maxTtl: 10 })).toThrow("Token has expired");
    expect(() => verifyToken(signer, long, { now: NOW + 11, maxTtl: 10 })).toThrow("Token has expired");
    expect(verifyToken(signer, long, { now: NOW + 5, maxTtl: 10 })?.token_expires).toBe(NOW + 10);
  });

  test("tampering, another secret, or another namespace is an invalid signature", () => {
    const token = createToken(signer, "root", { now: NOW });
    expect(() => verifyToken(signer, token + "bad", { now: NOW })).toThrow(
      new TokenInvalid("Invalid token signature"),
    );
    expect(() => verifyToken(new Signer("secret-two"), token, { now: NOW })).toThrow(
      "Invalid token signature",
    );
    const cookieValue = signer.sign({ a: "root", t: NOW }, "actor");
    expect(() => verifyToken(signer, `dstok_${cookieValue}`, { now: NOW })).toThrow(
      "Invalid token signature",
    );
  });

  test("only the spelling the signer writes is accepted: no padding, no junk, no standard base64", () => {
    const token = createToken(signer, "root", { now: NOW });
    expect(verifyToken(signer, token, { now: NOW })).toEqual({ id: "root", token: "dstok" });
    const signature = token.slice(token.lastIndexOf(".") + 1);
    // The signature's last character carries 2 unused bits: its neighbours in the alphabet decode alike.
    const last = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const lastIndex = last.indexOf(signature.at(-1)!);
    const sameBits = last[lastIndex ^ 1]!;
    const respellings = [
      token + "=",
      token + "==",
      token + "!",
      token + " ",
      `${token.slice(0, -5)} ${token.slice(-5)}`,
      token.slice(0, -1) + sameBits,
      "dstok_" + token.slice(6).replace(/-/g, "+").replace(/_/g, "/"),
      `${token.slice(0, token.lastIndexOf("."))}.${Buffer.from(signature, "base64url").toString("base64")}`,
    ].filter((variant) => variant !== token);
    expect(respellings.length).toBeGreaterThanOrEqual(7);
    for (const variant of respellings) {
      expect(() => verifyToken(signer, variant, { now: NOW }), JSON.stringify(variant)).toThrow(TokenInvalid);
    }
  });

  test("a bearer value that is not a dstok_ token is not ours to judge", () => {
    expect(verifyToken(signer, "bad_token")).toBeNull();
  });

  test("signed payloads without a valid timestamp or duration are refused", () => {
    expect(() => verifyToken(signer, `dstok_${signer.sign({ a: "x" }, "token")}`)).toThrow(
      "Invalid token: no timestamp",
    );
    expect(() => verifyToken(signer, `dstok_${signer.sign({ a: "x", t: "now" }, "token")}`)).toThrow(
      "Invalid token: invalid timestamp",
    );
    expect(() => verifyToken(signer, `dstok_${signer.sign({ a: "x", t: NOW, d: 1.5 }, "token")}`)).toThrow(
      "Invalid token: invalid duration",
    );
    expect(() => verifyToken(signer, createToken(signer, "x"), { allowSignedTokens: false })).toThrow(
      "Signed tokens are not enabled",
    );
  });

  test("restrictions are stored abbreviated and come back on the actor", () => {
    const restrictions = {
      all: ["view-instance"],
      database: { data: ["create-table"] },
      resource: { data: { docs: ["insert-row", "my-plugin-action"] } },
    };
    expect(abbreviateRestrictions(restrictions)).toEqual({
      a: ["vi"],
      d: { data: ["ct"] },
      r: { data: { docs: ["ir", "my-plugin-action"] } },
    });
    expect(abbreviateRestrictions({ all: [], database: {}, resource: {} })).toBeNull();
    const actor = verifyToken(signer, createToken(signer, "bot", { restrictions, now: NOW }), { now: NOW });
    expect(actor?._r).toEqual({
      a: ["vi"],
      d: { data: ["ct"] },
      r: { data: { docs: ["ir", "my-plugin-action"] } },
    });
  });
});

describe("create-token command", () => {
  test("prints a token the same secret verifies, with restrictions and expiry", () => {
    const warnings: string[] = [];
    const [token, ...rest] = createTokenCommand(
      "root",
      {
        secret: "s3",
        expiresAfter: 3600,
        all: ["view-instance"],
        database: ["data", "create-table"],
        resource: ["data", "docs", "insert-row", "data", "docs", "nonsense"],
        now: NOW,
      },
      {},
      (line) => warnings.push(line),
    );
    expect(rest).toEqual([]);
    expect(verifyToken(new Signer("s3"), token!, { now: NOW + 3599 })).toEqual({
      id: "root",
      token: "dstok",
      token_expires: NOW + 3600,
      _r: { a: ["vi"], d: { data: ["ct"] }, r: { data: { docs: ["ir", "nonsense"] } } },
    });
    expect(warnings).toEqual(["  Unknown permission: nonsense "]);
  });

  test("takes the secret from DATASETTE_SECRET, and refuses to sign without one", () => {
    const [token] = createTokenCommand("bob", { now: NOW }, { DATASETTE_SECRET: "from-env" });
    expect(verifyToken(new Signer("from-env"), token!, { now: NOW })?.id).toBe("bob");
    expect(() => createTokenCommand("bob", {}, {})).toThrow(/Missing --secret/);
    expect(() => createTokenCommand("bob", { secret: "s", database: ["only-one"] }, {})).toThrow(
      "--database DB ACTION takes 2 values each time",
    );
  });

  test("--debug adds the decoded payload", () => {
    const lines = createTokenCommand("root", { secret: "s", debug: true, now: NOW }, {});
    expect(JSON.parse(lines.slice(3).join("\n"))).toEqual({ a: "root", t: NOW });
  });
});

describe("ds_actor cookie", () => {
  const datasette = { sign: signer.sign.bind(signer), unsign: signer.unsign.bind(signer) } as never;
  test("a signed {a: actor} is the actor until its base62 expiry", () => {
    const value = signer.sign({ a: { id: "root" }, e: base62Encode(NOW + 100) }, "actor");
    expect(actorFromCookie(datasette, value, NOW)).toEqual({ id: "root" });
    expect(actorFromCookie(datasette, value, NOW + 101)).toBeNull();
    expect(actorFromCookie(datasette, value + "x", NOW)).toBeNull();
    expect(actorFromCookie(datasette, signer.sign({ a: { id: "root" } }, "token"), NOW)).toBeNull();
    expect(base62Decode(base62Encode(1_795_000_000))).toBe(1_795_000_000);
  });
});
