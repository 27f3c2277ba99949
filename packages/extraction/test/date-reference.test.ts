import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UN_LANGS } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { corpusPath } from '../../../test/support/corpus.js';
import { createContext } from '../src/context.js';
import { asciiDigits } from '../src/digits.js';
import { exclusionPatterns, findDates, findDateSpans, firstClasses, unmetNeeds } from '../src/date/find.js';
import { MONTHS } from '../src/date/months.js';
import { DATE_GRAMMARS } from '../src/date/grammar.js';
import { andWordBothWays, YEAR_ANCHOR, yearAnchors } from '../src/date/windows.js';
import * as reference from './reference/date/find.js';
import * as referenceParse from './reference/date/parse.js';
import { isoOf } from '../src/date/parse.js';

/**
 * The date finder was made faster (fewer regex runs per window, no regex for word lists, cheaper exclusions);
 * test/reference/date holds a frozen copy of the code before that work. Both must find exactly the same dates,
 * with the same values and offsets, on the whole bundled corpus in every grammar and on generated strings.
 */

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return corpusFiles(full);
      return e.isFile() && !e.name.endsWith('.md') && !e.name.endsWith('.ids') ? [full] : [];
    });
}

const LANGS = [...UN_LANGS, 'de'];

describe('the date finder gives what the code before the speed work gave', () => {
  const files = corpusFiles(corpusPath('.')).filter((f) => !/\.(pdf|docx?|html?)$/i.test(f));

  it('on every file of the bundled corpus, with every grammar, and as the extractor', () => {
    let dates = 0;
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      const norm = normalize(raw);
      const text = asciiDigits(norm.text);
      for (const lang of UN_LANGS) {
        const fast = findDateSpans(text, lang);
        expect(fast, `${path.basename(file)} (${lang})`).toEqual(reference.findDateSpans(text, lang));
        dates += fast.length;
      }
      const lang = /\.(ar|en|es|fr|ru|zh)$/.exec(file)?.[1] ?? (file.includes('seed') ? 'zh' : 'en');
      const ctx = createContext({ id: 'd', source: file, lang, text: raw }, norm);
      expect(findDates(ctx), path.basename(file)).toEqual(reference.findDates(ctx));
    }
    expect(dates).toBeGreaterThan(20_000);
  }, 60_000);

  // Pieces of dates in every language: digits, years, month names of each language (as the table writes them and
  // capitalised), dashes, slashes, brackets, `and`/`to` words, modifier words, resolution references and symbols.
  const months = UN_LANGS.flatMap((l) => [...MONTHS[l].keys()]);
  const words = UN_LANGS.flatMap((l) => {
    const g = DATE_GRAMMARS[l];
    return [...g.and, ...g.to, ...g.glue, ...g.since, ...g.until, ...g.early, ...g.mid, ...g.late];
  });
  const zhWords = [...DATE_GRAMMARS.zh.sinceAfter, ...DATE_GRAMMARS.zh.lateAfter, ...DATE_GRAMMARS.zh.midAfter];
  const PIECES = [
    ...['2017', '2016', '1999', '2000', '1960', '20142019', '2014-20151', '201442', '12', '13', '1', '31', '7', '0'],
    ...['05', '123', '12345', '5', '٢٠١٧', '١٢', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2028', ',', '.'],
    ...[';', '(', ')', '[', ']', '/', '-', '–', '—', ':', '"', '，', '、', '。', '،', '«', '»', '“', 'x', 'A', 'é'],
    ...months,
    ...months.map((m) => m.charAt(0).toUpperCase() + m.slice(1)),
    ...words,
    ...zhWords,
    ...['1st', '2nd', '1er', '1º', '3e', 'th', 'года', 'году', 'г.', 'гг.', '年', '月', '日', '号', '次', '第'],
    ...['2322 (2016)', '1373 (2001)', ' (2017)', 'S/2017/97', 'A/RES/70/1', 'S/RES/2322 (2016)', 'E/CN.4/2005/1'],
    ...['No. ', 'no ', '№ ', 'núm. ', 'رقم ', 'décret ', 'années ', 'los años ', 'decade of the ', ' dollars', ' долл'],
    ...['свыше ', 'около ', '29 - ', '3. ', '年代', '美元', 'resolution ', 'résolution ', 'резолюция ', 'القرار '],
    ...['\u0640', 'ــ', '😀', 'Council', 'Совет', 'مجلس', '中国', 'report', 'and/or'],
    // A month glued to a word before a year with a footnote: a window of a bare year that a year pattern reads.
    ...['XJune 2017.5', 'xseptembre 201442', 'XJune ', '.5', '42', 'a2014–20151', '2014 - 20152'],
  ];
  const strings = fc.array(fc.constantFrom(...PIECES), { maxLength: 60, size: 'max' }).map((a) => a.join(''));

  it('on strings built from date pieces, in every grammar', () => {
    fc.assert(
      fc.property(strings, fc.constantFrom(...UN_LANGS), (raw, lang) => {
        const text = asciiDigits(normalize(raw).text);
        expect(findDateSpans(text, lang)).toEqual(reference.findDateSpans(text, lang));
      }),
      { numRuns: 4000 },
    );
  });

  it('on strings built from date pieces, as the extractor of a document in any language', () => {
    fc.assert(
      fc.property(strings, fc.constantFrom(...LANGS), (raw, lang) => {
        const ctx = createContext({ id: 'd', source: 'd', lang, text: raw }, normalize(raw));
        expect(findDates(ctx)).toEqual(reference.findDates(ctx));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('in a document of another language, the English grammar reads only years near an English word', () => {
  // windows.ts anchorsNearEnglish: English dates (their words whole, or a month glued to letters before it as in
  // `XJune 2017.5`), ranges and lists whose first month stands far from the year, modifiers, bare years and
  // ranges of years, among words of other scripts, long runs of spaces or letters, and symbols.
  const english = [...MONTHS.en.keys()].map((m) => m.charAt(0).toUpperCase() + m.slice(1));
  const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
  const month = pick(english);
  const day = pick(['1', '12', '31', '1st', '23rd', '2nd']);
  const year = pick(['2014', '2017', '1999', '2020']);
  const link = pick([' and ', ' to ', ' - ', '-', ', ', ' through ', ' until ', ' or ', ' and the ']);
  const chunk = fc.oneof(
    fc
      .tuple(pick(['', 'X', 'é', 'Ж', '中', 'the ']), month, year, pick(['', '.5', '42', '.', ',']))
      .map(([g, m, y, f]) => `${g}${m} ${y}${f}`),
    fc.tuple(day, month, link, day, month, year).map(([d1, m1, c, d2, m2, y]) => `${d1} ${m1}${c}${d2} ${m2} ${y}`),
    fc.tuple(day, link, day, month, year).map(([d1, c, d2, m, y]) => `from ${d1}${c}${d2} ${m}, ${y}`),
    fc
      .tuple(pick(['since ', 'mid-', 'early ', 'late ', 'the end of ', 'until ', 'up to ', 'between ']), year)
      .map(([w, y]) => `${w}${y}`),
    fc.tuple(year, link, year).map(([a, c, b]) => `${a}${c}${b}`),
    fc.tuple(year, pick([' onwards', ' onward', '年', ' года', '/15', '年12月'])).map(([y, w]) => `${y}${w}`),
    pick([' ', '，', '。', ' de ', 'года ', 'في ', '年', 'x'.repeat(30), ' '.repeat(100), 'S/2017/97', '(2016)']),
    pick(['juin ', 'junio de ', 'июня ', 'حزيران/يونيه ', '12 月 ', '13 日', 'resolution 2322 ']),
  );
  const strings = fc.array(chunk, { maxLength: 12 }).map((a) => a.join(''));

  it('gives the dates of the reading of every year, in each language but English', () => {
    fc.assert(
      fc.property(strings, pick(['fr', 'es', 'ru', 'ar', 'zh'] as const), (raw, lang) => {
        const ctx = createContext({ id: 'd', source: 'd', lang, text: raw }, normalize(raw));
        expect(findDates(ctx)).toEqual(reference.findDates(ctx));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('token patterns are skipped only in windows without the digits they need (find.ts windowNeeds)', () => {
  const PIECES = [
    ...[
      '2017',
      '1999',
      '20142019',
      '201442',
      '2014.4',
      '2014.',
      '20151',
      '2012b',
      '12',
      '1',
      '05',
      '123',
      '7',
      ' ',
      '-',
    ],
    ...['–', ' - ', ' – ', '2014–20151', '2011-2012b', '2016 – 20172'],
    ...['.', ',', '/', 'x', 'b', '年', '月', '日', ' 月', 'June', 'juin', 'de', 'st', 'er', 'º', 'e', 'o', 'th', '\n'],
  ];
  const strings = fc.array(fc.constantFrom(...PIECES), { maxLength: 24, size: 'max' }).map((a) => a.join(''));

  it('in any window of strings of digits, dashes and what follows days and years, every grammar', () => {
    fc.assert(
      fc.property(strings, fc.constantFrom(...UN_LANGS), fc.nat(), fc.nat(), (text, lang, m, n) => {
        const [x, y] = [m, n].map((v) => v % (text.length + 1)).sort((p, q) => p - q) as [number, number];
        expect(unmetNeeds(lang, text, x, y)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('`and` words found by their places (windows.ts hasAndWord) are what the andWord regex finds', () => {
  const PIECES = [
    ...UN_LANGS.flatMap((l) => DATE_GRAMMARS[l].and),
    ...['a', 'n', 'd', 'o', 'r', 'e', 'y', 'и', 'л', 'و', '和', ' ', 'x', '😀', '\ud800', '2017', 'for', 'Or', 'AND'],
  ];
  const strings = fc.array(fc.constantFrom(...PIECES), { maxLength: 30, size: 'max' }).map((a) => a.join(''));
  const range = fc.tuple(fc.nat(), fc.nat());

  it('on ranges of strings of `and` words and their letters, in any order, every grammar', () => {
    fc.assert(
      fc.property(strings, fc.constantFrom(...UN_LANGS), fc.array(range, { maxLength: 12 }), (text, lang, raw) => {
        // Mostly in order, as dateWindows asks; fast-check's order otherwise.
        const ranges = raw.map(
          ([m, n]) => [m, n].map((v) => v % (text.length + 1)).sort((p, q) => p - q) as [number, number],
        );
        const sorted = [...ranges].sort((p, q) => p[0] - q[0]);
        for (const list of [ranges, sorted]) {
          const [byPlaces, byRegex] = andWordBothWays(lang, text, list);
          expect(byPlaces).toEqual(byRegex);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('year anchors found by their digits (windows.ts yearAnchors) are the places YEAR_ANCHOR finds', () => {
  const byRegex = (text: string) =>
    [...text.matchAll(new RegExp(YEAR_ANCHOR.source, YEAR_ANCHOR.flags))].map((m) => m.index);

  it('on every file of the bundled corpus', () => {
    let anchors = 0;
    for (const file of corpusFiles(corpusPath('.')).filter((f) => !/\.(pdf|docx?|html?)$/i.test(f))) {
      const text = asciiDigits(normalize(readFileSync(file, 'utf8')).text);
      const found = yearAnchors(text);
      expect(found, path.basename(file)).toEqual(byRegex(text));
      anchors += found.length;
    }
    expect(anchors).toBeGreaterThan(10_000);
  });

  it('on strings of digits', () => {
    const strings = fc
      .array(fc.constantFrom('1', '2', '9', '0', '19', '20', '2017', '1999', '12019', ' ', 'x', '٢'), {
        maxLength: 40,
        size: 'max',
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(strings, (text) => {
        expect(yearAnchors(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the class of all first characters (find.ts anyFirst) holds every code unit each first class holds', () => {
  it.each(UN_LANGS)('%s, every code unit of the Basic Multilingual Plane', (lang) => {
    const { any, each } = firstClasses(lang);
    const missed: number[] = [];
    let held = 0;
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      if (any.test(unit)) continue;
      if (each.some((re) => re.test(unit))) missed.push(c);
    }
    for (let c = 0; c < 0x10000; c++) if (each.some((re) => re.test(String.fromCharCode(c)))) held++;
    expect(missed).toEqual([]);
    expect(held).toBeGreaterThan(5);
  });
});

describe('exclusion patterns are skipped only in windows that no match of theirs overlaps (their `near` tests)', () => {
  const PIECES = [
    ...['2017', '1960', '2322', '12', '7', ' ', '  ', '\n', '\r', '\u2028', '(', ')', ' (', '/', '.', '-', ',', 'x'],
    ...['S', 'A', 'E', 'ST', 'CEDAW', 'RES', 'PRST', 'Add', 'L.1', 'CN.4', 'and/or', 'S/2017/97', 'A/RES/70/1'],
    ...['2322 (2016)', 'S/RES/2322 (2016)', '(2016)', 'No.', 'No', 'no', 'n°', 'Nº', '№', 'núm.', 'رقم', 'Decreto'],
    ...['décret', 'Decree', 'années ', 'décennie ', 'década de ', 'los años ', 'decade of the ', 'свыше ', 'около '],
    ...[
      'dollars',
      'dólares',
      'دولار',
      '美元',
      'euros',
      'евро',
      'долл',
      '年代',
      '第',
      '号',
      '次',
      '29 - ',
      '3. ',
      'год',
    ],
  ];
  const strings = fc.array(fc.constantFrom(...PIECES), { maxLength: 24, size: 'max' }).map((a) => a.join(''));

  it('on strings of symbols, numbers with a year, number words and line breaks, any window', () => {
    fc.assert(
      fc.property(strings, fc.nat(), fc.nat(), (text, m, n) => {
        const [x, y] = [m, n].map((v) => v % (text.length + 1)).sort((p, q) => p - q) as [number, number];
        if (x === y) return;
        for (const { re, near } of exclusionPatterns) {
          if (!near || near(text, x, y)) continue;
          // Every match at every place (a scan from anywhere finds some of them), against the whole text: the
          // pieces exclusionsNear reads keep two characters before them, all the look-behinds read.
          const sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
          for (let p = 0; p < text.length; p++) {
            sticky.lastIndex = p;
            const found = sticky.exec(text);
            if (found) expect(p >= y || p + found[0].length <= x, `${re.source.slice(0, 20)} at ${p}`).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('calendar days counted by month lengths (parse.ts isCalendarDay) are those the Date object says', () => {
  it('for every year 1890-2110, month -1 to 14 and day -2 to 40, and odd values', () => {
    const parts = [];
    for (let y = 1890; y <= 2110; y++)
      for (let m = -1; m <= 14; m++) for (let d = -2; d <= 40; d++) parts.push({ y, m, d }, { y, m });
    parts.push({ y: NaN, m: 2, d: 3 }, { y: 2017, m: NaN, d: 3 }, { y: 2017, m: 2, d: NaN }, { y: 50, m: 2, d: 3 });
    parts.push(
      { y: 2017.5, m: 2, d: 3 },
      { y: 2017, m: 2, d: 3.5 },
      { y: 2017, m: 2.5, d: 3 },
      { y: 99999, m: 1, d: 1 },
    );
    const differ = parts.filter((p) => JSON.stringify(isoOf(p)) !== JSON.stringify(referenceParse.isoOf(p)));
    expect(differ).toEqual([]);
    expect(parts.filter((p) => isoOf(p)?.precision === 'day').length).toBeGreaterThan(80_000);
  });
});
