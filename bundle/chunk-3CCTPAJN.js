import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  OUTPUT_MARKER,
  SHARD_LINKS_FILE,
  StagedOutput,
  checkLinks,
  guardOutput,
  removeStaleStaging,
  sitemapLocs,
  sitemapXml
} from "./chunk-VVQ26ECO.js";

// src/export/merge.ts
import { readdir, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
var MergeConflictError = class extends Error {
  constructor(conflicts) {
    super(
      `Shard outputs disagree on ${conflicts.length} file(s):
` + conflicts.map((c) => `  ${c.file} (in ${c.parts.join(" and ")})`).join("\n")
    );
    this.conflicts = conflicts;
  }
  conflicts;
  name = "MergeConflictError";
};
var BrokenLinksError = class extends Error {
  constructor(brokenLinks) {
    super(
      `The merged site has ${brokenLinks.length} broken link(s); the output was left as it was:
` + brokenLinks.map((b) => `  ${b.from} \u2192 ${b.href}`).join("\n")
    );
    this.brokenLinks = brokenLinks;
  }
  brokenLinks;
  name = "BrokenLinksError";
};
async function mergeExports(parts, output, options = {}) {
  if (!parts.length) throw new Error("mergeExports needs at least one shard output");
  const inputs = parts.map((part) => ({ path: part, what: "a shard output being merged" }));
  const guard = () => guardOutput(output, inputs, { replaceOutput: options.replaceOutput ?? false });
  guard();
  removeStaleStaging(output);
  const out = await StagedOutput.create(output);
  try {
    const owner = /* @__PURE__ */ new Map();
    const conflicts = [];
    let sawSitemap = false;
    for (const part of parts) {
      for await (const file of walk(part, "")) {
        const data = await readFile(path.join(part, file));
        if (file === SHARD_LINKS_FILE) {
          for (const [href, from] of JSON.parse(data.toString("utf8")))
            out.ledger.link(href, from);
          continue;
        }
        if (file === "sitemap.xml") {
          sawSitemap = true;
          for (const loc of sitemapLocs(data.toString("utf8"))) out.ledger.addSitemapUrl(loc);
          continue;
        }
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
    guard();
    await out.commit();
    return { output: out.target, files: out.files, ...checked };
  } finally {
    await out.abort();
  }
}
async function* walk(root, rel) {
  for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (child === OUTPUT_MARKER) continue;
    if (entry.isDirectory()) yield* walk(root, child);
    else yield child;
  }
}

export {
  MergeConflictError,
  BrokenLinksError,
  mergeExports
};
