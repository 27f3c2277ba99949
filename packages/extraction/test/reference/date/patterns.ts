import type { UnLang } from '@untk/core';
import { SYMBOL } from '../../../src/symbol/patterns.js';
import { DATE_GRAMMARS } from '../../../src/date/grammar.js';
import { MONTHS } from '../../../src/date/months.js';

/** What a token of a date mention is. */
export type TokenKind =
  | 'Y' // a year, 1900-2099
  | 'YY' // two years run together, a range whose dash was lost (`20142019`)
  | 'M' // a month (name, or `12 月`)
  | 'D' // a day marked as one (`13 日`, `1st`, `1er`)
  | 'N' // a bare number 1-31 that may be a day (or, in Chinese, a month) when a list or range says so
  | 'and'
  | 'to'
  | 'since'
  | 'sinceAfter'
  | 'until'
  | 'early'
  | 'mid'
  | 'late'
  | 'earlyAfter'
  | 'midAfter'
  | 'lateAfter';

export interface TokenPattern {
  kind: TokenKind;
  re: RegExp;
  /** Every match holds a letter, or looks behind at one: no match in a text without letters. */
  letter: boolean;
  /** For a list of words: one of their first characters (no match starts anywhere else). */
  first?: RegExp;
}

/** A word of a list, and whether word() wants no letter or digit right before it (left) and right after it. */
export interface BoundedWord {
  text: string;
  left: boolean;
  right: boolean;
}

const hasLetter = (w: string) => /\p{L}/u.test(w);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that `la fin de` wins over `fin`. */
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
// Not after a letter or digit: the left boundary of a word.
const LEFT = String.raw`(?<![\p{L}\p{N}])`;
/**
 * Words not inside longer words: a boundary on each side that is a letter or digit (not for CJK).
 * The words that need a left boundary share one look-behind in front of their group: a look-behind at the
 * head of every alternative keeps the engine from scanning for first characters (four times slower). The
 * match is the same, since alternatives that may match at one place start with the same character and so
 * fall in the same group, in the same order (checked; otherwise every word keeps its own look-behind).
 */
const word = (words: readonly string[]) => {
  const bounded: string[] = [];
  const free: string[] = [];
  const all: string[] = [];
  const firstOf = { bounded: new Set<string>(), free: new Set<string>() };
  for (const { text: w, left, right: r } of boundedWords(words)) {
    const right = r ? String.raw`(?![\p{L}\p{N}])` : '';
    (left ? bounded : free).push(`${escape(w)}${right}`);
    all.push(`${left ? LEFT : ''}${escape(w)}${right}`);
    firstOf[left ? 'bounded' : 'free'].add(String.fromCodePoint(w.codePointAt(0) ?? 0));
  }
  if ([...firstOf.bounded].some((c) => firstOf.free.has(c))) return all.join('|');
  return [...(bounded.length ? [`${LEFT}(?:${bounded.join('|')})`] : []), ...free].join('|');
};
/**
 * The words of a list as word() matches them: longest first, each with a boundary on a side where it starts or
 * ends with a letter or digit (not for CJK). At one place its pattern matches the first of them that fits there
 * with its boundaries: with a look-behind shared by a group, the words of the other group start with other
 * characters, so they cannot fit at that place.
 */
export function boundedWords(words: readonly string[]): BoundedWord[] {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => {
      const han = /\p{Script=Han}/u.test(w);
      return { text: w, left: !han && /^[\p{L}\p{N}]/u.test(w), right: !han && /[\p{L}\p{N}]$/u.test(w) };
    });
}

// Letters of alphabetic scripts and digits: a year or number touching one is part of something else.
const ALNUM = String.raw`A-Za-z\u00C0-\u024F\u0400-\u04FF\p{N}`;

/**
 * A year 1900-2099 standing alone: `2017`, `2013 году`, `2017 年`. Not in `S/2017/97`, `2015/16`, `7364th`,
 * `2,017`, `2015-го`, `ПП-2085`.
 */
