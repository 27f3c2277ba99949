import type { UnLang } from '@untk/core';
import { SYMBOL } from '../symbol/patterns.js';
import { DATE_GRAMMARS } from './grammar.js';
import { MONTHS } from './months.js';

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
  /**
   * With `first`: the first characters of the matches that may follow a letter or a digit (the others want
   * neither right before them, in the text the pattern reads); none when undefined.
   */
  freeFirst?: RegExp;
  /** What every match needs around its start, for a cheap test that a window holds none (see Need). */
  needs?: Need;
}

/**
 * Digits (ASCII) that every match of a token pattern needs around its start `s`:
 *   year       a run of four digits starts at `s` (no digit right before it, none right after it);
 *   short      a run of one or two digits starts at `s` (no digit right before it, none right after it);
 *   eight      a run of eight digits or more starts at `s`;
 *   dash       `-` or `–` at `s - 1` or `s - 2`;
 *   afterYear  a run of digits starts at `s`, and either has five digits or more, or has four then `.` and a digit.
 * Each pattern that states one says why next to it.
 */
export type Need = 'year' | 'short' | 'eight' | 'dash' | 'afterYear';

/** A word of a list, and whether word() wants no letter or digit right before it (left) and right after it. */
export interface BoundedWord {
  text: string;
  left: boolean;
  right: boolean;
}

const hasLetter = (w: string) => /\p{L}/u.test(w);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A character escaped for a character class. */
const escapeClass = (c: string) => c.replace(/[\\\][^-]/g, '\\$&');
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
  const list = boundedWords(words);
  const bounded = list.filter((w) => w.left);
  const free = list.filter((w) => !w.left);
  const firsts = (ws: BoundedWord[]) => new Set(ws.map((w) => String.fromCodePoint(w.text.codePointAt(0) ?? 0)));
  const freeFirsts = firsts(free);
  if ([...firsts(bounded)].some((c) => freeFirsts.has(c))) return alternatives(list, true);
  return [...(bounded.length ? [`${LEFT}(?:${alternatives(bounded, false)})`] : []), alternatives(free, false)]
    .filter((a) => a !== '')
    .join('|');
};
/**
 * Words in order as alternatives, each with its boundaries (the left one only if `left`): the words next to each
 * other that share their boundaries share one look-around, after a group of them, which matches what each word
 * with its own would (the engine tries the next word of the group when the look-around fails after one), and
 * compiles the large letter class once, not once a word.
 */
function alternatives(words: readonly BoundedWord[], left: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const w = words[i] as BoundedWord;
    const l = left && w.left;
    let j = i + 1;
    while (j < words.length && (left && words[j]?.left) === l && words[j]?.right === w.right) j++;
    const group = words.slice(i, j).map((x) => escape(x.text));
    const body = group.length > 1 ? `(?:${group.join('|')})` : (group[0] ?? '');
    out.push(`${l ? LEFT : ''}${body}${w.right ? String.raw`(?![\p{L}\p{N}])` : ''}`);
    i = j;
  }
  return out.join('|');
}
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

/**
 * What may not follow a word of a list: `初步` (preliminary) holds `初` (the start of) but says nothing of a date
 * (`2016年初步统计`, the preliminary figures of 2016).
 */
const NOT_BEFORE: Partial<Record<UnLang, Partial<Record<TokenKind, string>>>> = { zh: { earlyAfter: '(?!步)' } };

