#!/usr/bin/env node
import { Command, Option } from "commander";
import { VERSION } from "./version.js";
import type { ServeOptions } from "./config/load.js";

/**
 * The command line. Each command imports its module lazily, so `serve` never loads Playwright and
 * `create-token` never opens a database.
 */
const program = new Command("datasette-export")
  .description("Serve SQLite databases the Datasette way, and export them as a static site")
  .version(VERSION);

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The `serve` options, shared by `serve` and `export` (the exporter boots the same server). */
export function addServeOptions(command: Command): Command {
  return command
    .argument("[files...]", "database files and/or a configuration directory")
    .option("-i, --immutable <file>", "database file to open immutably (repeatable)", collect, [])
    .option("-m, --metadata <file>", "metadata.yml|yaml|json")
    .option("-c, --config <file>", "datasette.yml|yaml|json: settings, plugins, permissions, queries")
    .option("--template-dir <dir>", "folder of templates that override the defaults")
    .option("--plugins-dir <dir>", "folder of .js/.mjs plugins")
    .option("--plugin <name>", "npm package or file of a plugin to load (repeatable)", collect, [])
    .option("--static <mount:dir>", "serve a folder at /MOUNT/ (repeatable)", collect, [])
    .option(
      "--setting <name value...>",
      "a Datasette setting, e.g. --setting default_page_size 50 (repeatable)",
    )
    .option("--crossdb", "attach every database to _memory for cross-database queries", false)
    .option("--memory", "serve the _memory database", false)
    .option("--cors", "send CORS headers so other origins can call the JSON API", false)
    .option("--root", "print a sign-in URL for the root actor", false)
    .option(
      "--secret <secret>",
      "secret for signing tokens and cookies (default: $DATASETTE_SECRET or random)",
    )
    .option("--ephemeral", "add an in-memory `ephemeral` database whose tables expire", false)
    .addOption(
      new Option("--ttl <seconds>", "seconds an ephemeral table lives (default 300)").argParser(positiveInt),
    )
    .addOption(
      new Option("--check-interval <seconds>", "seconds between expiry sweeps (default 2)").argParser(
        positiveInt,
      ),
    );
}

/** Commander gathers repeated variadic `--setting a 1 --setting b 2` into one flat list: pair it up. */
function settingPairs(values: string[] = []): [string, string][] {
  if (values.length % 2 !== 0) throw new Error("--setting takes NAME VALUE pairs");
  const out: [string, string][] = [];
  for (let i = 0; i < values.length; i += 2) out.push([values[i]!, values[i + 1]!]);
  return out;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}

/** A thread count, or "auto". */
function threadCount(value: string): number | "auto" {
  return value === "auto" ? "auto" : positiveInt(value);
}

export function serveOptionsFrom(files: string[], opts: Record<string, unknown>): ServeOptions {
  return {
    files,
    immutable: opts.immutable as string[],
    metadata: (opts.metadata as string) ?? null,
    config: (opts.config as string) ?? null,
    templateDir: (opts.templateDir as string) ?? null,
    pluginsDir: (opts.pluginsDir as string) ?? null,
    plugins: opts.plugin as string[],
    static: opts.static as string[],
    settings: settingPairs(opts.setting as string[] | undefined),
    crossdb: Boolean(opts.crossdb),
    memory: Boolean(opts.memory),
    cors: Boolean(opts.cors),
    root: Boolean(opts.root),
    secret: (opts.secret as string) ?? null,
    host: opts.host as string | undefined,
    port: opts.port as number | undefined,
    ephemeral: Boolean(opts.ephemeral),
    ttl: opts.ttl as number | undefined,
    checkInterval: opts.checkInterval as number | undefined,
  };
}

addServeOptions(program.command("serve").description("Serve databases and a configuration directory"))
  .option("-h, --host <host>", "host to listen on", "127.0.0.1")
  .addOption(
    new Option("-p, --port <port>", "port to listen on (0 picks a free one)")
      .default(8001)
      .argParser(positiveInt),
  )
  .action(async (files: string[], opts: Record<string, unknown>) => {
    const { serve } = await import("./commands/serve.js");
    await serve(serveOptionsFrom(files, opts));
  });

