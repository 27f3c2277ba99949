import { unLangOf, UN_LANGS, type DateEntity, type UnLang } from '@untk/core';
import type { ExtractContext } from '../context.js';
import { asciiTextOf } from '../digits.js';
import { DATE_GRAMMARS } from './grammar.js';
import {
  dateWindows,
  holdsEnglishWord,
  exclusionsNear,
  mergeSpans,
  yearAnchors,
  type ExclusionPattern,
} from './windows.js';
import { MONTHS } from './months.js';
import { finer, isoOf, type DateParts, type Precision } from './parse.js';
import {
  andWordList,
  andWordPattern,
  cutPattern,
  gapPattern,
  glueWordList,
  mayBeNotAYear,
  nearNotAYear,
  NOT_A_YEAR,
  NUMBER_WITH_YEAR,
  SYMBOL,
  tokenPatterns,
  type BoundedWord,
  type Need,
  type TokenKind,
  type TokenPattern,
} from './patterns.js';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
}

/** One date of a list or range: its tokens and the parts they state. */
interface Part {
  tokens: Token[];
  shape: string;
  parts: DateParts;
}

/** A date found in normalised-text offsets, before it becomes an entity. */
export interface DateSpan {
  start: number;
  end: number;
  value: string;
  precision: Precision;
  modifier?: DateEntity['modifier'];
}

const DATE_TOKENS = new Set<TokenKind>(['Y', 'M', 'D', 'N']);

/**
 * Does a scan for this kind of token go on from one code unit after the start of each match, not from its end?
 * For the word lists (`and`, `to`, modifiers): a shorter word inside a longer one is still found when the longer
 * one overlaps the token before it and is dropped (`2016年底`: the year takes `2016年`, so `年底` goes and `底`,
 * the end of the year, stays). The numbers and month names go on from the end, as a scan does.
 */
const resumesInside = (kind: TokenKind) => !(DATE_TOKENS.has(kind) || kind === 'YY');

// The shapes one date may have, in token kinds: D day, N bare number, M month, Y year.
const SHAPES: Record<'dmy' | 'ymd', readonly string[]> = {
  dmy: ['Y', 'MY', 'DMY', 'NMY', 'M', 'DM', 'NM', 'N', 'D', 'MNY', 'MDY', 'MN', 'MD'],
  ymd: ['Y', 'YM', 'YMD', 'YMN', 'YN', 'M', 'MD', 'MN', 'D', 'N'],
};

/** The shapes of each order, and every prefix of one (the empty one too): what takePart asks of SHAPES. */
const shapeSet = (list: readonly string[]) => ({
  shapes: new Set(list),
  prefixes: new Set(list.flatMap((x) => [...x].map((_, k) => x.slice(0, k + 1)))),
});
const SHAPE_SETS = { dmy: shapeSet(SHAPES.dmy), ymd: shapeSet(SHAPES.ymd) };

/**
 * A token pattern as tokenizeWindow reads it: one shape for all (the patterns have two, with and without `first`),
 * its `first` class as a bit of the table Patterns.firsts.
 */
class Reader {
  readonly kind: TokenKind;
  readonly letter: boolean;
  /** 1 << k for tokens[k] with a `first` class (see Patterns.firsts), else 0. */
  readonly firstBit: number;
  /** The bit of windowNeeds that every match needs (see Need), else 0. */
  readonly needBit: number;
  /** The pattern, sticky: tried at the places where a match may start (see tokenizeWindow). */
  readonly sticky: RegExp;
  constructor(
    readonly pattern: TokenPattern,
    k: number,
  ) {
    this.kind = pattern.kind;
    this.letter = pattern.letter;
    this.firstBit = pattern.first ? 1 << k : 0;
    this.needBit = pattern.needs ? NEED_BITS[pattern.needs] : 0;
    this.sticky = new RegExp(pattern.re.source, `${pattern.re.flags.replace('g', '')}y`);
  }
}

interface Patterns {
  tokens: TokenPattern[];
  readers: Reader[];
  /**
   * By UTF-16 code unit, the patterns (bit k for tokens[k]) with a `first` class that holds it; bit 31 once known.
   * Every match of such a pattern starts with a character of its class, which is in the Basic Multilingual Plane
   * (a word's or month's first character): the class tested on that code unit alone says the same.
   */
  firsts: Int32Array;
  /** The same for the `freeFirst` classes: the patterns that may start at that code unit after a letter or digit. */
  freeFirsts: Int32Array;
  /**
   * Every character of every `first` class in one class, read with case folding (`iu`): it holds at least what
   * each of them holds, so a code unit it does not hold is in none of them (most code units of a text).
   */
  anyFirst: RegExp;
  /** The readers of year tokens (kind Y), for windows that hold a bare year (see bareYear). */
  years: Reader[];
  /** The words of gapPattern and of andWordPattern, read by isGap and hasAndWord. */
  glue: WordList;
  andWords: WordList;
  cuts: RegExp;
}
const patternCache = new Map<UnLang, Patterns>();
function patternsOf(lang: UnLang): Patterns {
  let p = patternCache.get(lang);
  if (!p) {
    const tokens = tokenPatterns(lang);
    if (tokens.length > 31) throw new Error(`${lang}: more token patterns than bits in a table entry`);
    const readers = tokens.map((t, k) => new Reader(t, k));
    p = {
      tokens,
      readers,
      firsts: new Int32Array(0x10000),
      freeFirsts: new Int32Array(0x10000),
      anyFirst: new RegExp(
        `[${tokens.map((t) => (t.first ? (/^\[(.*)\]$/su.exec(t.first.source)?.[1] ?? t.first.source) : '')).join('')}]`,
        'iu',
      ),
      years: readers.filter((r) => r.kind === 'Y'),
      glue: wordList(glueWordList(lang)),
      andWords: wordList(andWordList(lang)),
      cuts: cutPattern(lang),
    };
    patternCache.set(lang, p);
  }
  return p;
}

