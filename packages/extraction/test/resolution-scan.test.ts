import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '@untk/segmentation';
import { asciiDigits } from '../src/digits.js';
import { ANCHORED_REFERENCES, anchoredMatches, keywordOccurrences } from '../src/resolution/scan.js';
import { bundledTexts } from '../../../test/support/corpus.js';

// findResolutions runs each language's reference pattern only near its keyword. That must find exactly what a
// global scan of the pattern finds: on every bundled text (each through every language's pattern), on the
// longest paragraph prefixes each pattern allows, and on generated strings.
const global = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m] as const);
/** The anchored scan, keywords by indexOf; checked to give the same with the keywords of keywordOccurrences. */
const anchored = (text: string, a: (typeof ANCHORED_REFERENCES)[number]) => {
  const found = [...anchoredMatches(text, a)].map((m) => [m.index, ...m] as const);
  const at = keywordOccurrences(text, [a.keyword]).get(a.keyword);
  expect([...anchoredMatches(text, a, at)].map((m) => [m.index, ...m] as const)).toEqual(found);
  return found;
};
/** Every occurrence of a keyword by indexOf from one past the last. */
const byIndexOf = (text: string, keyword: string) => {
  const out: number[] = [];
  for (let k = text.indexOf(keyword); k >= 0; k = text.indexOf(keyword, k + 1)) out.push(k);
  return out;
};
const KEYWORDS = ANCHORED_REFERENCES.map((a) => a.keyword);
const byLanguage = (lang: string) => ANCHORED_REFERENCES[['zh', 'en', 'fr', 'es', 'ru', 'ar'].indexOf(lang)]!;

const texts = bundledTexts();

// The longest prefix each pattern allows before its keyword (see the leads in scan.ts), then a reference.
const LONGEST: Array<[string, string]> = [
  ['en', 'x paragraphs 123 (abc) of Security Council resolution 1373 (2001)'],
  ['fr', 'x paragraphes 123 abc) du dispositif de leur Conseil de sécurité résolution 1373 (2001)'],
  ['es', 'x párrafos 123 abc) de las resolución 1373 (2001)'],
  ['ru', 'x пунктами 123 (abc) своей резолюции 1373 (2001)'],
  ['ar', 'x وبالفقرتين 123 (abc) من منطوق وبالقرار 1373 (2001)'],
  ['zh', '见第 1373(2001)、1624(2005)和 2178(2014)号决议'],
];

const PIECES = [
  ...['第', '号', '决议', '、', '和', 'resolution', 'resolutions', 'Resolution', 'résolution', 'resolución'],
  ...['резолюции', 'القرار', 'وبالقرار', 'paragraph', 'paragraphe', 'párrafo', 'пункт', 'الفقرة', 'من'],
  ...[' ', '  ', 'of ', 'the ', 'de la ', ' 1373', '1373', '(2001)', ' (2001)', ', ', ' and ', ' et ', ' y ', ' и '],
  ...[' و', '22', '(a)', 'x', 'é'],
].map((p) => fc.constant(p));
const pieced = fc.array(fc.oneof(...PIECES), { maxLength: 30 }).map((a) => a.join(''));

describe('keyword-anchored resolution scans', () => {
  it.each(texts)('find what global scans find in %s', (_name, raw) => {
    const text = asciiDigits(normalize(raw).text);
    let matches = 0;
    for (const a of ANCHORED_REFERENCES) {
      const found = anchored(text, a);
      expect(found).toEqual(global(a.pattern, text));
      matches += found.length;
    }
    expect(matches).toBeGreaterThan(0);
  });

  it.each(texts)('keywordOccurrences finds what indexOf finds, for every keyword, in %s', (_name, raw) => {
    const text = asciiDigits(normalize(raw).text);
    const occurrences = keywordOccurrences(text, KEYWORDS);
    for (const keyword of KEYWORDS) expect(occurrences.get(keyword), keyword).toEqual(byIndexOf(text, keyword));
  });

  it('keywordOccurrences finds what indexOf finds on generated strings around the shared part', () => {
    const piece = fc.constantFrom(
      'solu',
      'esolu',
      'ésolu',
      'tion',
      'ci',
      'e',
      'é',
      's',
      'dis',
      'résolution',
      '第',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const occurrences = keywordOccurrences(text, KEYWORDS);
        for (const keyword of KEYWORDS) expect(occurrences.get(keyword), keyword).toEqual(byIndexOf(text, keyword));
      }),
    );
  });

  it.each(LONGEST)('find the longest %s prefix', (lang, text) => {
    const a = byLanguage(lang);
    const found = anchored(text, a);
    expect(found).toEqual(global(a.pattern, text));
    expect(found[0]?.[0]).toBe(lang === 'zh' ? 1 : 2);
  });

  it('find a reference that starts where the previous one ends', () => {
    const text = '第 1373(2001)号决议第 1267(1999)号决议';
    const found = anchored(text, byLanguage('zh'));
    expect(found.map((m) => m[1])).toEqual(['第 1373(2001)号决议', '第 1267(1999)号决议']);
  });

  it('find what global scans find in generated strings', () => {
    fc.assert(
      fc.property(pieced, (text) => {
        for (const a of ANCHORED_REFERENCES) expect(anchored(text, a)).toEqual(global(a.pattern, text));
      }),
      { numRuns: 2000 },
    );
  });
});
