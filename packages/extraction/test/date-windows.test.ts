import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UN_LANGS } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { corpusPath } from '../../../test/support/corpus.js';
import { asciiDigits } from '../src/digits.js';
import { bareYear, bracketedYear, findDateSpans, findDateSpansWhole, gapBothWays } from '../src/date/find.js';
import { dateWindows } from '../src/date/windows.js';
import { mayBeNotAYear, NOT_A_YEAR, NUMBER_WITH_YEAR } from '../src/date/patterns.js';

/**
 * findDateSpans runs the grammar only on windows around year digits (src/date/windows.ts); findDateSpansWhole is
 * the plain reading over every stretch of text with a year. They must find exactly the same dates.
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

const textOf = (raw: string) => asciiDigits(normalize(raw).text);

describe('dates found in windows are the dates of the whole-text reading', () => {
  const files = corpusFiles(corpusPath('.')).filter((f) => !/\.(pdf|docx?|html?)$/i.test(f));

  it('reads enough of the bundled corpus to mean something', () => {
    expect(files.length).toBeGreaterThan(900);
  });

  it('on every file of the bundled corpus, with every language grammar', () => {
    let dates = 0;
    for (const file of files) {
      const text = textOf(readFileSync(file, 'utf8'));
      for (const lang of UN_LANGS) {
        const fast = findDateSpans(text, lang);
        expect(fast, `${path.basename(file)} (${lang})`).toEqual(findDateSpansWhole(text, lang));
        dates += fast.length;
      }
    }
    // Thousands of dates, not an empty agreement.
    expect(dates).toBeGreaterThan(20_000);
  }, 60_000);

  it('the windows read a small part of the dev set', () => {
    const text = textOf(readFileSync(corpusPath('unpc-devset/UNv1.0.devset.en'), 'utf8'));
    const windows = dateWindows(text, 'en');
    const read = windows.reduce((n, [a, b]) => n + b - a, 0);
    expect(read / text.length).toBeLessThan(0.1);
    // In order, apart, inside the text.
    windows.forEach(([a, b], k) => {
      expect(a).toBeLessThan(b);
      expect(a).toBeGreaterThanOrEqual(k === 0 ? 0 : (windows[k - 1]?.[1] ?? 0));
      expect(b).toBeLessThanOrEqual(text.length);
    });
  });

  // Fragments of dates in every language, the words around them, and what breaks or excludes them.
  const FRAGMENTS = [
    ...['2017', '2016', '1999', '20142019', '2014-20151', '2011-2012b', '201442', '12', '13', '1', '31', '7', '0'],
    ...[' ', ' ', ' ', '  ', '\n', '\n\n', ',', '.', ';', '(', ')', '/', '-', '–', ':', '"', '，', '、', '。', '،'],
    ...['June', 'December', 'May', 'may', 'Juneau', 'juin', 'décembre', 'junio', 'de', 'del', 'el', 'le', 'du'],
    ...['июня', 'декабря', 'года', 'году', 'годовой', 'г.', 'гг.', 'с', 'по', 'и', 'в'],
    ...['حزيران/يونيه', 'حزيران/ يونيه', 'وآب/أغسطس', 'بأيار/مايو', 'نيســان', 'عام', 'و', 'منذ', 'إلى'],
    ...['年', '月', '日', '至', '和', '以来', '年中', '底', '自', '第', '号决议', '次会议', '个月', '中国'],
    ...['and', 'or', ', and', 'to', 'from', 'the', 'of', 'since', 'until', 'mid-', 'early', 'the end of'],
    ...['et', 'au', 'depuis', 'fin', 'mi-', 'y', 'al', 'desde', 'finales de', 'начале', 'середине'],
    ...['1st', '1er', '1º', 'th', 'Council', 'Совет', 'مجلس', 'adopted', 'report'],
    ...['2322 (2016)', 'S/2017/97', 'A/RES/70/1', 'No. ', 'no ', '№ ', '第 ', ' 号', '年代', 'années ', 'dollars'],
    ...['долл', 'свыше ', '29 - ', '1960', 'décennie ', '😀', '\u0640', '\u3000', '\u00a0'],
  ];
  const fragments = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((a) => a.join(''));

  it('on strings built from date fragments, in every language', () => {
    fc.assert(
      fc.property(fragments, fc.constantFrom(...UN_LANGS), (raw, lang) => {
        const text = textOf(raw);
        expect(findDateSpans(text, lang)).toEqual(findDateSpansWhole(text, lang));
      }),
      { numRuns: 3000 },
    );
  });

  // Years alone between white space, next to breaks, exclusions and the look-arounds of the year patterns: the
  // windows that take the bare-year path (find.ts bareYear), and their near misses.
  const NEAR_BARE = [
    ...['2017', '1999', '2014', '20142019', '42', '7', ' ', '  ', '\t', '\r\n', '\n', '\u00a0', '\u3000'],
    ...['(', ')', '.', ',', '-', '–', '/', 'S/', '.42', 'b', 'x', 'xSeptember ', 'September ', 'septembre ', 'de '],
    ...['1373 ', 'No. ', 'années ', 'dollars', '年', '月', '2014-', '2014 - ', 'Lu-', 'A', 'года', 'г.', ',5', '٢٠١٧'],
    ...['الحادي عشر ', 'الأول ', 'من ', 'آب/أغسطس ', 'الحادي والعشرين '],
    ...['约', '名', '人口', '多年', ' человек', 'Около ', '公里'],
  ];
  const nearBare = fc.array(fc.constantFrom(...NEAR_BARE), { maxLength: 40 }).map((a) => a.join(''));

  it('bare years take the fast path on the corpus', () => {
    const text = textOf(readFileSync(corpusPath('unpc-devset/UNv1.0.devset.zh'), 'utf8'));
    const windows = dateWindows(text, 'en');
    const bare = windows.filter(([a, b]) => bareYear(text, a, b)).length;
    expect(bare / windows.length).toBeGreaterThan(0.5);
  });

  it('on strings of years, white space and what stands next to a bare year, in every language', () => {
    fc.assert(
      fc.property(nearBare, fc.constantFrom(...UN_LANGS), (raw, lang) => {
        const text = textOf(raw);
        expect(findDateSpans(text, lang)).toEqual(findDateSpansWhole(text, lang));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('bracketed years are told without the exclusion pattern (find.ts bracketedYear)', () => {
  // Numbers of every length before a bracketed year, what may stand before them, and near misses.
  const PIECES = [
    ...['2001', '1999', '2016', '1', '12', '373', '1373', '12345', '7 ', ' ', '(', ')', '( ', ' )', '  '],
    ...['.', ',', '+', '-', '/', 'x', 'S/', '第', '、', '号', '\n', '\u00a0', 'resolution ', '٢٠١٧'],
  ];
  const piece = fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((a) => a.join(''));
  // A number and a bracketed year, each part there or not, between pieces.
  const maybe = (s: string) => fc.constantFrom(s, '');
  const strings = fc
    .tuple(
      fc.array(
        fc.tuple(
          piece,
          fc.constantFrom('', '1', '12', '373', '1373', '12345', '1,373', '+1', '.5'),
          maybe(' '),
          maybe('('),
          maybe(' '),
          fc.constantFrom('2001', '1999', '2016'),
          maybe(' '),
          maybe(')'),
        ),
        { maxLength: 4 },
      ),
      piece,
    )
    .map(([parts, end]) => asciiDigits(parts.map((p) => p.join('')).join('') + end));

  /** The matches of NUMBER_WITH_YEAR over the whole text, as the exclusions find them: where their `(` is, and end. */
  const numbersWithYear = (text: string) =>
    [...text.matchAll(new RegExp(NUMBER_WITH_YEAR.source, 'g'))].map((m) => [
      m.index + m[0].indexOf('('),
      m.index + m[0].length,
    ]);

  // (A year may also be the number of a match, `2001 (2002)`: its window runs the patterns, as before.)
  it('says yes exactly where a bare-year window holds the bracketed year of a match of the pattern', () => {
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(strings, fc.constantFrom(...UN_LANGS), (text, lang) => {
        expect(findDateSpans(text, lang)).toEqual(findDateSpansWhole(text, lang));
        const spans = numbersWithYear(text);
        for (const [x, y] of dateWindows(text, 'en')) {
          if (!bareYear(text, x, y)) continue;
          const d = x + (/\d/.exec(text.slice(x, y))?.index ?? 0);
          const inside = spans.some(([paren, end]) => (paren ?? 0) < d && d + 4 <= (end ?? 0));
          expect(bracketedYear(text, x, y), JSON.stringify(text.slice(Math.max(0, x - 12), y + 3))).toBe(inside);
          if (inside) yes++;
          else no++;
        }
      }),
      { numRuns: 5000 },
    );
    // Both answers were asked for, many times.
    expect(Math.min(yes, no)).toBeGreaterThan(500);
  });

  it('on the Security Council resolutions, four in ten windows are such a year, and the dates are unchanged', () => {
    const dir = corpusPath('cr-unsc-resolutions-en');
    let windows = 0;
    let bracketed = 0;
    for (const file of readdirSync(dir).sort().slice(0, 200)) {
      const text = textOf(readFileSync(path.join(dir, file), 'utf8'));
      for (const [x, y] of dateWindows(text, 'en')) {
        windows++;
        if (bareYear(text, x, y) && bracketedYear(text, x, y)) bracketed++;
      }
      expect(findDateSpans(text, 'en'), file).toEqual(findDateSpansWhole(text, 'en'));
    }
    expect(bracketed / windows).toBeGreaterThan(0.35);
  });

  it('a long list of resolutions is read as fast as prose (no window of the list runs a pattern)', () => {
    // `第1373(2001)、` over and over: each year is a window of its own. Before bracketedYear the exclusion
    // patterns ran on every one (about 1.5 MB/s against about 20 for the resolutions).
    const text = '第1373(2001)、'.repeat(5000);
    const found = findDateSpans(text, 'zh');
    expect(found).toEqual([]);
    expect(dateWindows(text, 'zh').every(([x, y]) => bareYear(text, x, y) && bracketedYear(text, x, y))).toBe(true);
  });
});

