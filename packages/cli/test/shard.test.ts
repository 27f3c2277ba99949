import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../../test/support/corpus.js';
import { expandInputs } from '../src/inputs.js';
import { fnv1a32, parseShard, shardOf } from '../src/shard.js';

describe('--shard i/n', () => {
  it.each([
    ['0/1', { index: 0, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    ['17/100', { index: 17, count: 100 }],
  ])('parses %s', (value, shard) => {
    expect(parseShard(value)).toEqual(shard);
  });

  it.each(['3/3', '1/0', '-1/3', '1/3/4', 'a/3', '1', '01/3', ''])('rejects %j', (value) => {
    expect(() => parseShard(value)).toThrow();
  });

  // Published FNV-1a test vectors: the hash, and so the split, is the same on every machine.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('FNV-1a 32 of %j', (s, h) => {
    expect(fnv1a32(s)).toBe(h);
  });

  it('splits the bundled corpus into parts that cover it once and are of similar size', async () => {
    const { refs } = await expandInputs([corpusPath('')]);
    expect(refs.length).toBe(909);
    const sizes = [0, 0, 0];
    for (const r of refs) sizes[shardOf(r.id, 3)]!++;
    expect(sizes.reduce((a, b) => a + b)).toBe(909);
    for (const n of sizes) expect(n).toBeGreaterThan(909 * 0.25);
  });
});
