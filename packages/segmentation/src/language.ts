import type { LangTag } from '@untk/core';

// Function words that tell the three Latin-script UN languages apart.
const FUNCTION_WORDS: Record<'en' | 'fr' | 'es', readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'that', 'is', 'for', 'with', 'on', 'by', 'its', 'which', 'be', 'are', 'this'],
  fr: ['le', 'les', 'des', 'et', 'du', 'une', 'dans', 'pour', 'sur', 'au', 'aux', 'est', 'qui', 'ces', 'cette', 'il'],
  es: ['el', 'los', 'las', 'del', 'y', 'por', 'con', 'para', 'una', 'al', 'su', 'sus', 'se', 'es', 'como', 'este'],
};

// Letters only one of the three writes: ñ and ¿¡ for Spanish, ç è ê à ù œ for French (each counts two;
// latinLanguage looks for them by code unit).

/**
 * A function word (all are 1-5 letters a-z) as a number: its letters as base-32 digits 1-26, so that a run of
 * letters can be looked up without slicing it.
 */
function wordKey(w: string): number {
  let key = 0;
  for (let i = 0; i < w.length; i++) key = key * 32 + (w.charCodeAt(i) - 0x60);
  return key;
}
/** Every function word, by its key, with the languages it belongs to (in the order en, fr, es). */
const FUNCTION_WORD_LANGS = new Map<number, Array<'en' | 'fr' | 'es'>>();
for (const lang of ['en', 'fr', 'es'] as const)
  for (const w of FUNCTION_WORDS[lang]) {
    if (!/^[a-z]{1,5}$/.test(w)) throw new Error(`function word ${w} is not 1-5 letters a-z`);
    FUNCTION_WORD_LANGS.set(wordKey(w), [...(FUNCTION_WORD_LANGS.get(wordKey(w)) ?? []), lang]);
  }

// The script of each BMP code unit, for the counts of detectLanguage: 1 Latin, 2 Han, 3 Arabic, 4 Cyrillic.
const SCRIPT = (() => {
  const t = new Uint8Array(0x10000);
  t.fill(1, 0x41, 0x5b);
  t.fill(1, 0x61, 0x7b);
  t.fill(1, 0xc0, 0x250);
  t.fill(2, 0x3400, 0x4dc0);
  t.fill(2, 0x4e00, 0xa000);
  t.fill(3, 0x0600, 0x0700);
  t.fill(4, 0x0400, 0x0500);
  return t;
})();

// Whether a BMP code unit is a letter (\p{L}): 0 not known yet, 1 a letter, 2 not. ASCII is filled in; other
// units are tested once, when first met (a text meets few distinct ones).
const LETTER = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) LETTER[c] = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 2;
const IS_LETTER = /^\p{L}$/u;
function isBmpLetter(c: number): boolean {
  let v = LETTER[c] as number;
  if (v === 0) LETTER[c] = v = IS_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * Guess the language of a text from its scripts (Han → zh, Arabic → ar, Cyrillic → ru) and, for Latin
 * script, from function words. `und` when there is too little text or no clear winner.
 */
export function detectLanguage(text: string, sampleSize = 20000): LangTag {
  const sample = text.length > sampleSize ? text.slice(0, sampleSize) : text;
  // Code units, not code points: every range counted is in the BMP, so a surrogate (paired or not) counts
  // in none, as the astral code point it belongs to would not.
  const count = new Int32Array(5);
  for (let i = 0; i < sample.length; i++) {
    const k = SCRIPT[sample.charCodeAt(i)] as number;
    count[k] = (count[k] as number) + 1;
  }
  const latin = count[1] as number;
  const han = count[2] as number;
  const arabic = count[3] as number;
  const cyrillic = count[4] as number;
  const letters = han + arabic + cyrillic + latin;
  if (letters < 2) return 'und';
  // A Chinese text is Chinese even with many Latin letters around (symbols, URLs): one Han character
  // carries what a Latin word does, so weigh it as five letters.
  const scores: Array<[LangTag, number]> = [
    ['zh', han * 5],
    ['ar', arabic],
    ['ru', cyrillic],
    ['latin', latin],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const [best] = scores;
  if (!best || best[1] === 0) return 'und';
  if (best[0] !== 'latin') return best[0];
  return latinLanguage(sample);
}

/**
 * en, fr or es by function words (whole words: \p{L}+ runs of the lower-cased sample) and by letters only
 * French or Spanish writes (ñ ¿ ¡ for Spanish, ç è ê à ù œ for French, two points each). One scan of the
 * sample; a run of letters is looked up by its key (wordKey) when it is 1-5 letters a-z, as every function
 * word is.
 */
function latinLanguage(sample: string): LangTag {
  const counts = { en: 0, fr: 0, es: 0 };
  const lower = sample.toLowerCase();
  const n = lower.length;
  // The current run of letters: its length in code units, its key, whether it is all a-z.
  let len = 0;
  let key = 0;
  let plain = true;
  const endRun = () => {
    if (len > 0 && len <= 5 && plain) {
      const langs = FUNCTION_WORD_LANGS.get(key);
      if (langs) for (const lang of langs) counts[lang]++;
    }
    len = 0;
    key = 0;
    plain = true;
  };
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      if (len < 6) key = key * 32 + (c - 0x60);
      len++;
      continue;
    }
    if (c >= 0xa1 && c <= 0x153) {
      if (c === 0xf1 || c === 0xbf || c === 0xa1) counts.es += 2;
      else if (c === 0xe7 || c === 0xe8 || c === 0xea || c === 0xe0 || c === 0xf9 || c === 0x153) counts.fr += 2;
    }
    let letter: boolean;
    if (c < 0xd800 || c > 0xdfff) letter = isBmpLetter(c);
    else {
      // A surrogate pair is one code point: a letter or not, as the regex says (astral letters are rare).
      const d = i + 1 < n ? lower.charCodeAt(i + 1) : 0;
      letter = c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff && IS_LETTER.test(lower.slice(i, i + 2));
      if (letter) i++;
    }
    if (letter) {
      len++;
      plain = false;
    } else endRun();
  }
  endRun();
  const ranked = (Object.entries(counts) as Array<[keyof typeof counts, number]>).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2) return 'und';
  if (second && first[1] < second[1] * 1.3) return 'und';
  return first[0];
}
