import { NormalizedTextBuilder, type NormalizedText } from '@untk/core';
import { DROP, FOLDED, foldChar, HIGH, SPACE, SPECIAL, TERM, UNIT, WIDE } from './chars.js';

type Join = 'continue' | 'paragraph' | 'heading';

// A whole line that is only a link (hyperlink footers of UN PDFs: https://undocs.org/ch/S/RES/2322(2016)).
const LINK_LINE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/;
// A numbered paragraph heading of UN reports: `第 1 段：…`, `第 16 和 17 段：…`.
const ZH_PARA_HEADING = /^\s*第\s*\d+(?:\s*(?:和|至|、)\s*\d+)*\s*段\s*[：:]/;
// A line that only holds a page number (`- 3 -`, `3/12`, `12`).
const PAGE_NUMBER_LINE = /^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4})\s*$/;
// A line that is only a UN document symbol, perhaps with a year (`S/RES/1445 (2002)`, `A/72/L.1`): a running head.
const SYMBOL_LINE = /^(?:[A-Z]{1,6}\/){1,2}[A-Z0-9.-]{1,12}(?:\/[A-Za-z0-9.-]{1,12}){0,5}(?: ?\(\d{4}\))?$/;
// A UN job number, with a page number, date codes or a barcode after it (`02-72318 (E)`, `16-22133 (C)  3/12`).
const JOB_NUMBER_LINE = /^\d{2}-\d{5} ?\([A-Z]\)(?: +[\d/*]{1,12}){0,3}$/;
// A page number at the start or end of a running head or footer (`3  S/RES/1445 (2002)`, `02-72318 (E)  3`).
// A single space is not enough: `Article 5` and `Article 16` are headings, not one head with page numbers.
const EDGE_PAGE_NUMBER =
  /^\d{1,4}(?: ?\/ ?\d{1,4})? {2,}| {2,}\d{1,4}(?: ?\/ ?\d{1,4})?$|^Page \d{1,4}(?: of \d{1,4})?$/;
// Punctuation that ends a sentence or a heading: a line ending in one can end a paragraph (a set of code
// units: the line's last unit is looked up, no regex runs).
const FINAL_UNITS = new Set(Array.from('。！？；：!?;:.…”」』)）', (c) => c.charCodeAt(0)));

// Bullet glyphs that PDF text extraction leaves at the start of list items (BULLET in chars.ts, as a set).
const BULLET_UNITS = new Set([
  0xf0b7, 0xf0a7, 0xf0d8, 0xf076, 0xf0fc, 0xf0a8, 0xf06e, 0xf0e0, 0x2022, 0x2023, 0x2043, 0x25aa, 0x25ab, 0x25cf,
  0x25cb, 0x25a0, 0x25a1, 0x25e6, 0x27a2, 0x2713, 0x2714, 0x00b7, 0x30fb,
]);
// 第, the first character of ZH_PARA_HEADING after white space.
const DI = 0x7b2c;

/** [a-zà-ÿ]: a lower-case Latin letter that lets a line run on after a hyphen or a page break. */
function isLowerLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xff);
}

/** [A-Za-zÀ-ÿ]: a letter of the words that line-end hyphens may break. */
function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xff);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// Bits of Lines.flags.
/** The line ended with a form feed: a page break follows. */
const PAGE_END = 1;
/** The trimmed line needs no change (see measureLine): it is copied in one step. */
const CLEAN = 2;

/**
 * The lines of a text, measured in one scan, as parallel typed arrays (no string or object a line):
 * line `i` is `text.slice(start[i], end[i])` without its terminator, and `text.slice(trimStart[i], trimEnd[i])`
 * is that line trimmed (empty for a blank line).
 */
class Lines {
  count = 0;
  /** Forget the lines, keep the arrays (normalize reuses one Lines: it is synchronous, so never re-entered). */
  reset(): void {
    this.count = 0;
  }

