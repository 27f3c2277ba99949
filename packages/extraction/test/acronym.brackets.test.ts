/**
 * bracketSpans stands in for a global scan with PAREN (a bracket on one line holding 1 to 24 code units): the same
 * matches on every bundled text (normalised, and the whitespace-free view the Chinese finder reads) and on
 * generated strings of brackets, line breaks and runs around 24 units.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '@untk/segmentation';
import { bundledTexts } from '../../../test/support/corpus.js';
import { bracketSpans } from '../src/acronym/brackets.js';
import { PAREN } from '../src/acronym/patterns.js';
import { compact } from '../src/organization/mention.js';

/** The global scan with the pattern, as flat pairs (start of `(`, end of `)`). */
function byPattern(text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(PAREN.source, PAREN.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index, m.index + m[0].length);
  return out;
}

describe('bracketSpans (the bracket scan without the pattern)', () => {
  it.each(bundledTexts())('finds what the pattern finds in %s, and in its whitespace-free view', (_name, raw) => {
    const text = normalize(raw).text;
    const expected = byPattern(text);
    expect(bracketSpans(text)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(20);
    const view = compact(text).text;
    expect(bracketSpans(view)).toEqual(byPattern(view));
  });

  it('finds what the pattern finds on generated strings', () => {
    const piece = fc.oneof(
      fc.constantFrom('(', ')', '((', '))', '()', '\n', ' ', 'a', '国', '\u{20000}'),
      fc.nat(30).map((n) => 'x'.repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(bracketSpans(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['(UNODC)', [0, 7]],
    ['()', []],
    [`(${'x'.repeat(24)})`, [0, 26]],
    [`(${'x'.repeat(25)})`, []],
    ['((a)', [1, 4]],
    ['(a\nb)', []],
    ['(a)(b)', [0, 3, 3, 6]],
  ] as Array<[string, number[]]>)('reads %j as %j', (text, expected) => {
    expect(bracketSpans(text)).toEqual(expected);
    expect(byPattern(text)).toEqual(expected);
  });
});