addServeOptions(program.command("export").description("Render pages in Chromium and write a static site"))
  .option("--path <path>", "a path to export, e.g. / (repeatable)", collect, [])
  .option("--sql <query>", "SQL whose rows' first column is a path to export (repeatable)", collect, [])
  .option(
    "--sql-database <name>",
    "database the --sql queries run against (default: first, or _memory with --crossdb)",
  )
  .option("--paths-file <file>", "file with one path a line")
  .option("--crawl", "follow same-origin links from the pages exported", false)
  .addOption(
    new Option("--max-pages <n>", "a crawl adds pages while the site has fewer (listed pages always go in)")
      .default(10_000)
      .argParser(positiveInt),
  )
  .option("--include <glob>", "only crawl paths matching this glob (repeatable)", collect, [])
  .option("--exclude <glob>", "never crawl paths matching this glob (repeatable)", collect, [])
  .option(
    "--setup <file>",
    "a .json list of write-API requests or a .sql file, run before rendering (repeatable)",
    collect,
    [],
  )
  .option("--setup-database <name>", "database a .sql setup file runs against")
  .option("-o, --output <dir>", "output folder", "_site")
  .option("--replace-output", "replace a folder this tool did not write (never one holding an input)", false)
  .option(
    "--base-url <path>",
    "render under this base path and write links root-absolute under it, e.g. /repo/ (default: links relative to each page, so the site works from disk and under any path)",
  )
  .option("--site-url <url>", "absolute site URL for sitemap.xml")
  .option("--trailing-slash", "write /a/b as a/b/index.html (linked as /a/b/ with --base-url)", false)
  .addOption(
    new Option("--render <mode>", "which pages go through Chromium")
      .choices(["auto", "browser", "http", "adaptive"])
      .default("auto"),
  )
  .addOption(new Option("--concurrency <n>", "pages rendered at once").argParser(positiveInt))
  .addOption(
    new Option(
      "--render-threads <n>",
      "threads that render pages needing no browser, beside the main thread (0: the main thread only; default: auto, one per spare core once 20,000 pages are planned)",
    ).argParser(threadCount),
  )
  // For comparisons (benchmarks, tests): pages needing no browser fetched over HTTP, as before in-process rendering.
  .addOption(
    new Option("--transport <kind>", "how pages needing no browser reach the exporter")
      .choices(["in-process", "http"])
      .default("in-process")
      .hideHelp(),
  )
  .addOption(
    new Option("--wait-until <event>", "when a page counts as loaded")
      .choices(["load", "domcontentloaded", "networkidle"])
      .default("load"),
  )
  .option("--wait-for <selector>", "wait for this selector on every browser-rendered page")
  .addOption(
    new Option("--timeout <ms>", "per-page timeout in milliseconds").default(30_000).argParser(positiveInt),
  )
  .option("--strip-scripts", "remove <script> elements from written HTML", false)
  .addOption(
    new Option(
      "--third-party <rule>",
      "what browser-rendered pages may load from other origins: scripts and stylesheets (fetched once, cached), none, or all GETs; beacons and non-GETs never leave",
    )
      .choices(["scripts", "none", "all"])
      .default("scripts"),
  )
  .option("--allow-errors", "write failing pages and exit 0", false)
  .option("--no-check-links", "skip the broken-link check")
  .option(
    "--fail-on-broken-links",
    "fail when written HTML links to pages that were not written (sort, filter, SQL and format variants left out on purpose are only counted)",
    false,
  )
  .option("--report <file>", "write a JSON report of every page")
  .option("--shard <i/n>", "render only shard i of n (1-based)")
  .option(
    "--browser <path>",
    "Chromium executable (default: $DATASETTE_EXPORT_BROWSER, Playwright's, then Debian's)",
  )
  .addOption(
    new Option("--progress <kind>", "progress output")
      .choices(["auto", "bar", "lines", "none"])
      .default("auto"),
  )
  .action(async (files: string[], opts: Record<string, unknown>) => {
    // The --sql queries run in a read process before any page renders: start it while the exporter loads.
    if ((opts.sql as string[]).length) (await import("./db/read-pool.js")).prestartReadProcess();
    const { exportCommand } = await import("./commands/export.js");
    process.exitCode = await exportCommand(serveOptionsFrom(files, opts), opts);
  });

type MergeFlags = { output: string; failOnBrokenLinks: boolean; replaceOutput: boolean };
program
  .command("merge")
  .description("Join the outputs of sharded exports into one site")
  .argument("<parts...>", "shard output folders")
  .requiredOption("-o, --output <dir>", "merged output folder")
  .option("--fail-on-broken-links", "fail when a page links to a page no part wrote", false)
  .option("--replace-output", "replace a folder this tool did not write (never one holding a part)", false)
  .action(async (parts: string[], opts: MergeFlags) => {
    const { mergeExports } = await import("./export/merge.js");
    const { output, ...options } = opts;
    const result = await mergeExports(parts, output, options);
    console.log(`Merged ${parts.length} parts into ${result.output}: ${result.files} files`);
    if (result.brokenLinks.length) {
      console.log(`${result.brokenLinks.length} broken link(s), e.g.:`);
      for (const b of result.brokenLinks.slice(0, 10)) console.log(`  ${b.from} → ${b.href}`);
    }
    if (result.unexportedVariants)
      console.log(
        `${result.unexportedVariants} link(s) to sort, filter, SQL or format variants were left out`,
      );
  });

program
  .command("action")
  .description(
    "Run as the GitHub Action: read INPUT_* from the environment, export, upload the Pages artifact",
  )
  .action(async () => {
    const { actionCommand } = await import("./commands/action.js");
    process.exitCode = await actionCommand(process.env);
  });

program
  .command("create-token")
  .description("Create a signed API token for an actor (use it as Authorization: Bearer TOKEN)")
  .argument("<actor>", "the actor id the token stands for, e.g. root")
  .option("--secret <secret>", "the server's secret (default: $DATASETTE_SECRET)")
  .addOption(
    new Option("-e, --expires-after <seconds>", "the token expires after this many seconds").argParser(
      positiveInt,
    ),
  )
  .option("-a, --all <action>", "restrict the token to this action everywhere (repeatable)", collect, [])
  .option("-d, --database <db_action...>", "DB ACTION: allow this action on this database (repeatable)")
  .option(
    "-r, --resource <db_table_action...>",
    "DB TABLE ACTION: allow this action on this table or query (repeatable)",
  )
  .option("--debug", "also print the decoded token", false)
  .action(async (actor: string, opts: Record<string, unknown>) => {
    const { createTokenCommand } = await import("./commands/create-token.js");
    console.log(createTokenCommand(actor, opts).join("\n"));
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
