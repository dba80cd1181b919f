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

  /**
   * Throws BadSignatureError when the value was tampered with or signed for another namespace. Only the
   * spelling sign() writes is accepted — unpadded base64url, as itsdangerous' URLSafeSerializer writes it —
   * so the signature is compared as text: a lenient base64 decoder would also take `=` or `!` appended, a
   * space inside, `+` and `/` for `-` and `_`, or other unused low bits in the last character.
   */
  unsign(signed: string, namespace: string): unknown {
    if (!CANONICAL.test(signed)) throw new BadSignatureError("Malformed signed value");
    const dot = signed.lastIndexOf(".");
    const payload = signed.slice(0, dot);
    const given = Buffer.from(signed.slice(dot + 1), "latin1");
    const expected = Buffer.from(this.mac(payload, namespace), "latin1");
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

/** payload.signature, both unpadded base64url (the payload's spelling is covered by the signature). */
const CANONICAL = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export class BadSignatureError extends Error {
  override name = "BadSignatureError";
}
