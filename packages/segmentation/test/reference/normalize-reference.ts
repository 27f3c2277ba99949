/**
 * The normaliser as it was before the speed work (commit 4d40a0c), kept unchanged as an oracle: the tests in
 * normalize.equivalence.test.ts check that the fast normalize() gives exactly the same text, offset maps,
 * blocks and asides on the whole bundled corpus and on generated strings. Do not optimise this file.
 */
import type { Aside, Block, NormalizedText } from '@untk/core';
// foldChar is used as it is (its radical table is data); the other character classes are the old code.
import { foldChar } from '../../src/chars.js';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf\u3040-\u30ff]/;
function isCjk(ch: string): boolean {
  return CJK.test(ch);
}
function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      w += 1;
    } else w += CJK.test(String.fromCharCode(c)) ? 2 : 1;
  }
  return w;
}
const BULLET =
  /^[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf0e0\u2022\u2023\u2043\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u25e6\u27a2\u2713\u2714\u00b7\u30fb]/;
function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
function isInvisible(code: number): boolean {
  return INVISIBLE.has(code);
}

/** The offset-map builder as it was (parts joined at the end, typed arrays grown by doubling). */
class ReferenceBuilder {
  private readonly parts: string[] = [];
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private length = 0;
  private readonly blocks: Block[] = [];
  private readonly asides: Aside[] = [];

  get size(): number {
    return this.length;
  }

  /** The last normalised code unit written, or '' at the start. */
  get last(): string {
    const p = this.parts[this.parts.length - 1];
    return p === undefined ? '' : p.slice(-1);
  }

  /** Append `piece`, every code unit of which stands for `original.slice(origStart, origEnd)`. */
  push(piece: string, origStart: number, origEnd: number): void {
    if (piece.length === 0) return;
    this.reserve(this.length + piece.length);
    this.starts.fill(origStart, this.length, this.length + piece.length);
    this.ends.fill(origEnd, this.length, this.length + piece.length);
    this.parts.push(piece);
    this.length += piece.length;
  }

  /** Append a run copied unchanged from the original, starting at `origStart`. */
  copy(piece: string, origStart: number): void {
    if (piece.length === 0) return;
    this.reserve(this.length + piece.length);
    for (let i = 0; i < piece.length; i++) {
      this.starts[this.length + i] = origStart + i;
      this.ends[this.length + i] = origStart + i + 1;
    }
    this.parts.push(piece);
    this.length += piece.length;
  }

  /** Drop code units from the end so that `size` becomes `n`. */
  truncate(n: number): void {
    let drop = this.length - n;
    while (drop > 0) {
      const p = this.parts.pop() ?? '';
      if (p.length > drop) {
        this.parts.push(p.slice(0, p.length - drop));
        this.length -= drop;
        drop = 0;
      } else {
        this.length -= p.length;
        drop -= p.length;
      }
    }
  }

  block(kind: Block['kind'], start: number, end: number): void {
    if (end > start) this.blocks.push({ kind, start, end });
  }

  aside(a: Aside): void {
    this.asides.push(a);
  }

  build(): NormalizedText {
    return {
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
      blocks: this.blocks,
      asides: this.asides,
    };
  }

  private reserve(n: number): void {
    if (n <= this.starts.length) return;
    let cap = this.starts.length;
    while (cap < n) cap *= 2;
    const s = new Int32Array(cap);
    s.set(this.starts.subarray(0, this.length));
    const e = new Int32Array(cap);
    e.set(this.ends.subarray(0, this.length));
    this.starts = s;
    this.ends = e;
  }
}

