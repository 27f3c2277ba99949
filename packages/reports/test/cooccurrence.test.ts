import { describe, expect, it } from 'vitest';
import type { Document, Entity, Segment } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize } from '@untk/segmentation';
import {
  associationScores,
  CooccurrenceCounter,
  distinctSpans,
  itemId,
  TooManyPairs,
  unitItems,
  windowItems,
} from '../src/index.js';
import { seedText } from '../../../test/support/corpus.js';

const w = (key: string) => itemId('word', key);

function res(start: number, number: number, year: number): Entity {
  const text = `resolution ${number} (${year})`;
  return { kind: 'resolution', doc: 'd', text, start, end: start + text.length, lang: 'en', number, year };
}

describe('CooccurrenceCounter', () => {
  it('counts units per item and per pair sparsely, a repeat in a unit once', () => {
    const c = new CooccurrenceCounter('sentence');
    c.add([w('x'), w('y'), w('x')]);
    c.add([w('x'), w('y')]);
    c.add([w('x')]);
    c.add([w('y'), w('z')]);
    c.add([]);
    expect(c.units).toBe(5);
    expect(Object.fromEntries(c.itemUnits)).toEqual({ [w('x')]: 3, [w('y')]: 3, [w('z')]: 1 });
    // Only the pairs seen are stored: no vocabulary × vocabulary matrix.
    expect(c.pairCount).toBe(2);
    const rows = c.pairs({ minPair: 1, minItem: 1 });
    // y–z (once together, z only there: E11 = 0.6) is more surprising than x–y (2 together, E11 = 1.8).
    expect(rows.map((r) => [r.a.key, r.b.key, r.observed])).toEqual([
      ['y', 'z', 1],
      ['x', 'y', 2],
    ]);
    // The pair's scores are the measures of its table: O11 = 2, R1 = 3, C1 = 3, N = 5.
    expect(rows[1]).toMatchObject({ ...associationScores(2, 3, 3, 5), a: { kind: 'word', key: 'x', frequency: 3 } });
  });

  it('holds more pairs than a Map can (2^24), in typed arrays', () => {
    const c = new CooccurrenceCounter('document');
    // 6,000 items in one unit: 17,997,000 pairs.
    c.add(Array.from({ length: 6000 }, (_, i) => w(`w${i}`)));
    c.add([w('w1'), w('w5999'), w('w2')]);
    expect(c.pairCount).toBe((6000 * 5999) / 2);
    const rows = c.pairs({ minPair: 2, minItem: 2 });
    expect(rows.map((r) => `${r.a.key}-${r.b.key}`)).toEqual(['w1-w2', 'w1-w5999', 'w2-w5999']);
    expect(rows.every((r) => r.observed === 2 && r.units === 2)).toBe(true);
  }, 60_000);

  it('leaves content words out of a unit counted without words, entities and their pairs in', () => {
    const r = (n: number) => itemId('resolution', `${n} (2001)`);
    const c = new CooccurrenceCounter('document', { words: false });
    c.add([r(1), w('x'), r(2), w('y')]);
    c.add([r(1), r(2), w('x')]);
    expect(Object.fromEntries(c.itemUnits)).toEqual({ [r(1)]: 2, [r(2)]: 2 });
    expect(c.pairCount).toBe(1);
    expect(c.pairs().map((p) => [p.a.key, p.b.key, p.observed])).toEqual([['1 (2001)', '2 (2001)', 2]]);
  });

  it('stops with a clear error past its limit of distinct pairs, naming the unit', () => {
    const c = new CooccurrenceCounter('paragraph', { maxPairs: 5 });
    c.add(['a', 'b', 'c'].map(w));
    c.add(['a', 'b', 'd'].map(w));
    expect(c.pairCount).toBe(5);
    c.add(['a', 'b'].map(w));
    expect(() => c.add(['c', 'd'].map(w))).toThrow(TooManyPairs);
    expect(() => c.add(['c', 'd'].map(w))).toThrow(/paragraph units passed 5 distinct pairs.*without --words/);
  });

  it('gives the pairs and item counts of a plain count over string keys, on the seed with words', () => {
    const doc: Document = { id: 'seed', source: 'seed', lang: 'zh', text: seedText() };
    const norm = normalize(doc.text);
    const entities = extract(doc, norm, { kinds: ['resolution', 'symbol', 'date', 'organization', 'acronym'] });
    const paragraphs = norm.blocks.map((b) => ({ kind: 'paragraph' as const, start: b.start, end: b.end, text: '' }));
    const units = unitItems(entities, paragraphs, 'paragraph', { words: false, lang: 'zh' });
    expect(units.length).toBeGreaterThan(50);
    const c = new CooccurrenceCounter('paragraph');
    const items = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const u of units) {
      c.add(u);
      const set = [...new Set(u)].sort();
      for (const x of set) items.set(x, (items.get(x) ?? 0) + 1);
      for (let i = 0; i < set.length; i++)
        for (let j = i + 1; j < set.length; j++)
          pairs.set(`${set[i]}|${set[j]}`, (pairs.get(`${set[i]}|${set[j]}`) ?? 0) + 1);
    }
    expect(c.itemUnits).toEqual(items);
    expect(c.pairCount).toBe(pairs.size);
    const rows = c.pairs({ minPair: 1, minItem: 1 });
    expect(rows).toHaveLength(pairs.size);
    expect(rows.length).toBeGreaterThan(100);
    // In G² order, ties by the two items' kind + key in code-unit order.
    const label = (x: { kind: string; key: string }) => x.kind + x.key;
    const byStrings = [...rows].sort(
      (p, q) =>
        q.g2 - p.g2 ||
        (label(p.a) < label(q.a) ? -1 : label(p.a) > label(q.a) ? 1 : 0) ||
        (label(p.b) < label(q.b) ? -1 : label(p.b) > label(q.b) ? 1 : 0),
    );
    expect(rows).toEqual(byStrings);
    for (const r of rows) {
      const a = itemId(r.a.kind, r.a.key);
      const b = itemId(r.b.kind, r.b.key);
      expect(a < b).toBe(true);
      expect(r.observed).toBe(pairs.get(`${a}|${b}`));
    }
  });

  it.each([
    [{}, ['x-y']],
    [{ minItem: 3 }, []],
    [{ minPair: 1 }, ['x-y']],
    [{ minPair: 1, minItem: 1 }, ['x-y', 'x-z']],
  ])('filters by minimum frequencies %j', (options, expected) => {
    const c = new CooccurrenceCounter('paragraph');
    for (const u of [['x', 'y'], ['x', 'y'], ['x', 'z'], ['v']]) c.add(u.map(w));
    expect(c.pairs(options).map((r) => `${r.a.key}-${r.b.key}`)).toEqual(expected);
  });
});

