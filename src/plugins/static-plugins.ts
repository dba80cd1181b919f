/**
 * Serves each plugin's `staticDir` at /-/static-plugins/NAME/… (Datasette's static-plugins mount), as a
 * built-in plugin route. Never leaves the plugin's folder.
 */
import type { Plugin } from "./hooks.js";
import { sendFileFrom } from "../server/static-files.js";
import { HttpError } from "../server/http-error.js";

export const STATIC_PLUGINS_NAME = "datasette-export.static-plugins";

export function staticPluginsPlugin(): Plugin {
  return {
    name: STATIC_PLUGINS_NAME,
    builtIn: true,
    registerRoutes: () => [
      {
        pattern: /^\/-\/static-plugins\/(?<plugin>[^/]+)\/(?<file>.+)$/,
        methods: ["GET", "HEAD"],
        async handler({ datasette, ctx, params }) {
          let name: string;
          let rel: string;
          try {
            name = decodeURIComponent(params.plugin!);
            rel = decodeURIComponent(params.file!);
          } catch {
            throw new HttpError(404, "Not found");
          }
          const dir = datasette.plugins.find((p) => p.name === name && p.staticDir)?.staticDir;
          if (!dir) throw new HttpError(404, `No static files for plugin ${name}`);
          if (!(await sendFileFrom(ctx, dir, rel))) throw new HttpError(404, "Not found");
        },
      },
    ],
  };
}
