import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PagesArtifactError, writePagesArtifact } from "../../src/action/pages-artifact.js";
import { TarExtractError, extractPagesTar } from "../../src/action/tar-extract.js";
import { readTree, systemUntar } from "./tree.js";

const tmp = mkdtempSync(path.join(tmpdir(), "pages-artifact-"));
const site = path.join(tmp, "site");
const longDir = "d".repeat(120);
const longFile = `${"f".repeat(95)}.html`;

/** A site with everything Pages users have tripped on: dot files, links, odd modes, long and non-ASCII names. */
function buildSite(): void {
  const write = (rel: string, data: string | Buffer) => {
    mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
    writeFileSync(path.join(site, rel), data);
  };
  write("index.html", "<h1>home</h1>");
  write(".nojekyll", "");
  write(".well-known/security.txt", "Contact: x\n");
  write("db/table/index.html", "<table></table>");
  write("db/big.bin", randomBytes(3 * 1024 * 1024 + 17));
  write(`${longDir}/${longFile}`, "long");
  write("données/café.html", "accents");
  write(".git/HEAD", "ref: refs/heads/main\n");
  write("db/.github/workflow.yml", "on: push\n");
  write(".github", "a file named .github is excluded too, as tar's --exclude matches names\n");
  write("private.html", "mode 600");
  chmodSync(path.join(site, "private.html"), 0o600);
  mkdirSync(path.join(site, "locked"), { recursive: true });
  write("locked/page.html", "in a 0700 folder");
  chmodSync(path.join(site, "locked"), 0o700);
  mkdirSync(path.join(site, "empty"), { recursive: true });
  symlinkSync("../index.html", path.join(site, "db/home.html"));
  symlinkSync("db/table", path.join(site, "table-link"));
  execFileSync("ln", [path.join(site, "index.html"), path.join(site, "hard.html")]);
}

/** What the site should look like after extraction: links followed, .git/.github gone, modes normalised. */
function expectedTree(): Map<string, { kind: string; mode: string; content?: string }> {
  const out = new Map<string, { kind: string; mode: string; content?: string }>();
  for (const [rel, entry] of readTree(site, true)) {
    if (rel.split("/").some((part) => part === ".git" || part === ".github")) continue;
    out.set(rel, { ...entry, mode: entry.kind === "dir" ? "755" : "644" });
  }
  return out;
}

