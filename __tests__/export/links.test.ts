import { describe, expect, it } from "vitest";
import {
  baseHref,
  cssUrls,
  globMatcher,
  rewriteCss,
  scanHtml,
  toSitePath,
  type UrlRef,
} from "../../src/export/links.js";

describe("scanHtml", () => {
  it("finds page and asset URLs, skipping scripts and comments", () => {
    const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/s.css"><link rel="alternate" href="/t.json">
<style>body{background:url('/bg.png')}</style></head><body>
<!-- <a href="/commented"> -->
<a href='/a?x=1&amp;y=2'>a</a><img src=/i.png srcset="/i1.png 1x, /i2.png 2x"><div style="background: url(/d.png)"></div>
<script>document.write('<a href="/in-script">')</script><script src="/app.js"></script></body></html>`;
    const refs: UrlRef[] = [];
    scanHtml(html, (r) => void refs.push(r));
    expect(refs.map((r) => `${r.kind}:${r.value}`)).toEqual([
      "asset:/s.css",
      "page:/t.json",
      "asset:/bg.png",
      "page:/a?x=1&y=2",
      "asset:/i.png",
      "asset:/i1.png",
      "asset:/i2.png",
      "asset:/d.png",
      "asset:/app.js",
    ]);
  });

  it("rewrites only what the visitor returns, re-escaping attributes", () => {
    const html = `<a href="/a?x=1&amp;y=2">a</a> <a href="/b">b</a><img srcset="/i.png 1x">`;
    const out = scanHtml(html, (r) =>
      r.value.startsWith("/a") ? "/a@x=1&y=2.html" : r.value === "/i.png" ? "/j.png" : undefined,
    );
    expect(out).toBe(`<a href="/a@x=1&amp;y=2.html">a</a> <a href="/b">b</a><img srcset="/j.png 1x">`);
  });
});

describe("scanHtml for relative links", () => {
  it("says which URLs are form actions and which the <base href>", () => {
    const html = `<base href="/db/"><form action="/db/t" method="get"><button formaction="/x">x</button><input type="image" src="/i.png"></form><object data="/o.svg"></object>`;
    const refs: UrlRef[] = [];
    scanHtml(html, (r) => void refs.push(r));
    expect(refs.map((r) => `${r.kind}:${r.value}`)).toEqual([
      "base:/db/",
      "form:/db/t",
      "form:/x",
      "asset:/i.png",
      "asset:/o.svg",
    ]);
    expect(baseHref(html)).toBe("/db/");
    expect(baseHref("<p>no base</p><script>'<base href=x>'</script>")).toBeNull();
  });

  it("rewrites url() in style attributes and <style> elements, leaving scripts alone", () => {
    const html = `<style>a{background:url(/a.png)} @import "/b.css";</style><div style="background: url('/c.png')"></div><script>x = "url(/d.png)"</script>`;
    const out = scanHtml(html, (r) => "x" + r.value);
    expect(out).toBe(
      `<style>a{background:url(x/a.png)} @import "x/b.css";</style><div style="background: url('x/c.png')"></div><script>x = "url(/d.png)"</script>`,
    );
  });
});

describe("rewriteCss", () => {
  it("keeps each URL's quoting, skips data: URLs and fragments, and quotes where a bare URL needs it", () => {
    const css = `a{b:url(/a.png)} c{d:url( "/b.png" )} e{f:url('/c.png')} @import '/d.css'; g{h:url(data:image/png;base64,AAA)} i{j:url(#k)}`;
    expect(rewriteCss(css, (u) => ".." + u)).toBe(
      `a{b:url(../a.png)} c{d:url("../b.png")} e{f:url('../c.png')} @import '../d.css'; g{h:url(data:image/png;base64,AAA)} i{j:url(#k)}`,
    );
    expect(rewriteCss("a{b:url(/x.png)}", () => "a b(1).png")).toBe('a{b:url("a b(1).png")}');
    expect(rewriteCss("a{b:url(/x.png)}", () => undefined)).toBe("a{b:url(/x.png)}");
  });
});

describe("toSitePath", () => {
  const page = "http://127.0.0.1:9/repo/db/t";
  it("resolves links below the base path and drops everything else", () => {
    expect(toSitePath("?_next=3", page, "http://127.0.0.1:9", "/repo/")).toBe("/db/t?_next=3");
    expect(toSitePath("/repo", page, "http://127.0.0.1:9", "/repo/")).toBe("/");
    expect(toSitePath("/other/x", page, "http://127.0.0.1:9", "/repo/")).toBeNull();
    expect(toSitePath("http://example.com/repo/x", page, "http://127.0.0.1:9", "/repo/")).toBeNull();
    expect(toSitePath("mailto:a@b", page, "http://127.0.0.1:9", "/repo/")).toBeNull();
    expect(toSitePath("/repo/../etc", page, "http://127.0.0.1:9", "/repo/")).toBeNull();
    // The exporter's server names a fixed origin in absolute URLs (next_url): still its own.
    expect(toSitePath("http://localhost/repo/db/t?_next=4", page, "http://127.0.0.1:9", "/repo/")).toBe(
      "/db/t?_next=4",
    );
  });
});

describe("cssUrls and globs", () => {
  it("reads url() and @import, skipping data: URLs", () => {
    expect(
      cssUrls(`@import "a.css"; x{background:url( "b.png" )} y{src:url(c.woff2) , url('data:x')}`),
    ).toEqual(["a.css", "b.png", "c.woff2"]);
  });
  it("matches * within a segment and ** across", () => {
    const m = globMatcher(["/db/*", "/docs/**"])!;
    expect(m("/db/t")).toBe(true);
    expect(m("/db/t/1")).toBe(false);
    expect(m("/db/t?_next=2")).toBe(true);
    expect(m("/docs/a/b")).toBe(true);
    expect(globMatcher([])).toBeNull();
  });
});

describe("rel=nofollow", () => {
  it("marks links whose element says nofollow, as Datasette's sort links do", () => {
    const seen: { value: string; nofollow?: boolean }[] = [];
    scanHtml('<a href="/t?_sort=a" rel="nofollow">a</a><a href="/t?_next=2">next</a>', (ref) => {
      seen.push({ value: ref.value, nofollow: ref.nofollow });
    });
    expect(seen).toEqual([
      { value: "/t?_sort=a", nofollow: true },
      { value: "/t?_next=2", nofollow: false },
    ]);
  });
});

describe("scanHtml reads tags in place", () => {
  it("finds a raw-text element's end tag where it is, whatever text comes before it", () => {
    // "İ" lower-cases to two characters: a lower-cased copy of the page put "</title>" ten characters
    // later than it is, and the link after it was skipped.
    const html = `<title>${"İ".repeat(10)}</title><a href="/x">x</a><script>"<a href='/no'>"</SCRIPT><a href="/y">`;
    const refs: string[] = [];
    const out = scanHtml(html, (r) => {
      refs.push(r.value);
      return r.value + ".html";
    });
    expect(refs).toEqual(["/x", "/y"]);
    expect(out).toBe(html.replace('"/x"', '"/x.html"').replace('"/y"', '"/y.html"'));
  });

  it("reads tag names in any case, as toLowerCase reads them (a Kelvin sign is a k)", () => {
    const refs: string[] = [];
    scanHtml(
      '<LIN\u212A rel="stylesheet" href="/k.css"><DIV style="background:url(/d.png)"><TITLE>x</Title><a href="/after">',
      (r) => void refs.push(`${r.tag}:${r.attr}:${r.kind}:${r.value}`),
    );
    expect(refs).toEqual(["link:href:asset:/k.css", "div:style:asset:/d.png", "a:href:page:/after"]);
  });

  it("reads attribute names in any case, and only the whole name (not data-href, hrefs or a Kelvin sign)", () => {
    const refs: string[] = [];
    const out = scanHtml(
      `<A HREF="/a" REL="NoFollow"><IMG SrC="/i.png" SRCSET="/s.png 2x"><FORM Action="/f"><a data-href="/no" hrefs="/no" hre\u212A="/no" STYLE="background:url(/b.png)">`,
      (r) => {
        refs.push(`${r.tag}:${r.attr}:${r.kind}:${r.value}:${r.nofollow ?? ""}`);
        return "x" + r.value;
      },
    );
    expect(refs).toEqual([
      "a:href:page:/a:true",
      "img:src:asset:/i.png:false",
      "img:srcset:asset:/s.png:",
      "form:action:form:/f:false",
      "a:style:asset:/b.png:",
    ]);
    expect(out).toBe(
      `<A HREF="x/a" REL="NoFollow"><IMG SrC="x/i.png" SRCSET="x/s.png 2x"><FORM Action="x/f"><a data-href="/no" hrefs="/no" hre\u212A="/no" STYLE="background:url(x/b.png)">`,
    );
  });

  it("reads any tag name, even one an object's property has (constructor, __proto__)", () => {
    const refs: string[] = [];
    scanHtml(`<constructor href="/a" style="background: url(/b.png)"><__proto__ src="/c">`, (r) => {
      refs.push(`${r.tag}:${r.attr}:${r.value}`);
    });
    expect(refs).toEqual(["constructor:style:/b.png"]);
  });

  it("reads attributes as they are written: first rel wins, an unclosed quote starts a bare value", () => {
    const refs: UrlRef[] = [];
    scanHtml(
      `<link rel="stylesheet" rel="alternate" href="/s.css"><a href="/x?a=1&amp;b" REL="nofollow"><img src="/u.png alt=x>`,
      (r) => void refs.push(r),
    );
    expect(refs.map((r) => `${r.kind}:${r.value}:${r.nofollow}`)).toEqual([
      "asset:/s.css:false",
      "page:/x?a=1&b:true",
      "asset:/u.pn:false", // the value read bare is `"/u.png`, and its quotes are trimmed
    ]);
  });
});

describe("toSitePath answers kept between pages", () => {
  const origin = "http://127.0.0.1:9";
  it("resolves a relative link against each page's own folder", () => {
    expect(toSitePath("t.json", `${origin}/db/x`, origin, "/")).toBe("/db/t.json");
    expect(toSitePath("t.json", `${origin}/other/y`, origin, "/")).toBe("/other/t.json");
    expect(toSitePath("?_next=2", `${origin}/db/x`, origin, "/")).toBe("/db/x?_next=2");
    expect(toSitePath("?_next=2", `${origin}/db/y`, origin, "/")).toBe("/db/y?_next=2");
  });

  it("resolves a root-absolute link against each page's own host, origin and base path", () => {
    expect(toSitePath("/repo/a", `${origin}/repo/db/x`, origin, "/repo/")).toBe("/a");
    expect(toSitePath("/repo/a", "http://127.0.0.1:8/repo/db/x", origin, "/repo/")).toBeNull();
    expect(toSitePath("/repo/a", `${origin}/repo/db/x`, origin, "/")).toBe("/repo/a");
    expect(toSitePath("/repo/a", `${origin}/repo/db/x`, "http://127.0.0.1:8", "/")).toBeNull();
    // Tabs are dropped from URLs: "/\t/host" names another host, like "//host".
    expect(toSitePath("/\t/example.com/a", `${origin}/db/x`, origin, "/")).toBeNull();
    expect(toSitePath("/a", "not a url", origin, "/")).toBeNull();
    expect(toSitePath(`${origin}/a`, "not a url", origin, "/")).toBeNull();
    expect(toSitePath(`${origin}/a`, `${origin}/db/x`, origin, "/")).toBe("/a");
  });
});
