/**
 * `mergeExports(parts, output)`: joins the outputs of `--shard i/n` exports into one site. A file in
 * several parts must be byte-identical (shared assets, .nojekyll) or the merge is refused; the
 * sitemaps are unioned; the links each shard left beside its pages are checked against the whole site.
 * Written through a staging folder, like an export.
 */
import { readdir, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
import { StagedOutput, removeStaleStaging } from "./write.js";
import { guardOutput, OUTPUT_MARKER } from "./output-guard.js";
import { sitemapLocs, sitemapXml } from "./sitemap.js";
import { checkLinks, SHARD_LINKS_FILE, type LinkCheck } from "./link-check.js";

export class MergeConflictError extends Error {
  override name = "MergeConflictError";
  constructor(readonly conflicts: { file: string; parts: string[] }[]) {
    super(
      `Shard outputs disagree on ${conflicts.length} file(s):\n` +
        conflicts.map((c) => `  ${c.file} (in ${c.parts.join(" and ")})`).join("\n"),
    );
  }
}

export interface MergeResult extends LinkCheck {
  output: string;
  files: number;
}

export class BrokenLinksError extends Error {
  override name = "BrokenLinksError";
  constructor(readonly brokenLinks: LinkCheck["brokenLinks"]) {
    super(
      `The merged site has ${brokenLinks.length} broken link(s); the output was left as it was:\n` +
        brokenLinks.map((b) => `  ${b.from} → ${b.href}`).join("\n"),
    );
  }
}

/**
 * `failOnBrokenLinks`: refuse (and leave `output` as it was) when a page links to a page no part wrote.
 * `output` may be replaced under the rules of output-guard.ts (`replaceOutput`: --replace-output).
 */
export async function mergeExports(
  parts: string[],
  output: string,
  options: { failOnBrokenLinks?: boolean; replaceOutput?: boolean } = {},
): Promise<MergeResult> {
  if (!parts.length) throw new Error("mergeExports needs at least one shard output");
  const inputs = parts.map((part) => ({ path: part, what: "a shard output being merged" }));
  const guard = () => guardOutput(output, inputs, { replaceOutput: options.replaceOutput ?? false });
  guard();
  removeStaleStaging(output);
  const out = await StagedOutput.create(output);
  try {
    const owner = new Map<string, { part: string; digest: string }>();
    const conflicts: { file: string; parts: string[] }[] = [];
    let sawSitemap = false;
    for (const part of parts) {
      for await (const file of walk(part, "")) {
        const data = await readFile(path.join(part, file));
        if (file === SHARD_LINKS_FILE) {
          for (const [href, from] of JSON.parse(data.toString("utf8")) as [string, string][])
            out.ledger.link(href, from);
          continue;
        }
        if (file === "sitemap.xml") {
          sawSitemap = true;
          for (const loc of sitemapLocs(data.toString("utf8"))) out.ledger.addSitemapUrl(loc);
          continue;
        }
        // A digest, not the bytes, is kept per file, so merging a large site stays small in memory.
        const digest = createHash("sha256").update(data).digest("hex");
        const seen = owner.get(file);
        if (seen) {
          if (seen.digest !== digest) conflicts.push({ file, parts: [seen.part, part] });
          continue;
        }
        owner.set(file, { part, digest });
        await out.write(file, data, part);
      }
    }
    if (conflicts.length) throw new MergeConflictError(conflicts);
    if (sawSitemap) await out.write("sitemap.xml", sitemapXml(out.ledger.sitemapUrls()), "sitemap");
    const checked = checkLinks(out.ledger);
    if (options.failOnBrokenLinks && checked.brokenLinks.length)
      throw new BrokenLinksError(checked.brokenLinks);
    guard(); // again: the folder may have changed while the parts were read
    await out.commit();
    return { output: out.target, files: out.files, ...checked };
  } finally {
    await out.abort();
  }
}

async function* walk(root: string, rel: string): AsyncGenerator<string> {
  for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (child === OUTPUT_MARKER) continue; // each part's own; the merged folder gets its own
    if (entry.isDirectory()) yield* walk(root, child);
    else yield child;
  }
}
