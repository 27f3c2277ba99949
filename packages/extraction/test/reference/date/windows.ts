import type { UnLang } from '@untk/core';
import { DATE_GRAMMARS } from '../../../src/date/grammar.js';
import { grammarWords } from './patterns.js';
import { MONTHS } from '../../../src/date/months.js';

/*
 * Where the date grammar needs to run. Every date holds a year token (or borrows the year of the next date of the
 * sentence, see elidedYear in find.ts), and every year token holds four digits 19xx or 20xx with no digit before
 * them. So the grammar only needs the text around those digits, and most of a document is never read by its
 * fifteen token patterns.
 *
 * The window around a year must give exactly the tokens, runs and chains the whole text gives. It is bounded by
 * BREAKS: text that no token of the grammar can contain and that cannot stand between two tokens of one run.
 *   - a character that is neither a letter, nor white space, nor a character of a grammar word, a month name or
 *     the patterns themselves (digits, space, `/`, `,`): `(`, `:`, `"`, `，`, and `.` where no word has one;
 *   - a whole run of letters that is none of the grammar's words (nor one of their space- or hyphen-separated
 *     parts), nor starts with a year suffix (`годовой` may hold `год`). Every letter-bounded word of a grammar
 *     is matched with a letter boundary on each side (see `word` and the month pattern in patterns.ts), so a
 *     token's letters are always whole runs; the test here ignores case and tatweel, so it can only keep more
 *     runs than it needs to, never fewer;
 *   - for a grammar with Chinese words (which match inside longer words), a Han character none of them holds.
 * A token never crosses a break, and a break between two tokens ends their run, so the tokens found from the
 * window's first character are those of the whole text, and so are its runs and chains.
 *
 * A date without a year may borrow the year of the next date when an `and` word stands between them, no more than
 * 60 characters apart (elidedYear). So a window takes in the 61 characters before it, out to the previous break,
 * when an `and` word (even inside a longer word) appears from there to its end and a month name in what it takes
 * in. Windows that overlap are merged.
 */

/** How far past a window the text may lend it a year: elidedYear's LEND_YEAR_GAP allows 60 characters. */
const LEND_REACH = 61;

// Four digits that may open a year token: 1900-2099 with no digit right before them (every year pattern has one
// of `(?<![…\p{N}…])`, `(?<=… )` or `(?<=…[-–] ?)` there). Not the `2019` inside `12019`.
const YEAR_ANCHOR = /(?<!\d)(?:19|20)\d\d/g;
const escapeClass = (s: string) => s.replace(/[\\\][^-]/g, '\\$&');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isHan = (c: string) => /\p{Script=Han}/u.test(c);

export interface Breaks {
  /**
   * A break, or a run of letters (group 1) that is a break unless it may be part of a token. The definition of
   * what the searches below find (tests read the text with it); they use the tables of classOf.
   */
  unit: RegExp;
  /** What each character is to `unit` (see classOf): filled in as characters are met. */
  classes: Uint8Array;
  /** The classes of characters outside the Basic Multilingual Plane, as they are met. */
  astral: Map<number, number>;
  /** A run of letters, tatweel removed, that may be a whole word of a token or glue (case ignored). */
  lexicon: RegExp;
  /** A run of letters that starts with a year suffix (`год` in `2013 года`, matched with no right boundary). */
  yearSuffix: RegExp | undefined;
  /** Any `and` word of the grammar, even inside a longer word. */
  andWord: RegExp;
  /** Any month name, even inside a longer word, with tatweel (case ignored); `月` for Chinese. */
  month: RegExp;
  /** One character of a run of letters (of `unit`'s group 1). */
  runChar: RegExp;
  /** One character of a run of breaks (of `unit`'s other alternative). */
  breakChar: RegExp;
}

const cache = new Map<UnLang, Breaks>();