interface Line {
  /** offset of the first code unit of the line in the original */
  start: number;
  /** the line without its terminator */
  text: string;
  /** the line ended with a form feed: a page break follows */
  pageEnd: boolean;
}

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
// Punctuation that ends a sentence or a heading: a line ending in one can end a paragraph.
const FINAL = /[。！？；：!?;:.…”」』)）]$/;
// A Latin letter before a line-end hyphen, and a lower-case letter after it: a word broken over two lines.
const HYPHEN_BREAK = /[A-Za-zÀ-ÿ]-$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n|\f|\u2028|\u2029/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start: from, text: text.slice(from, m.index), pageEnd: m[0] === '\f' });
    from = m.index + m[0].length;
  }
  lines.push({ start: from, text: text.slice(from), pageEnd: false });
  return lines;
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
function findRunningLines(lines: readonly Line[]): { running: Set<number>; edges: Set<number> } {
  const running = new Set<number>();
  const byKey = new Map<string, Array<{ line: number; page: number }>>();
  const edges: number[] = [];
  let pageFirst = -1;
  let pageLast = -1;
  let pages = 0;
  const closePage = () => {
    if (pageFirst >= 0) edges.push(pageFirst);
    if (pageLast >= 0 && pageLast !== pageFirst) edges.push(pageLast);
    pageFirst = -1;
    pageLast = -1;
    pages++;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    if (!isBlank(l.text)) {
      const trimmed = l.text.trim();
      if (trimmed.length <= 80) {
        // A job number has a bracket and a symbol line a slash: other lines skip both tests.
        if (trimmed.includes('(') && JOB_NUMBER_LINE.test(trimmed.replace(/\s+/g, ' '))) running.add(i);
        const key = trimmed.includes('/') ? runningKey(trimmed) : '';
        if (key !== '' && SYMBOL_LINE.test(key)) {
          const at = byKey.get(key) ?? [];
          at.push({ line: i, page: pages });
          byKey.set(key, at);
        }
      }
      if (pageFirst < 0) pageFirst = i;
      pageLast = i;
    }
    if (l.pageEnd) closePage();
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
      const t = lines[i]?.text.trim() ?? '';
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

function isBlank(s: string): boolean {
  return s.trim().length === 0;
}

/** Percentile of the display widths of the non-blank lines. */
function widthPercentile(lines: Line[], p: number): number {
  const widths = lines.filter((l) => !isBlank(l.text)).map((l) => displayWidth(l.text.trim()));
  if (widths.length === 0) return 0;
  widths.sort((a, b) => a - b);
  return widths[Math.min(widths.length - 1, Math.floor(p * widths.length))] ?? 0;
}

const SENTENCE_END = new Set(Array.from('。！？；!?;.…:：'));
function endsSentences(lines: Line[]): boolean {
  const content = lines.filter((l) => !isBlank(l.text)).map((l) => l.text.trim());
  const ends = content.filter((t) => SENTENCE_END.has(t.charAt(t.length - 1))).length;
  return content.length >= 20 && ends >= 0.7 * content.length;
}

/**
 * A text is "double-spaced" when PDF extraction put a blank line after nearly every line:
 * then a single blank line is a line break, not a paragraph break.
 */
function isDoubleSpaced(lines: Line[]): boolean {
  let single = 0;
  let content = 0;
  for (let i = 0; i < lines.length - 2; i++) {
    const l = lines[i];
    if (!l || isBlank(l.text)) continue;
    content++;
    const a = lines[i + 1];
    const b = lines[i + 2];
    if (a && b && isBlank(a.text) && !isBlank(b.text)) single++;
  }
  return content >= 4 && single / content > 0.6;
}

interface NormalizeOptions {
  /** Keep every line break as a block break (one sentence or record per line). Detected when omitted. */
  lineMode?: boolean;
}

/**
 * Normalise extracted text for analysis while keeping a map back to the original:
 * joins lines broken by page layout (no space between CJK characters), keeps paragraph and heading
 * boundaries, sets aside link-only lines, bullet glyphs and page numbers, folds full-width forms and
 * collapses white space. Every code unit of the result maps to the original range it came from.
 */
export function referenceNormalize(original: string, options: NormalizeOptions = {}): NormalizedText {
  const lines = splitLines(original);
  const typical = widthPercentile(lines, 0.75);
  // Text that is not hard-wrapped (one sentence or paragraph per line) keeps each line as a block.
  // (The same rule as src's endsSentences, added with it: a decision, not a fast path.)
  const lineMode = options.lineMode ?? (typical > 160 || endsSentences(lines));
  const doubleSpaced = !lineMode && isDoubleSpaced(lines);
  const shortLine = typical * 0.72;
  // The words of the text, for line-end hyphens: collected the first time a hyphen needs them.
  let words: Set<string> | undefined;
  const wordsForHyphens = () => (words ??= collectWords(original));
  const { running, edges } = lineMode
    ? { running: new Set<number>(), edges: new Set<number>() }
    : findRunningLines(lines);

  const out = new ReferenceBuilder();
  let blockStart = 0;
  let blockKind: 'paragraph' | 'heading' = 'paragraph';
  let prev: { text: string; end: number; width: number } | undefined;
  let blanks = 0;
  let pendingBreak = false;
  // A page break or running head came between the previous line and the next: the text may run on.
  let pageTurn = false;

  const closeBlock = () => {
    out.block(blockKind, blockStart, out.size);
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    const raw = line.text;
    if (line.pageEnd && prev !== undefined) {
      pageTurn = true;
      blanks = 0;
    }
    if (isBlank(raw)) {
      if (!pageTurn) blanks++;
      continue;
    }
    if (running.has(index)) {
      const lead = raw.length - raw.trimStart().length;
      const head = raw.trim();
      out.aside({ kind: 'running-head', start: line.start + lead, end: line.start + lead + head.length, text: head });
      if (prev !== undefined) pageTurn = true;
      blanks = 0;
      continue;
    }
    if (LINK_LINE.test(raw)) {
      const lead = raw.length - raw.trimStart().length;
      const url = raw.trim();
      out.aside({ kind: 'link', start: line.start + lead, end: line.start + lead + url.length, text: url });
      continue;
    }
    if (!lineMode && PAGE_NUMBER_LINE.test(raw) && (blanks > 0 || pageTurn || edges.has(index))) {
      const lead = raw.length - raw.trimStart().length;
      const num = raw.trim();
      out.aside({ kind: 'page-number', start: line.start + lead, end: line.start + lead + num.length, text: num });
      pendingBreak = false;
      if (prev !== undefined) pageTurn = true;
      blanks = 0;
      continue;
    }

    let content = raw;
    let contentStart = line.start;
    const lead = content.length - content.trimStart().length;
    const indented = lead > 0;
    content = content.slice(lead);
    contentStart += lead;
    let bullet = false;
    const b = BULLET.exec(content);
    if (b && (content.length === 1 || /\s/.test(content[1] ?? ' ') || (content.codePointAt(0) ?? 0) >= 0xe000)) {
      out.aside({ kind: 'bullet', start: contentStart, end: contentStart + b[0].length, text: b[0] });
      const rest = content.slice(b[0].length);
      const restLead = rest.length - rest.trimStart().length;
      contentStart += b[0].length + restLead;
      content = rest.slice(restLead);
      bullet = true;
      if (content.length === 0) {
        pendingBreak = true;
        blanks = 0;
        continue;
      }
    }
    const heading = ZH_PARA_HEADING.test(content);

    let join: Join = 'continue';
    if (prev === undefined) join = heading ? 'heading' : 'paragraph';
    else if (lineMode || pendingBreak || bullet) join = 'paragraph';
    else if (heading) join = 'heading';
    // Across a page break the text runs on unless the last page ended a sentence.
    else if (pageTurn) join = FINAL.test(prev.text) && !/^[a-zà-ÿ]/.test(content) ? 'paragraph' : 'continue';
    else if (doubleSpaced ? blanks >= 2 : blanks >= 1) join = 'paragraph';
    // An indented line starts a paragraph after a sentence end, a heading or a short (last) line; a short
    // line alone does not, since signature blocks and headings wrap into short lines too.
    else if (indented && (FINAL.test(prev.text) || blockKind === 'heading' || prev.width < shortLine))
      join = 'paragraph';
    else if (prev.width < shortLine && FINAL.test(prev.text)) join = 'paragraph';
    if (join === 'heading' && prev === undefined) blockKind = 'heading';

    if (prev !== undefined) {
      if (join === 'continue') {
        joinLines(out, prev, content, contentStart, wordsForHyphens);
      } else {
        closeBlock();
        out.push('\n', prev.end, contentStart);
        blockStart = out.size;
        blockKind = join === 'heading' ? 'heading' : 'paragraph';
      }
    } else {
      blockStart = 0;
    }
    const trailing = content.length - content.trimEnd().length;
    const body = content.slice(0, content.length - trailing);
    appendLine(out, body, contentStart);
    prev = { text: body, end: contentStart + body.length, width: displayWidth(body) };
    blanks = 0;
    pendingBreak = false;
    pageTurn = false;
  }
  if (prev !== undefined) closeBlock();
  return out.build();
}

/** Words of the text, to tell a line-end hyphen that breaks a word from one that belongs to it. */
function collectWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/[A-Za-zÀ-ÿ]{3,}/g)) words.add(m[0].toLowerCase());
  return words;
}

