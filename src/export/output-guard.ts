/**
 * What `--output` may replace. An export (or a merge) swaps its output folder in whole, deleting what was
 * there, so before anything is read or written the target is checked against these rules:
 *
 * Never, whatever the flags:
 *   - a file, or a symbolic link (replacing a link would drop the link, not the folder it names);
 *   - the working directory, the home folder, or any folder above either;
 *   - an input of the export, or any folder holding one: a database, the configuration directory, the
 *     metadata file, the templates, plugins and static folders, a `--setup` file, the `--paths-file`,
 *     a shard output being merged.
 * Always (nothing of the user's is lost):
 *   - a path that does not exist yet, or an empty folder;
 *   - a folder this tool wrote: it holds the marker file `OUTPUT_MARKER` at its top.
 * Only with `--replace-output` (`replaceOutput`):
 *   - any other folder.
 *
 * The `--report` file may not be written inside the output folder (the swap would delete it) nor over
 * an input.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExportOptions } from "./types.js";

/**
 * Written at the top of every output folder. It is published with the site (a short text file, harmless:
 * it names the tool and nothing about the machine); the action leaves it out of the Pages artifact.
 */
export const OUTPUT_MARKER = ".datasette-export";
export const OUTPUT_MARKER_TEXT =
  "This folder was written by datasette-export. The next export or merge to this folder replaces it " +
  "whole. Delete this file to keep the folder from being replaced.\n";

/** A file or folder the export reads, and what it is, for the message. */
export interface ExportInput {
  path: string;
  what: string;
}

/** `--output` (or `--report`) was refused; nothing was read or written. */
export class OutputRefusedError extends Error {
  override name = "OutputRefusedError";
  constructor(
    readonly output: string,
    readonly reason: string,
    what = "the site",
  ) {
    super(`Refused to write ${what} to ${output}: ${reason}. Nothing was changed.`);
  }
}

export interface GuardOptions {
  /** `--replace-output`: a folder this tool did not write may be replaced (never one holding an input). */
  replaceOutput: boolean;
  /** Default process.cwd(). */
  cwd?: string;
  /** Default os.homedir(). */
  home?: string;
}

/** Throws OutputRefusedError when the rules above forbid replacing `output`. */
export function guardOutput(output: string, inputs: ExportInput[], options: GuardOptions): void {
  const target = path.resolve(output);
  const refuse = (reason: string): never => {
    throw new OutputRefusedError(target, reason);
  };
  const info = lstatSync(target, { throwIfNoEntry: false });
  if (info?.isSymbolicLink()) refuse("it is a symbolic link; give the folder's real path");
  if (info && !info.isDirectory()) refuse("it is a file, not a folder");

  const real = realish(target);
  const protectedFolders: ExportInput[] = [
    { path: options.cwd ?? process.cwd(), what: "the working directory" },
    { path: options.home ?? os.homedir(), what: "your home folder" },
  ];
  for (const held of [...protectedFolders, ...inputs]) {
    const heldReal = realish(path.resolve(held.path));
    if (heldReal === real) refuse(`it is ${held.what}`);
    if (isInside(heldReal, real)) refuse(`it holds ${held.what} ${held.path}`);
  }

  if (!info) return;
  const entries = readdirSync(target);
  if (entries.length === 0) return;
  const marker = statSync(path.join(target, OUTPUT_MARKER), { throwIfNoEntry: false });
  if (marker?.isFile()) return;
  if (options.replaceOutput) return;
  refuse(
    `it is a folder datasette-export did not write (it has ${entries.length} entries and no ` +
      `${OUTPUT_MARKER} file); choose a new or empty folder, or pass --replace-output to replace it`,
  );
}

/** Throws OutputRefusedError when the report would land inside the output folder or over an input. */
export function guardReport(report: string, output: string, inputs: ExportInput[]): void {
  const file = realish(path.resolve(report));
  const refuse = (reason: string): never => {
    throw new OutputRefusedError(path.resolve(report), reason, "the report");
  };
  const out = realish(path.resolve(output));
  if (file === out || isInside(file, out))
    refuse(`it is inside the output folder ${output}, which the export replaces`);
  for (const input of inputs) if (file === realish(path.resolve(input.path))) refuse(`it is ${input.what}`);
}

/** `child` is strictly below `parent` (both absolute and normalised). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== "" && rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel);
}

/**
 * The real path of `p`, also when it does not exist yet (its nearest existing folder resolved, the rest
 * appended), so a symlinked folder on the way (/var → /private/var) cannot hide that two paths meet.
 */
function realish(p: string): string {
  let existing = p;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  try {
    return path.join(realpathSync(existing), ...rest);
  } catch {
    return p;
  }
}

/** Every file and folder an export reads, named for the message. */
export function exportInputs(
  opts: Pick<ExportOptions, "server" | "setup" | "pathsFile" | "sources">,
): ExportInput[] {
  const { server } = opts;
  const inputs: ExportInput[] = [];
  const add = (p: string | null | undefined, what: string) => {
    if (p) inputs.push({ path: p, what });
  };
  for (const db of server.databases ?? []) add(db.path, `the database`);
  for (const dir of server.templateDirs ?? []) add(dir, "the templates folder");
  add(server.pagesDir, "the pages folder");
  add(server.pluginsDir, "the plugins folder");
  for (const plugin of server.plugins ?? []) if (existsSync(plugin)) add(plugin, "a plugin");
  for (const mount of server.staticMounts ?? []) add(mount.dir, `the static folder of /${mount.mount}/`);
  for (const file of opts.setup) add(file, "a --setup file");
  add(opts.pathsFile, "the --paths-file");
  // Last, so that a database given on the command line is named "the database" (the first match wins).
  for (const source of opts.sources)
    add(
      source,
      statSync(source, { throwIfNoEntry: false })?.isDirectory() ? "the site folder" : "an input file",
    );
  return inputs;
}
