/**
 * The floors the HTTP benchmarks measure us against, each its own process like our server, and printing
 * "Serving on URL" as `serve` does:
 * - `table-json FILE`: a bare Koa handler running the table page's SQL on better-sqlite3 in-process and
 *   writing the same JSON keys (what any server over this database must at least do);
 * - `read-bodies`: a bare node:http server that reads each request body and answers 201.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import Koa from "koa";
import BetterSqlite3 from "better-sqlite3";

const TABLE_PAGE_SQL = "select id, name, score, flag, note from big order by id limit 101";

function tableJson(file: string): http.RequestListener {
  const stmt = new BetterSqlite3(file, { readonly: true }).prepare(TABLE_PAGE_SQL);
  const app = new Koa();
  app.use((ctx) => {
    const rows = stmt.all() as { id: number }[];
    const page = rows.slice(0, 100);
    const next = rows.length > 100 ? String(page[page.length - 1]!.id) : null;
    ctx.type = "application/json; charset=utf-8";
    ctx.body = JSON.stringify({
      ok: true,
      next,
      next_url: next && `${ctx.protocol}://${ctx.host}/bench/big.json?_size=100&_next=${next}`,
      rows: page,
      truncated: false,
    });
  });
  return app.callback();
}

const readBodies: http.RequestListener = (req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(201, { "content-type": "application/json" });
    res.end('{"ok": true}');
  });
};

const [mode, file] = process.argv.slice(2);
const listener = mode === "table-json" ? tableJson(file!) : mode === "read-bodies" ? readBodies : null;
if (!listener) throw new Error(`unknown floor ${mode}`);
const server = http.createServer(listener);
server.listen(0, "127.0.0.1", () => {
  console.log(`Serving on http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
