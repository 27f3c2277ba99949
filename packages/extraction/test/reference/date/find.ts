import { unLangOf, UN_LANGS, type DateEntity, type UnLang } from '@untk/core';
import type { ExtractContext } from '../../../src/context.js';
import { asciiDigits } from '../../../src/digits.js';
import { DATE_GRAMMARS } from '../../../src/date/grammar.js';
import { dateWindows, exclusionsNear, mergeSpans, type ExclusionPattern } from './windows.js';
import { MONTHS } from '../../../src/date/months.js';
import { finer, isoOf, type DateParts, type Precision } from './parse.js';
import {
  andWordList,
  andWordPattern,
  cutPattern,
  gapPattern,
  glueWordList,
  mayBeNotAYear,
  NOT_A_YEAR,
  NUMBER_WITH_YEAR,
  SYMBOL,
  tokenPatterns,
  type BoundedWord,
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
// (Added to the reference with the same change to src, where it is explained: which matches a scan reads.)
const resumesInside = (kind: TokenKind) => !(DATE_TOKENS.has(kind) || kind === 'YY');

// The shapes one date may have, in token kinds: D day, N bare number, M month, Y year.
const SHAPES: Record<'dmy' | 'ymd', readonly string[]> = {
  dmy: ['Y', 'MY', 'DMY', 'NMY', 'M', 'DM', 'NM', 'N', 'D', 'MNY', 'MDY', 'MN', 'MD'],
  ymd: ['Y', 'YM', 'YMD', 'YMN', 'YN', 'M', 'MD', 'MN', 'D', 'N'],
};

/**
 * A token pattern as tokenizeWindow reads it: one shape for all (the patterns have two, with and without `first`),
 * its `first` class as a bit of the table Patterns.firsts.
 */
class Reader {
  readonly kind: TokenKind;
  readonly letter: boolean;
  /** 1 << k for tokens[k] with a `first` class (see Patterns.firsts), else 0. */
  readonly firstBit: number;
  constructor(
    readonly pattern: TokenPattern,
    k: number,
  ) {
    this.kind = pattern.kind;
    this.letter = pattern.letter;
    this.firstBit = pattern.first ? 1 << k : 0;
  }
}

interface Patterns {
  tokens: TokenPattern[];
  readers: Reader[];
  /**
   * By UTF-16 code unit, the patterns (bit k for tokens[k]) with a `first` class that holds it; bit 31 once known.
   * A pattern with `first` tests its class on the window's code units (no `u` flag): the table gives the same.
   */
  firsts: Int32Array;
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

/** At one place: the zero-width link of `20142019` first, then the longest token; tokens overlapping one before are dropped. */
function longestFirst(all: Token[]): Token[] {
  all.sort((a, b) => a.start - b.start || Number(b.start === b.end) - Number(a.start === a.end) || b.end - a.end);
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
  if (lang === 'zh') return Number(/\d+/.exec(t.text)?.[0]);
  // As written in the table: no tatweel, no space around the slash, no trailing comma, no Arabic ب/ل before it.
  const form = t.text
    .toLowerCase()
    .replace(/\u0640/g, '')
    .replace(/ ?\/ ?/, '/')
    .replace(/,$/, '');
  return MONTHS[lang].get(form) ?? MONTHS[lang].get(form.replace(/^[بل]/, ''));
}

const numberOf = (t: Token) => Number(/\d+/.exec(t.text)?.[0]);

/** The number of a day written as a word (DateGrammar.dayWords), else NaN. */
function dayWordOf(lang: UnLang, text: string): number {
  return DATE_GRAMMARS[lang].dayWords.find(([w]) => w === text)?.[1] ?? NaN;
}

/** Take the longest run of tokens from `i` that forms one date shape. */
function takePart(lang: UnLang, run: Token[], i: number): { part: Part; next: number } | undefined {
  const shapes = SHAPES[DATE_GRAMMARS[lang].order];
  let shape = '';
  let j = i;
  while (j < run.length) {
    const t = run[j];
    if (!t || !DATE_TOKENS.has(t.kind)) break;
    const s = shape + t.kind;
    if (!shapes.some((x) => x.startsWith(s))) break;
    shape = s;
    j++;
  }
  while (shape && !shapes.includes(shape)) {
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
  const from = order === 'dmy' ? [...chain].reverse() : chain;
  let y: number | undefined = fallbackYear;
  let m: number | undefined;
  for (const p of from) {
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
  return windowSpans(text, lang, skip ? () => skip : exclusionsOf(text));
}

/** The spans no date may overlap (see excluded) near [x, y), reading only the lines it touches. */
// Every match of NUMBER_WITH_YEAR holds `(` (`2322 (2016)`), every symbol a `/` (`S/2017/97`).
const EXCLUSIONS: readonly ExclusionPattern[] = [
  { re: NUMBER_WITH_YEAR, holds: '(' },
  { re: SYMBOL, holds: '/' },
  { re: NOT_A_YEAR, may: mayBeNotAYear },
];
function exclusionsOf(text: string): (x: number, y: number) => Array<[number, number]> {
  return exclusionsNear(text, EXCLUSIONS);
}

function windowSpans(
  text: string,
  lang: UnLang,
  skipNear: (x: number, y: number) => Array<[number, number]>,
): DateSpan[] {
  const out: DateSpan[] = [];
  for (const [x, y] of dateWindows(text, lang)) {
    if (!bareYear(text, x, y)) {
      spansOfTokens(text, lang, tokenizeWindow(text, lang, x, y, skipNear(x, y)), out);
      continue;
    }
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
  // nor a list of words in a window without one of their first characters.
  const letters = ANY_LETTER.test(piece);
  const p = patternsOf(lang);
  const readers = yearsOnly ? p.years : p.readers;
  let firsts = 0;
  if (!yearsOnly) for (let i = x; i < y; i++) firsts |= firstsOf(p, text.charCodeAt(i));
  for (const r of readers) {
    const kind = r.kind;
    if ((r.letter && !letters) || (r.firstBit !== 0 && !(firsts & r.firstBit))) continue;
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

/** The patterns of p.tokens whose `first` class holds the code unit `c` (see Patterns.firsts). */
function firstsOf(p: Patterns, c: number): number {
  const known = p.firsts[c] ?? 0;
  if (known !== 0) return known;
  const unit = String.fromCharCode(c);
  let mask = 1 << 31;
  p.tokens.forEach((t, k) => {
    if (t.first?.test(unit)) mask |= 1 << k;
  });
  p.firsts[c] = mask;
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

// (Added to the reference with the same change to src: what a chain means, not a fast path.)
// `从2009年的22.2%增至2011年的…` (from 2009's 22.2 per cent to 2011's): `从` or `自` before a date that `的` follows
// compares two values, and opens no interval.
function comparedFrom(lang: UnLang, text: string, c: Chain): boolean {
  if (lang !== 'zh' || c.prefix?.kind !== 'since' || c.suffix) return false;
  const last = c.parts[c.parts.length - 1];
  const end = last?.tokens[last.tokens.length - 1]?.end;
  return end !== undefined && text.charCodeAt(end) === 0x7684;
}

// (Added to the reference with the same change to src: what a chain means, not a fast path.)
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
    // (Added to the reference with the same change to src: what a run means, not a fast path.)
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
      // (Added to the reference with the same change to src: a fix to what a part gives, not a fast path.)
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

/**
 * Find dates: one entity per date, an interval as one entity (`2016-12-13/2017-12-12`), coordinated dates as one
 * entity each (`12 and 13 December 2017` gives 2017-12-12 and 2017-12-13). Runs the grammar of the document's
 * language and English, or of every UN language when the language is not one of them.
 */
export function findDates(ctx: ExtractContext): DateEntity[] {
  const text = asciiDigits(ctx.norm.text);
  const lang = unLangOf(ctx.doc.lang);
  const found: DateSpan[] = [];
  const skipNear = exclusionsOf(text);
  // The document's language first, then English, which UN documents in every language quote (dates of letters).
  for (const l of lang ? (lang === 'en' ? [lang] : [lang, 'en' as const]) : UN_LANGS)
    for (const f of windowSpans(text, l, skipNear)) found.push(f);
  // Where two grammars overlap, the longer mention wins (`6 February 2015` in a Russian text over `2015`).
  const spans: DateSpan[] = [];
  for (const s of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
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
