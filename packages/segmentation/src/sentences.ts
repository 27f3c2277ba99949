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
// The word before a sentence-final mark: the run of non-space characters.
const LAST_WORD = /\S+$/;
// A numbered paragraph opening a sentence: `10.`, `1.2.`, `(a)`: not a sentence of its own.
const LEADING_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}|\(?[a-z]\)|[ivx]{1,5})$/;
// A single letter with a full stop is an initial (J. Smith).
const INITIAL = /^\p{L}$/u;

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
    while (s < e && /\s/.test(block[s] ?? '')) s++;
    while (e > s && /\s/.test(block[e - 1] ?? '')) e--;
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
        const word = LAST_WORD.exec(block.slice(from, at))?.[0] ?? '';
        const bare = word.replace(/^[("“‘'«[]+/u, '');
        if (abbrevs.has(`${bare.toLowerCase()}.`) || INITIAL.test(bare)) continue;
        if (LEADING_NUMBER.test(bare) && block.slice(from, at - word.length).trim() === '') continue;
      }
      if (cased && stop < block.length && !CASED_START.test(block.slice(stop, stop + 8))) continue;
      push(stop);
    }
  }
  push(block.length);
  return ranges;
}
