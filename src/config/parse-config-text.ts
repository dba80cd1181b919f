/**
 * A configuration or metadata file's text to a value: JSON by a `.json` name, else YAML. The YAML parser
 * is loaded on the first YAML file only (~60 ms of start-up on a 2-core VM, a share of a small export's
 * time), so a site configured in JSON, or not at all, never loads it.
 */
export async function parseConfigText(file: string, text: string): Promise<unknown> {
  if (file.endsWith(".json")) return JSON.parse(text);
  const YAML = (await import("yaml")).default;
  return YAML.parse(text);
}
