import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);

// src/version.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";

// src/package-root.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

// src/version.ts
var VERSION = (() => {
  try {
    const pkg = JSON.parse(readFileSync(path2.join(PACKAGE_ROOT, "package.json"), "utf8"));
    if (pkg.name === "datasette-export" && pkg.version) return pkg.version;
  } catch {
  }
  return "0.0.0";
})();
var DATASETTE_COMPAT_VERSION = "1.0a37";

export {
  PACKAGE_ROOT,
  VERSION,
  DATASETTE_COMPAT_VERSION
};