export function breaksOf(lang: UnLang): Breaks {
  const cached = cache.get(lang);
  if (cached) return cached;
  const g = DATE_GRAMMARS[lang];
  const words = [
    ...grammarWords(lang),
    // The Chinese month and day marks of the `12 月` and `13 日` patterns.
    ...(lang === 'zh' ? ['月', '日'] : []),
  ];
  const chars = new Set([...words.join(''), ...'0123456789 /,']);
  const nonLetters = [...chars].filter((c) => !/\p{L}/u.test(c));
  const han = [...chars].filter(isHan);
  // Letters that are parts of words with letter boundaries: the whole-word lexicon.
  const parts = new Set<string>();
  for (const w of words) for (const p of w.replace(/\u0640/g, '').split(/\P{L}+/u)) if (p && !isHan(p)) parts.add(p);
  const alt = (list: Iterable<string>) => [...list].map(escape).join('|');
  // A break character: not a letter, not white space, in no word and in no pattern.
  const breakChar = `[^\\p{L}\\s${nonLetters.map(escapeClass).join('')}]`;
  // With Chinese words: runs of other letters, and one Han character that no Chinese word holds.
  // Breaks next to each other make one unit, so that a scan takes them in one step.
  const runChar = han.length ? '(?:(?!\\p{Script=Han})\\p{L})' : '\\p{L}';
  const breakUnitChar = han.length ? `(?:(?![${han.join('')}])\\p{Script=Han}|${breakChar})` : breakChar;
  const unit = `(${runChar}+)|${breakUnitChar}+`;
  const suffixes = g.yearSuffix.map((s) => s.split(/\P{L}+/u)[0] ?? '').filter((s) => s && !isHan(s));
  const andWords = g.and.filter((w) => /\p{L}/u.test(w));
  const breaks: Breaks = {
    unit: new RegExp(unit, 'gu'),
    classes: new Uint8Array(0x10000),
    astral: new Map(),
    // Arabic may write `و`, `ب` or `ل` joined before a month.
    lexicon: new RegExp(`^${lang === 'ar' ? '[وبل]?' : ''}(?:${alt(parts)})$`, 'iu'),
    yearSuffix: suffixes.length ? new RegExp(`^(?:${alt(suffixes)})`, 'iu') : undefined,
    andWord: new RegExp(alt(andWords), 'gu'),
    month: new RegExp(
      lang === 'zh'
        ? '月'
        : [...MONTHS[lang].keys()]
            .map((k) => [...k].map((c) => `${escape(c)}${/[\u0621-\u064A]/.test(c) ? '\u0640*' : ''}`).join(''))
            .join('|')
            .replaceAll('/', ' ?/ ?'),
      'giu',
    ),
    runChar: new RegExp(`^${runChar}$`, 'u'),
    breakChar: new RegExp(`^${breakUnitChar}$`, 'u'),
  };
  cache.set(lang, breaks);
  return breaks;
}

/*
 * The break searches below read the text a character at a time, with a table of what each character is to `unit`
 * (a regex call per unit cost a third of the date extractor's time). `unit` is one of two alternatives, each a
 * repeated single character: a run of RUN characters (a run of letters, group 1), or a run of BREAK characters.
 * So, scanning forward, a unit starts at the first character that is not NEUTRAL (neither alternative matches
 * it) and is the longest run of characters of its class from there: the same units `unit` finds, one by one.
 */
/** A character `unit` steps over: white space, a character of the grammar's words or patterns (digits, `/`, `,`). */
const NEUTRAL = 1;
/** A character of a run of letters (group 1 of `unit`). */
const RUN = 2;
/** A character of a run of breaks (the other alternative of `unit`). */
const BREAK = 3;

/** What a code point is to `unit`: decided by the regex of each alternative, once per character. */
function classOf(b: Breaks, cp: number): number {
  if (cp < 0x10000) {
    const k = b.classes[cp] ?? 0;
    if (k !== 0) return k;
  } else {
    const k = b.astral.get(cp);
    if (k !== undefined) return k;
  }
  const c = String.fromCodePoint(cp);
  const k = b.runChar.test(c) ? RUN : b.breakChar.test(c) ? BREAK : NEUTRAL;
  if (cp < 0x10000) b.classes[cp] = k;
  else b.astral.set(cp, k);
  return k;
}

