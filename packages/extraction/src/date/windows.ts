import type { UnLang } from '@untk/core';
import { DATE_GRAMMARS } from './grammar.js';
import { grammarWords } from './patterns.js';
import { MONTHS } from './months.js';

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
// of `(?<![…\p{N}…])`, `(?<=… )` or `(?<=…[-–] ?)` there). Not the `2019` inside `12019`. Found by yearAnchors.
export const YEAR_ANCHOR = /(?<!\d)(?:19|20)\d\d/g;
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
  /** The words of `andWord` (which hasAndWord looks for itself). */
  andWords: readonly string[];
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
    andWords,
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

/** hasAndWord on each range [from, to) of a text in turn (sharing what it keeps), and `andWord` on it: for tests. */
export function andWordBothWays(
  lang: UnLang,
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): [boolean[], boolean[]] {
  const b = breaksOf(lang);
  const re = new RegExp(b.andWord.source, b.andWord.flags);
  const next: Array<{ from: number; at: number }> = [];
  return [
    ranges.map(([from, to]) => hasAndWord(b, text, from, to, next)),
    ranges.map(([from, to]) => {
      re.lastIndex = 0;
      return re.test(text.slice(from, to));
    }),
  ];
}

/** Does a month (a name, even inside a longer word; a Chinese `月`) appear in [from, to)? */
function hasMonth(b: Breaks, text: string, from: number, to: number): boolean {
  b.month.lastIndex = 0;
  return b.month.test(text.slice(from, to));
}

/**
 * Does an `and` word of the grammar appear whole in [from, to)? As `andWord` (the words, with no boundaries) tells
 * on that slice: one of them starts at or after `from` and ends by `to`. Each word's first place at or after some
 * `from` is kept in `next` (one per text), and serves every later `from` up to it: the windows of a text come in
 * order, so each word is searched for about once over the text.
 */
function hasAndWord(
  b: Breaks,
  text: string,
  from: number,
  to: number,
  next: Array<{ from: number; at: number }>,
): boolean {
  // No words: the empty pattern, which matches anywhere.
  if (b.andWords.length === 0) return true;
  for (let k = 0; k < b.andWords.length; k++) {
    const w = b.andWords[k] ?? '';
    let known = next[k];
    if (!known || from < known.from || (known.at >= 0 && known.at < from))
      next[k] = known = { from, at: text.indexOf(w, from) };
    if (known.at >= 0 && known.at + w.length <= to) return true;
  }
  return false;
}

/*
 * The English grammar in a document of another language. UN documents in every language quote English dates (the
 * date of a letter, `6 February 2015`, in an Arabic report), so findDates runs the English grammar after the
 * document's own, and the longer of two overlapping dates wins. What English adds is written with a word of its
 * grammar (a month name, `since`, `mid-`, `to`, `1st`…): without one its tokens are digits, dashes, commas and
 * slashes, which every grammar reads alike or longer (`2015年`, `2015 года`). So in another language the English
 * grammar reads only the windows whose piece (the window with the context tokenizeWindow reads around it) holds
 * an English word: a run of ASCII letters that is a word of the grammar (case ignored), or ends with a month name
 * (a year after a month takes a footnote glued to it, `June 2017.5`, by a pattern that looks back at the month
 * with no letter boundary before it: `XJune 2017.5`). In Chinese, Arabic and Russian text most windows have none.
 * Tests compare the dates with those of the code that read every window, on the bundled corpus and on generated
 * text (test/date-reference.test.ts).
 */
let englishWords: ReadonlySet<string> | undefined;
let longestEnglishWord = 0;
// English month names (lower case, letters only) by length.
const englishMonths = new Map<number, Set<string>>();