  start = new Int32Array(256);
  end = new Int32Array(256);
  trimStart = new Int32Array(256);
  trimEnd = new Int32Array(256);
  /** displayWidth of the trimmed line */
  width = new Int32Array(256);
  flags = new Uint8Array(256);

  add(start: number, end: number, trimStart: number, trimEnd: number, width: number, flags: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.trimStart[i] = trimStart;
    this.trimEnd[i] = trimEnd;
    this.width[i] = width;
    this.flags[i] = flags;
  }

  isBlank(i: number): boolean {
    return this.trimStart[i] === this.trimEnd[i];
  }

  private grow(): void {
    const n = this.start.length * 2;
    const int = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.start = int(this.start);
    this.end = int(this.end);
    this.trimStart = int(this.trimStart);
    this.trimEnd = int(this.trimEnd);
    this.width = int(this.width);
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.flags = f;
  }
}

// Result of measureLine(): the width and whether the range is clean, packed as `width * 2 + clean`.
let measured = 0;

/**
 * Scan `text` from `from`, a non-white-space character, to the end of its line. Returns where the trimmed line
 * ends (after its last non-white-space character) and leaves in `measured` its display width (as
 * displayWidth would count it) and whether it is clean: it holds no SPECIAL unit but single ASCII spaces.
 * appendSlow would copy a clean range unchanged, unit by unit: each single space comes after a character
 * that was just written, so it is kept as itself and maps to itself.
 */
function measureLine(text: string, from: number): number {
  const n = text.length;
  let width = 0;
  let clean = 1;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = UNIT[c] as number;
    // The common cases first: a narrow plain unit, a wide plain unit (CJK), a single space between words
    // (it follows a non-space unit, as every unit this loop meets does, and a plain one follows it).
    if (f === 0) {
      width++;
      i++;
      continue;
    }
    if (f === WIDE) {
      width += 2;
      i++;
      continue;
    }
    if (c === 0x20 && i + 1 < n && UNIT[text.charCodeAt(i + 1)] === 0) {
      width += 2;
      i += 2;
      continue;
    }
    if (f & TERM) break;
    if (f & SPACE) {
      // A run of white space: trailing (the line ends after it) or inside the line.
      let j = i + 1;
      let w = f & WIDE ? 2 : 1;
      for (let g: number; j < n && (g = UNIT[text.charCodeAt(j)] as number) & SPACE; j++) w += g & WIDE ? 2 : 1;
      if (j === n || (UNIT[text.charCodeAt(j)] as number) & TERM) {
        measured = width * 2 + clean;
        return i;
      }
      if (j - i > 1 || text.charCodeAt(i) !== 0x20) clean = 0;
      width += w;
      i = j;
      continue;
    }
    // Any other SPECIAL unit (or a high surrogate, which is one): the line needs the slow path.
    clean = 0;
    if (f & HIGH && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      // A surrogate pair is one narrow character.
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      width += 1;
    } else width += f & WIDE ? 2 : 1;
    i++;
  }
  measured = width * 2 + clean;
  return i;
}

// A unit that is not plain (UNIT is not 0: white space, a terminator, a wide or special unit) other than a single space,
// or two spaces: what ends scanLines' fast path. Built from UNIT, so the two agree.
const NOT_PLAIN = (() => {
  const ranges: string[] = [];
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  for (let c = 0; c < 0x10000; c++) {
    if (UNIT[c] === 0 || c === 0x20) continue;
    let d = c;
    while (d + 1 < 0x10000 && UNIT[d + 1] !== 0 && d + 1 !== 0x20) d++;
    ranges.push(c === d ? hex(c) : `${hex(c)}-${hex(d)}`);
    c = d;
  }
  return new RegExp(`[${ranges.join('')}]| {2}`, 'g');
})();

/**
 * Split `text` into lines at \r\n, \r, \n, \f, U+2028 and U+2029 and measure each (one pass over the text).
 * A text ending with a terminator has a last, empty line, as String.split would give.
 */
const scratchLines = new Lines();

