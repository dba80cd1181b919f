/** Measuring helpers for bench/export.bench.ts: process-tree memory, CPU time, and the plain browser loop. */
import path from "node:path";
import { readFileSync, readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../src/export/browser.js";

/** RSS in KiB of this process plus every descendant (Chromium's browser, GPU, renderer processes). */
export function treeRssKiB(): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * CPU seconds used so far by this process and its reaped children (Chromium and the processes it
 * reaped): a figure a busy shared machine distorts far less than wall-clock time.
 */
export function cpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  // Fields 14-17 of stat (utime, stime, cutime, cstime), counted from the state field as 3.
  return fields.slice(11, 15).reduce((a, b) => a + Number(b), 0) / 100;
}

/** CPU seconds of this process's reaped children (and what they reaped), for a child's whole tree. */
export function childrenCpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  return fields.slice(13, 15).reduce((a, b) => a + Number(b), 0) / 100;
}

/** Samples tree RSS every 250 ms while `work` runs; returns the peak in MiB. */
export async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMiB: number }> {
  let peak = treeRssKiB();
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB())), 250);
  try {
    const value = await work();
    peak = Math.max(peak, treeRssKiB());
    return { value, peakMiB: peak / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** The baseline: the obvious Playwright loop, `concurrency` pages each doing goto + content() + write. */
export async function plainLoop(
  executablePath: string,
  urls: string[],
  dir: string,
  concurrency: number,
): Promise<void> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, "--no-sandbox"],
  });
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, w) => {
        const page = await (await browser.newContext()).newPage();
        for (let i = next++; i < urls.length; i = next++) {
          await page.goto(urls[i]!, { waitUntil: "load" });
          await writeFile(path.join(dir, `${w}-${i}.html`), await page.content());
        }
      }),
    );
  } finally {
    await browser.close();
  }
}