/** The code point at `i` (a lone surrogate is one, as in a regex with the `u` flag). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/** The end of the run of characters of class `k` that starts at `i`. */
function runEnd(b: Breaks, text: string, i: number, k: number): number {
  let j = i;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if (classOf(b, cp) !== k) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** Is the run of letters [i, j) a break (neither a word of the grammar nor a year suffix)? */
function isRunBreak(b: Breaks, text: string, i: number, j: number): boolean {
  const run = text.slice(i, j);
  const bare = run.includes('\u0640') ? run.replace(/\u0640/g, '') : run;
  return !(b.lexicon.test(bare) || (b.yearSuffix?.test(run) ?? false));
}
/** The start of the code point that ends just before `i` (-1 before the text). */
function previousStart(text: string, i: number): number {
  const q = i - 1;
  if (q > 0) {
    const c = text.charCodeAt(q);
    const h = text.charCodeAt(q - 1);
    if (c >= 0xdc00 && c <= 0xdfff && h >= 0xd800 && h <= 0xdbff) return q - 1;
  }
  return q;
}

/**
 * The end of the last break that starts at or before `limit`, searching back to `floor` (a position just after a
 * break, or 0); `floor` when there is none.
 *
 * Read backwards from `limit`, a unit at a time: the units are the longest runs of one class (see above), as a
 * forward scan from `floor` finds them, so the first break met is the last one that starts at or before `limit`.
 * The forward scan this replaced (from a little before `limit`, widening) saw the same units: it started at the
 * end of a run it fell inside, and at a run of breaks it fell inside, which ends where the whole run ends.
 */
export function breakEndBefore(b: Breaks, text: string, limit: number, floor: number): number {
  // The scan this replaced stepped over a lone low surrogate at `floor` (a break of its own): so does this one.
  const c = text.charCodeAt(floor);
  const first = floor > 0 && c >= 0xdc00 && c <= 0xdfff ? floor + 1 : floor;
  let p = Math.min(limit, text.length - 1);
  // Not inside a surrogate pair: a character that starts before `limit` starts at or before it.
  if (p > 0 && p >= first) {
    const c = text.charCodeAt(p);
    const h = text.charCodeAt(p - 1);
    if (c >= 0xdc00 && c <= 0xdfff && h >= 0xd800 && h <= 0xdbff) p--;
  }
  while (p >= first) {
    const k = classOf(b, codePointAt(text, p));
    if (k === NEUTRAL) {
      p = previousStart(text, p);
      continue;
    }
    // A run of breaks ends where it ends, wherever it starts (a scan from `floor` inside it finds its end too).
    if (k === BREAK) return runEnd(b, text, p, BREAK);
    let s = p;
    for (let q = previousStart(text, s); q >= 0 && classOf(b, codePointAt(text, q)) === RUN; q = previousStart(text, q))
      s = q;
    // A run that starts before `floor` is one a scan from `floor` steps over (it starts at the end of a run it
    // falls inside).
    if (s < first) return floor;
    const e = runEnd(b, text, p, RUN);
    if (isRunBreak(b, text, s, e)) return e;
    p = previousStart(text, s);
  }
  return floor;
}

/** The start of the first break at or after `from` (not inside a run of letters); the text's end when none. */
export function breakStartAfter(b: Breaks, text: string, from: number): number {
  for (let i = from; i < text.length;) {
    const cp = codePointAt(text, i);
    const k = classOf(b, cp);
    if (k === NEUTRAL) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (k === BREAK) return i;
    const j = runEnd(b, text, i, RUN);
    if (isRunBreak(b, text, i, j)) return i;
    i = j;
  }
  return text.length;
}

/** Does a month (a name, even inside a longer word; a Chinese `月`) appear in [from, to)? */
function hasMonth(b: Breaks, text: string, from: number, to: number): boolean {
  b.month.lastIndex = 0;
  return b.month.test(text.slice(from, to));
}

/** Does an `and` word of the grammar appear whole in [from, to)? */
function hasAndWord(b: Breaks, text: string, from: number, to: number): boolean {
  b.andWord.lastIndex = 0;
  return b.andWord.test(text.slice(from, to));
}

/**
 * The windows [start, end) of `text` that hold every date `lang`'s grammar finds, in order and apart from each
 * other; each starts just after a break (or at 0) and ends at a break (or at the end).
 */
export function dateWindows(text: string, lang: UnLang): Array<[number, number]> {
  const b = breaksOf(lang);
  const out: Array<[number, number]> = [];
  let floor = 0;
  YEAR_ANCHOR.lastIndex = 0;
  for (let m = YEAR_ANCHOR.exec(text); m; m = YEAR_ANCHOR.exec(text)) {
    const at = m.index;
    const end = breakStartAfter(b, text, at);
    let start = breakEndBefore(b, text, at, floor);
    if (start > 0 && hasAndWord(b, text, Math.max(0, start - LEND_REACH), end)) {
      const reach = breakEndBefore(b, text, start - LEND_REACH, 0);
      // Only a date with a month borrows a year: no month name in the reach, nothing to borrow.
      if (hasMonth(b, text, reach, start)) start = reach;
    }
    // Merge with the windows this one overlaps (its reach back may pass over more than one).
    for (let last = out[out.length - 1]; last && start < last[1]; last = out[out.length - 1]) {
      start = Math.min(start, last[0]);
      out.pop();
    }
    out.push([start, end]);
    floor = end;
    YEAR_ANCHOR.lastIndex = end;
  }
  return out;
}

// The ASCII characters the exclusion patterns may match: letters, digits, space, `(`, `)`, `/`, `.`, `-`.
const EXCLUSION_ASCII = Array.from({ length: 128 }, (_, c) => /[A-Za-z0-9 ()/.-]/.test(String.fromCharCode(c)));

/**
 * Is `c` (a UTF-16 code unit) a character that none of the exclusion patterns (NUMBER_WITH_YEAR, SYMBOL,
 * NOT_A_YEAR in patterns.ts) can match: not a letter, a digit, a space, `(`, `)`, `/`, `.`, `-`, `°`, `º` or `№`?
 * Known only for ASCII and a few common marks (commas, full stops, quotes of CJK and Arabic text); any other
 * character counts as one they may match.
 */
function outsideExclusions(c: number): boolean {
  if (c < 128) return !EXCLUSION_ASCII[c];
  return (
    c === 0xff0c || // ，
    c === 0x3001 || // 、
    c === 0x3002 || // 。
    c === 0x060c || // ،
    c === 0x061b || // ؛
    c === 0x201c || // “
    c === 0x201d || // ”
    c === 0xab || // «
    c === 0xbb // »
  );
}

/** A pattern no date may overlap, and a character each of its matches holds (to skip pieces without it). */
export interface ExclusionPattern {
  re: RegExp;
  holds?: string;
  /** A cheaper test that text[from, to) passes whenever `re`, run on it from `from`, finds a match there. */
  may?: (text: string, from: number, to: number) => boolean;
}

// Copies of the exclusion patterns, made once: their lastIndex is shared with other extractors, and compiling
// them again for every document costs more than reading a small one.
const copies = new WeakMap<readonly ExclusionPattern[], ExclusionPattern[]>();
function ownCopies(patterns: readonly ExclusionPattern[]): ExclusionPattern[] {
  let res = copies.get(patterns);
  if (!res) {
    res = patterns.map(({ re, holds, may }) => ({
      re: new RegExp(re.source, re.flags),
      ...(holds ? { holds } : {}),
      ...(may ? { may } : {}),
    }));
    copies.set(patterns, res);
  }
  return res;
}

/**
 * The matches of some patterns (the spans no date may overlap) that overlap [x, y), sorted and merged, found
 * without reading the whole text. The patterns read from just after the last character before x that none of
 * them can match, to the first such character at or after y: no match of a whole-text scan runs across such a
 * character, so the scan from there finds the same matches. Two characters before the piece are kept for the
 * patterns' look-behinds (two at most); at its end their look-aheads ask only for what such a character is not
 * (a digit, a space, `г`).
 */
export function exclusionsNear(
  text: string,
  patterns: readonly ExclusionPattern[],
): (x: number, y: number) => Array<[number, number]> {
  const res = ownCopies(patterns);
  // The pieces read, by start, with all their matches (sorted and merged): the windows of one long piece (a line
  // of letters, digits and spaces only) read it once, not once each, and so do the grammars after the first.
  const pieces: Array<{ from: number; to: number; spans: Array<[number, number]> }> = [];
  return (x, y) => {
    // The last piece that starts at or before x (a binary search), if it holds [x, y).
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pieces[mid]?.from ?? 0) <= x) lo = mid + 1;
      else hi = mid;
    }
    let last = pieces[lo - 1];
    if (!last || y > last.to) {
      let from = x;
      while (from > 0 && !outsideExclusions(text.charCodeAt(from - 1))) from--;
      let to = y;
      while (to < text.length && !outsideExclusions(text.charCodeAt(to))) to++;
      last = { from, to, spans: piecesMatches(text, res, from, to) };
      // Pieces start just after a character no pattern matches, so this one starts at or after the piece before
      // it (whose start is such a character's end, at or before x) and before the next: they stay sorted by start.
      // A piece holding [x, y) gives its matches, whether or not it overlaps another.
      pieces.splice(lo, 0, last);
    }
    // The spans that overlap [x, y): from the first that ends after x (a binary search), while they start before y.
    const spans = last.spans;
    let first = 0;
    let end = spans.length;
    while (first < end) {
      const mid = (first + end) >> 1;
      if ((spans[mid]?.[1] ?? 0) <= x) first = mid + 1;
      else end = mid;
    }
    const out: Array<[number, number]> = [];
    for (let k = first; k < spans.length; k++) {
      const span = spans[k];
      if (!span || span[0] >= y) break;
      out.push(span);
    }
    return out;
  };
}

/** Every match of the patterns in [from, to), sorted and merged; two characters before it for look-behinds. */
function piecesMatches(
  text: string,
  res: readonly ExclusionPattern[],
  from: number,
  to: number,
): Array<[number, number]> {
  const context = Math.max(0, from - 2);
  const piece = text.slice(context, to);
  const found: Array<[number, number]> = [];
  for (const { re, holds, may } of res) {
    if ((holds && !piece.includes(holds)) || (may && !may(text, from, to))) continue;
    re.lastIndex = from - context;
    for (let m = re.exec(piece); m; m = re.exec(piece))
      found.push([context + m.index, context + m.index + m[0].length]);
  }
  return mergeSpans(found);
}

/** Spans sorted by start, those that overlap or touch merged into one (the list is sorted in place). */
export function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const prev = merged[merged.length - 1];
    if (prev && a <= prev[1]) prev[1] = Math.max(prev[1], b);
    else merged.push([a, b]);
  }
  return merged;
}