function scanLines(text: string): Lines {
  const lines = scratchLines;
  lines.reset();
  const n = text.length;
  let i = 0;
  // Where NOT_PLAIN next matches at or after `i` (-1: not looked for yet; n: nowhere).
  let notPlain = -1;
  for (;;) {
    const start = i;
    // Fast path: a line that starts with a plain unit and holds only plain units and single spaces up to its `\n`
    // (one space may end it) is trimmed at its ends, as wide as it is long, and clean. The next unit that is not
    // plain is found by one native pattern, kept while the lines go by it (one scan of the text).
    if (i < n && UNIT[text.charCodeAt(i)] === 0) {
      if (notPlain < i) {
        NOT_PLAIN.lastIndex = i;
        notPlain = NOT_PLAIN.exec(text)?.index ?? n;
      }
      if (notPlain < n && text.charCodeAt(notPlain) === 0x0a) {
        const trimEnd = text.charCodeAt(notPlain - 1) === 0x20 ? notPlain - 1 : notPlain;
        lines.add(start, notPlain, start, trimEnd, trimEnd - start, CLEAN);
        i = notPlain + 1;
        continue;
      }
    }
    // Leading white space.
    while (i < n && ((UNIT[text.charCodeAt(i)] as number) & (SPACE | TERM)) === SPACE) i++;
    const trimStart = i;
    let trimEnd = i;
    let width = 0;
    let flags = 0;
    if (i < n && !((UNIT[text.charCodeAt(i)] as number) & TERM)) {
      trimEnd = measureLine(text, i);
      width = measured >> 1;
      if (measured & 1) flags |= CLEAN;
      // Trailing white space.
      i = trimEnd;
      while (i < n && ((UNIT[text.charCodeAt(i)] as number) & (SPACE | TERM)) === SPACE) i++;
    }
    if (i >= n) {
      lines.add(start, n, trimStart, trimEnd, width, flags);
      return lines;
    }
    const t = text.charCodeAt(i);
    if (t === 0x0c) flags |= PAGE_END;
    lines.add(start, i, trimStart, trimEnd, width, flags);
    i += t === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
  }
}

/** A line with white space collapsed and a page number at either edge removed: the same on every page. */
function runningKey(s: string): string {
  return s.trim().replace(EDGE_PAGE_NUMBER, '').trim().replace(/\s+/g, ' ');
}

/**
 * Lines that are page furniture rather than text: job-number footers, symbol-only running heads seen twice
 * or more (but the first, if it is on the first page), and, in a text of three pages or more (form feeds), a short line that opens or closes at least
 * half of the pages with the same words (page numbers aside). Returns their indexes, and the indexes of
 * the first and last lines of each page when there are page breaks.
 */
