import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EntitySchema } from '@untk/core';
import { SEED_PATH, seedText } from './support/corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/untk.js');

describe('untk extract --kinds date', () => {
  it('emits the seed’s 46 dates per the contract: ISO value, precision, modifier, offsets into the original', () => {
    const r = spawnSync(process.execPath, [BIN, 'extract', SEED_PATH, '--kinds', 'date'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const dates = lines.map((l) => EntitySchema.parse(JSON.parse(l)));
    expect(dates).toHaveLength(46);
    const original = seedText();
    for (const e of dates) expect(original.slice(e.start, e.end)).toBe(e.text);
    expect(JSON.parse(lines[1] ?? '{}')).toEqual({
      doc: expect.any(String),
      kind: 'date',
      text: '2016 年 12 月 13 日至 2017 年 12 月 12 日',
      start: 594,
      end: 628,
      lang: 'zh',
      value: '2016-12-13/2017-12-12',
      precision: 'day',
    });
    expect(dates.filter((e) => e.kind === 'date' && e.modifier).map((e) => (e.kind === 'date' ? e.value : ''))).toEqual(
      ['2017-04/..', '2018'],
    );
  });
});