/** Spans no date may overlap: resolution numbers with their year (`2322 (2016)`) and document symbols. */
function excluded(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [NUMBER_WITH_YEAR, SYMBOL, NOT_A_YEAR]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  // Sorted and merged, for a binary search per token.
  return mergeSpans(spans);
}

/** Does [start, end) overlap one of `spans`, sorted by start and not overlapping each other? */
function overlaps(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[1] ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s[0] < end;
}

// Four digits that may be a year: every year token holds them.
const YEAR_DIGITS = /(?:19|20)\d\d/g;
// Characters of text kept on each side of a stretch, so that the patterns' look-behinds and look-aheads (a few
// characters at most) see what they would see in the whole text.
const CONTEXT = 32;
// Stretches closer than this are taken together.
const MERGE_GAP = 512;

/**
 * The stretches of text between two cut marks (see cutPattern) that hold four digits that may be a year. Tokens
 * never span a cut mark and runs of tokens never cross one, so only these stretches can give dates. Stretches
 * close to each other are taken together with the text between them (whole stretches without a year, which
 * give no date, and lend no year across their cut marks), so that the patterns run fewer, longer times.
 */
function yearStretches(text: string, cuts: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const nextCut = (from: number) => {
    cuts.lastIndex = from;
    return cuts.exec(text)?.index ?? text.length;
  };
  let after = 0;
  YEAR_DIGITS.lastIndex = 0;
  for (let m = YEAR_DIGITS.exec(text); m; m = YEAR_DIGITS.exec(text)) {
    // The stretch opens after the last cut mark before the digits and closes at the first one after them.
    let a = after;
    for (let c = nextCut(after); c < m.index; c = nextCut(c + 1)) a = c + 1;
    const b = nextCut(m.index);
    after = b;
    const last = out[out.length - 1];
    if (last && a - last[1] < MERGE_GAP) last[1] = b;
    else out.push([a, b]);
    YEAR_DIGITS.lastIndex = b;
  }
  return out;
}

function tokenize(text: string, lang: UnLang, skip: Array<[number, number]>): Token[] {
  const all: Token[] = [];
  const { tokens: patterns, cuts } = patternsOf(lang);
  for (const [a, b] of yearStretches(text, cuts)) {
    const from = Math.max(0, a - CONTEXT);
    const piece = text.slice(from, Math.min(text.length, b + CONTEXT));
    for (const { kind, re } of patterns) {
      re.lastIndex = 0;
      const inside = resumesInside(kind);
      for (let found = re.exec(piece); found; found = re.exec(piece)) {
        const start = from + found.index;
        if (inside) re.lastIndex = found.index + 1;
        if (start < a) continue;
        if (start >= b) break;
        pushToken(found[0], start, kind, lang, skip, all);
      }
    }
  }
  return longestFirst(all);
}

const tokenOrder = (a: Token, b: Token) =>
  a.start - b.start || Number(b.start === b.end) - Number(a.start === a.end) || b.end - a.end;

/** At one place: the zero-width link of `20142019` first, then the longest token; tokens overlapping one before are dropped. */
function longestFirst(all: Token[]): Token[] {
  // A window has a few tokens: a stable insertion sort by tokenOrder, which gives the order Array.prototype.sort
  // (stable too) gives with that comparison; a whole text's tokens go to the library's sort.
  if (all.length > 16) all.sort(tokenOrder);
  else
    for (let i = 1; i < all.length; i++) {
      const t = all[i] as Token;
      let j = i - 1;
      for (; j >= 0 && tokenOrder(all[j] as Token, t) > 0; j--) all[j + 1] = all[j] as Token;
      all[j + 1] = t;
    }
  const out: Token[] = [];
  for (const t of all) {
    const prev = out[out.length - 1];
    if (prev && t.start < prev.end) continue;
    out.push(t);
  }
  return out;
}

/** The token(s) of one pattern match (its text) at `start` (in text offsets), unless it overlaps a span of `skip`. */
function pushToken(
  match: string,
  start: number,
  kind: TokenKind,
  lang: UnLang,
  skip: ReadonlyArray<readonly [number, number]>,
  all: Token[],
): void {
  const end = start + match.length;
  if (overlaps(skip, start, end)) return;
  if (kind === 'YY') {
    const first = Number(match.slice(0, 4));
    const second = Number(match.slice(4));
    if (second <= first || second - first > 30) return;
    all.push({ kind: 'Y', start, end: start + 4, text: match.slice(0, 4) });
    all.push({ kind: 'to', start: start + 4, end: start + 4, text: '' });
    all.push({ kind: 'Y', start: start + 4, end, text: match.slice(4) });
    return;
  }
  // Arabic joins `و` (and) to the next word: `تموز/يوليه وآب/أغسطس`.
  if (lang === 'ar' && kind === 'M' && match.startsWith('و')) {
    all.push({ kind: 'and', start, end: start + 1, text: 'و' });
    all.push({ kind, start: start + 1, end, text: match.slice(1) });
    return;
  }
  all.push({ kind, start, end, text: match });
}

function monthOf(lang: UnLang, t: Token): number | undefined {
  if (lang === 'zh') return numberOf(t);
  // By the token's text, which alone decides it.
  const known = monthCache[lang];
  if (known.has(t.text)) return known.get(t.text);
  // As written in the table: no tatweel, no space around the slash, no trailing comma, no Arabic ب/ل before it.
  const form = t.text
    .toLowerCase()
    .replace(/\u0640/g, '')
    .replace(/ ?\/ ?/, '/')
    .replace(/,$/, '');
  const month = MONTHS[lang].get(form) ?? MONTHS[lang].get(form.replace(/^[بل]/, ''));
  known.set(t.text, month);
  return month;
}
const monthCache = Object.fromEntries(UN_LANGS.map((l) => [l, new Map<string, number | undefined>()])) as Record<
  UnLang,
  Map<string, number | undefined>
>;

/**
 * The number of the first run of ASCII digits of a token (NaN if none), as `Number(/\d+/.exec(text)?.[0])` reads
 * it: digit by digit, exact for the runs of at most eight digits the token patterns match.
 */