describe('unitItems', () => {
  // Two sentences in one paragraph: [0, 40) and [40, 90); entities at 5, 20 and 50.
  const segments: Segment[] = [
    { kind: 'paragraph', start: 0, end: 90, text: '' },
    { kind: 'sentence', start: 40, end: 90, text: '' },
    { kind: 'sentence', start: 0, end: 40, text: '' },
    { kind: 'token', start: 60, end: 68, text: 'Sanctions' },
    { kind: 'token', start: 69, end: 72, text: 'the' },
  ];
  const entities = [res(5, 1373, 2001), res(20, 2322, 2016), res(50, 1373, 2001)];

  it.each([
    ['sentence', [['resolution\t1373 (2001)', 'resolution\t2322 (2016)'], ['resolution\t1373 (2001)']]],
    ['paragraph', [['resolution\t1373 (2001)', 'resolution\t2322 (2016)', 'resolution\t1373 (2001)']]],
    ['document', [['resolution\t1373 (2001)', 'resolution\t2322 (2016)', 'resolution\t1373 (2001)']]],
  ] as const)('places entities in their %s', (unit, expected) => {
    expect(unitItems(entities, segments, unit)).toEqual(expected);
  });

  it('keeps the document unit to entities even when words are asked for', () => {
    expect(unitItems(entities, segments, 'document', { words: true, lang: 'en' })).toEqual(
      unitItems(entities, segments, 'document'),
    );
    expect(unitItems(entities, segments, 'paragraph', { words: true, lang: 'en' })[0]).toContain('word\tsanctions');
  });

  it('adds content words, stop words left out, when asked', () => {
    expect(unitItems(entities, segments, 'sentence', { words: true, lang: 'en' })[1]).toEqual([
      'resolution\t1373 (2001)',
      'word\tsanctions',
    ]);
  });

  it('counts a S/RES symbol and the resolution over the same span once', () => {
    const r = res(0, 2322, 2016);
    const sym: Entity = { ...r, kind: 'symbol', symbol: 'S/RES/2322 (2016)' } as Entity;
    expect(distinctSpans([sym, r])).toEqual([r]);
  });
});

