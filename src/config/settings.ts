/** Datasette's settings, with Datasette's names and defaults (docs/settings.rst). */
export interface Settings {
  default_page_size: number;
  max_returned_rows: number;
  max_insert_rows: number;
  /**
   * Largest POST body read into memory (the write API's JSON), in bytes; 0 = no limit. Larger bodies are
   * refused with a 413 (default 2 MiB).
   */
  max_post_body_bytes: number;
  num_sql_threads: number;
  sql_time_limit_ms: number;
  default_facet_size: number;
  facet_time_limit_ms: number;
  facet_suggest_time_limit_ms: number;
  allow_facet: boolean;
  allow_download: boolean;
  allow_signed_tokens: boolean;
  default_allow_sql: boolean;
  max_signed_tokens_ttl: number;
  suggest_facets: boolean;
  default_cache_ttl: number;
  cache_size_kb: number;
  allow_csv_stream: boolean;
  max_csv_mb: number;
  truncate_cells_html: number;
  force_https_urls: boolean;
  template_debug: boolean;
  trace_debug: boolean;
  base_url: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  default_page_size: 100,
  max_returned_rows: 1000,
  max_insert_rows: 100,
  max_post_body_bytes: 2 * 1024 * 1024,
  num_sql_threads: 3,
  sql_time_limit_ms: 1000,
  default_facet_size: 30,
  facet_time_limit_ms: 200,
  facet_suggest_time_limit_ms: 50,
  allow_facet: true,
  allow_download: true,
  allow_signed_tokens: true,
  default_allow_sql: true,
  max_signed_tokens_ttl: 0,
  suggest_facets: true,
  default_cache_ttl: 5,
  cache_size_kb: 2000,
  allow_csv_stream: true,
  max_csv_mb: 100,
  truncate_cells_html: 2048,
  force_https_urls: false,
  template_debug: false,
  trace_debug: false,
  base_url: "/",
});

export type SettingName = keyof Settings;

/** Parses one `--setting NAME VALUE` pair, typed by the default's type; throws on an unknown name or bad value. */
export function parseSetting(name: string, value: string): [SettingName, Settings[SettingName]] {
  if (!(name in DEFAULT_SETTINGS)) throw new Error(`Unknown setting "${name}"`);
  const key = name as SettingName;
  const def = DEFAULT_SETTINGS[key];
  if (typeof def === "boolean") {
    if (/^(on|true|1)$/i.test(value)) return [key, true];
    if (/^(off|false|0)$/i.test(value)) return [key, false];
    throw new Error(`Setting "${name}" takes on/off, not "${value}"`);
  }
  if (typeof def === "number") {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`Setting "${name}" takes a whole number, not "${value}"`);
    return [key, n];
  }
  return [key, normaliseBaseUrl(value)];
}

/** base_url always starts and ends with "/". */
export function normaliseBaseUrl(value: string): string {
  let v = value.trim() || "/";
  if (!v.startsWith("/")) v = "/" + v;
  if (!v.endsWith("/")) v += "/";
  return v;
}
