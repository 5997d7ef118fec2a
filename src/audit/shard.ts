// `--shard i/n`: a deterministic slice of the repository list. A repository's shard is a hash of its
// full name, not its position, so shards that list the organisation at slightly different moments
// (a repository created in between) still agree on every other repository.
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import type { Shard } from './types.js';

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) throw new UsageError(`--shard: "${spec}" is not i/n`, 'e.g. --shard 2/4 (shards count from 1)');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > 1000) throw new UsageError(`--shard: ${count} shards; use 1 to 1000`);
  if (index < 1 || index > count) throw new UsageError(`--shard: shard ${index} of ${count} does not exist`, `shards count from 1 to ${count}`);
  return { index, count };
}

/** The 1-based shard a repository belongs to among `count`. */
export function shardOf(fullName: string, count: number): number {
  const h = createHash('sha256').update(fullName.toLowerCase()).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard(fullName: string, shard: Shard | null): boolean {
  return !shard || shardOf(fullName, shard.count) === shard.index;
}
