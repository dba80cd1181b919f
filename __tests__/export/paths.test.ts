import { describe, expect, it } from "vitest";
import {
  checkSitePath,
  fileForPath,
  hrefForFile,
  safeJoin,
  UnsafePathError,
} from "../../src/export/paths.js";

describe("fileForPath", () => {
  const plain = { trailingSlash: false };
  const slash = { trailingSlash: true };
  it.each([
    ["/", "index.html"],
    ["/.json", "index.json"],
    ["/a/b", "a/b.html"],
    ["/a/b.json", "a/b.json"],
    ["/a/", "a/index.html"],
    ["/-/static/app.css", "-/static/app.css"],
    ["/db/table%20name", "db/table name.html"],
  ])("maps %s to %s", (p, file) => expect(fileForPath(p, plain)).toBe(file));

  it("writes /a/b as a/b/index.html with trailingSlash", () => {
    expect(fileForPath("/a/b", slash)).toBe("a/b/index.html");
    expect(fileForPath("/a/b.json", slash)).toBe("a/b.json");
    expect(hrefForFile("a/b/index.html", "/base/")).toBe("/base/a/b/");
  });

  it("gives query strings a readable, stable file name that cannot climb out", () => {
    expect(fileForPath("/db/t?_next=abc", plain)).toBe("db/t@_next=abc.html");
    expect(fileForPath("/db/t.json?_next=1&_size=2", plain)).toBe("db/t@_next=1&_size=2.json");
    expect(fileForPath("/?q=../../x", plain)).toBe("index@q=..~2F..~2Fx.html");
    expect(fileForPath("/db/t?_sort=name%20x", plain)).toBe("db/t@_sort=name~2520x.html");
    const long = fileForPath("/t?q=" + "x".repeat(400), plain);
    expect(long.length).toBeLessThan(200);
    expect(long).toMatch(/^t@q=x+-[0-9a-f]{12}\.html$/);
  });

  it("links written files from the base path, folding index.html", () => {
    expect(hrefForFile("index.html", "/repo/")).toBe("/repo/");
    expect(hrefForFile("a/index.html", "/repo/")).toBe("/repo/a/");
    expect(hrefForFile("db/t.html", "/repo/")).toBe("/repo/db/t.html");
    expect(hrefForFile("db/t@_next=3.html", "/repo/")).toBe("/repo/db/t@_next=3.html");
    expect(hrefForFile("db/a b.html", "/")).toBe("/db/a%20b.html");
  });
});

describe("checkSitePath", () => {
  it.each([
    ["/../etc/passwd", '".." segment'],
    ["/a/%2e%2e/b", '".." segment'],
    ["/a/%2E%2E", '".." segment'],
    ["/a/..", '".." segment'],
    ["/a\\..\\b", "backslash"],
    ["/a\u0000b", "control character"],
    ["/a/%00", "slash or control"],
    ["/a/%2f..", "slash or control"],
    ["//evil.example/x", "not another host"],
    ["http://evil.example/x", "must start with /"],
    ["etc/passwd", "must start with /"],
    ["", "empty"],
  ])("refuses %j", (p, reason) => {
    expect(() => checkSitePath(p, 'SQL query "q" row 2')).toThrow(UnsafePathError);
    expect(() => checkSitePath(p, 'SQL query "q" row 2')).toThrow(/row 2/);
    expect(() => checkSitePath(p, "x")).toThrow(new RegExp(reason.replace(/[.*?"()]/g, "\\$&")));
  });

  it("keeps good paths and drops fragments", () => {
    expect(checkSitePath("/db/t?_next=2#x", "s")).toBe("/db/t?_next=2");
    expect(checkSitePath("/a...b/c", "s")).toBe("/a...b/c");
  });
});

describe("safeJoin", () => {
  it("refuses anything outside the root", () => {
    expect(safeJoin("/out", "a/b.html")).toBe("/out/a/b.html");
    expect(() => safeJoin("/out", "../x")).toThrow(/outside/);
    expect(() => safeJoin("/out", "/etc/passwd")).toThrow(/not a relative/);
    expect(() => safeJoin("/out", "a\\b")).toThrow(/not a relative/);
    expect(() => safeJoin("/out", "")).toThrow(/outside/);
  });
});
