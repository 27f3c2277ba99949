import { compareStrings } from '@untk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  associationScores,
  CooccurrenceCounter,
  griesDp,
  itemId,
  itemFrequency,
  parseItemId,
  type DocumentCounts,
  type ItemFrequency,
  type ItemKind,
  type PairRow,
} from '../src/index.js';
import {
  compareCounted,
  isContentWord,
  isWordToken,
  NOT_A_WORD,
  NOT_CONTENT,
  tokenClassifier,
  wordKey,
  type TokenClass,
} from '../src/documents.js';
import { stopWords } from '../src/stopwords.js';
import { ItemColumns } from '../src/frequency.js';

// Plain implementations over Maps, objects and string comparisons, as the reports computed frequency and pairs
// before the typed-array columns: the fast paths must give exactly their rows (floating point included).

function itemFrequencyReference(docs: readonly DocumentCounts[]): ItemFrequency[] {
  const tokens = docs.reduce((n, d) => n + d.tokens, 0);
  const postings = new Map<string, { count: number; size: number }[]>();
  for (const d of docs) {
    for (const [id, count] of d.items) {
      let p = postings.get(id);
      if (!p) postings.set(id, (p = []));
      p.push({ count, size: d.tokens });
    }
  }
  const rows: ItemFrequency[] = [];
  for (const [id, parts] of postings) {
    const { kind, key } = parseItemId(id);
    const count = parts.reduce((n, p) => n + p.count, 0);
    rows.push({
      kind,
      key,
      count,
      perMillion: tokens > 0 ? (count / tokens) * 1e6 : null,
      documents: parts.length,
      dispersion: griesDp(parts, tokens),
    });
  }
  return rows.sort(compareCounted);
}

function pairsReference(units: readonly string[][], minPair: number, minItem: number): Omit<PairRow, 'unit'>[] {
  const itemUnits = new Map<string, number>();
  const together = new Map<string, number>();
  for (const u of units) {
    const items = [...new Set(u)];
    for (const x of items) itemUnits.set(x, (itemUnits.get(x) ?? 0) + 1);
    for (let p = 0; p < items.length; p++) {
      for (let q = p + 1; q < items.length; q++) {
        const [x, y] = [items[p]!, items[q]!].sort(compareStrings);
        const k = JSON.stringify([x, y]);
        together.set(k, (together.get(k) ?? 0) + 1);
      }
    }
  }
  const rows: Omit<PairRow, 'unit'>[] = [];
  for (const [k, o11] of together) {
    const [x, y] = JSON.parse(k) as [string, string];
    const fx = itemUnits.get(x)!;
    const fy = itemUnits.get(y)!;
    if (o11 < minPair || fx < minItem || fy < minItem) continue;
    rows.push({
      a: { ...parseItemId(x), frequency: fx },
      b: { ...parseItemId(y), frequency: fy },
      units: units.length,
      ...associationScores(o11, fx, fy, units.length),
    });
  }
  const label = (x: { kind: string; key: string }) => x.kind + x.key;
  return rows.sort(
    (p, q) => q.g2 - p.g2 || compareStrings(label(p.a), label(q.a)) || compareStrings(label(p.b), label(q.b)),
  );
}

// Item ids from a few kinds and keys that share prefixes, hold tabs, accents and CJK, so that ties in count are
// broken by kind and key in code-unit order.
const KINDS: ItemKind[] = ['resolution', 'symbol', 'date', 'organization', 'word'];
const id = fc
  .tuple(
    fc.constantFrom(...KINDS),
    fc.string({ unit: fc.constantFrom('a', 'b', 'é', '中', '\t', ' ', '1', 'Z'), maxLength: 4 }),
  )
  .map(([kind, key]) => itemId(kind, key));

