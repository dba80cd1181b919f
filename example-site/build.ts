/**
 * Builds the example site's databases from the data files kept beside it (YAML, CSV, Markdown):
 * content.db (plugins, news, with full-text search; an empty suggestions table for the suggest_plugin form)
 * and stats.db (monthly downloads).
 * Run: npm run example:build (the export and serve commands in the README run it first).
 */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import YAML from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const data = (...parts: string[]) => path.join(here, "data", ...parts);

interface PluginEntry {
  name: string;
  description: string;
  author: string;
  stars: number;
  tags: string[];
  released: string | Date;
  readme: string;
}

function fresh(file: string): Database.Database {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  return new Database(file);
}

/** "a,b,c\n1,2,3" → rows of strings; the example data needs no quoting. */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const columns = header!.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [columns[i]!, v])));
}

/** Front matter between `---` lines, then the Markdown body. */
function readMarkdown(file: string): { meta: Record<string, string>; body: string } {
  const text = readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) return { meta: {}, body: text };
  return { meta: YAML.parse(match[1]!) as Record<string, string>, body: match[2]!.trim() };
}

const content = fresh(path.join(here, "content.db"));
content.exec(`
  create table authors (id text primary key, name text not null);
  create table plugins (
    name text primary key,
    description text,
    author text references authors(id),
    stars integer,
    tags text,
    released text,
    readme text
  );
  create table news (
    date text primary key,
    title text not null,
    plugin text references plugins(name),
    body text
  );
  create virtual table plugins_fts using fts5(name, description, content='plugins', content_rowid='rowid');
  -- Filled by the suggest_plugin canned query (write: true) on a served site; the export ships it empty.
  create table suggestions (
    id integer primary key,
    name text not null check (trim(name) <> ''),
    url text,
    note text,
    suggested_at text
  );
`);
const plugins = YAML.parse(readFileSync(data("plugins.yml"), "utf8")) as PluginEntry[];
const insertAuthor = content.prepare("insert or ignore into authors (id, name) values (?, ?)");
const insertPlugin = content.prepare(
  "insert into plugins (name, description, author, stars, tags, released, readme) values (?, ?, ?, ?, ?, ?, ?)",
);
const insertNews = content.prepare("insert into news (date, title, plugin, body) values (?, ?, ?, ?)");
content.transaction(() => {
  for (const p of plugins) {
    insertAuthor.run(p.author, p.author === "simonw" ? "Simon Willison" : p.author);
    const released = p.released instanceof Date ? p.released.toISOString().slice(0, 10) : String(p.released);
    insertPlugin.run(p.name, p.description, p.author, p.stars, JSON.stringify(p.tags), released, p.readme);
  }
  for (const file of readdirSync(data("news")).sort()) {
    const { meta, body } = readMarkdown(data("news", file));
    insertNews.run(file.slice(0, 10), meta.title, meta.plugin ?? null, body);
  }
  content.exec(
    "insert into plugins_fts (rowid, name, description) select rowid, name, description from plugins",
  );
})();
content.close();

const stats = fresh(path.join(here, "stats.db"));
stats.exec(
  "create table downloads (plugin text, month text, downloads integer, primary key (plugin, month))",
);
const insertDownload = stats.prepare("insert into downloads values (?, ?, ?)");
stats.transaction(() => {
  for (const row of readCsv(data("downloads.csv")))
    insertDownload.run(row.plugin, row.month, Number(row.downloads));
})();
stats.close();

console.log(
  `Built content.db (${plugins.length} plugins) and stats.db in ${path.relative(process.cwd(), here) || "."}`,
);