function joinLines(
  out: ReferenceBuilder,
  prev: { text: string; end: number },
  next: string,
  nextStart: number,
  words: () => Set<string>,
): void {
  const last = prev.text.slice(-1);
  const first = next.slice(0, 1);
  if (HYPHEN_BREAK.test(prev.text) && /^[a-zà-ÿ]/.test(next)) {
    const before = /[A-Za-zÀ-ÿ]+-$/.exec(prev.text)?.[0].slice(0, -1) ?? '';
    const after = /^[A-Za-zÀ-ÿ]+/.exec(next)?.[0] ?? '';
    if (words().has((before + after).toLowerCase())) {
      // `Organiza-` + `tion`: the hyphen was the line break's; it maps with the break to nothing.
      out.truncate(out.size - 1);
    }
    return;
  }
  if (isCjk(last) || isCjk(first)) return;
  out.push(' ', prev.end, nextStart);
}

// Characters appendLine must look at one by one: white space, invisible and private-use glyphs, and
// characters foldChar may change (full-width forms, radicals, compatibility ideographs, odd spaces).
// Everything else is copied in runs. Astral code points are checked one by one (high surrogates).
const SPECIAL =
  /[\s\u3000\u00a0\u00ad\u200b-\u200d\u2007\u202f\u2060\ufeff\ue000-\uf8ff\uf900-\ufaff\uff01-\uff5e\u2e80-\u2fdf\ud800-\udbff]/g;

