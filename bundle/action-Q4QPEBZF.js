import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  RENDER_MODES,
  THIRD_PARTY_RULES,
  crawlStoppedMessage,
  exportSite,
  normaliseExportOptions
} from "./chunk-LHHNTVVX.js";
import {
  loadConfig
} from "./chunk-P2RRI54F.js";
import {
  mergeExports
} from "./chunk-3CCTPAJN.js";
import {
  OUTPUT_MARKER
} from "./chunk-VVQ26ECO.js";
import {
  bootServer
} from "./chunk-KF65J4GK.js";
import "./chunk-X6CBF64O.js";
import "./chunk-5KYFMQND.js";
import "./chunk-ASUEK7BA.js";
import "./chunk-JHF3PE6T.js";
import "./chunk-ATCLKJJX.js";
import "./chunk-GN73FVAW.js";
import "./chunk-RVBKGXXC.js";
import "./chunk-Z4UFLIYT.js";
import "./chunk-FDXMYN4B.js";
import "./chunk-RNORCARU.js";
import "./chunk-EEQHA2N2.js";
import "./chunk-E6AZRTMP.js";

// src/action/run.ts
import { existsSync as existsSync2 } from "node:fs";
import { chmod, mkdir as mkdir3, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path5 from "node:path";
import { performance } from "node:perf_hooks";

// src/action/export-options.ts
function siteOverrides(inputs) {
  return {
    crossdb: inputs.crossdb,
    ephemeral: inputs.ephemeral,
    ...inputs.ttl !== null ? { ttl: inputs.ttl } : {},
    settings: [["base_url", inputs.baseUrl]]
  };
}
function reportPathFor(output) {
  return `${output.replace(/[/\\]+$/, "")}.report.json`;
}
function toExportOptions(inputs, server) {
  return normaliseExportOptions({
    server,
    output: inputs.output,
    sources: [inputs.sitePath],
    paths: inputs.paths,
    sql: inputs.sql,
    crawl: inputs.crawl,
    setup: inputs.setup,
    siteUrl: inputs.siteUrl,
    trailingSlash: inputs.trailingSlash,
    // The action always knows its base URL: absolute links keep 404.html working at any depth.
    absoluteLinks: true,
    render: inputs.render,
    thirdParty: inputs.thirdParty,
    ...inputs.concurrency !== null ? { concurrency: inputs.concurrency } : {},
    allowErrors: inputs.allowErrors,
    reportPath: reportPathFor(inputs.output),
    shard: inputs.shard,
    // A CI log is not a terminal: plain progress lines.
    progress: "lines"
  });
}

// src/action/inputs.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var InputError = class extends Error {
  constructor(input, message) {
    super(`Input "${input}": ${message}`);
    this.input = input;
  }
  input;
  name = "InputError";
};
var PART_ARTIFACT_PREFIX = "github-pages-part-";
function readActionInputs(env) {
  const input = (name) => readInput(env, name);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const resolve = (p) => path.resolve(workspace, p);
  const mode = choice(input, "mode", ["export", "merge"], "export");
  const sitePath = resolve(input("path") || ".");
  const paths = multiline(input("paths"));
  const sql = splitSql(input("sql"));
  const shard = parseShard(input("shard"));
  if (mode === "merge" && shard) throw new InputError("shard", "cannot be used with mode: merge");
  const setup = multiline(input("setup")).map((file) => {
    if (!/\.(json|sql)$/i.test(file)) throw new InputError("setup", `"${file}" must be a .json or .sql file`);
    return resolve(file);
  });
  const crawlText = input("crawl");
  const crawl = crawlText ? booleanValue("crawl", crawlText) : paths.length === 0 && sql.length === 0;
  const repo = parseRepository(env.GITHUB_REPOSITORY);
  const cname = readCname(sitePath);
  return {
    mode,
    workspace,
    sitePath,
    paths,
    sql,
    crossdb: boolean(input, "crossdb", false),
    crawl,
    output: resolve(input("output") || "_site"),
    baseUrl: normaliseBase(input("base-url") || defaultBaseUrl(repo, cname !== null)),
    siteUrl: input("site-url") || defaultSiteUrl(env, repo, cname),
    concurrency: integer(input, "concurrency", null, 1),
    render: choice(input, "render", RENDER_MODES, "auto"),
    thirdParty: choice(input, "third-party", THIRD_PARTY_RULES, "scripts"),
    trailingSlash: boolean(input, "trailing-slash", false),
    ephemeral: boolean(input, "ephemeral", false),
    ttl: integer(input, "ttl", null, 1),
    setup,
    shard,
    upload: boolean(input, "upload", true),
    artifactName: input("artifact-name") || (shard ? `${PART_ARTIFACT_PREFIX}${shard.index}` : "github-pages"),
    retentionDays: integer(input, "retention-days", 1, 1, 90) ?? 1,
    allowErrors: boolean(input, "allow-errors", false)
  };
}
function readInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function splitSql(text) {
  return text.split(/^[ \t]*---[ \t]*$/m).map((q) => q.trim()).filter(Boolean);
}
function defaultBaseUrl(repo, hasCname) {
  if (!repo || hasCname || isUserSite(repo)) return "/";
  return `/${repo.name}/`;
}
function defaultSiteUrl(env, repo, cname) {
  if (cname) return `https://${cname}/`;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  if (!repo || new URL(server).hostname.toLowerCase() !== "github.com") return null;
  const host = `${repo.owner.toLowerCase()}.github.io`;
  return isUserSite(repo) ? `https://${host}/` : `https://${host}/${repo.name}/`;
}
function isUserSite(repo) {
  return repo.name.toLowerCase() === `${repo.owner.toLowerCase()}.github.io`;
}
function parseRepository(value) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1], name: match[2] } : null;
}
function readCname(sitePath) {
  const file = path.join(sitePath, "CNAME");
  if (!existsSync(file)) return null;
  const domain = (readFileSync(file, "utf8").split(/\r?\n/)[0] ?? "").trim();
  return domain || null;
}
function normaliseBase(value) {
  let v = value.trim();
  if (/^[a-z]+:\/\//i.test(v))
    throw new InputError("base-url", `takes a path such as /repo/, not a URL ("${v}")`);
  if (!v.startsWith("/")) v = "/" + v;
  if (!v.endsWith("/")) v += "/";
  return v;
}
function multiline(text) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}
function parseShard(text) {
  if (!text) return null;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!match || total < 1 || index < 1 || index > total) {
    throw new InputError("shard", `takes i/n with 1 \u2264 i \u2264 n, such as 1/3, not "${text}"`);
  }
  return { index, total };
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function booleanValue(name, text) {
  if (TRUE.includes(text)) return true;
  if (FALSE.includes(text)) return false;
  throw new InputError(name, `takes true or false (also True, TRUE, False, FALSE), not "${text}"`);
}
function boolean(input, name, fallback) {
  const text = input(name);
  return text ? booleanValue(name, text) : fallback;
}
function integer(input, name, fallback, min, max = Number.MAX_SAFE_INTEGER) {
  const text = input(name);
  if (!text) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new InputError(name, `takes a whole number ${range}, not "${text}"`);
  }
  return n;
}
function choice(input, name, allowed, fallback) {
  const text = input(name);
  if (!text) return fallback;
  if (!allowed.includes(text)) {
    throw new InputError(name, `takes one of ${allowed.join(", ")}, not "${text}"`);
  }
  return text;
}

