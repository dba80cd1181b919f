/**
 * Moves Pages artifacts through GitHub's artifact service with @actions/artifact: upload of `artifact.tar`
 * (zipped by the client, as upload-artifact does, so deploy-pages finds what it expects) and, for merge mode,
 * download of every shard's `github-pages-part-*` artifact of this run.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { ArtifactClient } from "@actions/artifact";

/** The part of @actions/artifact's client we use; tests and callers may pass their own. */
export type ArtifactTransport = Pick<ArtifactClient, "uploadArtifact" | "listArtifacts" | "downloadArtifact">;

export class ArtifactUploadError extends Error {
  override name = "ArtifactUploadError";
}

/**
 * Variables @actions/artifact reads from process.env itself (it takes no environment argument). The action
 * is handed an env object, so these are copied in for the duration of a call and put back afterwards.
 */
const CLIENT_VARIABLES = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RESULTS_URL",
  "GITHUB_SERVER_URL",
  "GITHUB_WORKSPACE",
  "ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY",
  "ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS",
] as const;

/** Runs `fn` with the artifact client's variables taken from `env`; refuses clearly when they are missing. */
export async function withArtifactEnv<T>(env: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    throw new ArtifactUploadError(
      "Uploading needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which GitHub gives to actions. " +
        "Outside GitHub Actions, set the input upload to false (INPUT_UPLOAD=false).",
    );
  }
  if (env === process.env) return fn();
  const saved = CLIENT_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of CLIENT_VARIABLES) {
    if (env[name] === undefined) delete process.env[name];
    else process.env[name] = env[name];
  }
  try {
    return await fn();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Uploads `tarPath` as the artifact `name`; returns its id and the zip's size. */
export async function uploadPagesArtifact(
  client: ArtifactTransport,
  name: string,
  tarPath: string,
  retentionDays: number,
): Promise<{ id: number; size: number }> {
  const result = await client.uploadArtifact(name, [tarPath], path.dirname(tarPath), { retentionDays });
  if (result.id === undefined) throw new ArtifactUploadError(`Uploading ${name} returned no artifact id`);
  return { id: result.id, size: result.size ?? 0 };
}

/**
 * Downloads every artifact of this run whose name starts with `prefix` (the latest of each name, so re-runs
 * do not double up) into `dir/NAME/`; returns the folders, in shard order. Refuses when none exist or when
 * the numbered parts have a gap (a shard that uploaded nothing would silently drop its pages).
 */
export async function downloadPartArtifacts(
  client: ArtifactTransport,
  prefix: string,
  dir: string,
): Promise<{ name: string; dir: string }[]> {
  const { artifacts } = await client.listArtifacts({ latest: true });
  const parts = artifacts
    .filter((a) => a.name.startsWith(prefix))
    .map((a) => ({ ...a, index: Number(a.name.slice(prefix.length)) }))
    .sort((a, b) => a.index - b.index || a.name.localeCompare(b.name));
  if (!parts.length) {
    throw new ArtifactUploadError(
      `Found no artifacts named ${prefix}* in this run: run the shards (shard: i/n) before the merge`,
    );
  }
  const numbered = parts.filter((p) => Number.isInteger(p.index) && p.index > 0).map((p) => p.index);
  const missing = Array.from({ length: Math.max(0, ...numbered) }, (_, i) => i + 1).filter(
    (i) => !numbered.includes(i),
  );
  if (missing.length) {
    throw new ArtifactUploadError(
      `Missing ${missing.map((i) => prefix + i).join(", ")}: did every shard finish?`,
    );
  }
  const out: { name: string; dir: string }[] = [];
  for (const part of parts) {
    const target = path.join(dir, part.name);
    await mkdir(target, { recursive: true });
    await client.downloadArtifact(part.id, { path: target });
    out.push({ name: part.name, dir: target });
  }
  return out;
}