function numberOf(t: Token): number {
  const s = t.text;
  let i = 0;
  while (i < s.length && !isDigit(s.charCodeAt(i))) i++;
  if (i === s.length) return NaN;
  let n = 0;
  for (; i < s.length && isDigit(s.charCodeAt(i)); i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/** The number of a day written as a word (DateGrammar.dayWords), else NaN. */
function dayWordOf(lang: UnLang, text: string): number {
  return DATE_GRAMMARS[lang].dayWords.find(([w]) => w === text)?.[1] ?? NaN;
}

/** Take the longest run of tokens from `i` that forms one date shape. */
function takePart(lang: UnLang, run: Token[], i: number): { part: Part; next: number } | undefined {
  const { shapes, prefixes } = SHAPE_SETS[DATE_GRAMMARS[lang].order];
  let shape = '';
  let j = i;
  while (j < run.length) {
    const t = run[j];
    if (!t || !DATE_TOKENS.has(t.kind)) break;
    const s = shape + t.kind;
    if (!prefixes.has(s)) break;
    shape = s;
    j++;
  }
  while (shape && !shapes.has(shape)) {
    shape = shape.slice(0, -1);
    j--;
  }
  if (!shape) return undefined;
  const tokens = run.slice(i, j);
  const parts: DateParts = {};
  for (const t of tokens) {
    if (t.kind === 'Y') parts.y = numberOf(t);
    else if (t.kind === 'M') parts.m = monthOf(lang, t);
    else if (t.kind === 'D') parts.d = numberOf(t) || dayWordOf(lang, t.text);
  }
  return { part: { tokens, shape, parts }, next: j };
}

/**
 * Resolve bare numbers and fill the parts a list or range states once: `12 and 13 December 2017` (from the right),
 * `2017 年 12 月 12 和 13 日`, `2017 年 5 月和 11 月` (from the left).
 */
function resolve(lang: UnLang, chain: Part[], fallbackYear?: number): void {
  const order = DATE_GRAMMARS[lang].order;
  // A bare number is a day, except a lone Chinese number before a month (`5、6 和 7 月`).
  for (let k = chain.length - 1; k >= 0; k--) {
    const p = chain[k];
    if (!p) continue;
    const n = p.tokens.find((t) => t.kind === 'N');
    if (!n) continue;
    const value = numberOf(n);
    if (order === 'ymd' && !p.shape.includes('M')) {
      const next = chain[k + 1];
      const unit =
        next?.shape.startsWith('M') || (next?.shape === 'N' && next.parts.m !== undefined && next.parts.d === undefined)
          ? 'm'
          : 'd';
      if (unit === 'm') p.parts.m = value;
      else p.parts.d = value;
    } else p.parts.d = value;
  }
  // From the right for day-month-year, from the left for year-month-day.
  let y: number | undefined = fallbackYear;
  let m: number | undefined;
  for (let k = 0; k < chain.length; k++) {
    const p = order === 'dmy' ? chain[chain.length - 1 - k] : chain[k];
    if (!p) continue;
    if (p.parts.y !== undefined) y = p.parts.y;
    else if (y !== undefined) p.parts.y = y;
    if (p.parts.m !== undefined) m = p.parts.m;
    else if (p.parts.d !== undefined && m !== undefined) p.parts.m = m;
  }
}

/**
 * Find dates in a normalised text written in `lang`: the grammar runs only on small windows around the places a
 * year may stand (see windows.ts), which gives exactly what the whole-text reading gives (findDateSpansWhole).
 * `skip` (spans no date may overlap) is found near each window when not given.
 */
export function findDateSpans(text: string, lang: UnLang, skip?: Array<[number, number]>): DateSpan[] {
  // (Spans given by the caller may leave out the bracketed years of EXCLUSIONS: no shortcut then.)
  return skip ? windowSpans(text, lang, () => skip, false) : windowSpans(text, lang, exclusionsOf(text), true);
}

/** The spans no date may overlap (see excluded) near [x, y), reading only the lines it touches. */
// Every match of NUMBER_WITH_YEAR holds `(` (`2322 (2016)`), every symbol a `/` (`S/2017/97`).
const EXCLUSIONS: readonly ExclusionPattern[] = [
  { re: NUMBER_WITH_YEAR, holds: '(', near: nearNumberWithYear },
  { re: SYMBOL, holds: '/', near: nearSymbol },
  { re: NOT_A_YEAR, may: mayBeNotAYear, near: nearNotAYear },
];

/** Can a match of NUMBER_WITH_YEAR overlap [x, y)? Every match holds `(` and is at most 13 characters long. */
function nearNumberWithYear(text: string, x: number, y: number): boolean {
  for (let i = Math.max(0, x - 12), end = Math.min(text.length, y + 12); i < end; i++)
    if (text.charCodeAt(i) === 40) return true;
  return false;
}

/**
 * Can a symbol (SYMBOL) overlap [x, y)? A symbol is a series of at most five letters, a `/` right after it, more
 * parts after a `/` each (ASCII letters, digits, `.`), and maybe ` (2016)`: only ASCII letters, digits, `.`, `/`,
 * `(`, `)` and that one space. One that starts in the window has its first `/` before y + 5; one that starts
 * before x has its first `/` before x + 5, or before x with nothing but those characters from there to x.
 */
function nearSymbol(text: string, x: number, y: number): boolean {
  for (let i = x, end = Math.min(text.length, y + 5); i < end; i++) if (text.charCodeAt(i) === 47) return true;
  let space = false;
  for (let i = x - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 47) return true;
    if (c === 32 && !space) space = true;
    else if (!SYMBOL_CHAR[c]) return false;
  }
  return false;
}
// ASCII letters, digits, `.`, `(` and `)`: the characters of a symbol besides `/` and a space.
const SYMBOL_CHAR = Array.from({ length: 128 }, (_, c) => /[A-Za-z0-9.()]/.test(String.fromCharCode(c)));
export { EXCLUSIONS as exclusionPatterns };
function exclusionsOf(text: string): (x: number, y: number) => Array<[number, number]> {
  return exclusionsNear(text, EXCLUSIONS);
}

/**
 * Is the year of a bare-year window (see bareYear) the bracketed year of a number, `(2001)` in `1373 (2001)`: are
 * its four digits inside a match of NUMBER_WITH_YEAR? Then its one token overlaps a span no date may overlap and
 * the window gives nothing, which this tells without running a pattern. About four in ten windows of the Security
 * Council's resolutions are such a year. The test follows the pattern `(?<![\d.,+]|\d )\d{1,4} ?\( ?\d{4} ?\)`:
 * its only `(` is right before the year (a space between or not), and before that come one to four digits with
 * no digit, `.`, `,`, `+` or digit and space before them; a run of five digits has no four that pass that test.
 * A match of a scan of the whole text is the one this finds: every match holds one `)` and ends with it, so no
 * other match may overlap this one.
 */
export function bracketedYear(text: string, x: number, y: number): boolean {
  let d = x;
  while (d < y && !isDigit(text.charCodeAt(d))) d++;
  let i = d + 4;
  if (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 41) return false;
  let j = d - 1;
  if (text.charCodeAt(j) === 32) j--;
  if (text.charCodeAt(j) !== 40) return false;
  j--;
  if (text.charCodeAt(j) === 32) j--;
  let start = j + 1;
  while (start > 0 && j + 1 - start < 5 && isDigit(text.charCodeAt(start - 1))) start--;
  const digits = j + 1 - start;
  if (digits < 1 || digits > 4) return false;
  const before = text.charCodeAt(start - 1);
  if (before === 46 || before === 44 || before === 43 || isDigit(before)) return false;
  return !(before === 32 && isDigit(text.charCodeAt(start - 2)));
}

function windowSpans(
  text: string,
  lang: UnLang,
  skipNear: (x: number, y: number) => Array<[number, number]>,
  // Do the spans of skipNear include every match of NUMBER_WITH_YEAR (exclusionsOf's do)? See bracketedYear.
  numbersWithYearSkipped: boolean,
  anchors = yearAnchors(text),
  englishWordsOnly = false,
): DateSpan[] {
  const out: DateSpan[] = [];
  for (const [x, y] of dateWindows(text, lang, anchors)) {
    // (What tokenizeWindow reads: the window and its context.)
    if (englishWordsOnly && !holdsEnglishWord(text, Math.max(0, x - CONTEXT), Math.min(text.length, y + CONTEXT_AFTER)))
      continue;
    if (!bareYear(text, x, y)) {
      spansOfTokens(text, lang, tokenizeWindow(text, lang, x, y, skipNear(x, y)), out);
      continue;
    }
    if (numbersWithYearSkipped && bracketedYear(text, x, y)) continue;
    // A bare year gives at most one token, a year (see bareYear), and spansOfTokens makes one token of kind Y
    // into one date of year precision, its value the year's number: a run of one token, a chain of one part of
    // shape Y, nothing to resolve or lend (it has its year), no modifier word.
    const tokens = tokenizeWindow(text, lang, x, y, skipNear(x, y), true);
    const t = tokens[0];
    if (tokens.length !== 1 || t?.kind !== 'Y') spansOfTokens(text, lang, tokens, out);
    else out.push({ start: t.start, end: t.end, value: String(numberOf(t)), precision: 'year' });
  }
  return out;
}

/**
 * Does the window [x, y) hold nothing but four ASCII digits (the year that opened it) and white space (space, tab,
 * line break, no-break space)? About half the windows of the bundled corpus do: `(2001)` in `1373 (2001)`, a year
 * between commas or between words that are not the grammar's.
 *
 * In such a window only the year patterns (kind Y) can match: a token starts in the window, and
 *   - month names, the grammar's words and the Arabic `و` start with a letter or a mark, none of them white space;
 *   - a day or bare number (N, D, Chinese `12 月`/`13 日`) is one or two digits with no digit right after them,
 *     or right before them (a look-behind), and the window's only digits are the four of the year;
 *   - two years run together (YY) are eight digits.
 * The year patterns run as tokenizeWindow runs every pattern, on the same piece of text, so they give the same
 * year tokens: all at the first of the four digits (the only place with four digits from it and none before it),
 * where longestFirst keeps one.
 */
export function bareYear(text: string, x: number, y: number): boolean {
  let digits = 0;
  let run = false;
  for (let i = x; i < y; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // One run of digits only.
      if (digits > 0 && !run) return false;
      digits++;
      run = true;
    } else if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) run = false;
    else return false;
  }
  return digits === 4;
}