// src/action/pages-artifact.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path2 from "node:path";
var EXCLUDED_NAMES = /* @__PURE__ */ new Set([".git", ".github"]);
var PagesArtifactError = class extends Error {
  name = "PagesArtifactError";
};
var BLOCK = 512;
var RECORD = 20 * BLOCK;
var FILE_MODE = 420;
var DIR_MODE = 493;
var MAX_OCTAL_SIZE = 8589934591;
var SMALL_FILE = 1 << 20;
var OUT_BUFFER = 1 << 20;
async function writePagesArtifact(dir, tarPath) {
  const root = path2.resolve(dir);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new PagesArtifactError(`Cannot archive ${dir}: it is not a folder`);
  const summary = { tarPath, files: 0, folders: 0, contentBytes: 0, tarBytes: 0 };
  const out = new TarOutput(await open(tarPath, "w", 420));
  try {
    await walk(out, root, "./", /* @__PURE__ */ new Set(), summary);
    await out.put(Buffer.alloc(2 * BLOCK));
    const rest = (RECORD - out.bytes % RECORD) % RECORD;
    if (rest) await out.put(Buffer.alloc(rest));
    await out.flush();
  } finally {
    await out.close();
  }
  summary.tarBytes = out.bytes;
  return summary;
}
var TarOutput = class {
  constructor(file) {
    this.file = file;
  }
  file;
  buf = Buffer.allocUnsafe(OUT_BUFFER);
  used = 0;
  bytes = 0;
  async put(data) {
    this.bytes += data.length;
    if (this.used + data.length > this.buf.length) await this.flush();
    if (data.length >= this.buf.length) {
      await this.file.write(data);
      return;
    }
    data.copy(this.buf, this.used);
    this.used += data.length;
  }
  async flush() {
    if (this.used) await this.file.write(this.buf, 0, this.used);
    this.used = 0;
  }
  close() {
    return this.file.close();
  }
};
async function walk(out, abs, name, ancestors, summary) {
  const info = await stat(abs);
  const id = `${info.dev}:${info.ino}`;
  if (ancestors.has(id))
    throw new PagesArtifactError(`Cannot archive ${abs}: a link loops back to a parent folder`);
  for (const block of headerBlocks(name, 0, DIR_MODE, "5", info.mtimeMs)) await out.put(block);
  summary.folders++;
  const inside = new Set(ancestors).add(id);
  const names = (await readdir(abs)).filter((n) => !EXCLUDED_NAMES.has(n) && !(name === "./" && n === OUTPUT_MARKER)).sort(byBytes);
  for (const entry of names) {
    const child = readChild(abs, name, entry);
    if (child.info.isDirectory()) {
      await walk(out, child.abs, `${child.name}/`, inside, summary);
    } else {
      await writeFile(out, child);
      summary.files++;
      summary.contentBytes += child.info.size;
    }
  }
}
function readChild(dirAbs, dirName, entry) {
  const abs = path2.join(dirAbs, entry);
  let info;
  try {
    info = statSync(abs);
  } catch (error) {
    const code = error.code;
    throw new PagesArtifactError(
      `Cannot archive ${abs}: ${code === "ENOENT" ? "broken link" : error.message}`
    );
  }
  if (!info.isDirectory() && !info.isFile()) {
    throw new PagesArtifactError(`Cannot archive ${abs}: only files and folders can go into a Pages site`);
  }
  const data = info.isFile() && info.size <= SMALL_FILE ? readFileSync2(abs) : null;
  return { abs, name: `${dirName}${entry}`, info, data };
}
async function writeFile(out, child) {
  const { size, mtimeMs } = child.info;
  const changed = () => new PagesArtifactError(`Cannot archive ${child.abs}: it changed size while being read`);
  for (const block of headerBlocks(child.name, size, FILE_MODE, "0", mtimeMs)) await out.put(block);
  if (child.data) {
    if (child.data.length !== size) throw changed();
    await out.put(child.data);
  } else {
    const file = await open(child.abs, "r");
    try {
      const chunk = Buffer.allocUnsafe(SMALL_FILE);
      for (let done = 0; done < size; ) {
        const { bytesRead } = await file.read(chunk, 0, Math.min(chunk.length, size - done), done);
        if (bytesRead === 0) throw changed();
        await out.put(chunk.subarray(0, bytesRead));
        done += bytesRead;
      }
    } finally {
      await file.close();
    }
  }
  const pad = (BLOCK - size % BLOCK) % BLOCK;
  if (pad) await out.put(Buffer.alloc(pad));
}
function* headerBlocks(name, size, mode, type, mtimeMs) {
  const split = splitUstarName(name);
  const pax = [];
  if (!split) pax.push(["path", name]);
  if (size > MAX_OCTAL_SIZE) pax.push(["size", String(size)]);
  const mtime = Math.floor(mtimeMs / 1e3);
  if (pax.length) {
    const body = Buffer.from(pax.map(([k, v]) => paxRecord(k, v)).join(""), "utf8");
    const paxName = `./PaxHeaders/${truncateUtf8(path2.posix.basename(name.replace(/\/$/, "")), 80)}`;
    yield ustarHeader({ name: paxName, prefix: "" }, body.length, FILE_MODE, "x", mtime);
    yield body;
    const pad = (BLOCK - body.length % BLOCK) % BLOCK;
    if (pad) yield Buffer.alloc(pad);
  }
  const fallback = { name: truncateUtf8(name, 100), prefix: "" };
  yield ustarHeader(split ?? fallback, size > MAX_OCTAL_SIZE ? 0 : size, mode, type, mtime);
}
function ustarHeader(name, size, mode, type, mtime) {
  const h = Buffer.alloc(BLOCK);
  h.write(name.name, 0, 100, "utf8");
  writeOctal(h, mode, 100, 8);
  writeOctal(h, 0, 108, 8);
  writeOctal(h, 0, 116, 8);
  writeOctal(h, size, 124, 12);
  writeOctal(h, Math.max(0, mtime), 136, 12);
  h.write(type, 156, 1, "latin1");
  h.write("ustar\x0000", 257, 8, "latin1");
  writeOctal(h, 0, 329, 8);
  writeOctal(h, 0, 337, 8);
  h.write(name.prefix, 345, 155, "utf8");
  h.fill(32, 148, 156);
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, 8, "latin1");
  return h;
}
function writeOctal(h, value, offset, length) {
  h.write(value.toString(8).padStart(length - 1, "0") + "\0", offset, length, "latin1");
}
function splitUstarName(name) {
  if (!/^[\x20-\x7e]*$/.test(name)) return null;
  if (name.length <= 100) return { name, prefix: "" };
  for (let i = name.lastIndexOf("/", name.length - 2); i > 0; i = name.lastIndexOf("/", i - 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (prefix.length <= 155 && rest.length <= 100 && rest.length > 0) return { name: rest, prefix };
    if (rest.length > 100) return null;
  }
  return null;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  const bytes = Buffer.byteLength(body, "utf8");
  let len = bytes + String(bytes).length;
  while (len !== bytes + String(len).length) len = bytes + String(len).length;
  return `${len}${body}`;
}
function truncateUtf8(text, maxBytes) {
  let out = text;
  while (Buffer.byteLength(out, "utf8") > maxBytes) out = out.slice(0, -1);
  return out;
}
function byBytes(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// src/action/summary.ts
var PHASE_NAMES = {
  serverStartMs: "server start",
  browserStartMs: "browser start",
  renderMs: "render",
  writeMs: "write",
  downloadMs: "download parts",
  mergeMs: "merge",
  tarMs: "tar",
  uploadMs: "upload"
};
function timingLines(timings) {
  return Object.keys(PHASE_NAMES).filter((k) => timings[k] !== void 0).map((k) => `${PHASE_NAMES[k]}: ${Math.round(timings[k])} ms`);
}
function exportSummary(result, timings, artifact, allowErrors) {
  const seconds = result.durationMs / 1e3;
  const rate = seconds > 0 ? (result.pages / seconds).toFixed(1) : "\u2013";
  const lines = [
    "## datasette-export",
    "",
    "| pages | files | size | time | pages/s | failures |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${result.pages} | ${result.files} | ${formatBytes(result.bytes)} | ${seconds.toFixed(1)} s | ${rate} | ${result.failures.length} |`,
    ""
  ];
  if (result.crawlStoppedAt !== null)
    lines.push(`> [!WARNING]
> ${crawlStoppedMessage(result.crawlStoppedAt)}`, "");
  if (result.failures.length) {
    lines.push(`### ${allowErrors ? "Failed pages (allowed)" : "Failed pages"}`, "");
    lines.push("| path | status | error | from |", "| --- | ---: | --- | --- |");
    for (const f of result.failures.slice(0, 100)) {
      lines.push(`| ${cell(f.path)} | ${f.status} | ${cell(f.error ?? "")} | ${cell(f.source)} |`);
    }
    if (result.failures.length > 100)
      lines.push(`
\u2026 and ${result.failures.length - 100} more in the report.`);
    lines.push("");
  }
  if (result.slowest.length) {
    lines.push("### Slowest pages", "", "| path | ms | renderer |", "| --- | ---: | --- |");
    for (const p of result.slowest.slice(0, 10))
      lines.push(`| ${cell(p.path)} | ${Math.round(p.ms)} | ${p.renderer} |`);
    lines.push("");
  }
  lines.push(...timingTable(timings), ...artifactLines(artifact));
  return lines.join("\n");
}
function mergeSummary(parts, merged, timings, artifact) {
  return [
    "## datasette-export: merged shards",
    "",
    `Merged ${parts.length} part(s) (${parts.map((p) => `\`${p}\``).join(", ")}): ${merged.files} files, ${formatBytes(merged.bytes)}.`,
    "",
    ...timingTable(timings),
    ...artifactLines(artifact)
  ].join("\n");
}
function failureMessage(page) {
  const why = page.error ?? `HTTP ${page.status}`;
  return `${page.path} failed: ${why}
Path from: ${page.source}`;
}
function timingTable(timings) {
  const rows = timingLines(timings).map((line) => {
    const [phase, ms] = line.split(": ");
    return `| ${phase} | ${ms} |`;
  });
  return rows.length ? ["### Timings", "", "| phase | time |", "| --- | ---: |", ...rows, ""] : [];
}
function artifactLines(artifact) {
  if (!artifact) return ["Not uploaded."];
  const id = artifact.id === null ? "not uploaded" : `id ${artifact.id}`;
  return [
    `Pages artifact \`${artifact.name}\` (${id}): \`artifact.tar\`, ${formatBytes(artifact.tarBytes)}.`
  ];
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").slice(0, 300);
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB"];
  let v = n;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  return `${v.toFixed(1)} ${units[u]}`;
}

