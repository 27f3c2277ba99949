import { abbreviations } from './sentences.js';
import { protectedRuns } from './protect.js';
import { wordSegments } from './words.js';
import { cutWords, tagOf } from './zh/jieba.js';

/** A token found in a sentence: offsets into that sentence string, and jieba's tag when asked for. */
export interface RawToken {
  start: number;
  end: number;
  tag?: string;
}

/** Receives each token of a sentence: offsets into the sentence, its text, its tag (with `pos`). */
export type TokenSink = (start: number, end: number, text: string, tag: string | undefined) => void;

// Han ideographs: a sentence with one is cut by jieba (which handles the Latin and digits around it too).
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// A token that is only punctuation, symbols or white space is not a word.
const NOT_A_WORD = /^[\p{P}\p{S}\p{Z}\s]+$/u;
// A document symbol (S/2017/97) rather than a number, for its tag.
const SYMBOL = /\//;
// A run of digits.
const DIGITS = /^\d+$/;

/** White space as the normaliser leaves it (it collapses runs to one ASCII space), and other spaces. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** Whether a segmenter's word is a word: letters or digits, not only punctuation, symbols or space. */
function isWord(w: string): boolean {
  const c = w.charCodeAt(0);
  // Fast path: a word starting with a Han character, a Latin letter or a digit.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))
    return true;
  return !NOT_A_WORD.test(w);
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * The word tokens of one sentence, in order, never overlapping, never white space or punctuation alone.
 * Sentences with Han characters go to jieba (HMM on); others to `Intl.Segmenter` for `lang`. Document
 * symbols and `1373(2001)` stay whole. With `pos`, jieba's tags (`nt` for names of the UN dictionary;
 * `nz` for document symbols, `m` for the numbers kept whole; none outside Chinese sentences).
 */
export function tokenize(sentence: string, lang: string, options: { pos?: boolean } = {}): RawToken[] {
  const out: RawToken[] = [];
  eachToken(sentence, primaryLanguage(lang), options.pos === true, (start, end, _text, tag) => {
    out.push(tag === undefined ? { start, end } : { start, end, tag });
  });
  return out;
}

/** The primary language subtag, lower-cased: `zh-Hant` → `zh`. */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase() || 'und';
}

// Every protected run holds a digit or a `/` (a symbol has at least one `/`, the numbers have digits):
// sentences without either skip the search.
const MAY_PROTECT = /[0-9/]/;

/** tokenize() without building an array: each token goes to `sink`, in order. `primary`: see primaryLanguage(). */
export function eachToken(sentence: string, primary: string, pos: boolean, sink: TokenSink): void {
  const han = HAN.test(sentence);
  let from = 0;
  const words = (to: number) => {
    if (to > from) {
      if (han) jiebaTokens(sentence, from, to, pos, sink);
      else intlTokens(sentence, from, to, primary, sink);
    }
  };
  for (const [s, e] of MAY_PROTECT.test(sentence) ? protectedRuns(sentence) : []) {
    words(s);
    const text = sentence.slice(s, e);
    sink(s, e, text, pos && han ? (SYMBOL.test(text) ? 'nz' : 'm') : undefined);
    from = e;
  }
  words(sentence.length);
}

function jiebaTokens(sentence: string, from: number, to: number, pos: boolean, sink: TokenSink): void {
  const piece = from === 0 && to === sentence.length ? sentence : sentence.slice(from, to);
  const words = cutWords(piece);
  let at = from;
  for (let i = 0; i < words.length; i++) {
    let word = words[i] as string;
    // jieba gives the text back in order, piece by piece; look the piece up only if it is not where expected.
    let s = sentence.charCodeAt(at) === word.charCodeAt(0) ? at : sentence.indexOf(word, at);
    if (s < 0 || s + word.length > to) continue;
    at = s + word.length;
    if (!isWord(word)) continue;
    // tagOf(word) is the tag nodejieba's tag() gives the word (see zh/jieba.ts); jieba tags some one-digit
    // numbers `x` (第 1 段): a number is `m`.
    let tag: string | undefined;
    if (pos) {
      tag = tagOf(word);
      if (tag === 'x' && DIGITS.test(word)) tag = 'm';
    }
    let e = at;
    // jieba keeps a leading or trailing space on some Latin runs: trim it off the token.
    if (isSpace(word.charCodeAt(0)) || isSpace(word.charCodeAt(word.length - 1))) {
      while (s < e && isSpace(sentence.charCodeAt(s))) s++;
      while (e > s && isSpace(sentence.charCodeAt(e - 1))) e--;
      word = sentence.slice(s, e);
    }
    sink(s, e, word, tag);
  }
}

function intlTokens(sentence: string, from: number, to: number, lang: string, sink: TokenSink): void {
  const abbrevs = abbreviationsOf(lang);
  const word = (s: number, e: number) => {
    let text = sentence.slice(s, e);
    // `U.N` + `.`, `Mr` + `.`: the full stop belongs to a known abbreviation.
    if (e < to && sentence.charCodeAt(e) === 0x2e && abbrevs.has(`${text.toLowerCase()}.`)) text += '.';
    sink(s, s + text.length, text, undefined);
  };
  // Fast path: the same word-like segments as Intl.Segmenter for the scripts of UN text (see words.ts).
  if (wordSegments(sentence, from, to, word)) return;
  const piece = from === 0 && to === sentence.length ? sentence : sentence.slice(from, to);
  for (const w of wordSegmenter(lang).segment(piece)) {
    if (w.isWordLike) word(from + w.index, from + w.index + w.segment.length);
  }
}

function abbreviationsOf(lang: string): ReadonlySet<string> {
  return lang === 'en' || lang === 'fr' || lang === 'es' || lang === 'ru' || lang === 'ar'
    ? abbreviations(lang)
    : abbreviations('en');
}
