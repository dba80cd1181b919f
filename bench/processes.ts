/**
 * Servers under test as processes of their own: ours through the built CLI (`dist/`, what users run),
 * a floor through bench/floor-server.ts. The benchmark process itself then only drives and counts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface ServerProcess {
  url: string;
  pid: number;
  /** CPU seconds (user + system) the process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * `datasette-export serve ARGS --port 0` from dist/ (run `npm run build` first; `npm run bench` does), or
 * from another build's `cli` (a baseline).
 */
export function startServe(args: string[], cli = `${root}dist/cli.js`): Promise<ServerProcess> {
  return start(process.execPath, [cli, "serve", ...args, "--host", "127.0.0.1", "--port", "0"]);
}

export function startFloor(mode: string, ...args: string[]): Promise<ServerProcess> {
  return start(process.execPath, ["--import", "tsx", `${root}bench/floor-server.ts`, mode, ...args]);
}

function start(command: string, args: string[]): Promise<ServerProcess> {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const early = (code: number | null) =>
      reject(new Error(`${args.join(" ")} exited with ${code}: ${output}`));
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Serving on (\S+)/.exec(output)?.[1];
      if (!url) return;
      // Stop watching for the start line once seen: a later line (serve prints "SIGINT: shutting down")
      // must not touch the exit listeners, or stop() would wait for an exit it no longer hears — with
      // nothing else left in the event loop, Node ends the benchmark with exit code 13.
      child.off("exit", early);
      child.stdout!.off("data", read);
      child.stdout!.resume(); // keep draining, so a full pipe never blocks the server
      resolve(handle(child, url));
    };
    child.once("error", reject);
    child.once("exit", early);
    child.stdout!.on("data", read);
  });
}

function handle(child: ChildProcess, url: string): ServerProcess {
  const pid = child.pid!;
  return {
    url,
    pid,
    cpuSeconds: () => processTreeCpu(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
}

/**
 * CPU seconds of `pid` and its descendants (our read processes, started by their launcher), from /proc;
 * NaN where there is none.
 */
function processTreeCpu(pid: number): number {
  const ticks = (p: number) => {
    const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]);
  };
  const children = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return []; // ended while we looked
    }
  };
  try {
    let total = ticks(pid);
    for (const stack = children(pid); stack.length;) {
      const p = stack.pop()!;
      try {
        total += ticks(p);
      } catch {
        continue;
      }
      stack.push(...children(p));
    }
    return total / 100;
  } catch {
    return NaN;
  }
}