/**
 * The reference reading: the grammar over every stretch of the text that holds a year. Slower; tests check that
 * findDateSpans gives exactly the same dates on the bundled corpus and on generated strings.
 */
export function findDateSpansWhole(text: string, lang: UnLang, skip = excluded(text)): DateSpan[] {
  const out: DateSpan[] = [];
  spansOfTokens(text, lang, tokenize(text, lang, skip), out);
  return out;
}

// Characters after a window kept for the patterns' look-aheads (six at most: `, 2017` after a month name).
const CONTEXT_AFTER = 8;
// A letter of any script.
const ANY_LETTER = /\p{L}/u;

/**
 * The tokens of `lang` that start in [x, y): the window's edges are breaks, which no token crosses. The patterns
 * read a piece of the text with CONTEXT characters on each side for their look-arounds, as tokenize does.
 */
function tokenizeWindow(
  text: string,
  lang: UnLang,
  x: number,
  y: number,
  skip: ReadonlyArray<readonly [number, number]>,
  yearsOnly = false,
): Token[] {
  const all: Token[] = [];
  const from = Math.max(0, x - CONTEXT);
  const end = Math.min(text.length, y + CONTEXT_AFTER);
  const piece = text.slice(from, end);
  // Patterns whose every match holds a letter (or looks behind at a month) find nothing in a piece without one,
  // nor a list of words in a window without one of their first characters, nor a pattern whose digits the
  // window lacks (see windowNeeds).
  // (Whether the piece has a letter is asked only when a pattern that needs one is left to run.)
  let letters: boolean | undefined;
  const p = patternsOf(lang);
  const readers = yearsOnly ? p.years : p.readers;
  let firsts = 0;
  const needs = windowNeeds(text, x, y);
  // The places where a pattern with a `first` class may start a match, and which patterns (see firstsOf).
  let places = 0;
  if (!yearsOnly) {
    for (let i = x; i < y; i++) {
      const c = text.charCodeAt(i);
      const any = firstsOf(p, p.firsts, c, 'first');
      if (any === KNOWN) continue;
      // After a letter or digit, only the patterns with a match that may follow one (see freeFirst).
      const free = firstsOf(p, p.freeFirsts, c, 'freeFirst');
      const mask = any === free || !letterOrDigitBefore(text, i, from) ? any : free;
      if (mask === KNOWN) continue;
      firsts |= mask;
      placeAt[places] = i;
      placeMask[places++] = mask;
    }
  }
  for (const r of readers) {
    const kind = r.kind;
    if ((r.firstBit !== 0 && !(firsts & r.firstBit)) || (r.needBit & ~needs) !== 0) continue;
    if (r.letter && !(letters ??= ANY_LETTER.test(piece))) continue;
    // A pattern whose matches start only at known places is tried at those places alone, in order, each with a
    // sticky copy of it: the scan of its global form from x finds its match at the first place where there is
    // one (it tries every place it passes, and none of them is inside a surrogate pair), then goes on from the
    // end of that match. Every place is in [x, y), where the scan keeps what it finds.
    const starts = r.firstBit !== 0 ? placeAt : startsOf(r.needBit);
    if (starts) {
      const count = r.firstBit !== 0 ? places : (startCount[r.needBit] ?? 0);
      const re = r.sticky;
      let after = x;
      for (let k = 0; k < count; k++) {
        const s = starts[k] ?? 0;
        if (s < after || (r.firstBit !== 0 && !((placeMask[k] ?? 0) & r.firstBit))) continue;
        // (test, then the match from the sticky pattern's lastIndex: what exec gives, without its result object.)
        re.lastIndex = s - from;
        if (!re.test(piece)) continue;
        pushToken(piece.slice(s - from, re.lastIndex), s, kind, lang, skip, all);
        after = resumesInside(kind) ? s + 1 : from + re.lastIndex;
      }
      continue;
    }
    const re = r.pattern.re;
    re.lastIndex = x - from;
    const inside = resumesInside(kind);
    for (let found = re.exec(piece); found && found.index < y - from; found = re.exec(piece)) {
      if (inside) re.lastIndex = found.index + 1;
      pushToken(found[0], from + found.index, kind, lang, skip, all);
    }
  }
  return longestFirst(all);
}

