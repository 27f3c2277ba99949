import { OCR_SC_SYMBOL, SYMBOL } from './patterns.js';

/** A match of a symbol pattern: where it starts and what it matched, with its capture groups. */
export type SymbolMatch = RegExpExecArray;

// Sticky copies: tried only at the one place before a `/` where a match can start.
const SYMBOL_AT = new RegExp(SYMBOL.source, 'uy');
const OCR_SC_SYMBOL_AT = new RegExp(OCR_SC_SYMBOL.source, 'uy');

const isUpperAscii = (c: number) => c >= 0x41 && c <= 0x5a;
const isOcrS = (c: number) => c === 0x35 || c === 0x38 || c === 0x24; // 5 8 $

/**
 * Every match of SYMBOL in `text`, exactly as a global scan finds them, without running the pattern at every
 * position. A match is a series of capitals (`S`, `CEDAW`) right before a `/`, and its look-behind forbids a
 * letter before the series, so for each `/` only one start can match: the first capital of the run of capitals
 * that ends at it. Slashes are found by `indexOf` and the pattern is tried there alone. Starts come in
 * increasing order with the slashes, so the first match found after the previous one is the leftmost, as in
 * the global scan; the backwards walk stops at the previous match's end, where the global scan resumes.
 */
export function* symbolMatches(text: string): Generator<SymbolMatch> {
  let from = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', Math.max(slash + 1, from))) {
    let start = slash;
    while (start > from && isUpperAscii(text.charCodeAt(start - 1))) start--;
    if (start === slash) continue;
    SYMBOL_AT.lastIndex = start;
    const m = SYMBOL_AT.exec(text);
    if (!m) continue;
    yield m;
    from = m.index + m[0].length;
  }
}

/**
 * Every match of OCR_SC_SYMBOL (`5/2002/1005`), as a global scan finds them: a match starts with `5`, `8` or `$`
 * one character before its first `/`, or two with a space between, so for each `/` that is the one place tried.
 */
export function* ocrSymbolMatches(text: string): Generator<SymbolMatch> {
  let from = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', Math.max(slash + 1, from))) {
    const before = text.charCodeAt(slash - 1);
    const start = isOcrS(before) ? slash - 1 : before === 0x20 && isOcrS(text.charCodeAt(slash - 2)) ? slash - 2 : -1;
    if (start < from) continue;
    OCR_SC_SYMBOL_AT.lastIndex = start;
    const m = OCR_SC_SYMBOL_AT.exec(text);
    if (!m) continue;
    yield m;
    from = m.index + m[0].length;
  }
}
