import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/index.js';
import { ADVERSARIAL, growth } from '../../../test/support/scaling.js';

// Pieces of UN text and of its page layout, to build mixed-script inputs that hit the normaliser's rules.
const PIECES = [
  '第',
  '号决议',
  '號決議',
  '段',
  '、',
  '和',
  '(',
  ')',
  '（',
  '）',
  '[',
  '1373',
  '2016',
  '99999999999999999999999',
  'S/',
  'RES/',
  'resolution ',
  'resolutions ',
  ', ',
  ' and ',
  'Organiza-',
  'tion',
  '\n',
  '\n\n',
  '\f',
  '\r\n',
  '   ',
  '\u3000',
  '\u00ad',
  '\u200b',
  '\uf0b7 ',
  '⼤',
  '⺠',
  '豈',
  'ＡＢＣ',
  '１２３',
  'https://undocs.org/S/RES/1',
  '02-72318 (E)',
  'S/RES/1445 (2002)',
  '- 3 -',
  '12',
  'Совет',
  'مجلس',
  'Conseil de sécurité',
  '😀',
  '\ud800',
];
const mixed = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  mixed,
);

/** The map back to the original stays inside it and in order; asides are their slices. */
function checkInvariants(original: string): void {
  const n = normalize(original);
  expect(n.starts.length).toBe(n.text.length);
  let prevStart = 0;
  for (let i = 0; i < n.text.length; i++) {
    const s = n.starts[i] ?? -1;
    const e = n.ends[i] ?? -1;
    if (!(s >= 0 && s <= e && e <= original.length && s >= prevStart)) {
      throw new Error(`code unit ${i} maps to [${s}, ${e}) in a text of ${original.length}`);
    }
    prevStart = s;
  }
  for (const a of n.asides) expect(original.slice(a.start, a.end)).toBe(a.text);
  for (const b of n.blocks) expect(b.start >= 0 && b.start < b.end && b.end <= n.text.length).toBe(true);
}

describe('normalize, property-based', () => {
  it('never throws and keeps its map inside the original, on arbitrary Unicode and mixed UN text', () => {
    fc.assert(
      fc.property(anyText, (s) => checkInvariants(s)),
      { numRuns: 400 },
    );
  });

  it.each(ADVERSARIAL)('grows linearly on %s (256 KB → 1 MB)', (_, make) => {
    const ratio = growth(make, (s) => normalize(s), 256 * 1024);
    // Linear is about 4; quadratic would be about 16.
    expect(ratio).toBeLessThan(10);
  });
});