// Scratch lists of tokenizeWindow and windowNeeds, kept from one window to the next: the places where a pattern
// with a `first` class may start (and the mask of those patterns), and the starts of the runs of digits that meet
// each need (by its bit), in order.
const placeAt: number[] = [];
const placeMask: number[] = [];
const NEED_BITS: Record<Need, number> = { year: 1, short: 2, eight: 4, dash: 8, afterYear: 16 };
const startLists: number[][] = [];
const startCount: number[] = [];
for (const bit of [NEED_BITS.year, NEED_BITS.short, NEED_BITS.eight, NEED_BITS.afterYear]) startLists[bit] = [];
/** The starts windowNeeds found for a need (by its bit), if it keeps them (all but `dash`). */
const startsOf = (bit: number): number[] | undefined => startLists[bit];

const isDigit = (c: number) => c >= 48 && c <= 57;

function addStart(bit: number, at: number): number {
  const list = startLists[bit];
  const count = startCount[bit] ?? 0;
  if (list) list[count] = at;
  startCount[bit] = count + 1;
  return bit;
}

/**
 * The needs (see Need in patterns.ts; bits of NEED_BITS) that the window [x, y) meets for a match starting in it:
 * a pattern that needs one the window does not meet has no match there; with the places where each is met (see
 * startsOf). Runs of digits are measured in the whole text, as are the characters around them: a pattern sees the
 * piece around the window (see tokenizeWindow), which ends CONTEXT_AFTER characters past y, and holds every run of
 * one to four digits that starts in the window whole (so it ends where it ends in the text); the other needs only
 * ask for characters it has.
 */
function windowNeeds(text: string, x: number, y: number): number {
  let needs = 0;
  for (const bit of [NEED_BITS.year, NEED_BITS.short, NEED_BITS.eight, NEED_BITS.afterYear]) startCount[bit] = 0;
  for (let i = Math.max(0, x - 2); i < y; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2013) needs |= NEED_BITS.dash;
    if (i < x || !isDigit(c) || (i > 0 && isDigit(text.charCodeAt(i - 1)))) continue;
    // A run of digits starts at i: its length, up to nine.
    let n = 1;
    while (n < 9 && isDigit(text.charCodeAt(i + n))) n++;
    if (n === 4) needs |= addStart(NEED_BITS.year, i);
    if (n <= 2) needs |= addStart(NEED_BITS.short, i);
    if (n >= 8) needs |= addStart(NEED_BITS.eight, i);
    if (n >= 5 || (n === 4 && text.charCodeAt(i + 4) === 46 && isDigit(text.charCodeAt(i + 5))))
      needs |= addStart(NEED_BITS.afterYear, i);
  }
  return needs;
}

/**
 * The token patterns of `lang` with a need (see Need) that find a match starting in the window [x, y) of a text, as
 * tokenizeWindow runs them, though windowNeeds says the window lacks it: none, if the needs are right (for tests).
 */