function findRunningLines(text: string, lines: Lines): { running: Set<number>; edges: Set<number> } {
  const running = new Set<number>();
  const byKey = new Map<string, Array<{ line: number; page: number }>>();
  const edges: number[] = [];
  let pageFirst = -1;
  let pageLast = -1;
  let pages = 0;
  let nextParen = -1;
  let nextSlash = -1;
  const closePage = () => {
    if (pageFirst >= 0) edges.push(pageFirst);
    if (pageLast >= 0 && pageLast !== pageFirst) edges.push(pageLast);
    pageFirst = -1;
    pageLast = -1;
    pages++;
  };
  for (let i = 0; i < lines.count; i++) {
    if (!lines.isBlank(i)) {
      const ts = lines.trimStart[i] as number;
      const te = lines.trimEnd[i] as number;
      if (te - ts <= 80) {
        // A job number has a bracket and a symbol line a slash: other lines skip both tests (and the slice).
        // The next bracket and slash are found with indexOf and kept while the lines go by them (one scan).
        if (nextParen < ts) nextParen = indexOrEnd(text, '(', ts);
        if (nextSlash < ts) nextSlash = indexOrEnd(text, '/', ts);
        const paren = nextParen < te;
        const slash = nextSlash < te;
        // JOB_NUMBER_LINE needs two digits and a hyphen first (collapsing white space keeps them).
        const job =
          paren && isDigit(text.charCodeAt(ts)) && isDigit(text.charCodeAt(ts + 1)) && text.charCodeAt(ts + 2) === 0x2d;
        if (job || slash) {
          const trimmed = text.slice(ts, te);
          if (job && JOB_NUMBER_LINE.test(trimmed.replace(/\s+/g, ' '))) running.add(i);
          const key = slash ? runningKey(trimmed) : '';
          if (key !== '' && SYMBOL_LINE.test(key)) {
            const at = byKey.get(key) ?? [];
            at.push({ line: i, page: pages });
            byKey.set(key, at);
          }
        }
      }
      if (pageFirst < 0) pageFirst = i;
      pageLast = i;
    }
    if ((lines.flags[i] as number) & PAGE_END) closePage();
  }
  closePage();
  // The first page's symbol line identifies the document (`S/RES/902 (1994)` under `Distr. GENERAL`): it stays.
  for (const at of byKey.values()) {
    if (at.length < 2) continue;
    for (const [n, o] of at.entries()) if (n > 0 || o.page > 0) running.add(o.line);
  }
  if (pages >= 3) {
    const counts = new Map<string, number[]>();
    for (const i of edges) {
      const t = text.slice(lines.trimStart[i], lines.trimEnd[i]);
      // Page numbers alone are the page-number rule's; long lines are text.
      if (t.length > 80 || PAGE_NUMBER_LINE.test(t)) continue;
      const key = runningKey(t);
      const at = counts.get(key) ?? [];
      at.push(i);
      counts.set(key, at);
    }
    for (const at of counts.values()) if (at.length * 2 >= pages) for (const i of at) running.add(i);
  }
  return { running, edges: pages >= 2 ? new Set(edges) : new Set() };
}

/** Where `ch` next occurs in `text` from `from`, or the text's length. */
function indexOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}

// The widths widthPercentile sorts, reused from call to call (a new typed array costs more than sorting a
// short document's widths).
let scratchWidths = new Int32Array(256);

/** Percentile of the display widths of the non-blank lines. */
function widthPercentile(lines: Lines, p: number): number {
  if (scratchWidths.length < lines.count) scratchWidths = new Int32Array(lines.count * 2);
  const widths = scratchWidths;
  let k = 0;
  for (let i = 0; i < lines.count; i++) if (!lines.isBlank(i)) widths[k++] = lines.width[i] as number;
  if (k === 0) return 0;
  // A typed array sorts numerically.
  const sorted = new Int32Array(widths.buffer, 0, k).sort();
  return sorted[Math.min(k - 1, Math.floor(p * k))] ?? 0;
}

// Marks that end a sentence (not a bracket or a quote, which also end lines of names and lists).
const SENTENCE_END_UNITS = new Set(Array.from('。！？；!?;.…:：', (c) => c.charCodeAt(0)));

/**
 * Whether a text holds one sentence or record a line rather than text wrapped at a width: at least 20 lines, and
 * 70% of them end with a mark that ends a sentence. The bundled dev-set files, one sentence a line, have 74-81%;
 * the seed report as its PDF gave it 17%, and no resolution of 20 lines or more over 58%.
 */
function endsSentences(text: string, lines: Lines): boolean {
  let content = 0;
  let ends = 0;
  for (let i = 0; i < lines.count; i++) {
    if (lines.isBlank(i)) continue;
    content++;
    if (SENTENCE_END_UNITS.has(text.charCodeAt((lines.trimEnd[i] as number) - 1))) ends++;
  }
  return content >= 20 && ends >= 0.7 * content;
}

/**
 * A text is "double-spaced" when PDF extraction put a blank line after nearly every line:
 * then a single blank line is a line break, not a paragraph break.
 */
function isDoubleSpaced(lines: Lines): boolean {
  let single = 0;
  let content = 0;
  for (let i = 0; i < lines.count - 2; i++) {
    if (lines.isBlank(i)) continue;
    content++;
    if (lines.isBlank(i + 1) && !lines.isBlank(i + 2)) single++;
  }
  return content >= 4 && single / content > 0.6;
}

