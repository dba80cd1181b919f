import { readFileSync } from "node:fs";

/** This package's version, read once from package.json (two levels up from dist/ or src/). */
export const VERSION: string = (() => {
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "datasette-export" && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return "0.0.0";
})();

/**
 * The Datasette release whose templates, JSON and plugin hooks this server follows. Templates see it as
 * `datasette_version` (the "Powered by Datasette" footer) and /-/versions.json reports it as
 * `datasette.version`; this package's own version is `datasette_export_version` and `datasette-export`.
 */
export const DATASETTE_COMPAT_VERSION = "1.0a37";