export function unmetNeeds(lang: UnLang, text: string, x: number, y: number): string[] {
  const from = Math.max(0, x - CONTEXT);
  const piece = text.slice(from, Math.min(text.length, y + CONTEXT_AFTER));
  const needs = windowNeeds(text, x, y);
  const out: string[] = [];
  for (const r of patternsOf(lang).readers) {
    if (r.needBit === 0 || (r.needBit & needs) !== 0) continue;
    const re = new RegExp(r.pattern.re.source, r.pattern.re.flags);
    re.lastIndex = x - from;
    const found = re.exec(piece);
    if (found && found.index < y - from) out.push(`${r.kind} ${r.pattern.needs ?? ''} at ${from + found.index}`);
  }
  return out;
}

/** The class of all first characters of `lang`'s token patterns, and their own classes (for tests). */
export function firstClasses(lang: UnLang): { any: RegExp; each: RegExp[] } {
  const p = patternsOf(lang);
  return { any: p.anyFirst, each: p.tokens.flatMap((t) => [t.first, t.freeFirst].filter((r) => r !== undefined)) };
}

/** A list of words and the code units they start with. */
interface WordList {
  words: readonly BoundedWord[];
  firsts: ReadonlySet<number>;
}
const wordList = (words: readonly BoundedWord[]): WordList => ({
  words,
  firsts: new Set(words.map((w) => w.text.charCodeAt(0))),
});

/**
 * Does the word `w` fit at `i` in the piece text[from, end), with its boundaries as the look-arounds of word()'s
 * pattern see that piece alone (nothing past its ends)?
 */
function fits(w: BoundedWord, text: string, i: number, from: number, end: number): boolean {
  const e = i + w.text.length;
  return (
    e <= end &&
    text.startsWith(w.text, i) &&
    !(w.left && letterOrDigitBefore(text, i, from)) &&
    !(w.right && letterOrDigitAt(text, e, end))
  );
}

/**
 * Does gapPattern (`^(?:\s|glue words)*$`) match text[a, b), as it matched that slice? The slice matches when it
 * is a sequence of white space characters (all in the Basic Multilingual Plane) and glue words, each where it
 * fits with its boundaries (their look-arounds read the slice, wherever the sequence has come from): so this
 * follows every such sequence from `a` (the places it can reach) and asks whether one reaches `b`.
 */
function isGap(p: Patterns, text: string, a: number, b: number): boolean {
  let i = a;
  while (i < b && isSpace(text.charCodeAt(i))) i++;
  if (i === b) return true;
  if (reachedAt.length < b - a + 1) reachedAt = new Uint8Array(2 * (b - a + 1));
  const reached = reachedAt;
  reached.fill(0, 0, b - a + 1);
  reached[i - a] = 1;
  for (; i < b; i++) {
    if (!reached[i - a]) continue;
    const c = text.charCodeAt(i);
    if (isSpace(c)) reached[i + 1 - a] = 1;
    else if (p.glue.firsts.has(c))
      for (const w of p.glue.words) if (fits(w, text, i, a, b)) reached[i + w.text.length - a] = 1;
  }
  return reached[b - a] === 1;
}

// The places isGap reaches, kept from one call to the next (the first b - a + 1 are cleared each time).
let reachedAt = new Uint8Array(64);

/** Does andWordPattern find an `and` word in text[a, b), as it did in that slice? */
function hasAndWord(p: Patterns, text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if (p.andWords.firsts.has(text.charCodeAt(i)))
      for (const w of p.andWords.words) if (fits(w, text, i, a, b)) return true;
  return false;
}

/** Is a code unit white space (`\s`)? Known by table (0 not yet known, 1 no, 2 yes). */
const SPACE = /^\s$/u;
const spaces = new Uint8Array(0x10000);
function isSpace(c: number): boolean {
  let k = spaces[c] ?? 0;
  if (k === 0) spaces[c] = k = SPACE.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/** isGap and hasAndWord against the regexes they stand for, on text[a, b): for tests. */
export function gapBothWays(
  lang: UnLang,
  text: string,
  a: number,
  b: number,
): { gap: [boolean, boolean]; and: [boolean, boolean] } {
  const p = patternsOf(lang);
  const slice = text.slice(a, b);
  return {
    gap: [isGap(p, text, a, b), gapPattern(lang).test(slice)],
    and: [hasAndWord(p, text, a, b), andWordPattern(lang).test(slice)],
  };
}

// Is a code point a letter or a digit (`[\p{L}\p{N}]`, what the word boundaries look at)? By code unit for the
// Basic Multilingual Plane (0 not yet known, 1 no, 2 yes), in a map beyond it.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const letterOrDigitBmp = new Uint8Array(0x10000);
const letterOrDigitAstral = new Map<number, boolean>();
function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x10000) {
    let k = letterOrDigitBmp[cp] ?? 0;
    if (k === 0) letterOrDigitBmp[cp] = k = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 2 : 1;
    return k === 2;
  }
  let known = letterOrDigitAstral.get(cp);
  if (known === undefined) letterOrDigitAstral.set(cp, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
  return known;
}

/** Does a letter or digit end just before `i`, in a piece that starts at `from`? */
function letterOrDigitBefore(text: string, i: number, from: number): boolean {
  if (i <= from) return false;
  let cp = text.charCodeAt(i - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && i - 2 >= from) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) cp = ((h - 0xd800) << 10) + (cp - 0xdc00) + 0x10000;
  }
  return isLetterOrDigit(cp);
}

/** Does a letter or digit start at `j`, in a piece that ends at `end`? */
function letterOrDigitAt(text: string, j: number, end: number): boolean {
  if (j >= end) return false;
  let cp = text.charCodeAt(j);
  if (cp >= 0xd800 && cp <= 0xdbff && j + 1 < end) {
    const l = text.charCodeAt(j + 1);
    if (l >= 0xdc00 && l <= 0xdfff) cp = ((cp - 0xd800) << 10) + (l - 0xdc00) + 0x10000;
  }
  return isLetterOrDigit(cp);
}

// The bit of a table entry (see Patterns.firsts) that says it is known.
const KNOWN = 1 << 31;

