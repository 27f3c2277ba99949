import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UN_LANGS, type UnLang } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { corpusPath } from '../../../test/support/corpus.js';
import { asciiDigits } from '../src/digits.js';
import { breakEndBefore, breakStartAfter, breaksOf, type Breaks } from '../src/date/windows.js';

/**
 * The break searches of src/date/windows.ts read characters through a table; here they are checked against the
 * plain reading with the `unit` regex they stand for (the code they replaced), at every position.
 */

// After a letter of a run: the rest of that run (for Chinese, runs are of letters other than Han).
const REST_OF_RUN = /(?<=\p{L})\p{L}*/uy;
const REST_OF_NON_HAN_RUN = /(?<=(?!\p{Script=Han})\p{L})(?:(?!\p{Script=Han})\p{L})*/uy;

function isBreakByRegex(b: Breaks, m: RegExpExecArray): boolean {
  const run = m[1];
  if (run === undefined) return true;
  const bare = run.includes('\u0640') ? run.replace(/\u0640/g, '') : run;
  return !(b.lexicon.test(bare) || (b.yearSuffix?.test(run) ?? false));
}

function runEdgeByRegex(lang: UnLang, text: string, s: number): number {
  const rest = lang === 'zh' ? REST_OF_NON_HAN_RUN : REST_OF_RUN;
  let at = s;
  const c = text.charCodeAt(at);
  if (at > 0 && c >= 0xdc00 && c <= 0xdfff) at++;
  rest.lastIndex = at;
  return rest.test(text) ? rest.lastIndex : at;
}

function breakEndBeforeByRegex(lang: UnLang, text: string, limit: number, floor: number): number {
  const b = breaksOf(lang);
  for (let back = 24; ; back *= 4) {
    const from = Math.max(floor, limit - back);
    let end = -1;
    b.unit.lastIndex = runEdgeByRegex(lang, text, from);
    for (let m = b.unit.exec(text); m && m.index <= limit; m = b.unit.exec(text))
      if (isBreakByRegex(b, m)) end = m.index + m[0].length;
    if (end >= 0) return end;
    if (from <= floor) return floor;
  }
}

function breakStartAfterByRegex(lang: UnLang, text: string, from: number): number {
  const b = breaksOf(lang);
  b.unit.lastIndex = from;
  for (let m = b.unit.exec(text); m; m = b.unit.exec(text)) if (isBreakByRegex(b, m)) return m.index;
  return text.length;
}

/**
 * Both readings agree at every position of `text`: back to 0, and back to a floor (where a break starts, as
 * dateWindows passes one), the first of the text and the last before the position.
 */
function expectSameBreaks(text: string, lang: UnLang): void {
  const b = breaksOf(lang);
  const starts = [...new Set(Array.from({ length: text.length }, (_, i) => breakStartAfterByRegex(lang, text, i)))];
  for (let i = 0; i <= text.length; i++) {
    expect(breakEndBefore(b, text, i, 0), `end before ${i}`).toBe(breakEndBeforeByRegex(lang, text, i, 0));
    const floors = [starts[0], starts.filter((s) => s <= i).at(-1)];
    for (const floor of floors)
      if (floor !== undefined && floor <= i)
        expect(breakEndBefore(b, text, i, floor), `end before ${i} from ${floor}`).toBe(
          breakEndBeforeByRegex(lang, text, i, floor),
        );
    // The forward search starts at digits (a year's), never inside a surrogate pair.
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0))
      expect(breakStartAfter(b, text, i), `start after ${i}`).toBe(breakStartAfterByRegex(lang, text, i));
  }
}

describe('break searches read by character class are those of the unit regex', () => {
  const PIECES = [
    ...['2017', '12', ' ', '  ', '\n', ',', '.', ';', '(', ')', '/', '-', '–', ':', '"', '，', '、', '。', '،', '~'],
    ...['June', 'May', 'may', 'Juneau', 'and', 'of', 'the', 'Council', 'x', 'juin', 'de', 'junio', 'июня', 'года'],
    ...['годовой', 'г', 'гг', 'حزيران/يونيه', 'نيســان', 'و', 'ب', 'عام', 'مجلس', '\u0640'],
    ...['年', '月', '日', '至', '和', '以及', '中国', '会议', '第', 'A'],
    ...['😀', '𠀀', '𝐀', '\ud800', '\udc00', '\u3000', '\u00a0', '\ufeff', 'ǅ', 'ª'],
  ];
  const strings = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));

  it('on strings built from words, breaks, surrogates and scripts, in every language', () => {
    fc.assert(
      fc.property(strings, fc.constantFrom(...UN_LANGS), (text, lang) => expectSameBreaks(text, lang)),
      { numRuns: 1500 },
    );
  });

  it('on any string, in every language', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...UN_LANGS), (text, lang) =>
        expectSameBreaks(text, lang),
      ),
      { numRuns: 1500 },
    );
  });

  it.each(UN_LANGS)('on the start of the %s dev set', (lang) => {
    const raw = readFileSync(corpusPath(`unpc-devset/UNv1.0.devset.${lang}`), 'utf8');
    expectSameBreaks(asciiDigits(normalize(raw.slice(0, 3000)).text), lang);
  });
});
