/**
 * The load generator for the HTTP benchmarks: `wrk` when it is on the PATH (Debian's package; a C client
 * leaves the 2 cores to the servers being measured), else a Node client in a worker thread. Either way
 * CONNECTIONS keep-alive connections send the same request back to back for `seconds`.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  /** Completed requests per second. */
  rps: number;
  requests: number;
  p50: number;
  p99: number;
  /** Responses that were not 2xx/3xx, and socket errors. */
  errors: number;
}

let wrkPath: string | null | undefined;

/** Which client runs the load: named in each benchmark's output. */
export function loadTool(): string {
  wrkPath ??= findWrk();
  return wrkPath ? "wrk" : "a Node client in a worker thread (install wrk for lighter load)";
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  wrkPath ??= findWrk();
  return wrkPath ? await loadWithWrk(wrkPath, options) : await loadWithNode(options);
}

function findWrk(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v wrk"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

async function loadWithWrk(wrk: string, options: LoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dx-load-"));
  try {
    const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--latency"];
    if (options.method === "POST" || options.headers) {
      const bodyFile = path.join(dir, "body");
      writeFileSync(bodyFile, options.body ?? "");
      const lines = [
        `wrk.method = ${JSON.stringify(options.method ?? "GET")}`,
        `local f = io.open(${JSON.stringify(bodyFile)}, "rb")`,
        `wrk.body = f:read("*a")`,
        `f:close()`,
        ...Object.entries(options.headers ?? {}).map(
          ([name, value]) => `wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`,
        ),
      ];
      const script = path.join(dir, "request.lua");
      writeFileSync(script, lines.join("\n") + "\n");
      args.push("-s", script);
    }
    const { stdout } = await promisify(execFile)(wrk, [...args, options.url]);
    return parseWrk(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads wrk's report: requests, Requests/sec, the latency distribution, non-2xx and socket errors. */
export function parseWrk(report: string): LoadResult {
  const number = (pattern: RegExp) => Number(pattern.exec(report)?.[1] ?? NaN);
  const ms = (label: string) => {
    const match = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)\\s*$`, "m").exec(report);
    if (!match) return NaN;
    const scale = match[2] === "us" ? 0.001 : match[2] === "s" ? 1000 : 1;
    return Number(match[1]) * scale;
  };
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report);
  const errors =
    (number(/Non-2xx or 3xx responses: (\d+)/) || 0) +
    (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    p50: ms("50"),
    p99: ms("99"),
    errors,
  };
}

const CLIENT = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { url, connections, seconds, method, headers, body } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const send = () => new Promise((resolve, reject) => {
  const started = performance.now();
  const req = http.request(url, { method, agent, headers: body === undefined ? headers : { ...headers, "content-length": Buffer.byteLength(body) } }, (res) => {
    res.resume();
    res.on("end", () => (res.statusCode < 400 ? resolve(performance.now() - started) : reject(new Error("HTTP " + res.statusCode))));
  });
  req.on("error", reject);
  req.end(body);
});
const latencies = [];
let errors = 0;
async function run(until) {
  while (performance.now() < until) {
    try { latencies.push(await send()); } catch { errors++; }
  }
}
(async () => {
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, () => run(started + seconds * 1000)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  parentPort.postMessage({ latencies, errors, elapsed });
})();
`;

async function loadWithNode(options: LoadOptions): Promise<LoadResult> {
  const worker = new Worker(CLIENT, {
    eval: true,
    workerData: {
      url: options.url,
      connections: options.connections,
      seconds: options.seconds,
      method: options.method ?? "GET",
      headers: options.headers ?? {},
      body: options.body,
    },
  });
  const { latencies, errors, elapsed } = await new Promise<{
    latencies: number[];
    errors: number;
    elapsed: number;
  }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { rps: latencies.length / elapsed, requests: latencies.length, p50: pct(50), p99: pct(99), errors };
}