/** The patterns of p.tokens whose class `key` holds the code unit `c`, from `table` (see Patterns.firsts). */
function firstsOf(p: Patterns, table: Int32Array, c: number, key: 'first' | 'freeFirst'): number {
  const known = table[c] ?? 0;
  if (known !== 0) return known;
  const unit = String.fromCharCode(c);
  let mask = KNOWN;
  if (p.anyFirst.test(unit))
    p.tokens.forEach((t, k) => {
      if (t[key]?.test(unit)) mask |= 1 << k;
    });
  table[c] = mask;
  return mask;
}

/** Dates from a text's tokens, in order: runs, then chains, then their values. */
function spansOfTokens(text: string, lang: UnLang, tokens: Token[], out: DateSpan[]): void {
  const p = patternsOf(lang);
  const chains: Chain[] = [];
  // Runs of tokens with only spaces and glue words between them.
  let runStart = 0;
  for (let k = 1; k <= tokens.length; k++) {
    const a = tokens[k - 1];
    const b = tokens[k];
    if (a && b && isGap(p, text, a.end, b.start)) continue;
    parseRun(lang, tokens.slice(runStart, k), chains);
    runStart = k;
  }
  chains.forEach((c, k) => {
    resolve(lang, c.parts, elidedYear(lang, text, chains, k));
    const links = betweenRange(lang, text, c) ? ['to' as const] : c.links;
    emit(c.parts, links, comparedFrom(lang, text, c) ? undefined : c.prefix, c.suffix, out);
  });
}

// `从2009年的22.2%增至2011年的…` (from 2009's 22.2 per cent to 2011's): `从` or `自` before a date that `的` follows
// compares two values, and opens no interval.
function comparedFrom(lang: UnLang, text: string, c: Chain): boolean {
  if (lang !== 'zh' || c.prefix?.kind !== 'since' || c.suffix) return false;
  const last = c.parts[c.parts.length - 1];
  const end = last?.tokens[last.tokens.length - 1]?.end;
  return end !== undefined && text.charCodeAt(end) === 0x7684;
}

