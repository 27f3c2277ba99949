import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/index.js';
import { corpusPath, corpusText } from '../../../test/support/corpus.js';
import { referenceNormalize } from './reference/normalize-reference.js';

/**
 * normalize() has fast paths (a line that needs no change is copied in one step, lines are measured in one
 * scan, regexes run only on lines that start with their anchor character). The old normaliser, kept in
 * test/reference, is the oracle: both must give the same text, offset maps, blocks and asides.
 */
function expectSame(original: string, options: { lineMode?: boolean } = {}): void {
  const fast = normalize(original, options);
  const slow = referenceNormalize(original, options);
  // Compare the text first: its diff is readable, the maps' is not.
  expect(fast.text).toBe(slow.text);
  expect(firstDifference(fast.starts, slow.starts), 'first difference in starts').toBe(-1);
  expect(firstDifference(fast.ends, slow.ends), 'first difference in ends').toBe(-1);
  expect(fast.blocks).toEqual(slow.blocks);
  expect(fast.asides).toEqual(slow.asides);
}

/** The first index where two maps differ (a length difference counts), or -1. */
function firstDifference(a: Int32Array, b: Int32Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

const FILES = [
  'seed/000_64ff64efe628bbb7.txt',
  ...['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((l) => `unpc-devset/UNv1.0.devset.${l}`),
];
const RESOLUTIONS = readdirSync(corpusPath('cr-unsc-resolutions-en'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `cr-unsc-resolutions-en/${f}`);

describe('normalize equals the reference normaliser', () => {
  it.each(FILES)('on %s, detected and in line mode', (file) => {
    const text = corpusText(file);
    expectSame(text);
    expectSame(text, { lineMode: true });
    expectSame(text, { lineMode: false });
  });

  it(`on the ${RESOLUTIONS.length} CR-UNSC resolutions`, () => {
    expect(RESOLUTIONS.length).toBeGreaterThan(800);
    for (const file of RESOLUTIONS) expectSame(corpusText(file));
  });

  it('when the text grows: compatibility ideographs that fold to astral ones outgrow the maps reserved', () => {
    // U+FA6C folds (NFKC) to U+242EE, two code units: 3000 of them need more room than the original's length.
    const text = `安理会\n${'\ufa6c'.repeat(3000)}\n${'\ufa6c豈 '.repeat(500)}`;
    expect(normalize(text).text.length).toBeGreaterThan(text.length);
    expectSame(text);
  });

  // Pieces that hit every rule of the normaliser: line breaks of every kind, form feeds, white space of every
  // kind, soft hyphens and other invisible glyphs, bullets, private-use glyphs, CJK, full-width forms,
  // letters whose lower case is longer (İ) or falls among the Latin letters (K, Ÿ), radicals, compatibility ideographs (one of them folds to an astral ideograph), surrogates, link lines,
  // page numbers, running heads, Chinese paragraph heads and line-end hyphens.
  const PIECES = [
    'a',
    'Z',
    'word',
    'tion',
    'Organiza-',
    'infor-',
    'mation',
    'ORGANIZATION',
    'organisation',
    'İ',
    '\u212a',
    'Ÿ',
    'é',
    'ÿ',
    '×',
    '-',
    '.',
    ':',
    ';',
    '。',
    '：',
    '）',
    '”',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u2007',
    '\u202f',
    '\u3000',
    '\u1680',
    '\u2003',
    '\ufeff',
    '\u000b',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '\f',
    '\u2028',
    '\u2029',
    '\n\f\n',
    '\u00ad',
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\uf0b7',
    '\uf0b7 ',
    '• ',
    '·',
    '\u25cf\t',
    '\ue000',
    '\uf8ff',
    '安理会',
    '第',
    '第 1 段：',
    '第 16 和 17 段:',
    '段',
    '号决议',
    'カ',
    '한',
    'ＡＢＣ',
    '１２３',
    '，',
    '！',
    '（',
    '\uff5e',
    '\uff61',
    '⼤',
    '⽉',
    '⺠',
    '⻓',
    '豈',
    '\ufa6c',
    '\uf900',
    '😀',
    '\ud800',
    '\udc00',
    '\ud87e\udc00',
    'https://undocs.org/S/RES/1',
    'www.un.org',
    '02-72318 (E)',
    '16-22133 (C)  3/12',
    'S/RES/1445 (2002)',
    'A/72/L.1',
    '- 3 -',
    '3/12',
    '12',
    'Page 4 of 9',
    '3  S/RES/1445 (2002)',
    'Совет',
    'مجلس',
    'Conseil de sécurité',
  ];
  const mixed = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
  // Short lines repeated over pages, so that running heads and page edges come into play.
  const paged = fc
    .array(fc.tuple(mixed, fc.constantFrom('S/RES/1445 (2002)', '02-72318 (E)  3', 'Running head', '- 7 -')), {
      minLength: 3,
      maxLength: 6,
    })
    .map((pages) => pages.map(([body, head]) => `${head}\n${body}\n${head}`).join('\f'));

  it('on generated mixed text', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(undefined, true, false), (s, lineMode) =>
        expectSame(s, lineMode === undefined ? {} : { lineMode }),
      ),
      { numRuns: 1500 },
    );
  });

  it('on generated paged text', () => {
    fc.assert(
      fc.property(paged, (s) => expectSame(s)),
      { numRuns: 300 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => expectSame(s)),
      { numRuns: 500 },
    );
  });
});
