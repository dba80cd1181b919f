/**
 * Deterministic sharding: a page belongs to shard (FNV-1a hash of its site path mod total) + 1, so
 * every machine agrees without talking, and the shards together cover every page exactly once.
 */

/** 32-bit FNV-1a over UTF-8: stable across Node versions and platforms, unlike anything built in. */
export function pathHash(sitePath: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(sitePath, "utf8")) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(sitePath: string, shard: { index: number; total: number } | null): boolean {
  if (!shard || shard.total <= 1) return true;
  return (pathHash(sitePath) % shard.total) + 1 === shard.index;
}

/** Parses `--shard i/n` (1-based). */
export function parseShard(value: string): { index: number; total: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) {
    throw new Error(`--shard takes i/n with 1 <= i <= n, e.g. 2/4; got ${JSON.stringify(value)}`);
  }
  return { index, total };
}
