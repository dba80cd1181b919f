import { readFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "./package-root.js";

/** This package's version, read once from its package.json. */
export const VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as {
      name?: string;
      version?: string;
    };
    if (pkg.name === "datasette-export" && pkg.version) return pkg.version;
  } catch {
    // no readable package.json: report an unknown version rather than fail
  }
  return "0.0.0";
})();

/**
 * The Datasette release whose templates, JSON and plugin hooks this server follows. Templates see it as
 * `datasette_version` (the "Powered by Datasette" footer) and /-/versions.json reports it as
 * `datasette.version`; this package's own version is `datasette_export_version` and `datasette-export`.
 */
export const DATASETTE_COMPAT_VERSION = "1.0a37";
