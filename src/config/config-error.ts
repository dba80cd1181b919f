/** A problem with what the user asked to serve: missing files, bad metadata, bad settings or configuration. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
