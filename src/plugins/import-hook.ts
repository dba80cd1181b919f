/**
 * Lets a plugin `import … from "datasette-export/plugin"` wherever its file lives. A site's plugins/
 * folder is not inside this package, so Node's own lookup (node_modules above the plugin) would not find
 * the server that is running it, or would find another copy. A module-resolution hook (Node's
 * `module.register`) maps the one specifier to this server's own plugin API module, in the server and in
 * every read process.
 */
import { register } from "node:module";

/** The specifier plugins import the API by. */
export const PLUGIN_API_SPECIFIER = "datasette-export/plugin";

let registered = false;

/** Installs the hook once per process (Node ≥ 20.6). Later calls do nothing. */
export function allowPluginApiImports(): void {
  if (registered) return;
  registered = true;
  // The API module's URL as this file sits (dist/plugins/api.js; under tsx, src/plugins/api.ts, which
  // the next resolver in the chain finds from the .js name).
  const target = new URL("./api.js", import.meta.url).href;
  const hooks = `
    export async function resolve(specifier, context, next) {
      if (specifier === ${JSON.stringify(PLUGIN_API_SPECIFIER)}) return next(${JSON.stringify(target)}, context);
      return next(specifier, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