/** Whether `text[from, to)` holds an English word of the date grammar (see above); a run it cuts counts whole. */
export function holdsEnglishWord(text: string, from: number, to: number): boolean {
  if (!englishWords) {
    const parts = new Set<string>();
    for (const w of grammarWords('en')) for (const p of w.toLowerCase().split(/[^a-z]+/)) if (p) parts.add(p);
    englishWords = parts;
    longestEnglishWord = Math.max(...[...parts].map((p) => p.length));
    for (const m of MONTHS.en.keys()) {
      const bare = m.toLowerCase().replace(/[^a-z]+/g, '');
      if (!englishMonths.has(bare.length)) englishMonths.set(bare.length, new Set());
      englishMonths.get(bare.length)?.add(bare);
    }
  }
  let i = from;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  while (i < to) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
    if (isEnglishWord(englishWords, text, start, i)) return true;
  }
  return false;
}

/** Whether the ASCII letters `text[start, end)` are a word of the English date grammar or end with a month name. */
function isEnglishWord(words: ReadonlySet<string>, text: string, start: number, end: number): boolean {
  const run = text.slice(start, end).toLowerCase();
  if (end - start <= longestEnglishWord && words.has(run)) return true;
  for (const [length, months] of englishMonths) if (run.length > length && months.has(run.slice(-length))) return true;
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The windows [start, end) of `text` that hold every date `lang`'s grammar finds, in order and apart from each
 * other; each starts just after a break (or at 0) and ends at a break (or at the end).
 */
export function dateWindows(
  text: string,
  lang: UnLang,
  anchors: readonly number[] = yearAnchors(text),
): Array<[number, number]> {
  const b = breaksOf(lang);
  const out: Array<[number, number]> = [];
  let floor = 0;
  const nextAnd: Array<{ from: number; at: number }> = [];
  // The anchors (see yearAnchors) in order; after a window, the first at or after its end (as YEAR_ANCHOR's scan
  // from there finds).
  for (let k = 0; k < anchors.length;) {
    const at = anchors[k] ?? 0;
    const end = breakStartAfter(b, text, at);
    let start = breakEndBefore(b, text, at, floor);
    if (start > 0 && hasAndWord(b, text, Math.max(0, start - LEND_REACH), end, nextAnd)) {
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
    while (k < anchors.length && (anchors[k] ?? 0) < end) k++;
  }
  return out;
}

// Four digits 1900-2099, as YEAR_ANCHOR without its look-behind (which yearAnchors checks itself).
const YEAR_DIGITS = /(?:19|20)\d\d/g;

/**
 * Every place where YEAR_ANCHOR matches in a text, in order: its scan from any place finds the first of them at
 * or after it. No two of them are less than four apart (the four digits of one are right before the other's), so
 * its scan from the start finds them all, and so does a scan for the digits alone that drops those with a digit
 * right before them: a dropped match covers only places with a digit before them, which the scan steps over.
 */
export function yearAnchors(text: string): number[] {
  const anchors: number[] = [];
  YEAR_DIGITS.lastIndex = 0;
  for (let m = YEAR_DIGITS.exec(text); m; m = YEAR_DIGITS.exec(text)) {
    const before = text.charCodeAt(m.index - 1);
    if (!(before >= 48 && before <= 57)) anchors.push(m.index);
  }
  return anchors;
}

// The ASCII characters the exclusion patterns may match: letters, digits, space, `(`, `)`, `/`, `.`, `-`.
const EXCLUSION_ASCII = Array.from({ length: 128 }, (_, c) => /[A-Za-z0-9 ()/.-]/.test(String.fromCharCode(c)));

/**
 * Is `c` (a UTF-16 code unit) a character that none of the exclusion patterns (NUMBER_WITH_YEAR, SYMBOL,
 * NOT_A_YEAR in patterns.ts) can match: not a letter, a digit, a space, `(`, `)`, `/`, `.`, `-`, `°`, `º` or `№`?
 * Known only for ASCII and a few common marks (commas, full stops, quotes of CJK and Arabic text); any other
 * character counts as one they may match.
 */
function outsideExclusionsByRule(c: number): boolean {
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

/** outsideExclusionsByRule for every code unit, as a table (1 for outside), made once. */
const OUTSIDE_EXCLUSIONS = Uint8Array.from({ length: 0x10000 }, (_, c) => (outsideExclusionsByRule(c) ? 1 : 0));
const outsideExclusions = (c: number) => OUTSIDE_EXCLUSIONS[c] === 1;

/** A pattern no date may overlap, and a character each of its matches holds (to skip pieces without it). */
export interface ExclusionPattern {
  re: RegExp;
  holds?: string;
  /** A cheaper test that text[from, to) passes whenever `re`, run on it from `from`, finds a match there. */
  may?: (text: string, from: number, to: number) => boolean;
  /** A cheap test that the window [x, y) passes whenever a match of `re` overlaps it. */
  near?: (text: string, x: number, y: number) => boolean;
}

// Copies of the exclusion patterns, made once: their lastIndex is shared with other extractors, and compiling
// them again for every document costs more than reading a small one.
const copies = new WeakMap<readonly ExclusionPattern[], ExclusionPattern[]>();
function ownCopies(patterns: readonly ExclusionPattern[]): ExclusionPattern[] {
  let res = copies.get(patterns);
  if (!res) {
    res = patterns.map(({ re, holds, may, near }) => ({
      re: new RegExp(re.source, re.flags),
      ...(holds ? { holds } : {}),
      ...(may ? { may } : {}),
      ...(near ? { near } : {}),
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
 *
 * Only the patterns whose `near` test the window passes are read: the others have no match that overlaps it. So
 * the spans may differ from those of all the patterns beyond [x, y) (a merged span holds fewer matches) but not
 * inside it, and that is all a date's tokens ask: a token starts in the window and ends by its end, and a merged
 * span that overlaps the window overlaps a token in it exactly where some match does.
 */
export function exclusionsNear(
  text: string,
  patterns: readonly ExclusionPattern[],
): (x: number, y: number) => Array<[number, number]> {
  const res = ownCopies(patterns);
  // The pieces read, by start, with the matches of each pattern read there so far, and their merged spans by the
  // set of patterns (a bit each): the windows of one long piece (a line of letters, digits and spaces only) read
  // it once, not once each, and so do the grammars after the first.
  const pieces: Array<{
    from: number;
    to: number;
    found: Array<Array<[number, number]> | undefined>;
    merged: Map<number, Array<[number, number]>>;
  }> = [];
  return (x, y) => {
    let wanted = 0;
    for (let k = 0; k < res.length; k++) {
      const near = res[k]?.near;
      if (!near || near(text, x, y)) wanted |= 1 << k;
    }
    if (wanted === 0) return [];
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
      last = { from, to, found: [], merged: new Map() };
      // Pieces start just after a character no pattern matches, so this one starts at or after the piece before
      // it (whose start is such a character's end, at or before x) and before the next: they stay sorted by start.
      // A piece holding [x, y) gives its matches, whether or not it overlaps another.
      pieces.splice(lo, 0, last);
    }
    const piece = last;
    let spans = piece.merged.get(wanted);
    if (!spans) {
      const all: Array<[number, number]> = [];
      for (let k = 0; k < res.length; k++) {
        const r = res[k];
        if (!r || !(wanted & (1 << k))) continue;
        let found = piece.found[k];
        if (!found) piece.found[k] = found = pieceMatches(text, r, piece.from, piece.to);
        for (const span of found) all.push([span[0], span[1]]);
      }
      spans = mergeSpans(all);
      piece.merged.set(wanted, spans);
    }
    // The spans that overlap [x, y): from the first that ends after x (a binary search), while they start before y.
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

/** Every match of one pattern in [from, to); two characters before it for look-behinds. */
function pieceMatches(text: string, pattern: ExclusionPattern, from: number, to: number): Array<[number, number]> {
  const { re, holds, may } = pattern;
  const context = Math.max(0, from - 2);
  const piece = text.slice(context, to);
  const found: Array<[number, number]> = [];
  if ((holds && !piece.includes(holds)) || (may && !may(text, from, to))) return found;
  re.lastIndex = from - context;
  for (let m = re.exec(piece); m; m = re.exec(piece)) found.push([context + m.index, context + m.index + m[0].length]);
  return found;
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
