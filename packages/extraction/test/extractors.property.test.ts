import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { createContext, EXTRACTORS } from '../src/index.js';
import { ADVERSARIAL, growth } from '../../../test/support/scaling.js';

const PIECES = [
  '第',
  ' ',
  '号决议',
  '號決議',
  '第',
  '段',
  '、',
  '和',
  '至',
  '(',
  ')',
  '（',
  '）',
  '((',
  '1373',
  '2016',
  '0',
  '99999999999999999999999',
  '9007199254740993',
  'S/',
  'RES/',
  'PRST/',
  'A/',
  'C.3/',
  'L.1',
  '/',
  'resolution ',
  'resolutions ',
  'paragraph ',
  ' of ',
  ', ',
  ' and ',
  '\n',
  '\n\n',
  '\f',
  'https://undocs.org/',
  '\u3000',
  '１３７３',
  '（２００１）',
  'Совет',
  'مجلس',
  // Arabic bodies' words (arabic.ts): heads with and without clitics, definite words, complements, marks.
  'لجنة',
  'للجنة',
  ' الأمن',
  ' والتنمية',
  ' المعني',
  ' ب',
  ' في',
  ' مالي',
  '\u0651',
  '\u0640',
  '😀',
  '\ud800',
  '-',
  '.',
];
const mixed = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), mixed);

function runExtractor(run: (typeof EXTRACTORS)[number]['run'], text: string, lang = 'und') {
  const doc: Document = { id: 't', source: 't', lang, text };
  return run(createContext(doc, normalize(text)));
}

// Every extractor in the pipeline, so extractors added later are covered without touching this file.
describe.each(EXTRACTORS.map((x) => [x.name, x] as const))('extractor %s, property-based', (_, x) => {
  it('never throws; every entity lies inside the text and is its slice', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('zh', 'en', 'fr', 'es', 'ru', 'ar', 'und'), (text, lang) => {
        for (const e of runExtractor(x.run, text, lang)) {
          expect(e.start >= 0 && e.start <= e.end && e.end <= text.length).toBe(true);
          expect(text.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(ADVERSARIAL)(
    'grows linearly on %s (256 KB → 1 MB)',
    (_, make) => {
      const norms = new Map<string, ReturnType<typeof normalize>>();
      // Only the extractor is timed: the text is normalised beforehand.
      const ratio = growth(
        (size) => {
          const text = make(size);
          norms.set(text, normalize(text));
          return text;
        },
        (text) => x.run(createContext({ id: 't', source: 't', lang: 'und', text }, norms.get(text)!)),
        256 * 1024,
      );
      expect(ratio).toBeLessThan(10);
      // What is asserted is the ratio; the time limit only has to let the timings run (up to 18 of them, a second or
      // more each on a busy machine for the slowest extractor on these inputs).
    },
    60_000,
  );
});
