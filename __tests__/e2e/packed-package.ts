/**
 * The package as a user (or the Docker image) gets it: `npm pack` of the working tree, installed with
 * production dependencies only into an empty folder. What is missing from `files` or `dependencies` is
 * missing here too, because nothing from the repository's own node_modules is on the module path.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, "../..");

export interface InstalledPackage {
  /** The folder the tarball was installed into. */
  root: string;
  /** node_modules/datasette-export inside it. */
  packageDir: string;
  /** Its command line: run it with `node cli …`. */
  cli: string;
  /** Every file in the tarball, relative to the package root. */
  files: string[];
}

/**
 * Packs the repository (dist/ must be built: `npm test` builds it first) and installs the tarball into a
 * fresh temp folder with `npm install --omit=dev`.
 *
 * better-sqlite3 would compile SQLite from source here (GitHub, where its prebuilt binaries live, is out
 * of reach), which takes minutes on a shared machine. Instead its prebuild-install finds a prebuilt tarball
 * in a local folder, made from the binary the repository already built from the same version: the same
 * step a runner with network access takes, with the download replaced. If npm resolves another version
 * the name does not match and it compiles, slowly but correctly.
 */
export async function installPackedPackage(): Promise<InstalledPackage> {
  const root = mkdtempSync(path.join(tmpdir(), "e2e-package-"));
  if (!existsSync(path.join(repo, "dist", "cli.js")))
    throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", root], { cwd: repo });
  const packed = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  const tarball = path.join(root, packed[0]!.filename);

  const prebuilds = path.join(root, "prebuilds");
  mkdirSync(prebuilds);
  const sqlite = path.join(repo, "node_modules", "better-sqlite3");
  const version = (JSON.parse(readFileSync(path.join(sqlite, "package.json"), "utf8")) as { version: string })
    .version;
  const abi = process.versions.modules;
  await run("tar", [
    "-czf",
    path.join(
      prebuilds,
      `better-sqlite3-v${version}-node-v${abi}-${process.platform}-${process.arch}.tar.gz`,
    ),
    "-C",
    sqlite,
    "build/Release/better_sqlite3.node",
  ]);

  const installDir = path.join(root, "install");
  mkdirSync(installDir);
  writeFileSync(path.join(installDir, "package.json"), JSON.stringify({ private: true }));
  await run(
    "npm",
    ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball],
    {
      cwd: installDir,
      env: { ...process.env, npm_config_better_sqlite3_local_prebuilds: prebuilds },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const packageDir = path.join(installDir, "node_modules", "datasette-export");
  return {
    root,
    packageDir,
    cli: path.join(packageDir, "dist", "cli.js"),
    files: packed[0]!.files.map((f) => f.path),
  };
}
