import type { Config } from "../config/config.js";
import type { Plugin } from "./hooks.js";
import { tokenActorPlugin, cookieActorPlugin } from "../server/auth/actor-plugins.js";
import { staticPluginsPlugin } from "./static-plugins.js";
import { ephemeralTablesPlugin } from "./ephemeral/plugin.js";
import { blobRendererPlugin } from "./blob-renderer.js";

/**
 * Features built as plugins on the same hooks a user's plugin uses (tokens and cookies as actors,
 * ephemeral tables …). Each is marked `builtIn` so /-/plugins.json hides it unless `?all=1`.
 * Fresh objects per call: each server gets its own state (the ephemeral sweep's timer).
 */
export function builtInPlugins(config: Config): Plugin[] {
  const plugins: Plugin[] = [
    staticPluginsPlugin(),
    tokenActorPlugin(),
    cookieActorPlugin(config),
    blobRendererPlugin(),
  ];
  if (config.ephemeral) plugins.push(ephemeralTablesPlugin(config.ephemeral));
  return plugins;
}
