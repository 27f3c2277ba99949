import { describe, expect, it } from 'vitest';
import type { Entity, Segment } from '@untk/core';
import {
  documentPartial,
  narrowPartial,
  ReportBuilder,
  type DocumentPartial,
  type ReportDocument,
  type ReportOptions,
} from '../src/index.js';

/** Words laid end to end, a sentence every `perSentence` words, one paragraph over all. */
function doc(id: string, words: string[], entities: Entity[], perSentence = 4): ReportDocument {
  const segments: Segment[] = [];
  let at = 0;
  const starts: number[] = [];
  for (const w of words) {
    starts.push(at);
    segments.push({ kind: 'token', start: at, end: at + w.length, text: w });
    at += w.length + 1;
  }
  for (let i = 0; i < words.length; i += perSentence) {
    const last = Math.min(i + perSentence, words.length) - 1;
    segments.push({ kind: 'sentence', start: starts[i]!, end: starts[last]! + words[last]!.length, text: '' });
  }
  segments.push({ kind: 'paragraph', start: 0, end: at, text: '' });
  return { id, source: id, lang: 'en', characters: at, entities, segments };
}

function resolution(d: string, start: number, number: number): Entity {
  const text = `${number} (2016)`;
  return { kind: 'resolution', doc: d, text, start, end: start + text.length, lang: 'en', number, year: 2016 };
}

const words = 'council sanctions 2322 (2016) terrorism council sanctions 1373 (2001) council terrorism'.split(' ');
const DOCS = [
  doc('b.txt', words, [resolution('b.txt', 26, 2322), resolution('b.txt', 66, 1373)]),
  doc('a.txt', [...words].reverse(), [resolution('a.txt', 0, 2322)]),
  doc('c.txt', words.slice(0, 5), [resolution('c.txt', 26, 2322)], 2),
];

/** Every table a report run makes, as JSON. */
function built(options: ReportOptions, add: (b: ReportBuilder) => void): string {
  const b = new ReportBuilder(options);
  add(b);
  const r = b.build();
  return JSON.stringify([r.report, r.frequencyTable, r.pairs, r.network, b.entityList]);
}

const ordered = [...DOCS].sort((x, y) => (x.id < y.id ? -1 : 1));

describe('report partials', () => {
  it.each([
    [{ minPair: 1, minItem: 1 }],
    [{ minPair: 1, minItem: 1, cooccurrenceWords: true }],
    [{ minPair: 1, minItem: 1, cooccurrenceWords: true, window: 3, networkUnit: 'window' as const }],
  ])('sent as JSON and added up give what the documents give (%j)', (options) => {
    const direct = built(options, (b) => ordered.forEach((d) => b.add(d)));
    const viaJson = built(options, (b) => {
      for (const d of ordered) {
        const p = JSON.parse(JSON.stringify(documentPartial(d, b.partialOptions))) as DocumentPartial;
        b.addPartial(p, d.entities);
      }
    });
    expect(viaJson).toBe(direct);
    expect(JSON.parse(direct)[2].length).toBeGreaterThan(0);
  });

  it.each([[{ words: false }], [{ words: true }], [{ words: false, window: 2 }], [{ words: true, window: 5 }]])(
    'the widest partial narrowed to %j counts as the partial made with those options',
    (options) => {
      for (const d of DOCS) {
        const narrowed = narrowPartial(documentPartial(d, { words: true, window: 1 }), options);
        const made = documentPartial(d, options);
        const sorted = (p: DocumentPartial) =>
          JSON.stringify({
            ...p,
            units:
              p.units &&
              Object.fromEntries(Object.entries(p.units).map(([k, us]) => [k, us.map((u) => [...u].sort())])),
            tokenItems: p.tokenItems?.map((u) => [...u].sort()),
          });
        expect(sorted(narrowed)).toBe(sorted(made));
      }
    },
  );

  it('refuses a partial without the units a window report needs', () => {
    const b = new ReportBuilder({ window: 3 });
    expect(() => b.addPartial(documentPartial(DOCS[0]!, { words: false }), [])).toThrow(/token items/);
  });
});
