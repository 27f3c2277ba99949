import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FrequencyTableRow, PairRow } from '@untk/reports';
import { corpusPath } from '../../../test/support/corpus.js';
import { writeChunksAtomic } from '../src/parallel/sink.js';
import { chunked, cooccurrenceCsv, csvField, fixed as fastFixed, frequencyCsv } from '../src/report-files.js';
import { runCli } from './helpers.js';

// The report's CSV files as csv-stringify wrote them before report-files.ts wrote them itself: the reference.
const OPTIONS = { bom: true, record_delimiter: 'unix' } as const;
const fixed = (x: number | null) => (x === null ? '' : String(Math.round(x * 1e6) / 1e6));

function frequencyReference(rows: readonly FrequencyTableRow[]): string {
  return stringify(
    rows.map((r) => [
      r.scope,
      r.group,
      r.kind,
      r.key,
      r.count,
      fixed(r.perMillion),
      r.documents,
      fixed(r.dispersion),
      r.surfaces,
    ]),
    {
      ...OPTIONS,
      header: true,
      columns: ['scope', 'group', 'kind', 'key', 'count', 'per_million', 'documents', 'dp', 'surfaces'],
    },
  );
}

function cooccurrenceReference(rows: readonly PairRow[]): string {
  return stringify(
    rows.map((p) => [
      `${p.a.kind}:${p.a.key}`,
      `${p.b.kind}:${p.b.key}`,
      p.unit,
      p.units,
      p.a.frequency,
      p.b.frequency,
      p.observed,
      fixed(p.expected),
      fixed(p.pmi),
      fixed(p.npmi),
      fixed(p.logDice),
      fixed(p.mi3),
      fixed(p.tScore),
      fixed(p.g2),
      fixed(p.jaccard),
    ]),
    {
      ...OPTIONS,
      header: true,
      columns: [
        'source',
        'target',
        'unit',
        'n',
        'f_source',
        'f_target',
        'observed',
        'expected',
        'pmi',
        'npmi',
        'log_dice',
        'mi3',
        't_score',
        'g2',
        'jaccard',
      ],
    },
  );
}