export interface NormalizeOptions {
  /** Keep every line break as a block break (one sentence or record per line). Detected when omitted. */
  lineMode?: boolean;
}

/**
 * Normalise extracted text for analysis while keeping a map back to the original:
 * joins lines broken by page layout (no space between CJK characters), keeps paragraph and heading
 * boundaries, sets aside link-only lines, bullet glyphs and page numbers, folds full-width forms and
 * collapses white space. Every code unit of the result maps to the original range it came from.
 *
 * For speed the lines are measured in one scan (scanLines) and handled by their offsets: no line is sliced
 * unless a pattern has to be tested on it, and each pattern is tested only on lines that start with a
 * character it needs. A line that needs no change is copied in one step (see measureLine).
 */
export function normalize(original: string, options: NormalizeOptions = {}): NormalizedText {
  const text = original;
  const lines = scanLines(text);
  const typical = widthPercentile(lines, 0.75);
  // Text that is not hard-wrapped (one sentence or paragraph per line) keeps each line as a block: its lines are
  // long, or most of them end a sentence (Chinese sentences are short: the dev set's lines are 80 characters).
  const lineMode = options.lineMode ?? (typical > 160 || endsSentences(text, lines));
  const doubleSpaced = !lineMode && isDoubleSpaced(lines);
  const shortLine = typical * 0.72;
  // The words of the text, for line-end hyphens: looked up only when a hyphen needs them.
  const words = new HyphenWords(text);
  const { running, edges } = lineMode
    ? { running: new Set<number>(), edges: new Set<number>() }
    : findRunningLines(text, lines);

  // The output is about as long as the input: room for all of it, so the maps need not grow.
  const out = new NormalizedTextBuilder(text.length + 16);
  let blockStart = 0;
  let blockKind: 'paragraph' | 'heading' = 'paragraph';
  // The previous line's text (trimmed, bullet aside) is text.slice(prevStart, prevEnd).
  let hasPrev = false;
  let prevStart = 0;
  let prevEnd = 0;
  let prevWidth = 0;
  let blanks = 0;
  let pendingBreak = false;
  // A page break or running head came between the previous line and the next: the text may run on.
  let pageTurn = false;

  const closeBlock = () => {
    out.block(blockKind, blockStart, out.size);
  };
  const aside = (kind: 'link' | 'page-number' | 'running-head', start: number, end: number) =>
    out.aside({ kind, start, end, text: text.slice(start, end) });

  for (let index = 0; index < lines.count; index++) {
    const flags = lines.flags[index] as number;
    if (flags & PAGE_END && hasPrev) {
      pageTurn = true;
      blanks = 0;
    }
    if (lines.isBlank(index)) {
      if (!pageTurn) blanks++;
      continue;
    }
    const ts = lines.trimStart[index] as number;
    const te = lines.trimEnd[index] as number;
    const end = lines.end[index] as number;
    if (running.has(index)) {
      aside('running-head', ts, te);
      if (hasPrev) pageTurn = true;
      blanks = 0;
      continue;
    }
    const first = text.charCodeAt(ts);
    // LINK_LINE needs `h` or `w` first.
    if ((first === 0x68 || first === 0x77) && LINK_LINE.test(text.slice(ts, te))) {
      aside('link', ts, te);
      continue;
    }
    // PAGE_NUMBER_LINE needs a digit or `-` first.
    if (
      !lineMode &&
      (blanks > 0 || pageTurn || edges.has(index)) &&
      (isDigit(first) || first === 0x2d) &&
      PAGE_NUMBER_LINE.test(text.slice(ts, te))
    ) {
      aside('page-number', ts, te);
      pendingBreak = false;
      if (hasPrev) pageTurn = true;
      blanks = 0;
      continue;
    }

    const indented = ts > (lines.start[index] as number);
    // The line's text starts at contentStart and runs to te (trailing white space aside).
    let contentStart = ts;
    let width = lines.width[index] as number;
    let clean = (flags & CLEAN) !== 0;
    let bullet = false;
    // A bullet glyph followed by white space (or a symbol-font one, or alone on its line) is set aside.
    if (
      BULLET_UNITS.has(first) &&
      (ts + 1 === end || (UNIT[text.charCodeAt(ts + 1)] as number) & SPACE || first >= 0xe000)
    ) {
      out.aside({ kind: 'bullet', start: ts, end: ts + 1, text: text.charAt(ts) });
      contentStart = ts + 1;
      while (contentStart < end && (UNIT[text.charCodeAt(contentStart)] as number) & SPACE) contentStart++;
      bullet = true;
      if (contentStart === end) {
        pendingBreak = true;
        blanks = 0;
        continue;
      }
      measureLine(text, contentStart);
      width = measured >> 1;
      clean = (measured & 1) === 1;
    }
    const firstContent = text.charCodeAt(contentStart);
    // ZH_PARA_HEADING needs 第 first.
    const heading = firstContent === DI && ZH_PARA_HEADING.test(text.slice(contentStart, end));

    let join: Join = 'continue';
    if (!hasPrev) join = heading ? 'heading' : 'paragraph';
    else if (lineMode || pendingBreak || bullet) join = 'paragraph';
    else if (heading) join = 'heading';
    // Across a page break the text runs on unless the last page ended a sentence.
    else if (pageTurn)
      join = FINAL_UNITS.has(text.charCodeAt(prevEnd - 1)) && !isLowerLatin(firstContent) ? 'paragraph' : 'continue';
    else if (doubleSpaced ? blanks >= 2 : blanks >= 1) join = 'paragraph';
    // An indented line starts a paragraph after a sentence end, a heading or a short (last) line; a short
    // line alone does not, since signature blocks and headings wrap into short lines too.
    else if (
      indented &&
      (FINAL_UNITS.has(text.charCodeAt(prevEnd - 1)) || blockKind === 'heading' || prevWidth < shortLine)
    )
      join = 'paragraph';
    else if (prevWidth < shortLine && FINAL_UNITS.has(text.charCodeAt(prevEnd - 1))) join = 'paragraph';
    if (join === 'heading' && !hasPrev) blockKind = 'heading';

    if (hasPrev) {
      if (join === 'continue') {
        joinLines(out, text, prevStart, prevEnd, contentStart, words);
      } else {
        closeBlock();
        out.push('\n', prevEnd, contentStart);
        blockStart = out.size;
        blockKind = join === 'heading' ? 'heading' : 'paragraph';
      }
    } else {
      blockStart = 0;
    }
    if (clean) out.copyFrom(text, contentStart, te);
    else appendSlow(out, text, contentStart, te);
    hasPrev = true;
    prevStart = contentStart;
    prevEnd = te;
    prevWidth = width;
    blanks = 0;
    pendingBreak = false;
    pageTurn = false;
  }
  if (hasPrev) closeBlock();
  return out.build();
}

