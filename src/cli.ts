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
    .option("--template-dir <dir>", "folder of templates that override the defaults")
    .option("--plugins-dir <dir>", "folder of .js/.mjs plugins")
    .option("--plugin <name>", "npm package or file of a plugin to load (repeatable)", collect, [])
    .option("--static <mount:dir>", "serve a folder at /MOUNT/ (repeatable)", collect, [])
    .option("--setting <name value...>", "a Datasette setting, e.g. --setting default_page_size 50 (repeatable)")
    .option("--crossdb", "attach every database to _memory for cross-database queries", false)
    .option("--memory", "serve the _memory database", false)
    .option("--cors", "send CORS headers so other origins can call the JSON API", false)
    .option("--root", "print a sign-in URL for the root actor", false)
    .option("--secret <secret>", "secret for signing tokens and cookies (default: $DATASETTE_SECRET or random)")
    .option("--ephemeral", "add an in-memory `ephemeral` database whose tables expire", false)
    .addOption(new Option("--ttl <seconds>", "seconds an ephemeral table lives (default 300)").argParser(positiveInt))
    .addOption(new Option("--check-interval <seconds>", "seconds between expiry sweeps (default 2)").argParser(positiveInt));
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

export function serveOptionsFrom(files: string[], opts: Record<string, unknown>): ServeOptions {
  return {
    files,
    immutable: opts.immutable as string[],
    metadata: (opts.metadata as string) ?? null,
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
  .addOption(new Option("-p, --port <port>", "port to listen on (0 picks a free one)").default(8001).argParser(positiveInt))
  .action(async (files: string[], opts: Record<string, unknown>) => {
    const { serve } = await import("./commands/serve.js");
    await serve(serveOptionsFrom(files, opts));
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
