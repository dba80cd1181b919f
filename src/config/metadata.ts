/** Datasette metadata (docs/metadata.rst), as loaded from metadata.yml|yaml|json. Loose by design: users write it. */
export interface SourceFields {
  title?: string;
  description?: string;
  description_html?: string;
  license?: string;
  license_url?: string;
  source?: string;
  source_url?: string;
  about?: string;
  about_url?: string;
}

/** An `allow` block: actor keys to allowed values, `true` (everyone), `false` (no one) or absent. */
export type AllowBlock = boolean | Record<string, unknown> | null | undefined;

export interface CannedQuery extends SourceFields {
  sql: string;
  params?: string[];
  write?: boolean;
  hide_sql?: boolean;
  fragment?: string;
  on_success_message?: string;
  /** A query run after the write, with the same parameters: its first value is the message. */
  on_success_message_sql?: string;
  on_success_redirect?: string;
  on_error_message?: string;
  on_error_redirect?: string;
  allow?: AllowBlock;
}

export interface TableMetadata extends SourceFields {
  columns?: Record<string, string>;
  sortable_columns?: string[];
  sort?: string;
  sort_desc?: string;
  facets?: (string | Record<string, string>)[];
  size?: number;
  hidden?: boolean;
  label_column?: string;
  fts_table?: string;
  fts_pk?: string;
  searchmode?: "raw" | "escaped";
  units?: Record<string, string>;
  allow?: AllowBlock;
  permissions?: Record<string, AllowBlock>;
}

export interface DatabaseMetadata extends SourceFields {
  tables?: Record<string, TableMetadata>;
  queries?: Record<string, CannedQuery | string>;
  allow?: AllowBlock;
  allow_sql?: AllowBlock;
  permissions?: Record<string, AllowBlock>;
}

export interface Metadata extends SourceFields {
  databases?: Record<string, DatabaseMetadata>;
  plugins?: Record<string, unknown>;
  extra_css_urls?: (string | { url: string; sri?: string })[];
  extra_js_urls?: (string | { url: string; sri?: string; module?: boolean })[];
  allow?: AllowBlock;
  allow_sql?: AllowBlock;
  permissions?: Record<string, AllowBlock>;
}