describe("the Pages artifact tar", () => {
  let tarPath: string;
  let summary: Awaited<ReturnType<typeof writePagesArtifact>>;

  beforeAll(async () => {
    buildSite();
    tarPath = path.join(tmp, "artifact.tar");
    summary = await writePagesArtifact(site, tarPath);
  });

  it("extracts with the system tar to the same files, file by file, modes 0644/0755", () => {
    const out = path.join(tmp, "x1");
    systemUntar(tarPath, out);
    const got = readTree(out);
    expect([...got.keys()]).toEqual([...expectedTree().keys()]);
    expect(got).toEqual(expectedTree());
    expect(got.get(".nojekyll")).toEqual({ kind: "file", mode: "644", content: "" });
    expect(got.has(".well-known/security.txt")).toBe(true);
    expect(got.has(`${longDir}/${longFile}`)).toBe(true);
    expect(got.has("données/café.html")).toBe(true);
    expect(got.get("db/home.html")?.content).toBe(Buffer.from("<h1>home</h1>").toString("base64"));
    expect(got.get("table-link")?.kind).toBe("dir");
    expect([...got.values()].some((e) => e.kind === "link")).toBe(false);
  });

  it("lists the same entries as upload-pages-artifact's own tar command", () => {
    const gnuTar = path.join(tmp, "gnu.tar");
    execFileSync("tar", [
      "--dereference",
      "--hard-dereference",
      "--directory",
      site,
      "-cf",
      gnuTar,
      "--exclude=.git",
      "--exclude=.github",
      ".",
    ]);
    const names = (file: string) =>
      execFileSync("tar", ["-tf", file], { encoding: "utf8" }).trim().split("\n").sort();
    expect(names(tarPath)).toEqual(names(gnuTar));
    expect(names(tarPath)[0]).toBe("./");
    // Same record padding as GNU tar's default blocking factor of 20.
    expect(statSync(tarPath).size % 10240).toBe(0);
  });

  it("holds only plain files and folders, owned by 0, plain (not gzipped) tar", () => {
    const listing = execFileSync("tar", ["--numeric-owner", "-tvf", tarPath], { encoding: "utf8" })
      .trim()
      .split("\n");
    for (const line of listing) {
      expect(line).toMatch(/^(-rw-r--r--|drwxr-xr-x) 0\/0 /);
    }
    expect(readFileSync(tarPath).subarray(257, 262).toString("latin1")).toBe("ustar");
    expect(summary.files).toBe(listing.filter((l) => l.startsWith("-")).length);
    expect(summary.folders).toBe(listing.filter((l) => l.startsWith("d")).length);
    expect(summary.tarBytes).toBe(statSync(tarPath).size);
  });

  it("is read back by our own extractor for merging, to the same tree", async () => {
    const out = path.join(tmp, "x2");
    const files = await extractPagesTar(tarPath, out);
    expect(readTree(out)).toEqual(expectedTree());
    expect(files).toContain(`${longDir}/${longFile}`);
    expect(files).toContain("données/café.html");
  });

  it("reads archives made by GNU tar too, and refuses their hard links", async () => {
    const exclude = ["--exclude=.git", "--exclude=.github", "."];
    const gnuTar = path.join(tmp, "gnu-default.tar");
    execFileSync("tar", ["--dereference", "--hard-dereference", "-C", site, "-cf", gnuTar, ...exclude]);
    await extractPagesTar(gnuTar, path.join(tmp, "x3"));
    expect(readTree(path.join(tmp, "x3"))).toEqual(expectedTree());

    const withLinks = path.join(tmp, "gnu-hardlinks.tar");
    execFileSync("tar", ["--dereference", "-C", site, "-cf", withLinks, ...exclude]);
    await expect(extractPagesTar(withLinks, path.join(tmp, "x5"))).rejects.toThrow(
      /is not a file or folder \(type "1"\)/,
    );
  });

  it("refuses a broken link, naming it", async () => {
    const broken = path.join(tmp, "broken-site");
    mkdirSync(broken);
    symlinkSync("nowhere.html", path.join(broken, "dangling.html"));
    const attempt = writePagesArtifact(broken, path.join(tmp, "broken.tar"));
    await expect(attempt).rejects.toThrow(PagesArtifactError);
    await expect(writePagesArtifact(broken, path.join(tmp, "broken.tar"))).rejects.toThrow(
      /dangling\.html: broken link/,
    );
  });

  it("refuses a link that loops back to a parent folder", async () => {
    const loop = path.join(tmp, "loop-site");
    mkdirSync(path.join(loop, "a"), { recursive: true });
    symlinkSync("..", path.join(loop, "a", "up"));
    await expect(writePagesArtifact(loop, path.join(tmp, "loop.tar"))).rejects.toThrow(/loops back/);
  });

  it("refuses a missing folder", async () => {
    await expect(writePagesArtifact(path.join(tmp, "nope"), path.join(tmp, "nope.tar"))).rejects.toThrow(
      /not a folder/,
    );
  });

  it("will not extract an entry outside the target folder", async () => {
    const evil = path.join(tmp, "evil.tar");
    const src = path.join(tmp, "evil-src");
    mkdirSync(src);
    writeFileSync(path.join(src, "x.html"), "x");
    execFileSync("tar", ["-C", src, "-cf", evil, "--transform", "s,^\\./,../,", "./x.html"], {
      stdio: "ignore",
    });
    const listed = execFileSync("tar", ["-tf", evil], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    expect(listed.trim()).toBe("../x.html");
    await expect(extractPagesTar(evil, path.join(tmp, "x4"))).rejects.toThrow(TarExtractError);
  });
});
