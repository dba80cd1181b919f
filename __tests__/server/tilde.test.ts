import { describe, expect, test } from "vitest";
import { tildeDecode, tildeEncode } from "../../src/server/tilde.js";

describe("tilde encoding (Datasette's docs/internals.rst)", () => {
  test.each([
    ["plain_name-1", "plain_name-1"],
    ["a+b", "a b"],
    ["~2F~2E", "/."],
    ["caf~C3~A9", "café"],
    // "%" is literal in tilde-encoded text, and a "~" not followed by two hex digits stays.
    ["100%25", "100%25"],
    ["~zz~", "~zz~"],
    // Text a URL path never carries decodes as UTF-8 would: the fast path for plain ASCII must agree.
    ["é", "é"],
    ["\ud800", "\ufffd"],
  ])("%s decodes to %s", (encoded, decoded) => {
    expect(tildeDecode(encoded)).toBe(decoded);
  });

  test("decoding undoes encoding, for plain names and every byte that must be escaped", () => {
    const names = ["facetable", "table/with/slashes.csv", "a b+c~d", "select * from x;", "naïve 🙂", "1,2"];
    for (const name of names) expect(tildeDecode(tildeEncode(name))).toBe(name);
  });
});
