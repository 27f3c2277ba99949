import { abbreviations } from './sentences.js';
import { protectedRuns } from './protect.js';
import { cutWords, tagWords } from './zh/jieba.js';

/** A token found in a sentence: offsets into that sentence string, and jieba's tag when asked for. */
export interface RawToken {
  start: number;
  end: number;
  tag?: string;
}

// Han ideographs: a sentence with one is cut by jieba (which handles the Latin and digits around it too).
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// A token that is only punctuation, symbols or white space is not a word.
const NOT_A_WORD = /^[\p{P}\p{S}\p{Z}\s]+$/u;
// A document symbol (S/2017/97) rather than a number, for its tag.
const SYMBOL = /\//;
// A run of digits.
const DIGITS = /^\d+$/;

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
  const han = HAN.test(sentence);
  const primary = lang.split('-')[0]?.toLowerCase() ?? 'und';
  let from = 0;
  const words = (to: number) => {
    if (to > from) {
      if (han) jiebaTokens(sentence, from, to, options.pos === true, out);
      else intlTokens(sentence, from, to, primary, out);
    }
  };
  for (const [s, e] of protectedRuns(sentence)) {
    words(s);
    out.push(
      options.pos && han
        ? { start: s, end: e, tag: SYMBOL.test(sentence.slice(s, e)) ? 'nz' : 'm' }
        : { start: s, end: e },
    );
    from = e;
  }
  words(sentence.length);
  return out;
}

function jiebaTokens(sentence: string, from: number, to: number, pos: boolean, out: RawToken[]): void {
  const piece = from === 0 && to === sentence.length ? sentence : sentence.slice(from, to);
  let at = from;
  const add = (word: string, tag?: string) => {
    // jieba returns the text back in pieces; find each in case it ever drops or changes a character.
    let s = sentence.startsWith(word, at) ? at : sentence.indexOf(word, at);
    if (s < 0 || s + word.length > to) return;
    at = s + word.length;
    if (NOT_A_WORD.test(word)) return;
    // jieba keeps a leading or trailing space on some Latin runs: trim it off the token.
    let e = at;
    while (s < e && /\s/.test(sentence[s] ?? '')) s++;
    while (e > s && /\s/.test(sentence[e - 1] ?? '')) e--;
    out.push(tag === undefined ? { start: s, end: e } : { start: s, end: e, tag });
  };
  // jieba tags some one-digit numbers `x` (第 1 段): a number is `m`.
  if (pos) for (const w of tagWords(piece)) add(w.word, w.tag === 'x' && DIGITS.test(w.word) ? 'm' : w.tag);
  else for (const w of cutWords(piece)) add(w);
}

function intlTokens(sentence: string, from: number, to: number, lang: string, out: RawToken[]): void {
  const piece = from === 0 && to === sentence.length ? sentence : sentence.slice(from, to);
  const abbrevs = lang === 'zh' || lang === 'und' ? abbreviations('en') : abbreviationsOf(lang);
  for (const w of wordSegmenter(lang).segment(piece)) {
    if (!w.isWordLike) continue;
    let end = w.index + w.segment.length;
    // `U.N` + `.`, `Mr` + `.`: the full stop belongs to a known abbreviation.
    if (piece[end] === '.' && abbrevs.has(`${w.segment.toLowerCase()}.`)) end++;
    out.push({ start: from + w.index, end: from + end });
  }
}

function abbreviationsOf(lang: string): ReadonlySet<string> {
  return lang === 'en' || lang === 'fr' || lang === 'es' || lang === 'ru' || lang === 'ar'
    ? abbreviations(lang)
    : abbreviations('en');
}
