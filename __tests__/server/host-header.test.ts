import { describe, expect, test } from "vitest";
import { isValidHostHeader } from "../../src/server/host-header.js";

describe("isValidHostHeader", () => {
  test("answers each host for itself, whichever host it last found valid", () => {
    const answers: [string, boolean][] = [
      ["127.0.0.1:8001", true],
      ["127.0.0.1:99999", false],
      ["127.0.0.1:8001", true],
      ["[::1]:8001", true],
      ["a b", false],
      ["[::1", false],
      ["[::1]:8001", true],
      ["x/y", false],
      ["example.com", true],
      ["", true],
    ];
    for (let round = 0; round < 2; round++)
      for (const [host, valid] of answers) expect(isValidHostHeader(host), host).toBe(valid);
  });
});
