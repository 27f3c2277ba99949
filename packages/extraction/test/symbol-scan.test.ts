import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '@untk/segmentation';
import { OCR_SC_SYMBOL, SYMBOL } from '../src/symbol/patterns.js';
import { ocrSymbolMatches, symbolMatches } from '../src/symbol/scan.js';
import { bundledTexts } from '../../../test/support/corpus.js';

// The slash-anchored scans must find exactly what a global scan of each pattern finds.
const global = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m] as const);
const anchored = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m] as const);

const texts = bundledTexts();

// Strings built like symbols, and like their near misses: a neighbour the look-behind forbids or allows, a series
// (or an OCR'd `S`), `/`-separated parts with or without spaces, a year in brackets, and what may follow.
const oneOf = (xs: string[]) => fc.constantFrom(...xs);
const symbolish = fc
  .tuple(
    oneOf(['', ' ', 'x', '1', '/', '.', '(', '决议', 'é', 'ST']),
    oneOf(['S', 'ST', 'CEDAW', 'A', 'XS', 'Q', '5', '8', '$', '15']),
    fc.array(
      fc.tuple(oneOf(['/', ' / ', ' /', '/ ']), oneOf(['2017', '97', 'RES', 'Add.1', 'C.3', '1005', 'L', 'x'])),
      {
        maxLength: 3,
      },
    ),
    oneOf(['', ' (2016)', '(2016)', '.', '/', 'AB/1', ' and S/2017/1', ', 5/2002/7', ')', '1']),
  )
  .map(([before, series, parts, after]) => before + series + parts.map(([a, b]) => a + b).join('') + after);
const pieced = fc.array(symbolish, { maxLength: 4 }).map((a) => a.join(''));

describe('slash-anchored symbol scans', () => {
  it.each(texts)('find what a global scan finds in %s', (_name, raw) => {
    const text = normalize(raw).text;
    const symbols = anchored(symbolMatches(text));
    expect(symbols).toEqual(global(SYMBOL, text));
    expect(anchored(ocrSymbolMatches(text))).toEqual(global(OCR_SC_SYMBOL, text));
    if (_name === 'cr-unsc-resolutions-en') expect(symbols.length).toBeGreaterThan(1000);
  });

  it('find what a global scan finds in generated strings', () => {
    fc.assert(
      fc.property(pieced, (text) => {
        expect(anchored(symbolMatches(text))).toEqual(global(SYMBOL, text));
        expect(anchored(ocrSymbolMatches(text))).toEqual(global(OCR_SC_SYMBOL, text));
      }),
      { numRuns: 3000 },
    );
  });
});
