/** The job summary (Markdown) and the timing lines the action prints. */
import type { ExportResult, PageReport } from "../export/types.js";
import { crawlStoppedMessage } from "../export/crawl-limit.js";

export interface PhaseTimings {
  serverStartMs?: number;
  browserStartMs?: number;
  renderMs?: number;
  writeMs?: number;
  downloadMs?: number;
  mergeMs?: number;
  tarMs?: number;
  uploadMs?: number;
}

export interface ArtifactInfo {
  name: string;
  id: number | null;
  tarBytes: number;
}

const PHASE_NAMES: Record<keyof PhaseTimings, string> = {
  serverStartMs: "server start",
  browserStartMs: "browser start",
  renderMs: "render",
  writeMs: "write",
  downloadMs: "download parts",
  mergeMs: "merge",
  tarMs: "tar",
  uploadMs: "upload",
};

/** `phase: N ms` lines, one per measured phase, in pipeline order. */
export function timingLines(timings: PhaseTimings): string[] {
  return (Object.keys(PHASE_NAMES) as (keyof PhaseTimings)[])
    .filter((k) => timings[k] !== undefined)
    .map((k) => `${PHASE_NAMES[k]}: ${Math.round(timings[k]!)} ms`);
}

export function exportSummary(
  result: ExportResult,
  timings: PhaseTimings,
  artifact: ArtifactInfo | null,
  allowErrors: boolean,
): string {
  const seconds = result.durationMs / 1000;
  const rate = seconds > 0 ? (result.pages / seconds).toFixed(1) : "–";
  const lines = [
    "## datasette-export",
    "",
    "| pages | files | size | time | pages/s | failures |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${result.pages} | ${result.files} | ${formatBytes(result.bytes)} | ${seconds.toFixed(1)} s | ${rate} | ${result.failures.length} |`,
    "",
  ];
  if (result.crawlStoppedAt !== null)
    lines.push(`> [!WARNING]\n> ${crawlStoppedMessage(result.crawlStoppedAt)}`, "");
  if (result.failures.length) {
    lines.push(`### ${allowErrors ? "Failed pages (allowed)" : "Failed pages"}`, "");
    lines.push("| path | status | error | from |", "| --- | ---: | --- | --- |");
    for (const f of result.failures.slice(0, 100)) {
      lines.push(`| ${cell(f.path)} | ${f.status} | ${cell(f.error ?? "")} | ${cell(f.source)} |`);
    }
    if (result.failures.length > 100)
      lines.push(`\n… and ${result.failures.length - 100} more in the report.`);
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

export function mergeSummary(
  parts: string[],
  merged: { files: number; bytes: number },
  timings: PhaseTimings,
  artifact: ArtifactInfo | null,
): string {
  return [
    "## datasette-export: merged shards",
    "",
    `Merged ${parts.length} part(s) (${parts.map((p) => `\`${p}\``).join(", ")}): ${merged.files} files, ${formatBytes(merged.bytes)}.`,
    "",
    ...timingTable(timings),
    ...artifactLines(artifact),
  ].join("\n");
}

/** The annotation text for a failed page: its path, why, and where the path came from. */
export function failureMessage(page: PageReport): string {
  const why = page.error ?? `HTTP ${page.status}`;
  return `${page.path} failed: ${why}\nPath from: ${page.source}`;
}

function timingTable(timings: PhaseTimings): string[] {
  const rows = timingLines(timings).map((line) => {
    const [phase, ms] = line.split(": ");
    return `| ${phase} | ${ms} |`;
  });
  return rows.length ? ["### Timings", "", "| phase | time |", "| --- | ---: |", ...rows, ""] : [];
}

function artifactLines(artifact: ArtifactInfo | null): string[] {
  if (!artifact) return ["Not uploaded."];
  const id = artifact.id === null ? "not uploaded" : `id ${artifact.id}`;
  return [
    `Pages artifact \`${artifact.name}\` (${id}): \`artifact.tar\`, ${formatBytes(artifact.tarBytes)}.`,
  ];
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").slice(0, 300);
}

export function formatBytes(n: number): string {
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
