/**
 * datasette.yml (Datasette 1.0's configuration file), from a real configuration directory and from
 * -c/--config, served by the real server over a copy of fixtures.db.
 */
import { copyFile, mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { ConfigError } from "../../src/config/config-error.js";
import { FIXTURES_DB, startServer, type TestServer } from "../helpers/server.js";

let dir: string;
let server: TestServer;

const DATASETTE_YML = `
settings:
  sql_time_limit_ms: 2500
  default_page_size: 7
plugins:
  config-echo:
    token:
      $env: DX_CONFIG_TEST_TOKEN
    from_file:
      $file: SECRET_FILE
databases:
  fixtures:
    queries:
      neighborhoods_like:
        sql: select _neighborhood as neighborhood from facetable where _neighborhood like :text order by _neighborhood
        title: Neighborhoods like
    tables:
      facetable:
        sort_desc: pk
extra_css_urls:
  - https://example.com/site.css
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dx-datasette-yml-"));
  await copyFile(FIXTURES_DB, path.join(dir, "fixtures.db"));
  await writeFile(path.join(dir, "secret.txt"), "from a file");
  await writeFile(
    path.join(dir, "datasette.yml"),
    DATASETTE_YML.replace("SECRET_FILE", path.join(dir, "secret.txt")),
  );
  await writeFile(
    path.join(dir, "metadata.yml"),
    "title: Described in metadata\ndatabases:\n  fixtures:\n    tables:\n      facetable:\n        source: Facets source\n",
  );
  await mkdir(path.join(dir, "plugins"));
  await writeFile(
    path.join(dir, "plugins", "config-echo.mjs"),
    `export default {
      name: "config-echo",
      registerRoutes: () => [{ pattern: /^\\/-\\/config-echo$/, handler: ({ datasette, ctx }) => {
        ctx.body = datasette.pluginConfig("config-echo");
      } }],
    };`,
  );
  process.env.DX_CONFIG_TEST_TOKEN = "s3cret";
  server = await startServer({ files: [dir] });
  // The settings' 2.5 s limit counts from arrival: start the read processes before any query is timed
  // (a first query on a loaded machine once answered "took too long").
  for (const warm of ["fixtures.json?sql=select+1", "fixtures/facetable.json"])
    await (await server.get(warm)).text();
});

afterAll(async () => {
  await server?.close();
  delete process.env.DX_CONFIG_TEST_TOKEN;
  await rm(dir, { recursive: true, force: true });
});

describe("datasette.yml in a configuration directory", () => {
  it("serves its canned queries", async () => {
    const res = await server.get("fixtures/neighborhoods_like.json?text=%25town%25&_shape=array");
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { neighborhood: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.neighborhood.includes("town"))).toBe(true);
    const html = await (await server.get("fixtures/neighborhoods_like")).text();
    expect(html).toContain("Neighborhoods like");
  });

  it("applies its settings: default_page_size and sql_time_limit_ms", async () => {
    const settings = (await (await server.get("-/settings.json")).json()) as Record<string, unknown>;
    expect(settings.sql_time_limit_ms).toBe(2500);
    const page = (await (await server.get("fixtures/facetable.json")).json()) as { rows: unknown[] };
    expect(page.rows).toHaveLength(7);
    // Cut short after 2.5 s, not the default 1 s: the setting took effect.
    const started = Date.now();
    const slow = await server.get(
      "fixtures/-/query.json?sql=" +
        encodeURIComponent(
          "with recursive c(x) as (select 1 union all select x + 1 from c where x < 10000000000) select count(*) from c",
        ),
    );
    expect(slow.status).toBe(400);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2400);
    expect(JSON.stringify(await slow.json())).toMatch(/time limit|interrupted/i);
  });

  it("merges table options with metadata.yml's descriptions", async () => {
    const page = (await (await server.get("fixtures/facetable.json?_shape=objects")).json()) as {
      rows: { pk: number }[];
    };
    expect(page.rows[0]!.pk).toBeGreaterThan(page.rows[1]!.pk);
    const html = await (await server.get("fixtures/facetable")).text();
    expect(html).toContain("Facets source");
    expect(html).toContain("https://example.com/site.css");
    expect(await (await server.get("")).text()).toContain("Described in metadata");
  });

  it("resolves $env and $file in plugin configuration", async () => {
    const res = await server.get("-/config-echo");
    expect(await res.json()).toEqual({ token: "s3cret", from_file: "from a file" });
  });
});

describe("-c/--config", () => {
  it("reads the file it names, over the directory's", async () => {
    const other = path.join(dir, "other.json");
    await writeFile(other, JSON.stringify({ settings: { default_page_size: 3 } }));
    const config = await loadConfig({ files: [path.join(dir, "fixtures.db")], config: other });
    expect(config.settings.default_page_size).toBe(3);
  });

  it("lets --setting override the file's settings", async () => {
    const config = await loadConfig({ files: [dir], settings: [["default_page_size", "9"]] });
    expect(config.settings.default_page_size).toBe(9);
    expect(config.settings.sql_time_limit_ms).toBe(2500);
  });

  it("refuses an unknown key, naming the file and the key", async () => {
    const bad = path.join(dir, "bad.yml");
    await writeFile(bad, "databases:\n  fixtures:\n    querys:\n      q: select 1\n");
    const error = await loadConfig({ files: [], config: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`${bad}: databases.fixtures.querys: unknown key "querys"`);
  });

  it("refuses an unknown setting and a quoted number", async () => {
    const bad = path.join(dir, "bad-settings.yml");
    await writeFile(bad, "settings:\n  sql_time_limit: 10\n");
    await expect(loadConfig({ files: [], config: bad })).rejects.toThrow(
      `${bad}: settings.sql_time_limit: unknown setting`,
    );
    await writeFile(bad, 'settings:\n  sql_time_limit_ms: "10"\n');
    await expect(loadConfig({ files: [], config: bad })).rejects.toThrow(
      /settings\.sql_time_limit_ms: expected a whole number/,
    );
  });
});