describe('gaps and `and` words read without their regexes (find.ts isGap, hasAndWord) are what the regexes say', () => {
  const PIECES = [
    ...['of', 'the', 'from', 'between', 'on', 'du', 'de', 'del', 'entre', 'le', 'les', 'el', 'los', 'días'],
    ...['с', 'в', 'месяца', 'عام', 'العام', 'لعام', 'في', 'من', 'يومي', 'بين', '于', '在', 'and', 'or', 'et', 'ou'],
    ...['y', 'e', 'o', 'и', 'или', 'و', '和', '及', '以及', ' ', '  ', '\n', '\u00a0', '\u3000', ',', 'x', 'é', '1'],
    ...['😀', '𝐀', '\ud800', '\udc00', '\u0640', 'ofthe', 'dela'],
  ];
  const strings = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((a) => a.join(''));

  it('on strings of glue words, `and` words, spaces and their neighbours, any slice, every grammar', () => {
    fc.assert(
      fc.property(strings, fc.constantFrom(...UN_LANGS), fc.nat(), fc.nat(), (text, lang, m, n) => {
        const [a, b] = [m, n].map((v) => v % (text.length + 1)).sort((p, q) => p - q) as [number, number];
        const both = gapBothWays(lang, text, a, b);
        expect(both.gap[0]).toBe(both.gap[1]);
        expect(both.and[0]).toBe(both.and[1]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('mayBeNotAYear passes every piece where NOT_A_YEAR matches', () => {
  const PIECES = [
    ...[
      '2017',
      '1960',
      '1990',
      '12',
      '7',
      ' ',
      '\n',
      '\r',
      '\u2028',
      '-',
      '.',
      '年代',
      '年',
      '第',
      '号',
      '次',
      '29 - ',
      '3. ',
    ],
    ...['années ', 'décennie ', 'década de ', 'los años ', 'decade of the ', 'No.', 'No', 'no', 'n°', 'Nº', '№'],
    ...['núm.', 'رقم', 'Decreto', 'décret', 'Decree', 'dollars', 'dólares', 'دولار', '美元', 'euros', 'евро', 'долл'],
    ...['свыше ', 'более ', 'около ', 'почти ', 'примерно ', 'порядка ', 'год', 'г.', 'x', 'A', '(', '،'],
    ...[
      'Около ',
      'Свыше ',
      '约',
      '近',
      '超过',
      '多达',
      '名',
      '名单',
      '人',
      '人口',
      '多',
      '多年',
      '余',
      '余额',
      '万',
      '公里',
    ],
    ...['平方', '吨', '美元', 'человек', 'беженцев', 'домохозяйств', 'км', 'кмх', 'тонн', 'жителей'],
  ];
  const strings = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((a) => a.join(''));

  it('next to each word of its alternatives, with a space or not, on either side of a year', () => {
    const WORDS = [
      ...['années', 'décennie', 'década de', 'los años', 'decade of the', 'No.', 'No', 'no', 'n°', 'Nº', '№', 'núm.'],
      ...['رقم', 'Decreto', 'decreto', 'Décret', 'décret', 'Decree', 'decree', 'долл', 'dollars', 'dólares', 'دولار'],
      ...['美元', 'euros', 'евро', 'свыше', 'более', 'около', 'почти', 'примерно', 'порядка', 'Свыше', 'Более'],
      ...['Около', 'Почти', 'Примерно', 'Порядка', '年代', '第', '号', '次', '名', '人', '户', '个', '多', '余', '万'],
      ...['千', '亿', '公里', '公顷', '平方', '吨', 'человек', 'беженцев', 'военнослужащих', 'домохозяйств', 'семей'],
      ...['детей', 'женщин', 'жителей', 'солдат', 'сотрудников', 'тонн', 'гектаров', 'км', '约', '近', '逾', '超过'],
      ...['大约', '将近', '多达'],
    ];
    const re = new RegExp(NOT_A_YEAR.source, NOT_A_YEAR.flags);
    let matched = 0;
    for (const w of WORDS)
      for (const year of ['1960', '2017'])
        for (const text of [`x ${w} ${year} x`, `x ${w}${year} x`, `x ${year} ${w} x`, `x ${year}${w} x`]) {
          re.lastIndex = 0;
          if (!re.exec(text)) continue;
          matched++;
          expect(mayBeNotAYear(text, 0, text.length), text).toBe(true);
        }
    // Every word takes part in some match (the list is the pattern's).
    expect(matched).toBeGreaterThanOrEqual(WORDS.length);
  });

  it('on strings of its words, digits and line breaks, any piece', () => {
    const re = new RegExp(NOT_A_YEAR.source, NOT_A_YEAR.flags);
    fc.assert(
      fc.property(strings, fc.nat(), fc.nat(), (text, m, n) => {
        const [from, to] = [m, n].map((v) => v % (text.length + 1)).sort((p, q) => p - q) as [number, number];
        // As piecesMatches runs it: two characters before the piece for the look-behinds.
        const context = Math.max(0, from - 2);
        re.lastIndex = from - context;
        if (re.exec(text.slice(context, to))) expect(mayBeNotAYear(text, from, to)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
