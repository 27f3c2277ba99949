import { describe, expect, it } from 'vitest';
import type { Document } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize } from '@untk/segmentation';
import { buildReport, entityFrequency, formatReportMarkdown } from '../src/index.js';
import { seedText } from '../../../test/support/corpus.js';

const seed: Document = { id: 'seed', source: 'seed.txt', lang: 'zh', text: seedText() };
// The kinds these counts were made for; organisations and acronyms have their own tests.
const counted = { kinds: ['resolution', 'symbol', 'date'] } as const;
const seedEntities = extract(seed, normalize(seed.text), counted);

describe('entityFrequency on the seed', () => {
  const rows = entityFrequency(seedEntities);

  it('counts resolutions under number and year, whatever the surface form', () => {
    const r2322 = rows.find((r) => r.key === '2322 (2016)');
    expect(r2322).toMatchObject({ kind: 'resolution', count: 11, documents: 1 });
    // Line breaks inside a mention are folded in the surface forms.
    expect(r2322?.surfaces.map((s) => s.text)).toContain('第 2322(2016) 号决议第 22 段');
    expect(r2322?.surfaces.reduce((n, s) => n + s.count, 0)).toBe(11);
  });

  it('sorts by count, then kind, then key', () => {
    const resolutions = rows.filter((r) => r.kind === 'resolution');
    expect(resolutions.slice(0, 4).map((r) => [r.key, r.count])).toEqual([
      ['2322 (2016)', 11],
      ['1373 (2001)', 8],
      ['2178 (2014)', 4],
      ['2253 (2015)', 3],
    ]);
  });
});

describe('buildReport', () => {
  it('summarises documents, languages and errors deterministically', () => {
    const other: Document = { id: 'a-en', source: 'a.txt', lang: 'en', text: 'resolution 2322 (2016) and S/2017/97' };
    const docs = [seed, other].map((d) => ({
      id: d.id,
      source: d.source,
      lang: d.lang,
      characters: d.text.length,
      entities: extract(d, normalize(d.text), counted),
    }));
    const report = buildReport(docs, [{ source: 'z.txt', code: 'empty', message: 'the file is empty' }]);
    const reversed = buildReport([...docs].reverse(), report.errors);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(report));
    // Per kind: 42 resolutions and symbols, and the seed's 46 dates.
    const kinds = docs.flatMap((d) => d.entities.map((e) => e.kind));
    expect(kinds.filter((k) => k === 'resolution' || k === 'symbol')).toHaveLength(42);
    expect(kinds.filter((k) => k === 'date')).toHaveLength(46);
    expect(report.corpus).toMatchObject({ documents: 2, entities: 88, languages: { en: 1, zh: 1 } });
    expect(report.documents.map((d) => d.id)).toEqual(['a-en', 'seed']);
    expect(report.frequency.find((r) => r.key === '2322 (2016)')).toMatchObject({ count: 12, documents: 2 });
    const md = formatReportMarkdown(report);
    expect(md).toContain('2 documents (en 1, zh 1)');
    expect(md).toContain('- `z.txt`: the file is empty (empty)');
  });
});