const documentCounts = fc
  .record({
    tokens: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 })),
    items: fc.array(fc.tuple(id, fc.integer({ min: 1, max: 50 })), { maxLength: 25 }),
    lang: fc.constantFrom('en', 'fr', 'zh'),
  })
  .map(({ tokens, items, lang }): DocumentCounts => ({
    id: 'd',
    source: 'd',
    lang,
    characters: 0,
    folder: '.',
    year: null,
    tokens,
    entityCounts: { resolution: 0, symbol: 0, date: 0, organization: 0, acronym: 0 },
    items: new Map(items),
  }));

describe('frequency tables in columns', () => {
  it('give the rows of the plain computation, for the whole set and for any subset of documents', () => {
    fc.assert(
      fc.property(
        fc.array(documentCounts, { maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (docs, pick) => {
          expect(itemFrequency(docs)).toEqual(itemFrequencyReference(docs));
          // One ItemColumns, several tables in a row (as a report makes one per group): the scratch space is reset.
          const columns = new ItemColumns();
          const numbers = docs.map((d) => columns.add(d.items, d.tokens));
          const subset = numbers.filter((_, i) => pick[i]);
          expect(columns.frequency(subset).rows()).toEqual(itemFrequencyReference(subset.map((i) => docs[i]!)));
          expect(columns.frequency(numbers).rows()).toEqual(itemFrequencyReference(docs));
          const entities = columns.frequency(numbers, (kind) => kind !== 'word').rows();
          expect(entities).toEqual(itemFrequencyReference(docs).filter((r) => r.kind !== 'word'));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('ItemColumns.add', () => {
  it('keeps the last count of an id repeated in a partial, as a Map of the partial would', () => {
    const items: [string, number][] = [
      [itemId('word', 'x'), 1],
      [itemId('date', '2016'), 2],
      [itemId('word', 'x'), 3],
    ];
    const columns = new ItemColumns();
    const n = columns.add(items, 10);
    const doc = { ...fc.sample(documentCounts, { numRuns: 1, seed: 1 })[0]!, tokens: 10, items: new Map(items) };
    expect(columns.frequency([n]).rows()).toEqual(itemFrequencyReference([doc]));
    expect(
      columns
        .frequency([n])
        .rows()
        .map((r) => [r.key, r.count]),
    ).toEqual([
      ['x', 3],
      ['2016', 2],
    ]);
  });
});

describe('CooccurrenceCounter.pairs', () => {
  it('gives the rows of a plain count over string keys, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(id, { maxLength: 8 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (units, minPair, minItem) => {
          const c = new CooccurrenceCounter('sentence');
          for (const u of units) c.add(u);
          const rows = c.pairs({ minPair, minItem });
          expect(rows.every((r) => r.unit === 'sentence')).toBe(true);
          expect(rows.map(({ unit: _, ...r }) => r)).toEqual(pairsReference(units, minPair, minItem));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('tokenClassifier', () => {
  const reference = (text: string, stops: ReadonlySet<string>): TokenClass => {
    if (!isWordToken({ kind: 'token', start: 0, end: text.length, text })) return NOT_A_WORD;
    const key = wordKey(text);
    return isContentWord(key, stops) ? itemId('word', key) : NOT_CONTENT;
  };

  it.each(['en', 'fr', 'zh', 'ar', 'ru', 'es'])('answers as isWordToken, wordKey and isContentWord (%s)', (lang) => {
    const stops = stopWords(lang);
    const classify = tokenClassifier(stops);
    const word = fc.oneof(
      fc.string({
        unit: fc.constantFrom('T', 'h', 'e', 'É', 'ﬁ', '中', '的', 'و', 'и', '1', '.', ' ', 'Ⅻ'),
        maxLength: 4,
      }),
      fc.constantFrom(...[...stops].slice(0, 20), 'The', 'THE', 'Council', 'ﬁnance', 'Ⅻ', 'a', '1990'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (texts) => {
        // Asked twice: the remembered answer is the computed one.
        for (const t of [...texts, ...texts]) expect(classify(t)).toBe(reference(t, stops));
      }),
      { numRuns: 300 },
    );
  });
});