// src/action/tar-extract.ts
import { mkdir, open as open2 } from "node:fs/promises";
import path3 from "node:path";
var TarExtractError = class extends Error {
  name = "TarExtractError";
};
var BLOCK2 = 512;
var CHUNK = 1 << 20;
async function extractPagesTar(tarPath, dir) {
  const root = path3.resolve(dir);
  await mkdir(root, { recursive: true });
  const tar = await open2(tarPath, "r");
  const files = [];
  try {
    let offset = 0;
    let pax = {};
    let longName = null;
    const header = Buffer.alloc(BLOCK2);
    for (; ; ) {
      const { bytesRead } = await tar.read(header, 0, BLOCK2, offset);
      if (bytesRead < BLOCK2) throw new TarExtractError(`${tarPath} ends in the middle of an entry`);
      offset += BLOCK2;
      if (header.every((b) => b === 0)) break;
      checkChecksum(header, tarPath);
      const type = String.fromCharCode(header[156]);
      const size = Number(pax.size ?? readOctal(header, 124, 12));
      const name = pax.path ?? longName ?? ustarName(header);
      if (type === "x" || type === "L") {
        const body = Buffer.alloc(size);
        await tar.read(body, 0, size, offset);
        if (type === "x") pax = parsePax(body, tarPath);
        else longName = body.toString("utf8").replace(/\0+$/, "");
      } else if (type === "g") {
      } else {
        const target = safeTarget(root, name, tarPath);
        if (type === "5") {
          await mkdir(target, { recursive: true });
        } else if (type === "0" || type === "\0") {
          await mkdir(path3.dirname(target), { recursive: true });
          await copyRange(tar, offset, size, target);
          files.push(path3.relative(root, target).split(path3.sep).join("/"));
        } else {
          throw new TarExtractError(
            `${tarPath}: "${name}" is not a file or folder (type ${JSON.stringify(type)})`
          );
        }
        pax = {};
        longName = null;
      }
      offset += Math.ceil(size / BLOCK2) * BLOCK2;
    }
  } finally {
    await tar.close();
  }
  return files;
}
async function copyRange(tar, start, size, target) {
  const out = await open2(target, "wx", 420).catch((error) => {
    throw new TarExtractError(
      `Cannot write ${target}: ${error.code === "EEXIST" ? "the archive holds it twice" : error.message}`
    );
  });
  try {
    const buf = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    for (let done = 0; done < size; ) {
      const { bytesRead } = await tar.read(buf, 0, Math.min(buf.length, size - done), start + done);
      if (bytesRead === 0) throw new TarExtractError(`Archive ends inside ${target}`);
      await out.write(buf, 0, bytesRead);
      done += bytesRead;
    }
  } finally {
    await out.close();
  }
}
function safeTarget(root, name, tarPath) {
  const clean = path3.posix.normalize(name.replace(/\\/g, "/"));
  if (path3.posix.isAbsolute(clean) || clean === ".." || clean.startsWith("../")) {
    throw new TarExtractError(`${tarPath}: entry "${name}" points outside the folder`);
  }
  return path3.join(root, clean);
}
function ustarName(h) {
  const name = cString(h, 0, 100);
  const magic = h.toString("latin1", 257, 263);
  const prefix = magic === "ustar\0" ? cString(h, 345, 155) : "";
  return prefix ? `${prefix}/${name}` : name;
}
function cString(h, offset, length) {
  const end = h.indexOf(0, offset);
  return h.toString("utf8", offset, end === -1 || end > offset + length ? offset + length : end);
}
function readOctal(h, offset, length) {
  const text = cString(h, offset, length).trim();
  return text ? parseInt(text, 8) : 0;
}
function checkChecksum(h, tarPath) {
  let sum = 0;
  for (let i = 0; i < BLOCK2; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  if (sum !== readOctal(h, 148, 8))
    throw new TarExtractError(`${tarPath} is not a tar file (bad header checksum)`);
}
function parsePax(body, tarPath) {
  const out = {};
  let i = 0;
  while (i < body.length && body[i] !== 0) {
    const space = body.indexOf(32, i);
    const len = parseInt(body.toString("latin1", i, space), 10);
    if (!(len > 0) || space === -1) throw new TarExtractError(`${tarPath} has a malformed pax header`);
    const record = body.toString("utf8", space + 1, i + len - 1);
    const eq = record.indexOf("=");
    out[record.slice(0, eq)] = record.slice(eq + 1);
    i += len;
  }
  return out;
}

// src/action/upload.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import path4 from "node:path";
var ArtifactUploadError = class extends Error {
  name = "ArtifactUploadError";
};
var CLIENT_VARIABLES = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RESULTS_URL",
  "GITHUB_SERVER_URL",
  "GITHUB_WORKSPACE",
  "ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY",
  "ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS"
];
async function withArtifactEnv(env, fn) {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    throw new ArtifactUploadError(
      "Uploading needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which GitHub gives to actions. Outside GitHub Actions, set the input upload to false (INPUT_UPLOAD=false)."
    );
  }
  if (env === process.env) return fn();
  const saved = CLIENT_VARIABLES.map((name) => [name, process.env[name]]);
  for (const name of CLIENT_VARIABLES) {
    if (env[name] === void 0) delete process.env[name];
    else process.env[name] = env[name];
  }
  try {
    return await fn();
  } finally {
    for (const [name, value] of saved) {
      if (value === void 0) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
async function uploadPagesArtifact(client, name, tarPath, retentionDays) {
  const result = await client.uploadArtifact(name, [tarPath], path4.dirname(tarPath), { retentionDays });
  if (result.id === void 0) throw new ArtifactUploadError(`Uploading ${name} returned no artifact id`);
  return { id: result.id, size: result.size ?? 0 };
}
async function downloadPartArtifacts(client, prefix, dir) {
  const { artifacts } = await client.listArtifacts({ latest: true });
  const parts = artifacts.filter((a) => a.name.startsWith(prefix)).map((a) => ({ ...a, index: Number(a.name.slice(prefix.length)) })).sort((a, b) => a.index - b.index || a.name.localeCompare(b.name));
  if (!parts.length) {
    throw new ArtifactUploadError(
      `Found no artifacts named ${prefix}* in this run: run the shards (shard: i/n) before the merge`
    );
  }
  const numbered = parts.filter((p) => Number.isInteger(p.index) && p.index > 0).map((p) => p.index);
  const missing = Array.from({ length: Math.max(0, ...numbered) }, (_, i) => i + 1).filter(
    (i) => !numbered.includes(i)
  );
  if (missing.length) {
    throw new ArtifactUploadError(
      `Missing ${missing.map((i) => prefix + i).join(", ")}: did every shard finish?`
    );
  }
  const out = [];
  for (const part of parts) {
    const target = path4.join(dir, part.name);
    await mkdir2(target, { recursive: true });
    await client.downloadArtifact(part.id, { path: target });
    out.push({ name: part.name, dir: target });
  }
  return out;
}

// src/action/workflow-commands.ts
import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";
async function writeOutputs(file, outputs) {
  if (!file) return;
  let text = "";
  for (const [name, raw] of Object.entries(outputs)) {
    const value = String(raw);
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
      throw new Error(`Output ${name} contains its delimiter`);
    text += `${name}<<${delimiter}
${value}
${delimiter}
`;
  }
  await appendFile(file, text, "utf8");
}
async function appendSummary(file, markdown) {
  if (file) await appendFile(file, markdown.endsWith("\n") ? markdown : markdown + "\n", "utf8");
}
function annotation(kind, message, properties = {}) {
  const props = Object.entries(properties).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${kind}${props ? " " + props : ""}::${escapeData(message)}`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/action/run.ts
async function runAction(env, deps) {
  const log = deps.log ?? ((line) => void process.stdout.write(line + "\n"));
  try {
    const inputs = readActionInputs(env);
    return inputs.mode === "merge" ? await runMerge(inputs, env, deps, log) : await runExport(inputs, env, deps, log);
  } catch (error) {
    log(annotation("error", error.message, { title: "datasette-export" }));
    return 1;
  }
}
async function runExport(inputs, env, deps, log) {
  const config = await deps.loadConfig(inputs.sitePath, siteOverrides(inputs));
  const options = toExportOptions(inputs, config);
  log(
    `Exporting ${path5.relative(inputs.workspace, inputs.sitePath) || "."} \u2192 ${inputs.output} (base URL ${inputs.baseUrl})`
  );
  let result;
  let exportError = null;
  try {
    result = await deps.exportSite(options);
  } catch (error) {
    const attached = resultOf(error);
    if (!attached) throw error;
    result = attached;
    exportError = error;
  }
  const timings = { ...result.timings };
  annotatePages(result, inputs.allowErrors, log);
  const failed = exportError !== null || result.failures.length > 0 && !inputs.allowErrors;
  if (exportError && result.failures.length === 0)
    log(annotation("error", exportError.message, { title: "Export failed" }));
  let tar = null;
  let artifactId = null;
  if (failed) {
    log(`Not uploading: the export failed (set allow-errors: true to publish pages that did render).`);
  } else {
    const work = await workFolder(env, inputs);
    const built = await timed(
      timings,
      "tarMs",
      () => writePagesArtifact(result.output, path5.join(work, "artifact.tar"))
    );
    tar = built;
    if (inputs.upload) {
      artifactId = await timed(timings, "uploadMs", () => upload(inputs, env, deps, built.tarPath));
      await rm(work, { recursive: true, force: true });
    }
  }
  for (const line of timingLines(timings)) log(line);
  log(`${result.pages} pages, ${result.files} files in ${(result.durationMs / 1e3).toFixed(1)} s`);
  await writeOutputs(env.GITHUB_OUTPUT, {
    output: forLaterSteps(inputs, result.output),
    pages: result.pages,
    files: result.files,
    bytes: result.bytes,
    failures: result.failures.length,
    report: result.reportPath ? forLaterSteps(inputs, result.reportPath) : "",
    "artifact-path": tar && artifactId === null ? forLaterSteps(inputs, tar.tarPath) : "",
    "artifact-id": artifactId ?? ""
  });
  const artifact = tar ? { name: inputs.artifactName, id: artifactId, tarBytes: tar.tarBytes } : null;
  await appendSummary(env.GITHUB_STEP_SUMMARY, exportSummary(result, timings, artifact, inputs.allowErrors));
  return failed ? 1 : 0;
}
var MAX_ANNOTATIONS = 10;
function annotatePages(result, allowErrors, log) {
  const kind = allowErrors ? "warning" : "error";
  for (const page of result.failures.slice(0, MAX_ANNOTATIONS)) {
    log(annotation(kind, failureMessage(page), { title: `Page failed: ${page.path}` }));
  }
  if (result.failures.length > MAX_ANNOTATIONS) {
    log(
      annotation(
        kind,
        `${result.failures.length - MAX_ANNOTATIONS} more page(s) failed: see the job summary`
      )
    );
  }
  annotateBrokenLinks(result.brokenLinks, log);
  if (result.crawlStoppedAt !== null)
    log(annotation("warning", crawlStoppedMessage(result.crawlStoppedAt), { title: "Crawl incomplete" }));
}
function annotateBrokenLinks(links, log) {
  for (const link of links.slice(0, MAX_ANNOTATIONS)) {
    log(
      annotation("warning", `${link.from} links to ${link.href}, which was not exported`, {
        title: "Broken link"
      })
    );
  }
}
function resultOf(error) {
  const result = error?.result;
  return result && Array.isArray(result.failures) ? result : null;
}
async function runMerge(inputs, env, deps, log) {
  const timings = {};
  const work = await workFolder(env, inputs);
  const client = deps.artifactClient ?? await defaultClient();
  let tar;
  let artifactId = null;
  let partNames;
  let merged;
  try {
    const parts = await timed(
      timings,
      "downloadMs",
      () => withArtifactEnv(
        env,
        () => downloadPartArtifacts(client, PART_ARTIFACT_PREFIX, path5.join(work, "download"))
      )
    );
    partNames = parts.map((p) => p.name);
    log(`Merging ${partNames.join(", ")} \u2192 ${inputs.output}`);
    const result = await timed(timings, "mergeMs", async () => {
      const folders = [];
      for (const part of parts) {
        const folder = path5.join(work, "parts", part.name);
        await extractPagesTar(path5.join(part.dir, "artifact.tar"), folder);
        folders.push(folder);
      }
      return mergeExports(folders, inputs.output);
    });
    annotateBrokenLinks(result.brokenLinks, log);
    tar = await timed(
      timings,
      "tarMs",
      () => writePagesArtifact(inputs.output, path5.join(work, "artifact.tar"))
    );
    merged = { files: tar.files, bytes: tar.contentBytes };
    if (inputs.upload)
      artifactId = await timed(timings, "uploadMs", () => upload(inputs, env, deps, tar.tarPath));
  } finally {
    await rm(path5.join(work, "download"), { recursive: true, force: true });
    await rm(path5.join(work, "parts"), { recursive: true, force: true });
  }
  for (const line of timingLines(timings)) log(line);
  await writeOutputs(env.GITHUB_OUTPUT, {
    output: forLaterSteps(inputs, inputs.output),
    pages: "",
    files: merged.files,
    bytes: merged.bytes,
    failures: 0,
    report: "",
    "artifact-path": inputs.upload ? "" : forLaterSteps(inputs, tar.tarPath),
    "artifact-id": artifactId ?? ""
  });
  const artifact = { name: inputs.artifactName, id: artifactId, tarBytes: tar.tarBytes };
  await appendSummary(env.GITHUB_STEP_SUMMARY, mergeSummary(partNames, merged, timings, artifact));
  if (inputs.upload) await rm(work, { recursive: true, force: true });
  return 0;
}
async function upload(inputs, env, deps, tarPath) {
  const client = deps.artifactClient ?? await defaultClient();
  const { id } = await withArtifactEnv(
    env,
    () => uploadPagesArtifact(client, inputs.artifactName, tarPath, inputs.retentionDays)
  );
  return id;
}
async function defaultClient() {
  const { DefaultArtifactClient } = await import("./artifact-NHMRY4YK.js");
  return new DefaultArtifactClient();
}
async function workFolder(env, inputs) {
  let base = env.RUNNER_TEMP && existsSync2(env.RUNNER_TEMP) ? env.RUNNER_TEMP : tmpdir();
  if (!inputs.upload && base !== env.RUNNER_TEMP) {
    base = path5.join(inputs.workspace, ".datasette-export");
    await mkdir3(base, { recursive: true });
  }
  const work = await mkdtemp(path5.join(base, "datasette-export-"));
  await chmod(work, 493);
  return work;
}
function forLaterSteps(inputs, file) {
  const rel = path5.relative(inputs.workspace, file);
  return rel && !rel.startsWith("..") && !path5.isAbsolute(rel) ? rel : file;
}
async function timed(timings, key, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[key] = performance.now() - start;
  }
}

// src/commands/action.ts
async function actionCommand(env) {
  return runAction(env, {
    exportSite: (options) => exportSite(options, { boot: bootServer }),
    loadConfig: (sitePath, overrides) => loadConfig({ ...overrides, files: [sitePath] })
  });
}
export {
  actionCommand
};