describe('co-occurrence on the seed, paragraphs from the normaliser', () => {
  const doc: Document = { id: 'seed', source: 'seed.txt', lang: 'zh', text: seedText() };
  const n = normalize(doc.text);
  // Resolutions only: organisations (安全理事会 beside every 第 1373(2001)号决议) would lead otherwise.
  const entities = extract(doc, n, { kinds: ['resolution'] });
  const paragraphs: Segment[] = n.blocks.map((b) => ({
    kind: 'paragraph',
    start: n.starts[b.start] ?? 0,
    end: n.ends[b.end - 1] ?? 0,
    text: n.text.slice(b.start, b.end),
  }));
  const c = new CooccurrenceCounter('paragraph');
  for (const u of unitItems(entities, paragraphs, 'paragraph')) c.add(u);

  it('finds 1624 (2005) and 2178 (2014) cited together, the strongest pair', () => {
    const rows = c.pairs();
    expect(rows[0]).toMatchObject({
      a: { key: '1624 (2005)', frequency: 2 },
      b: { key: '2178 (2014)' },
      observed: 2,
    });
    expect(rows[0]?.npmi).toBeGreaterThan(0.8);
    // 1373 (2001), the counter-terrorism resolution, is cited with most of the others.
    expect(rows.filter((r) => r.a.key === '1373 (2001)' || r.b.key === '1373 (2001)').length).toBeGreaterThanOrEqual(3);
  });
});

describe('windowItems', () => {
  // Six tokens at 0, 10, 20…; entities at tokens 0 and 3 and a word at token 5.
  const tokens: Segment[] = ['resolution', 'x', 'y', 'resolution', 'z', 'sanctions'].map((text, i) => ({
    kind: 'token',
    start: i * 10,
    end: i * 10 + text.length,
    text,
  }));
  const entities = [res(0, 1373, 2001), res(30, 2322, 2016)];

  it('yields one window per token start, each item at its first token', () => {
    // Size 4 over 6 tokens: windows [0,4), [1,5), [2,6).
    expect([...windowItems(entities, tokens, 4)]).toEqual([
      ['resolution\t1373 (2001)', 'resolution\t2322 (2016)'],
      ['resolution\t2322 (2016)'],
      ['resolution\t2322 (2016)'],
    ]);
    // With words, [3, 6): the entity and the word "resolution" at token 3, "z" (a lone letter) left out.
    expect([...windowItems(entities, tokens, 3, { words: true, lang: 'en' })].at(-1)).toEqual([
      'resolution\t2322 (2016)',
      'word\tresolution',
      'word\tsanctions',
    ]);
  });

  it('makes one window of a document shorter than the window, none of one without tokens', () => {
    expect([...windowItems(entities, tokens, 50)]).toHaveLength(1);
    expect([...windowItems(entities, [], 5)]).toHaveLength(0);
  });
});