// `between … and …` before two dates joined by `and`: a range, not two dates (`between 2010 and 2015` is
// 2010/2015). The word, perhaps with an article or `عامي` (the two years), right before the first date.
const BETWEEN: Record<UnLang, RegExp | undefined> = {
  en: /(?:^|[^\p{L}])[Bb]etween (?:the (?:years? )?)?$/u,
  fr: /(?:^|[^\p{L}])[Ee]ntre (?:le |l'|l’|les )?$/u,
  es: /(?:^|[^\p{L}])[Ee]ntre (?:el |los )?$/u,
  ru: /(?:^|[^\p{L}])[Мм]ежду $/u,
  ar: /(?:^|[^\p{L}])بين (?:عامي |عام )?$/u,
  zh: undefined,
};

/** Whether a chain is two dates joined by `and` after `between` (see BETWEEN). */
function betweenRange(lang: UnLang, text: string, c: Chain): boolean {
  const re = BETWEEN[lang];
  const first = c.parts[0]?.tokens[0];
  if (!re || !first || c.prefix || c.parts.length !== 2 || c.links.length !== 1 || c.links[0] !== 'and') return false;
  return re.test(text.slice(Math.max(0, first.start - 24), first.start).replace(/\s+/gu, ' '));
}

// Text between a date without a year and the next date that may lend it one: no sentence end, not too far,
// and a coordinating word (`and`, `et`, `y`, `и`, `و`) in it.
const LEND_YEAR_GAP = /^[^.;!?。；！？]{0,60}$/u;

/**
 * The year a day-month-year language leaves out of a date and states in the next one of the same sentence:
 * `from 3 to 5 February and the second from 28 to 30 April 2015`.
 */
function elidedYear(lang: UnLang, text: string, chains: Chain[], k: number): number | undefined {
  const c = chains[k];
  if (!c || DATE_GRAMMARS[lang].order !== 'dmy') return undefined;
  if (c.parts.some((p) => p.parts.y !== undefined) || !c.parts.some((p) => p.parts.m !== undefined)) return undefined;
  const next = chains[k + 1];
  const last = c.parts[c.parts.length - 1]?.tokens.at(-1);
  const first = next?.parts[0]?.tokens[0];
  if (!next || !last || !first) return undefined;
  const gap = text.slice(last.end, first.start);
  if (!LEND_YEAR_GAP.test(gap) || !hasAndWord(patternsOf(lang), text, last.end, first.start)) return undefined;
  return next.parts.find((p) => p.parts.y !== undefined)?.parts.y;
}

/** A list or range of dates found together, with the modifier words around it. */
interface Chain {
  parts: Part[];
  links: TokenKind[];
  prefix: Token | undefined;
  suffix: Token | undefined;
}

function parseRun(lang: UnLang, run: Token[], out: Chain[]): void {
  let i = 0;
  while (i < run.length) {
    const head = run[i];
    if (!head) break;
    // A `to` word before any date means `until` in some languages (`until 2020`, `hasta 2020`).
    const prefix = DATE_TOKENS.has(head.kind)
      ? undefined
      : head.kind === 'to' && DATE_GRAMMARS[lang].toUntil.includes(head.text)
        ? { ...head, kind: 'until' as const }
        : head;
    const first = takePart(lang, run, prefix ? i + 1 : i);
    if (!first) {
      i++;
      continue;
    }
    const chain = [first.part];
    const links: TokenKind[] = [];
    let j = first.next;
    for (;;) {
      const c = run[j];
      if (!c || (c.kind !== 'and' && c.kind !== 'to')) break;
      const nextPart = takePart(lang, run, j + 1);
      if (!nextPart) break;
      links.push(c.kind);
      chain.push(nextPart.part);
      j = nextPart.next;
    }
    const after = run[j];
    const suffix =
      after && ['sinceAfter', 'earlyAfter', 'midAfter', 'lateAfter'].includes(after.kind) ? after : undefined;
    if (suffix) j++;
    out.push({ parts: chain, links, prefix, suffix });
    i = j;
  }
}

const MODIFIER: Partial<Record<TokenKind, NonNullable<DateSpan['modifier']>>> = {
  since: 'since',
  sinceAfter: 'since',
  until: 'until',
  early: 'early',
  mid: 'mid',
  late: 'late',
  earlyAfter: 'early',
  midAfter: 'mid',
  lateAfter: 'late',
};

/** The modifiers that name a part of a month or a year. */
const PART_OF_PERIOD = new Set<DateSpan['modifier']>(['early', 'mid', 'late']);

function emit(
  chain: Part[],
  links: TokenKind[],
  prefix: Token | undefined,
  suffix: Token | undefined,
  out: DateSpan[],
) {
  const found: DateSpan[] = [];
  const startOf = (p: Part) => p.tokens[0]?.start ?? 0;
  const endOf = (p: Part) => p.tokens[p.tokens.length - 1]?.end ?? 0;
  for (let k = 0; k < chain.length; k++) {
    const p = chain[k];
    if (!p) continue;
    const a = isoOf(p.parts);
    const q = chain[k + 1];
    const b = q && links[k] === 'to' ? isoOf(q.parts) : undefined;
    if (a && b && q) {
      found.push({
        start: startOf(p),
        end: endOf(q),
        value: `${a.value}/${b.value}`,
        precision: finer(a.precision, b.precision),
      });
      k++;
    } else if (a) {
      found.push({ start: startOf(p), end: endOf(p), value: a.value, precision: a.precision });
    } else {
      // A year and a number that make no date (`2016年12个月`, `2002年11个`: 12 months, 11 of them): the year
      // still stands on its own.
      const y = p.tokens[0];
      if (y?.kind === 'Y' && p.parts.y !== undefined) {
        found.push({ start: y.start, end: y.end, value: String(p.parts.y), precision: 'year' });
      }
    }
  }
  // A modifier word qualifies the date next to it, when that date is a single point; early, mid and late only a
  // month or a year (`fin juin 2014`), not a day: `a pris fin le 19 juin 2014` (ended on 19 June 2014).
  const firstFound = found[0];
  if (prefix && firstFound && !firstFound.value.includes('/') && chain[0] && startOf(chain[0]) === firstFound.start) {
    const mod = MODIFIER[prefix.kind];
    if (mod && !(PART_OF_PERIOD.has(mod) && firstFound.precision === 'day')) {
      firstFound.start = prefix.start;
      firstFound.modifier = mod;
      if (mod === 'since') firstFound.value = `${firstFound.value}/..`;
      if (mod === 'until') firstFound.value = `../${firstFound.value}`;
    }
  }
  const lastFound = found[found.length - 1];
  const lastPart = chain[chain.length - 1];
  if (suffix && lastFound && lastPart && endOf(lastPart) === lastFound.end) {
    const mod = MODIFIER[suffix.kind];
    if (mod === 'since' && lastFound.modifier === 'since') lastFound.end = suffix.end;
    else if (mod && !lastFound.value.includes('/') && !(PART_OF_PERIOD.has(mod) && lastFound.precision === 'day')) {
      lastFound.end = suffix.end;
      lastFound.modifier = mod;
      if (mod === 'since') lastFound.value = `${lastFound.value}/..`;
    }
  }
  for (const f of found) out.push(f);
}

const spanOrder = (a: DateSpan, b: DateSpan) => a.start - b.start || b.end - a.end;
const inOrder = (list: readonly DateSpan[]) =>
  list.every((s, k) => k === 0 || spanOrder(list[k - 1] as DateSpan, s) <= 0);

/** Two lists in spanOrder merged into one, `a`'s first where they tie. */
function mergeInOrder(a: readonly DateSpan[], b: readonly DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push(spanOrder(a[i] as DateSpan, b[j] as DateSpan) <= 0 ? (a[i++] as DateSpan) : (b[j++] as DateSpan));
  while (i < a.length) out.push(a[i++] as DateSpan);
  while (j < b.length) out.push(b[j++] as DateSpan);
  return out;
}

/**
 * Find dates: one entity per date, an interval as one entity (`2016-12-13/2017-12-12`), coordinated dates as one
 * entity each (`12 and 13 December 2017` gives 2017-12-12 and 2017-12-13). Runs the grammar of the document's
 * language and English, or of every UN language when the language is not one of them.
 */
export function findDates(ctx: ExtractContext): DateEntity[] {
  const text = asciiTextOf(ctx);
  const lang = unLangOf(ctx.doc.lang);
  let found: DateSpan[] = [];
  const skipNear = exclusionsOf(text);
  // The places a year may start, the same for every grammar.
  const anchors = yearAnchors(text);
  // The document's language first, then English, which UN documents in every language quote (dates of letters).
  // In the order of spanOrder: each grammar's dates come in that order (checked; sorted otherwise), and merging
  // them, the earlier grammar's first on a tie, gives what a stable sort of them all, in turn, gives.
  for (const l of lang ? (lang === 'en' ? [lang] : [lang, 'en' as const]) : UN_LANGS) {
    // (English in another language's document reads only the windows with an English word: holdsEnglishWord.)
    const more = windowSpans(text, l, skipNear, true, anchors, l === 'en' && lang !== undefined && lang !== 'en');
    if (!inOrder(more)) more.sort(spanOrder);
    found = found.length === 0 ? more : mergeInOrder(found, more);
  }
  // Where two grammars overlap, the longer mention wins (`6 February 2015` in a Russian text over `2015`).
  const spans: DateSpan[] = [];
  for (const s of found) {
    const last = spans[spans.length - 1];
    if (!last || s.start >= last.end) spans.push(s);
    else if (s.end - s.start > last.end - last.start) spans[spans.length - 1] = s;
  }
  return spans.map((s) =>
    ctx.entity<DateEntity>(s.start, s.end, {
      kind: 'date',
      value: s.value,
      precision: s.precision,
      ...(s.modifier ? { modifier: s.modifier } : {}),
    }),
  );
}
