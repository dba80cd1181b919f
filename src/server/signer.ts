import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signs JSON values with the instance secret, namespaced (like itsdangerous salts) so a value signed for
 * one purpose (a token) is never accepted for another (a cookie). Format: base64url(json).base64url(hmac).
 */
export class Signer {
  constructor(private readonly secret: string) {}

  sign(value: unknown, namespace: string): string {
    const payload = Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
    return `${payload}.${this.mac(payload, namespace)}`;
  }

  /** Throws BadSignatureError when the value was tampered with or signed for another namespace. */
  unsign(signed: string, namespace: string): unknown {
    const dot = signed.lastIndexOf(".");
    if (dot <= 0) throw new BadSignatureError("Malformed signed value");
    const payload = signed.slice(0, dot);
    const given = Buffer.from(signed.slice(dot + 1), "base64url");
    const expected = Buffer.from(this.mac(payload, namespace), "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new BadSignatureError("Invalid signature");
    try {
      return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    } catch {
      throw new BadSignatureError("Malformed signed value");
    }
  }

  private mac(payload: string, namespace: string): string {
    return createHmac("sha256", this.secret).update(`${namespace}.${payload}`).digest("base64url");
  }
}

export class BadSignatureError extends Error {
  override name = "BadSignatureError";
}