function yearPattern(suffix: readonly string[]): RegExp {
  const sfx = suffix.length ? `(?: ?(?:${alt(suffix)}))?` : '';
  return new RegExp(String.raw`(?<![${ALNUM}/.]|\d[,.]|\p{Lu}-)(?:19|20)\d\d(?![${ALNUM}/]|[.,]\d|-\p{L})${sfx}`, 'gu');
}

// (Added to the reference with the same change to src: a look-ahead of the word pattern, not a fast path.)
const NOT_BEFORE: Partial<Record<UnLang, Partial<Record<TokenKind, string>>>> = { zh: { earlyAfter: '(?!步)' } };

/** The token patterns of one language; tokens from several patterns are merged, longest first at one place. */
export function tokenPatterns(lang: UnLang): TokenPattern[] {
  const g = DATE_GRAMMARS[lang];
  const out: TokenPattern[] = [{ kind: 'Y', re: yearPattern(g.yearSuffix), letter: false }];
  // Two years run together where a dash was lost in extraction (`20142019` for `2014-2019`); checked in find.
  out.push({
    kind: 'YY',
    re: new RegExp(String.raw`(?<![${ALNUM}/.])(?:19|20)\d\d(?:19|20)\d\d(?![${ALNUM}/])`, 'gu'),
    letter: false,
  });
  // The second year of a range with a footnote glued to it (`2014-20151`, `2011-2012b`). The look-behind
  // comes after the year it ends with, so that the engine scans for the year's digits first.
  out.push({
    kind: 'Y',
    re: /(?:19|20)\d\d(?<=(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d)(?=[\da-z](?![\p{L}\p{N}]))/gu,
    letter: false,
  });
  if (lang === 'zh') {
    // `12 月`, not `12 个月` (a duration) and not the end of a longer number (`112 月`).
    out.push({ kind: 'M', re: /(?<!\d)(?:1[0-2]|0?[1-9]) ?月/gu, letter: true });
    // `13 日`, not `7 天` (a duration).
    out.push({ kind: 'D', re: /(?<!\d)(?:3[01]|[12]\d|0?[1-9]) ?日/gu, letter: true });
  } else {
    const names = [...MONTHS[lang].keys()];
    const prefix = lang === 'ar' ? '[وبل]?' : '';
    // Arabic may glue a month to the number before it (`١٣-١٧نيسان/أبريل`).
    const before = lang === 'ar' ? String.raw`(?<![\p{L}])` : String.raw`(?<![\p{L}\p{N}])`;
    const flags = g.caseSensitiveMonths ? 'gu' : 'giu';
    const forms = g.caseSensitiveMonths ? names.map((n) => n.charAt(0).toUpperCase() + n.slice(1)) : names;
    // A month name as a whole word (`June`, `juin`, `июня`, `حزيران/يونيه`, with Arabic `و`/`ب`/`ل` before it).
    // Arabic pairs may have a space after the slash (`حزيران/ يونيه`).
    // Arabic may stretch a word with tatweel (`نيســان`).
    const months = alt(forms)
      .replaceAll('/', ' ?/ ?')
      .replace(/[\u0621-\u064A]/g, (c) => (lang === 'ar' ? `${c}\u0640*` : c));
    // English keeps the comma of `11-24 February, 2014`.
    const monthComma = lang === 'en' ? String.raw`(?:,(?= (?:19|20)\d\d))?` : '';
    out.push({
      kind: 'M',
      re: new RegExp(String.raw`${before}${prefix}(?:${months})(?![\p{L}\p{N}])${monthComma}`, flags),
      letter: true,
    });
    // A year after a month name with a footnote number glued to it (`September 2014.42`, `septembre 201442`).
    // The look-behind (month, space, this year) comes after the year, so that the scan is for digits.
    out.push({
      kind: 'Y',
      re: new RegExp(
        String.raw`(?:19|20)\d\d(?<=(?:${months})(?: de)? (?:19|20)\d\d)(?=\.?\d{1,2}(?![\p{N}/]))`,
        flags,
      ),
      letter: true,
    });
    if (g.daySuffix.length) {
      // `1st`, `1er`: a day number with its ordinal ending.
      out.push({
        kind: 'D',
        re: new RegExp(
          String.raw`(?<![${ALNUM}.,/])(?:3[01]|[12]\d|0?[1-9])(?:${alt(g.daySuffix)})(?![\p{L}\p{N}])`,
          'gu',
        ),
        letter: g.daySuffix.every(hasLetter),
      });
    }
    // (Added to the reference with the same change to src: a token of the grammar, not a fast path.)
    if (g.dayWords.length) {
      // A day written as a word (`الحادي عشر`, the eleventh), whole.
      out.push({
        kind: 'D',
        re: new RegExp(String.raw`(?<![\p{L}])(?:${alt(g.dayWords.map(([w]) => w))})(?![\p{L}])`, 'gu'),
        letter: true,
      });
    }
  }
  // A bare number 1-31 (`12` in `12 and 13 December`); English keeps the comma of `June 27, 2011`.
  const comma = lang === 'en' ? String.raw`(?:,(?= (?:19|20)\d\d))?` : '';
  out.push({
    kind: 'N',
    re: new RegExp(String.raw`(?<![${ALNUM}.,/])(?:3[01]|[12]\d|0?[1-9])${comma}(?![${ALNUM}/]|[.,]\d)`, 'gu'),
    letter: false,
  });
  const words: Array<[TokenKind, readonly string[]]> = [
    ['and', g.and],
    ['to', g.to],
    ['since', g.since],
    ['sinceAfter', g.sinceAfter],
    ['until', g.until],
    ['early', g.early],
    ['mid', g.mid],
    ['late', g.late],
    ['earlyAfter', g.earlyAfter],
    ['midAfter', g.midAfter],
    ['lateAfter', g.lateAfter],
  ];
  for (const [kind, list] of words) {
    if (!list.length) continue;
    const first = new RegExp(
      `[${[...new Set(list.map((w) => w.charAt(0)))].map((c) => c.replace(/[\\\][^-]/g, '\\$&')).join('')}]`,
    );
    out.push({
      kind,
      re: new RegExp(`(?:${word(list)})${NOT_BEFORE[lang]?.[kind] ?? ''}`, 'gu'),
      letter: list.every(hasLetter),
      first,
    });
  }
  // Arabic writes `و` (and) joined to the next number: `24 و25 تشرين الأول/أكتوبر`.
  if (lang === 'ar') out.push({ kind: 'and', re: /(?<![\p{L}\p{N}])و(?=\d)/gu, letter: true });
  return out;
}

/** Every word of `lang`'s date grammar and every month name: what a token of the grammar can hold besides digits. */
export function grammarWords(lang: UnLang): string[] {
  const g = DATE_GRAMMARS[lang];
  return [
    ...g.and,
    ...g.to,
    ...g.glue,
    ...g.yearSuffix,
    ...g.daySuffix,
    ...g.dayWords.map(([w]) => w),
    ...g.since,
    ...g.sinceAfter,
    ...g.until,
    ...g.early,
    ...g.mid,
    ...g.late,
    ...g.earlyAfter,
    ...g.midAfter,
    ...g.lateAfter,
    ...MONTHS[lang].keys(),
  ];
}

/**
 * Sentence marks (those that stop a year being lent across them, see find.ts) that no token of `lang`'s grammar
 * contains: neither a word of the grammar, nor a month name, nor the patterns' own characters (digits, spaces,
 * `/`, `,`, tatweel, `و`). Between two tokens one of them also ends a run (it is no gap). So the text splits at
 * them into stretches whose tokens do not depend on each other; stretches without a year hold no date.
 */
export function cutPattern(lang: UnLang): RegExp {
  const words = grammarWords(lang).join('');
  // One of the marks (a character class of them, escaped).
  return new RegExp(
    `[${[...'.;!?。；！？']
      .filter((c) => !words.includes(c))
      .map(escape)
      .join('')}]`,
    'g',
  );
}

/** A coordinating word of the language (not a comma): `and`, `et`, `y`, `и`, `و`, `和`. */
export function andWordPattern(lang: UnLang): RegExp {
  const words = DATE_GRAMMARS[lang].and.filter((w) => /[\p{L}]/u.test(w));
  return new RegExp(word(words), 'u');
}

/** The coordinating words of andWordPattern, as boundedWords gives them (the date finder reads them itself). */
export function andWordList(lang: UnLang): BoundedWord[] {
  return boundedWords(DATE_GRAMMARS[lang].and.filter((w) => /[\p{L}]/u.test(w)));
}

/** The glue words of gapPattern, as boundedWords gives them (the date finder reads them itself). */
export function glueWordList(lang: UnLang): BoundedWord[] {
  return boundedWords(DATE_GRAMMARS[lang].glue);
}

/** What may stand between two tokens of one mention: spaces and the language's glue words (`de`, `عام`). */
export function gapPattern(lang: UnLang): RegExp {
  const glue = DATE_GRAMMARS[lang].glue;
  return glue.length ? new RegExp(String.raw`^(?:\s|${word(glue)})*$`, 'u') : /^\s*$/u;
}

/**
 * Spans where no date may be: `2322 (2016)` after any resolution word in any language, and document symbols.
 * Matches the number and its bracketed year; not a year in brackets alone (`(2017 年 2 月)`), nor after the
 * thousands of a number (`61,777 (2014)`).
 */
export const NUMBER_WITH_YEAR = /(?<![\d.,+]|\d )\d{1,4} ?\( ?\d{4} ?\)/g;

/**
 * Other numbers that look like years but are not: numbers (`no 2085`, `第 2085 号`), decades (`1960 年代`, `années 1960`, `década de 1960`),
 * amounts (`2000 долл.`, `2000 dollars`, `свыше 2000 человек`), numbered paragraphs at the start of a line (`29 - في 15 آذار/مارس`).
 * Counts: Chinese and Russian write numbers of four digits without a separator, so `约2000名难民`, `2000多名`,
 * `2000 公里` and `2000 человек` are counts, not years (English, French and Spanish write `2,000`, `2 000`, `2.000`).
 * The look-aheads keep the years of `2010人口普查` (a census) and `2014-2017多年期` (multi-year).
 */
export const NOT_A_YEAR =
  /\d{4} ?年代|(?<![\p{L}])(?:années|décennie|década de|los años|decade of the) \d{3}0(?!\d)|(?:No\.?|no|n°|Nº|№|núm\.|رقم|[Dd]ecreto|[Dd]écret|[Dd]ecree) ?\d{4}|第 ?\d{4} ?(?:号|次)|\d{4} (?:долл|dollars|dólares|دولار|美元|euros|евро)|(?<![\p{L}])(?:[Сс]выше|[Бб]олее|[Оо]коло|[Пп]очти|[Пп]римерно|[Пп]орядка) \d{4}(?! ?(?:год|г\.))|\d{4} ?(?:名(?!单|称)|人(?!口|权)|户(?!口)|个|多(?!年|边|方|样)|余(?!额)|万|千|亿|公里|公顷|平方|吨|美元)|\d{4} (?:человек|беженц|военнослужащ|домохозяйств|семей|детей|женщин|жителей|солдат|сотрудник|тонн|гектар|км(?![\p{L}]))|(?:约|近|逾|超过|大约|将近|多达) ?\d{4}(?!\d| ?年)|^ *\d{1,3} ?(?:-|\.)(?= \D)/gmu;

/**
 * Can NOT_A_YEAR match in text[from, to) (run from `from`)? A cheap test for pieces around years, most of which it
 * matches nowhere: keep it in step with the pattern. Every match of its alternatives but the last holds four
 * digits at some d, with, in the same order: `年` at d+4 or d+5; one of the decade words and a space right before
 * d; a number word (and a space) right before d; `第` at d-1 or d-2; a space and a currency word at d+4; one of
 * the amount words and a space right before d; a Chinese counting word (by its first character) at d+4 or d+5;
 * a space and a Russian counted noun at d+4; a Chinese amount word, and a space or not, right before d. The last
 * alternative starts at a line start (`from` after a line break or at 0, or after a line break inside the piece)
 * with spaces, one to three digits, a space or not, and `-` or `.`.
 */
export function mayBeNotAYear(text: string, from: number, to: number): boolean {
  const before = text.charCodeAt(from - 1);
  if ((from === 0 || isLineBreak(before)) && numberedLineAt(text, from, to)) return true;
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c) && numberedLineAt(text, i + 1, to)) return true;
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run >= 4 && fourDigitsMayBeNotAYear(text, i - 3)) return true;
  }
  return false;
}

