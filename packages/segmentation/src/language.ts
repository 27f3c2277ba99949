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
/**
 * Every function word by its key, with bits for the languages it belongs to (1 en, 2 fr, 4 es): an
 * open-addressing table of 256 slots (48 words), probed linearly from a multiplicative hash. No key is 0 (a word
 * has a letter), so 0 marks an empty slot.
 */
const LANG_BITS = { en: 1, fr: 2, es: 4 } as const;
const WORD_KEYS = new Int32Array(256);
const WORD_LANGS = new Uint8Array(256);
const slotOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> 24;
function langBitsOf(key: number): number {
  for (let h = slotOf(key); ; h = (h + 1) & 255) {
    const k = WORD_KEYS[h] as number;
    if (k === key) return WORD_LANGS[h] as number;
    if (k === 0) return 0;
  }
}
for (const lang of ['en', 'fr', 'es'] as const)
  for (const w of FUNCTION_WORDS[lang]) {
    if (!/^[a-z]{1,5}$/.test(w)) throw new Error(`function word ${w} is not 1-5 letters a-z`);
    const key = wordKey(w);
    let h = slotOf(key);
    while (WORD_KEYS[h] !== 0 && WORD_KEYS[h] !== key) h = (h + 1) & 255;
    WORD_KEYS[h] = key;
    WORD_LANGS[h] = (WORD_LANGS[h] as number) | LANG_BITS[lang];
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

// A BMP code unit lower-cased on its own, as toLowerCase() lower-cases it inside a string: 0 not known yet,
// 0xffff when that may differ or is not one unit (a surrogate, `İ` → `i̇`, `Σ`, which depends on what follows).
const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < 0x80; c++) LOWER[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
LOWER[0x3a3] = 0xffff;
LOWER.fill(0xffff, 0xd800, 0xe000);
function lowerUnit(c: number): number {
  let v = LOWER[c] as number;
  if (v === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    LOWER[c] = v = l.length === 1 ? l.charCodeAt(0) : 0xffff;
  }
  return v;
}

/**
 * en, fr or es by function words (whole words: \p{L}+ runs of the lower-cased sample) and by letters only
 * French or Spanish writes (ñ ¿ ¡ for Spanish, ç è ê à ù œ for French, two points each). One scan of the
 * sample, lower-casing unit by unit; a run of letters is looked up by its key (wordKey) when it is 1-5 letters
 * a-z, as every function word is. A sample with a unit whose case does not map to one unit on its own (see
 * LOWER) is lower-cased whole first, as the scan then reads it.
 */
function latinLanguage(sample: string): LangTag {
  return latinScan(sample, false) ?? (latinScan(sample.toLowerCase(), true) as LangTag);
}

/** Add the points of a run of letters (its length, key and whether it is all a-z) to the scores en, fr, es. */
function scoreRun(score: Int32Array, len: number, key: number, plain: boolean): void {
  if (len === 0 || len > 5 || !plain) return;
  const bits = langBitsOf(key);
  if (bits & 1) score[0]!++;
  if (bits & 2) score[1]!++;
  if (bits & 4) score[2]!++;
}

/**
 * The scan of latinLanguage over `text`, lower-casing each unit on its own unless `lowered` (the text was
 * lower-cased whole); undefined when a unit cannot be lower-cased on its own (then the whole text must be).
 */
function latinScan(text: string, lowered: boolean): LangTag | undefined {
  const score = new Int32Array(3);
  const n = text.length;
  // The current run of letters: its length in code units, its key, whether it is all a-z.
  let len = 0;
  let key = 0;
  let plain = true;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (!lowered) {
      c = lowerUnit(c);
      if (c === 0xffff) return undefined;
    }
    if (c >= 0x61 && c <= 0x7a) {
      if (len < 6) key = key * 32 + (c - 0x60);
      len++;
      continue;
    }
    if (c >= 0xa1 && c <= 0x153) {
      if (c === 0xf1 || c === 0xbf || c === 0xa1) score[2]! += 2;
      else if (c === 0xe7 || c === 0xe8 || c === 0xea || c === 0xe0 || c === 0xf9 || c === 0x153) score[1]! += 2;
    }
    let letter: boolean;
    if (c < 0xd800 || c > 0xdfff) letter = isBmpLetter(c);
    else {
      // A surrogate pair is one code point: a letter or not, as the regex says (astral letters are rare). Only a
      // text lowered whole gets here: lowerUnit refuses surrogates.
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      letter = c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff && IS_LETTER.test(text.slice(i, i + 2));
      if (letter) i++;
    }
    if (letter) {
      len++;
      plain = false;
      continue;
    }
    scoreRun(score, len, key, plain);
    len = 0;
    key = 0;
    plain = true;
  }
  scoreRun(score, len, key, plain);
  return verdict(score[0]!, score[1]!, score[2]!);
}

/** The language with the most points: at least 2, and 1.3 times the next (ties ranked en, fr, es). */
function verdict(en: number, fr: number, es: number): LangTag {
  const ranked: Array<[LangTag, number]> = [
    ['en', en],
    ['fr', fr],
    ['es', es],
  ];
  ranked.sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2) return 'und';
  if (second && first[1] < second[1] * 1.3) return 'und';
  return first[0];
}
