import type { Config } from "../config/config.js";
import type { Plugin } from "./hooks.js";

/**
 * Features built as plugins on the same hooks a user's plugin uses (tokens and cookies as actors,
 * ephemeral tables …). Each is marked `builtIn` so /-/plugins.json hides it unless `?all=1`.
 */
export function builtInPlugins(_config: Config): Plugin[] {
  return [];
}