const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** Does the last alternative's `^ *\d{1,3} ?(?:-|\.)` fit at the line start `i`, before `to`? */
function numberedLineAt(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && text.charCodeAt(j) === 32) j++;
  const digits = j;
  while (j < to && j - digits < 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === digits) return false;
  // The pattern may take fewer digits than there are: it matches only if a mark comes right after some of them.
  for (let k = digits + 1; k <= j; k++) {
    const c = text.charCodeAt(k) === 32 ? text.charCodeAt(k + 1) : text.charCodeAt(k);
    if (c === 45 || c === 46) return true;
  }
  return false;
}
// The words of NOT_A_YEAR's alternatives: decades and amounts before a space and the digits, numbers before the
// digits (with a space or not), currencies after a space after them.
const DECADE_WORDS = ['années', 'décennie', 'década de', 'los años', 'decade of the'];
const AMOUNT_WORDS = ['свыше', 'более', 'около', 'почти', 'примерно', 'порядка'].flatMap((w) => [
  w,
  w.charAt(0).toUpperCase() + w.slice(1),
]);
// Chinese words of amount right before the digits, with a space or not (`约2000名`).
const ZH_AMOUNT_WORDS = ['约', '近', '逾', '超过', '大约', '将近', '多达'];
// Chinese counting words and units right after the digits, with a space or not (`2000名`, `2000 公里`), by their
// first characters (the pattern holds the look-aheads that keep `2010人口普查`, a census, a year).
const ZH_COUNTED_FIRST = new Set(Array.from('名人户个多余万千亿公平吨美', (c) => c.charCodeAt(0)));
// Russian counted nouns after a space (`2000 человек`).
const RU_COUNTED_WORDS = ['человек', 'беженц', 'военнослужащ', 'домохозяйств', 'семей', 'детей', 'женщин'].concat([
  'жителей',
  'солдат',
  'сотрудник',
  'тонн',
  'гектар',
  'км',
]);
const NUMBER_WORDS = ['No.', 'No', 'no', 'n°', 'Nº', '№', 'núm.', 'رقم'];
const DECREE_WORDS = ['Decreto', 'decreto', 'Décret', 'décret', 'Decree', 'decree'];
// The words that may stand right before the digits: with their space, and number words without one.
const WORDS_SPACE_BEFORE = [...DECADE_WORDS, ...AMOUNT_WORDS, ...NUMBER_WORDS, ...DECREE_WORDS, ...ZH_AMOUNT_WORDS].map(
  (w) => `${w} `,
);
const WORDS_BEFORE = [...NUMBER_WORDS, ...DECREE_WORDS, ...ZH_AMOUNT_WORDS];
// Words after a space after the digits: currencies and counted nouns.
const CURRENCY_WORDS = ['долл', 'dollars', 'dólares', 'دولار', '美元', 'euros', 'евро', ...RU_COUNTED_WORDS];

/** The tests of mayBeNotAYear around four digits at d. */
function fourDigitsMayBeNotAYear(text: string, d: number): boolean {
  const after = text.charCodeAt(d + 4);
  if (after === 0x5e74 || (after === 32 && text.charCodeAt(d + 5) === 0x5e74)) return true; // 年
  if (text.charCodeAt(d - 1) === 0x7b2c || text.charCodeAt(d - 2) === 0x7b2c) return true; // 第
  if (ZH_COUNTED_FIRST.has(after === 32 ? text.charCodeAt(d + 5) : after)) return true;
  for (const w of WORDS_SPACE_BEFORE) if (text.startsWith(w, d - w.length)) return true;
  for (const w of WORDS_BEFORE) if (text.startsWith(w, d - w.length)) return true;
  if (after === 32) for (const w of CURRENCY_WORDS) if (text.startsWith(w, d + 5)) return true;
  return false;
}

export { SYMBOL };