// Text that exercises quoting: separators, quotes, both line breaks, spaces, accents, CJK, Arabic, an astral
// character, and lone surrogates halves (fast-check's full range of UTF-16 units).
const tricky = fc.oneof(
  fc.string({
    unit: fc.constantFrom(',', '"', '\n', '\r', ' ', 'a', 'Z', '1', 'é', '中', 'ا', '😀', '\t', ':', '×', '|'),
    maxLength: 12,
  }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
// Numbers as the measures give them: any double, null where a table has none.
const measure = fc.oneof(fc.double(), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.integer());

const item = fc.record({
  kind: fc.constantFrom('resolution', 'symbol', 'date', 'organization', 'word'),
  key: tricky,
  frequency: fc.nat(),
});
const pair = fc.record({
  unit: fc.constantFrom('sentence', 'paragraph', 'document', 'window'),
  a: item,
  b: item,
  units: fc.nat(),
  observed: fc.nat(),
  expected: measure,
  pmi: measure,
  npmi: measure,
  logDice: measure,
  mi3: measure,
  tScore: measure,
  g2: measure,
  jaccard: measure,
});

describe('csvField', () => {
  it.each([
    ['', ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    // csv-stringify, given a record delimiter, quotes for it (\n) and not for a lone carriage return.
    ['cr\ronly', 'cr\ronly'],
    ['安全理事会', '安全理事会'],
  ])('%j → %j', (field, out) => {
    expect(csvField(field)).toBe(out);
    expect(stringify([[field, 'x']], OPTIONS)).toBe(`\uFEFF${out},x\n`);
  });

  it('quotes every generated record exactly as csv-stringify', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 5 }), (fields) => {
        expect(`\uFEFF${fields.map(csvField).join(',')}\n`).toBe(stringify([fields], OPTIONS));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('chunked and writeChunksAtomic', () => {
  it('write the lines whole, in order, through pieces that take turns in two buffers', async () => {
    // 8 MB of lines of one- to four-byte characters, and one line longer than a piece.
    const rows = Array.from({ length: 120_000 }, (_, i) => `${i},${'é中😀a'.repeat(i % 23)},"${i % 7}"`);
    rows[50_000] = 'x'.repeat(3_000_000);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'untk-')), 'lines.csv');
    await writeChunksAtomic(
      file,
      chunked('\uFEFFhead\n', rows, (r) => r + '\n'),
    );
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFhead\n' + rows.map((r) => r + '\n').join(''));
  });
});

describe('fixed', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [-4e-7, '0'],
    [5e-7, '0.000001'],
    [-1e-6, '-0.000001'],
    [1.5, '1.5'],
    [4999.9250764, '4999.925076'],
    [-12.0000004, '-12'],
    [123456789.123456, '123456789.123456'],
    [1e9 - 1e-6, '999999999.999999'],
    [2e15, '2000000000000000'],
    [1e21, '1e+21'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [null, ''],
  ])('%s → %s', (x, out) => {
    expect(fastFixed(x)).toBe(out);
    expect(fixed(x)).toBe(out);
  });

  it('prints every double as String(Math.round(x * 1e6) / 1e6)', () => {
    const scaled = fc
      .tuple(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.integer({ min: 0, max: 12 }))
      .map(([m, e]) => m / 10 ** e);
    fc.assert(
      fc.property(fc.oneof(fc.double(), scaled, fc.double({ min: -1e4, max: 1e4 })), (x) => {
        expect(fastFixed(x)).toBe(fixed(x));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('frequency.csv and cooccurrence.csv', () => {
  it('are byte for byte what csv-stringify made of generated rows', () => {
    const frequency = fc.record({
      scope: fc.constantFrom('corpus', 'folder', 'lang', 'year'),
      group: tricky,
      kind: fc.constantFrom('resolution', 'symbol', 'date', 'organization', 'word'),
      key: tricky,
      count: fc.nat(),
      perMillion: fc.option(measure),
      documents: fc.nat(),
      dispersion: fc.option(measure),
      surfaces: tricky,
    });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 20 }), (rows) => {
        const ps = rows as PairRow[];
        expect(cooccurrenceCsv(ps)).toBe(cooccurrenceReference(ps));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(frequency, { maxLength: 20 }), (rows) => {
        const fs = rows as FrequencyTableRow[];
        expect(frequencyCsv(fs)).toBe(frequencyReference(fs));
      }),
      { numRuns: 300 },
    );
  });

  it('are the same over many pieces: 30,000 generated pairs, several megabytes', () => {
    const rows = fc.sample(pair, { numRuns: 30_000, seed: 7 }) as PairRow[];
    const csv = cooccurrenceCsv(rows);
    expect(csv.length).toBeGreaterThan(3_000_000);
    expect(csv).toBe(cooccurrenceReference(rows));
  });

  it('of the whole bundled corpus are what csv-stringify makes of their own fields', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'untk-')), 'out');
    const { code } = await runCli(['report', corpusPath(''), '--out', out]);
    expect(code).toBe(0);
    for (const name of ['frequency.csv', 'cooccurrence.csv']) {
      const text = readFileSync(path.join(out, name), 'utf8');
      const records = parse(text, { bom: true, record_delimiter: '\n', relax_column_count: false }) as string[][];
      expect(records.length).toBeGreaterThan(1000);
      // Numbers read back as strings print the same; so the file is csv-stringify's rendering of its fields.
      expect(stringify(records, OPTIONS)).toBe(text);
    }
    // Keys with a comma or a quote are there and quoted: the fast path is not the only one taken.
    expect(readFileSync(path.join(out, 'frequency.csv'), 'utf8')).toMatch(/^corpus,,\w+,"[^\n]*[,"]/m);
  }, 120_000);
});
