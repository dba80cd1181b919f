import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkSitePath,
  fileForPath,
  folderOf,
  folderOfPath,
  hrefForFile,
  relativeHref,
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

describe("relativeHref", () => {
  it.each([
    ["", "-/static/app.css", "-/static/app.css"],
    ["db/", "-/static/app.css", "../-/static/app.css"],
    ["db/t/", "index.html", "../../index.html"],
    ["db/", "db/t.html", "t.html"],
    ["db/", "db/t@_next=abc.html", "t@_next=abc.html"],
    ["db/t/", "db/t/index@_next=3.html", "index@_next=3.html"],
    // index.html is named: a folder opened from disk is a listing, not its index.
    ["", "a/index.html", "a/index.html"],
    ["a/", "index.html", "../index.html"],
    ["db/", "db/table name.html", "table%20name.html"],
    ["", "what?#.html", "what%3F%23.html"],
    ["", "100%.html", "100%25.html"],
    // A first segment with ":" would read as a scheme.
    ["", "a:b.html", "./a:b.html"],
    // Folders (a <base href>'s target).
    ["db/", "db/", "./"],
    ["db/t/", "", "../../"],
    ["", "db/", "db/"],
  ])("from %j to %j is %j", (from, to, href) => expect(relativeHref(from, to)).toBe(href));

  it("finds the folder of a file and of a site path", () => {
    expect(folderOf("index.html")).toBe("");
    expect(folderOf("db/t@_next=1.html")).toBe("db/");
    expect(folderOfPath("/")).toBe("");
    expect(folderOfPath("/db/t?x=/y")).toBe("db/");
    expect(folderOfPath("/a%20b/c/")).toBe("a b/c/");
  });

  it("resolves, from the page's own URL, to the file the link names", () => {
    // What a browser does with the href is what the file system holds, at any base and from disk.
    for (const base of ["file:///home/u/_site/", "https://o.github.io/repo/", "http://h/"]) {
      const page = new URL("db/t@_next=1.html", base);
      const href = relativeHref(folderOf("db/t@_next=1.html"), "db/table name@_sort=a~2Cb.html");
      expect(decodeURIComponent(new URL(href, page).href.slice(base.length))).toBe(
        "db/table name@_sort=a~2Cb.html",
      );
    }
  });
});

describe("checkSitePath", () => {
  it.each([
    ["/../etc/passwd", '".." segment'],
    ["/a/%2e%2e/b", '".." segment'],
    ["/a/%2E%2E", '".." segment'],
    ["/a/..", '".." segment'],
    ["/a/./b", '".." segment'],
    ["/a/.?x=1", '".." segment'],
    ["/a/..#top", '".." segment'],
    ["/a?x=\u0001", "control character"],
    ["/a#\\", "backslash"],
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
    expect(checkSitePath("/.well-known/..x/", "s")).toBe("/.well-known/..x/");
    // The query is not a path: ".." there names no folder.
    expect(checkSitePath("/db/t?p=../..#a#b", "s")).toBe("/db/t?p=../..");
    expect(checkSitePath("/db/t%20x", "s")).toBe("/db/t%20x");
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

  it("gives path.resolve's answer for every name it accepts, plain or not, under any root", () => {
    const names = [
      "a/b.html",
      "index.html",
      "...",
      "..a/b",
      "a/..b",
      ".hidden/x",
      "a/./b",
      "a//b",
      "a/",
      "a/x/../b",
    ];
    const refused = ["a/../../x", "..", "a/..", "x\u0000y", "/a"];
    for (const root of ["/out", "/out/", "/tmp/../out", "/a/./b"])
      for (const name of names) {
        const expected = path.resolve(root, name);
        expect(safeJoin(root, name).replace(/\/$/, ""), `${root} + ${name}`).toBe(expected);
      }
    for (const name of refused) expect(() => safeJoin("/out", name.replace("\\u0000", "\u0000"))).toThrow();
  });
});
