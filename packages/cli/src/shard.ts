import { InvalidArgumentError } from '@commander-js/extra-typings';

/** One part of a corpus split in `count` parts: documents whose id hashes to `index` (0 ≤ index < count). */
export interface Shard {
  index: number;
  count: number;
}

// `i/n` with decimal integers, nothing else (no signs, no spaces, no leading zeros beyond a lone 0).
const SHARD_PATTERN = /^(0|[1-9]\d{0,5})\/([1-9]\d{0,5})$/;

/** Parse `--shard i/n` (0-based `i`, so a Slurm array `--array=0-(n-1)` passes its task id as is). */
export function parseShard(value: string): Shard {
  const m = SHARD_PATTERN.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a shard such as 0/4 (part i of n, counting from 0).`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (index >= count) {
    throw new InvalidArgumentError(`"${value}": the part must be less than the number of parts (0 to ${count - 1}).`);
  }
  return { index, count };
}

const encoder = new TextEncoder();

/**
 * 32-bit FNV-1a over the UTF-8 bytes of a string: the same number on every machine, Node version and
 * platform, cheap, and spread well enough for splitting file names into parts.
 */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The part (0…count-1) a document id falls into; depends on nothing but the id and `count`. */
export function shardOf(id: string, count: number): number {
  return fnv1a32(id) % count;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(id, shard.count) === shard.index;
}
