/**
 * license_url, source_url and about_url are printed as links only when they are http(s) or relative:
 * a `javascript:` (or `data:`, `vbscript:`…) URL in metadata at any level is not a link — the page shows
 * the license, source or about text without one. JSON keeps the metadata as written.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFixturesServer, type TestServer } from "../helpers/server.js";

const HOSTILE = {
  license: "Evil license",
  license_url: "javascript:alert(document.domain)",
  source: "Evil source",
  source_url: " JaVa\tScRiPt:alert(1)",
  about_url: "data:text/html,<script>alert(1)</script>",
};
const FRIENDLY = {
  license: "CC BY 4.0",
  license_url: "https://creativecommons.org/licenses/by/4.0/",
  source: "Our notes",
  source_url: "/about/source",
  about: "About",
  about_url: "vbscript:msgbox(1)",
};

describe("metadata links", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startFixturesServer({
      metadata: {
        ...HOSTILE,
        databases: {
          fixtures: {
            ...HOSTILE,
            tables: { facetable: FRIENDLY },
            queries: { q: { sql: "select 1", ...HOSTILE } },
          },
        },
      },
    });
  });
  afterAll(() => server.close());

  const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

  test.each([["/"], ["/fixtures"], ["/fixtures/q"], ["/fixtures/facetable"], ["/fixtures/facetable/1"]])(
    "%s links to no javascript:, data: or vbscript: URL",
    async (page) => {
      const response = await server.get(page);
      expect(response.status).toBe(200);
      const html = await response.text();
      for (const href of hrefs(html)) expect(href, page).not.toMatch(/^\s*(javascript|data|vbscript)/i);
      expect(html).not.toMatch(/javascript:|vbscript:|data:text/i);
    },
  );

  test("the text is still shown, without a link", async () => {
    const html = await (await server.get("/fixtures")).text();
    expect(html).toContain("Evil license");
    expect(html).toContain("Evil source");
    expect(html).not.toContain("About:");
  });

  test("http(s) and relative URLs stay links", async () => {
    const html = await (await server.get("/fixtures/facetable")).text();
    expect(html).toContain('<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>');
    expect(html).toContain('<a href="/about/source">Our notes</a>');
    expect(html).toContain("About");
    expect(hrefs(html)).not.toContain("vbscript:msgbox(1)");
  });

  test("JSON keeps the metadata as written", async () => {
    const json = await (await server.get("/-/metadata.json")).json();
    expect(json.license_url).toBe(HOSTILE.license_url);
  });
});