/** The token patterns of one language; tokens from several patterns are merged, longest first at one place. */
export function tokenPatterns(lang: UnLang): TokenPattern[] {
  const g = DATE_GRAMMARS[lang];
  // Four digits with none right before or after them (ALNUM holds the digits).
  const out: TokenPattern[] = [{ kind: 'Y', re: yearPattern(g.yearSuffix), letter: false, needs: 'year' }];
  // Two years run together where a dash was lost in extraction (`20142019` for `2014-2019`); checked in find.
  out.push({
    kind: 'YY',
    re: new RegExp(String.raw`(?<![${ALNUM}/.])(?:19|20)\d\d(?:19|20)\d\d(?![${ALNUM}/])`, 'gu'),
    letter: false,
    // Eight digits with none before them (ALNUM holds the digits).
    needs: 'eight',
  });
  // The second year of a range with a footnote glued to it (`2014-20151`, `2011-2012b`). The look-behind
  // comes after the year it ends with, so that the engine scans for the year's digits first.
  out.push({
    kind: 'Y',
    re: /(?:19|20)\d\d(?<=(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d)(?=[\da-z](?![\p{L}\p{N}]))/gu,
    letter: false,
    // The look-behind ends with the dash, a space or not, and the four digits matched.
    needs: 'dash',
  });
  if (lang === 'zh') {
    // `12 月`, not `12 个月` (a duration) and not the end of a longer number (`112 月`).
    // One or two digits with none before them, then a space or `月`: a short run (so for `日` below).
    out.push({ kind: 'M', re: /(?<!\d)(?:1[0-2]|0?[1-9]) ?月/gu, letter: true, needs: 'short' });
    // `13 日`, not `7 天` (a duration).
    out.push({ kind: 'D', re: /(?<!\d)(?:3[01]|[12]\d|0?[1-9]) ?日/gu, letter: true, needs: 'short' });
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
    // A month starts with its first letter or (Arabic) the letter before it, read with the pattern's flags (so
    // with its case folding). Its look-behind wants no letter or digit before it; Arabic's only no letter, so
    // there every first letter counts as free.
    const firstLetters = new RegExp(
      `[${[...new Set([...(lang === 'ar' ? 'وبل' : ''), ...forms.map((f) => f.charAt(0))])].map(escapeClass).join('')}]`,
      flags.replace('g', ''),
    );
    out.push({
      kind: 'M',
      re: new RegExp(String.raw`${before}${prefix}(?:${months})(?![\p{L}\p{N}])${monthComma}`, flags),
      letter: true,
      first: firstLetters,
      ...(lang === 'ar' ? { freeFirst: firstLetters } : {}),
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
      // A space before the four digits (in the look-behind), then a digit, or `.` and a digit.
      needs: 'afterYear',
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
        // One or two digits with none before them (ALNUM holds the digits), then a suffix, which has none.
        needs: 'short',
      });
    }
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
    // One or two digits with none before them, then a comma or no digit (ALNUM holds the digits).
    needs: 'short',
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
    const firstOf = (ws: readonly string[]) =>
      new RegExp(`[${[...new Set(ws.map((w) => w.charAt(0)))].map(escapeClass).join('')}]`);
    // The words word() matches with no left boundary (see boundedWords) may follow a letter or digit.
    const free = boundedWords(list).filter((w) => !w.left);
    out.push({
      kind,
      re: new RegExp(`(?:${word(list)})${NOT_BEFORE[lang]?.[kind] ?? ''}`, 'gu'),
      letter: list.every(hasLetter),
      first: firstOf(list),
      ...(free.length ? { freeFirst: firstOf(free.map((w) => w.text)) } : {}),
    });
  }
  // Arabic writes `و` (and) joined to the next number: `24 و25 تشرين الأول/أكتوبر`.
  if (lang === 'ar') out.push({ kind: 'and', re: /(?<![\p{L}\p{N}])و(?=\d)/gu, letter: true, first: /و/ });
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

/**
 * Can a match of NOT_A_YEAR overlap the window [x, y)? Keep it in step with the pattern, as mayBeNotAYear. A match
 * of one of its alternatives but the last is at most 19 characters long and holds four digits at some d that pass
 * fourDigitsMayBeNotAYear: so d is within 18 characters of the window. A match of the last alternative holds only
 * spaces, digits, `-` and `.`, from a line start (0, or after a line break): one that starts in the window starts
 * after a line break in it (or at 0), and one that starts before it reaches it over those characters only.
 */
export function nearNotAYear(text: string, x: number, y: number): boolean {
  if (x === 0) return true;
  for (let i = x - 1; ; i--) {
    if (i < 0) return true;
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) return true;
    if (!(c === 32 || c === 45 || c === 46 || (c >= 48 && c <= 57))) break;
  }
  // (One pass for the line breaks in [x - 1, y - 1) and the four digits.)
  let run = 0;
  for (let i = Math.max(0, x - 18), end = Math.min(text.length, y + 18); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run >= 4 && fourDigitsMayBeNotAYear(text, i - 3)) return true;
    } else {
      run = 0;
      if (i >= x - 1 && i < y - 1 && isLineBreak(c)) return true;
    }
  }
  return false;
}

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
/** Words by a code unit each has at a given place (`at` from its start, or from its end when negative). */
function wordsBy(words: readonly string[], at: number): Map<number, string[]> {
  const by = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(at < 0 ? w.length + at : at);
    by.set(c, [...(by.get(c) ?? []), w]);
  }
  return by;
}
// A word that ends right before d has its last code unit at d - 1 (a space for those of WORDS_SPACE_BEFORE, so
// the one before it at d - 2); a currency after a space at d + 4 has its first at d + 5.
const SPACE_WORDS_BY_LAST_LETTER = wordsBy(WORDS_SPACE_BEFORE, -2);
const WORDS_BY_LAST = wordsBy(WORDS_BEFORE, -1);
const CURRENCY_BY_FIRST = wordsBy(CURRENCY_WORDS, 0);

/** The tests of mayBeNotAYear around four digits at d. */
function fourDigitsMayBeNotAYear(text: string, d: number): boolean {
  const after = text.charCodeAt(d + 4);
  if (after === 0x5e74 || (after === 32 && text.charCodeAt(d + 5) === 0x5e74)) return true; // 年
  if (text.charCodeAt(d - 1) === 0x7b2c || text.charCodeAt(d - 2) === 0x7b2c) return true; // 第
  if (ZH_COUNTED_FIRST.has(after === 32 ? text.charCodeAt(d + 5) : after)) return true;
  const last = text.charCodeAt(d - 1);
  const before = last === 32 ? SPACE_WORDS_BY_LAST_LETTER.get(text.charCodeAt(d - 2)) : WORDS_BY_LAST.get(last);
  if (before) for (const w of before) if (text.startsWith(w, d - w.length)) return true;
  const currencies = after === 32 ? CURRENCY_BY_FIRST.get(text.charCodeAt(d + 5)) : undefined;
  if (currencies) for (const w of currencies) if (text.startsWith(w, d + 5)) return true;
  return false;
}

export { SYMBOL };