/**
 * Words of the text, to tell a line-end hyphen that breaks a word from one that belongs to it: every run of
 * three or more of [A-Za-zÀ-ÿ], lower-cased (what matchAll(/[A-Za-zÀ-ÿ]{3,}/g) finds).
 */
function collectWords(text: string): Set<string> {
  const words = new Set<string>();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isLatinLetter(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isLatinLetter(text.charCodeAt(j))) j++;
    if (j - i >= 3) words.add(text.slice(i, j).toLowerCase());
    i = j;
  }
  return words;
}

/**
 * Whether a lower-case word is one of collectWords(text). A text with few line-end hyphens asks a few times:
 * each question searches the lower-cased text for the word as a whole run of letters. After a few questions
 * the set of all words is built once, so that a text with many hyphens stays linear.
 */
class HyphenWords {
  private asked = 0;
  private lowered: string | undefined;
  private set: Set<string> | undefined;

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (word.length < 3) return false;
    if (this.set) return this.set.has(word);
    this.lowered ??= this.text.toLowerCase();
    // toLowerCase can lengthen a text (İ); then positions no longer match and the set decides.
    if (++this.asked > 8 || this.lowered.length !== this.text.length) {
      this.set = collectWords(this.text);
      return this.set.has(word);
    }
    const text = this.text;
    const n = word.length;
    for (let p = this.lowered.indexOf(word); p >= 0; p = this.lowered.indexOf(word, p + 1)) {
      // A hit counts if, in the original, it is a whole run of the letters (each lower-cases on its own, so
      // the run lower-cases to the word); a hit inside a longer word, or made of other letters that
      // lower-case to these (K, Ÿ), does not.
      if (p > 0 && isLatinLetter(text.charCodeAt(p - 1))) continue;
      if (p + n < text.length && isLatinLetter(text.charCodeAt(p + n))) continue;
      let k = 0;
      while (k < n && isLatinLetter(text.charCodeAt(p + k))) k++;
      if (k === n) return true;
    }
    return false;
  }
}

