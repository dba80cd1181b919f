/** Waiting for a `serve` child process to listen. */
import type { ChildProcess } from "node:child_process";

/** The URL of the "Serving on URL" line `serve` prints once it listens (port 0 picks a free port). */
export function printedUrl(child: ChildProcess, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`serve printed no URL:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const match = /Serving on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}`));
    });
  });
}
