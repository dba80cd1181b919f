/**
 * GitHub's runner file commands and workflow commands, written against an env object rather than through
 * @actions/core (which reads process.env), so the action's effects can be pointed at test files.
 */
import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";

/** Appends outputs to GITHUB_OUTPUT in the `name<<delimiter` form, which allows any value, newlines too. */
export async function writeOutputs(
  file: string | undefined,
  outputs: Record<string, string | number>,
): Promise<void> {
  if (!file) return;
  let text = "";
  for (const [name, raw] of Object.entries(outputs)) {
    const value = String(raw);
    const delimiter = `ghadelimiter_${randomUUID()}`;
    // A value holding the delimiter would end the block early; a fresh UUID makes that a bug, not bad luck.
    if (name.includes(delimiter) || value.includes(delimiter))
      throw new Error(`Output ${name} contains its delimiter`);
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  await appendFile(file, text, "utf8");
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
export async function appendSummary(file: string | undefined, markdown: string): Promise<void> {
  if (file) await appendFile(file, markdown.endsWith("\n") ? markdown : markdown + "\n", "utf8");
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
}

/** One `::error …::message` (or warning/notice) line, escaped as the runner expects. */
export function annotation(
  kind: "error" | "warning" | "notice",
  message: string,
  properties: AnnotationProperties = {},
): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${kind}${props ? " " + props : ""}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