// SPECIAL as a table of BMP code units (1: look at it), so the scan is one lookup a character.
const SPECIAL_UNIT = (() => {
  const t = new Uint8Array(0x10000);
  const one = new RegExp(SPECIAL.source);
  for (let c = 0; c < 0x10000; c++) if (one.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

/** Append one line's text: white space runs collapse to one space, widths fold, invisible glyphs go. */
function appendLine(out: ReferenceBuilder, line: string, origin: number): void {
  let i = 0;
  while (i < line.length) {
    // A run of characters copied as they are; a single ASCII space between two of them is copied with
    // them (it would be pushed as itself, mapped to itself, since the character before it was written).
    let next = i;
    while (next < line.length) {
      const c = line.charCodeAt(next);
      if (SPECIAL_UNIT[c] === 0) next++;
      else if (
        c === 0x20 &&
        next > i &&
        next + 1 < line.length &&
        SPECIAL_UNIT[line.charCodeAt(next - 1)] === 0 &&
        SPECIAL_UNIT[line.charCodeAt(next + 1)] === 0
      )
        next += 2;
      else break;
    }
    if (next > i) {
      out.copy(line.slice(i, next), origin + i);
      i = next;
      continue;
    }
    const code = line.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    const len = ch.length;
    if (/\s/.test(ch) || code === 0x3000) {
      let j = i + len;
      while (j < line.length && (/\s/.test(line[j] ?? '') || line.charCodeAt(j) === 0x3000)) j++;
      if (out.last !== ' ' && out.last !== '\n' && out.size > 0) out.push(' ', origin + i, origin + j);
      i = j;
      continue;
    }
    if (isInvisible(code) || isPrivateUse(code)) {
      i += len;
      continue;
    }
    const folded = foldChar(ch);
    if (folded === ch) out.copy(ch, origin + i);
    else out.push(folded, origin + i, origin + i + len);
    i += len;
  }
}
