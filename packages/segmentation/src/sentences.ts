import { isUnLang, type UnLang } from '@untk/core';
import { z } from 'zod';
import { readData } from './data.js';

/** A half-open range of the normalised text. */
export interface Range {
  start: number;
  end: number;
}

const LANGS_WITH_ABBREVIATIONS = ['en', 'fr', 'es', 'ru', 'ar'] as const;
type AbbrevLang = (typeof LANGS_WITH_ABBREVIATIONS)[number];

const AbbreviationRow = z.tuple([
  z.enum(LANGS_WITH_ABBREVIATIONS),
  z.string().regex(/^\S+\.$/u, 'an abbreviation ends in a full stop and has no space'),
]);

let abbreviationSets: Record<AbbrevLang, Set<string>> | undefined;

/** The abbreviations of data/abbreviations.tsv, lower-cased, per language; validated on first use. */
export function abbreviations(lang: AbbrevLang): ReadonlySet<string> {
  if (!abbreviationSets) {
    const sets: Record<AbbrevLang, Set<string>> = {
      en: new Set(),
      fr: new Set(),
      es: new Set(),
      ru: new Set(),
      ar: new Set(),
    };
    readData('abbreviations.tsv')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '' || line.startsWith('#')) return;
        const row = AbbreviationRow.safeParse(line.split('\t'));
        if (!row.success) throw new Error(`abbreviations.tsv:${i + 1}: ${z.prettifyError(row.error)}`);
        sets[row.data[0]].add(row.data[1].toLowerCase());
      });
    abbreviationSets = sets;
  }
  return abbreviationSets[lang];
}

// Chinese sentence ends: 。！？； (and ASCII ! ?), or an ellipsis, then any closing quotes or brackets.
const ZH_END = /(?:[。！？；!?]+|…+)[”’"'」』》）)\]]*/g;
// Other languages: . ! ? ؟ … (runs), then closing quotes or brackets, then white space or the end.
const END = /[.!?؟…]+[”’"'»)\]]*(?=\s|$)/g;
// What may start a new sentence after a full stop in a cased script: a capital, a digit, an opening quote
// or bracket, Spanish ¿ ¡. A lower-case word after a full stop continues the sentence.
const CASED_START = /^\s+[\p{Lu}\p{Lt}\d"“‘'«([¿¡]/u;
// A numbered paragraph opening a sentence: `10.`, `1.2.`, `(a)`: not a sentence of its own.
const LEADING_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}|\(?[a-z]\)|[ivx]{1,5})$/;
// A single letter with a full stop is an initial (J. Smith).
const INITIAL = /^\p{L}$/u;

/** White space as JavaScript's `\s` and `trim()` know it. */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `s[from, to)` is empty or only white space. */
function onlySpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Split `text[start, end)` (one paragraph or heading) into sentences: ranges trimmed of white space.
 * Chinese: after 。！？；… and the closing quotes after them. Other languages: after . ! ? ؟ followed by
 * a space, unless the word before is an abbreviation of the language, an initial or a paragraph number,
 * or (cased scripts) the next word starts in lower case.
 */
export function splitSentences(text: string, start: number, end: number, lang: string): Range[] {
  const ranges: Range[] = [];
  const block = text.slice(start, end);
  let from = 0;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && isJsSpace(block.charCodeAt(s))) s++;
    while (e > s && isJsSpace(block.charCodeAt(e - 1))) e--;
    if (e > s) ranges.push({ start: start + s, end: start + e });
    from = to;
  };
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  if (primary === 'zh') {
    for (const m of block.matchAll(ZH_END)) push((m.index ?? 0) + m[0].length);
  } else {
    const abbrevLang = isUnLang(primary) && primary !== 'zh' ? (primary as Exclude<UnLang, 'zh'>) : undefined;
    const abbrevs = abbreviations(abbrevLang ?? 'en');
    const cased = primary !== 'ar';
    for (const m of block.matchAll(END)) {
      const at = m.index ?? 0;
      const stop = at + m[0].length;
      if (m[0].startsWith('.') && !m[0].startsWith('...')) {
        // The word before the mark: the run of non-space characters back to `from` (the sentence start).
        let w = at;
        while (w > from && !isJsSpace(block.charCodeAt(w - 1))) w--;
        const word = block.slice(w, at);
        const bare = word.replace(/^[("“‘'«[]+/u, '');
        if (abbrevs.has(`${bare.toLowerCase()}.`) || INITIAL.test(bare)) continue;
        if (LEADING_NUMBER.test(bare) && onlySpace(block, from, w)) continue;
      }
      if (cased && stop < block.length && !CASED_START.test(block.slice(stop, stop + 8))) continue;
      push(stop);
    }
  }
  push(block.length);
  return ranges;
}