/**
 * Join the line at `next` to the previous line, text.slice(prevStart, prevEnd) (both non-empty): a word broken
 * by a line-end hyphen is mended, CJK runs on with nothing between, and anything else gets a space.
 */
function joinLines(
  out: NormalizedTextBuilder,
  text: string,
  prevStart: number,
  prevEnd: number,
  next: number,
  words: HyphenWords,
): void {
  const last = text.charCodeAt(prevEnd - 1);
  const first = text.charCodeAt(next);
  // A Latin letter before a line-end hyphen, and a lower-case letter after it: a word broken over two lines.
  if (last === 0x2d && prevEnd - prevStart >= 2 && isLatinLetter(text.charCodeAt(prevEnd - 2)) && isLowerLatin(first)) {
    let b = prevEnd - 1;
    while (b > prevStart && isLatinLetter(text.charCodeAt(b - 1))) b--;
    let a = next + 1;
    while (a < text.length && isLatinLetter(text.charCodeAt(a))) a++;
    if (words.has((text.slice(b, prevEnd - 1) + text.slice(next, a)).toLowerCase())) {
      // `Organiza-` + `tion`: the hyphen was the line break's; it maps with the break to nothing.
      out.truncate(out.size - 1);
    }
    return;
  }
  if ((UNIT[last] as number) & WIDE || (UNIT[first] as number) & WIDE) return;
  out.push(' ', prevEnd, next);
}

/**
 * Append text.slice(from, to), a trimmed line that is not clean: white space runs collapse to one space,
 * widths fold, invisible and private-use glyphs go. Runs of units that need no change are copied in one step.
 */
function appendSlow(out: NormalizedTextBuilder, text: string, from: number, to: number): void {
  let i = from;
  while (i < to) {
    const f = UNIT[text.charCodeAt(i)] as number;
    if (!(f & SPECIAL)) {
      let j = i + 1;
      while (j < to && !((UNIT[text.charCodeAt(j)] as number) & SPECIAL)) j++;
      out.copyFrom(text, i, j);
      i = j;
      continue;
    }
    if (f & SPACE) {
      let j = i + 1;
      while (j < to && (UNIT[text.charCodeAt(j)] as number) & SPACE) j++;
      const last = out.lastCode;
      if (last !== 0x20 && last !== 0x0a && out.size > 0) out.push(' ', i, j);
      i = j;
      continue;
    }
    // One character: a BMP unit, or a surrogate pair (never dropped; foldChar decides).
    let len = 1;
    if (f & HIGH && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) len = 2;
    }
    if (len === 1) {
      if (!(f & DROP)) {
        const folded = FOLDED[text.charCodeAt(i)];
        if (folded === undefined) out.copyFrom(text, i, i + 1);
        else out.push(folded, i, i + 1);
      }
    } else {
      const ch = text.slice(i, i + 2);
      const folded = foldChar(ch);
      if (folded === ch) out.copyFrom(text, i, i + 2);
      else out.push(folded, i, i + 2);
    }
    i += len;
  }
}
