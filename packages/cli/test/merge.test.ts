import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../../test/support/corpus.js';
import { runCli } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'untk-merge-'));
const out = (name: string) => path.join(dir, name);

/** Extract unsharded and as n shards (each with its own process-like run), then merge the shards. */
async function shardAndMerge(inputs: string[], format: 'jsonl' | 'json' | 'csv', n: number, tag: string) {
  const whole = out(`${tag}-whole.${format}`);
  expect((await runCli(['extract', ...inputs, '--jobs', '1', '--format', format, '--out', whole])).code).toBe(0);
  const parts: string[] = [];
  // Shards in reverse order: the merge must not depend on the order its inputs are named in.
  for (let i = n - 1; i >= 0; i--) {
    const part = out(`${tag}-part${i}.${format}`);
    const r = await runCli([
      'extract',
      ...inputs,
      '--jobs',
      '1',
      '--shard',
      `${i}/${n}`,
      '--format',
      format,
      '--out',
      part,
    ]);
    expect(r.code).toBe(0);
    parts.push(part);
  }
  const merged = out(`${tag}-merged.${format}`);
  const m = await runCli(['merge', ...parts, '--out', merged]);
  expect(m.stderr).toBe('');
  expect(m.code).toBe(0);
  return { whole: readFileSync(whole), merged: readFileSync(merged), parts: parts.map((p) => readFileSync(p, 'utf8')) };
}

describe('untk merge', { timeout: 60_000 }, () => {
  it('merges 3 shards of the whole bundled corpus into exactly the unsharded JSONL', async () => {
    const { whole, merged, parts } = await shardAndMerge([corpusPath('')], 'jsonl', 3, 'corpus');
    expect(whole.length).toBeGreaterThan(500_000);
    expect(merged.equals(whole)).toBe(true);
    // Each part holds a real share of the mentions, and no document is in two parts.
    const docsOf = (p: string) =>
      new Set(
        p
          .trimEnd()
          .split('\n')
          .map((l) => (JSON.parse(l) as { doc: string }).doc),
      );
    const sets = parts.map(docsOf);
    for (const s of sets) expect(s.size).toBeGreaterThan(150);
    const all = sets.flatMap((s) => [...s]);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(['json', 'csv'] as const)('merges shards written as %s byte for byte', async (format) => {
    const inputs = [
      corpusPath('seed'),
      corpusPath('unpc-devset'),
      corpusPath('cr-unsc-resolutions-en/S_RES_1454_2002_EN_GOLD.txt'),
    ];
    const { whole, merged } = await shardAndMerge(inputs, format, 3, `small-${format}`);
    expect(whole.toString('utf8')).toContain('2322');
    expect(merged.equals(whole)).toBe(true);
  });

  it('writes to standard output without --out, the same bytes', async () => {
    const { whole } = await shardAndMerge([corpusPath('seed'), corpusPath('unpc-devset')], 'jsonl', 2, 'stdout');
    const r = await runCli(['merge', out('stdout-part0.jsonl'), out('stdout-part1.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(whole.toString('utf8'));
  });

  it('keeps the first copy of a document found in two inputs and says so (exit 1)', async () => {
    const seed = out('seed.jsonl');
    expect((await runCli(['extract', corpusPath('seed'), '--jobs', '1', '--out', seed])).code).toBe(0);
    const r = await runCli(['merge', seed, seed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/document 000_64ff64efe628bbb7\.txt is also in/);
    expect(r.stdout).toBe(readFileSync(seed, 'utf8'));
  });

  it('refuses an input that is not in document order, and mixed formats', async () => {
    const lines = readFileSync(out('seed.jsonl'), 'utf8').trimEnd().split('\n');
    const shuffled = out('shuffled.jsonl');
    writeFileSync(shuffled, [...lines].reverse().join('\n') + '\n');
    const r = await runCli(['merge', shuffled]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not in document order/);
    expect((await runCli(['merge', out('seed.jsonl'), out('small-csv-whole.csv')])).code).toBe(2);
    const bad = out('bad.jsonl');
    writeFileSync(bad, '{"doc":"x"}\n');
    const b = await runCli(['merge', bad]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/bad\.jsonl: line 1: not an untk entity/);
  });
});
