import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's folder (package.json, templates/, static/), found by walking up from this module to the first
 * package.json: the same answer from src/ (tests), dist/ (tsc, one folder per source folder) and the image's
 * bundle (every module in one flat folder), where a fixed "../.." would miss.
 */
export const PACKAGE_ROOT: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
