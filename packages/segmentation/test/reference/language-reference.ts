/** detectLanguage as it was before the speed work (commit 4d40a0c), kept unchanged as the oracle of language.equivalence.test.ts. */
import type { LangTag } from '@untk/core';

// Function words that tell the three Latin-script UN languages apart.
const FUNCTION_WORDS: Record<'en' | 'fr' | 'es', readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'that', 'is', 'for', 'with', 'on', 'by', 'its', 'which', 'be', 'are', 'this'],
  fr: ['le', 'les', 'des', 'et', 'du', 'une', 'dans', 'pour', 'sur', 'au', 'aux', 'est', 'qui', 'ces', 'cette', 'il'],
  es: ['el', 'los', 'las', 'del', 'y', 'por', 'con', 'para', 'una', 'al', 'su', 'sus', 'se', 'es', 'como', 'este'],
};

// Letters only one of the three writes: ñ and ¿¡ for Spanish, ç è ê à ù œ for French.
const LETTER_CUES: Record<'fr' | 'es', RegExp> = { es: /[ñ¿¡]/g, fr: /[çèêàùœ]/g };

/**
 * Guess the language of a text from its scripts (Han → zh, Arabic → ar, Cyrillic → ru) and, for Latin
 * script, from function words. `und` when there is too little text or no clear winner.
 */
export function referenceDetectLanguage(text: string, sampleSize = 20000): LangTag {
  const sample = text.length > sampleSize ? text.slice(0, sampleSize) : text;
  let han = 0;
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
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

function latinLanguage(sample: string): LangTag {
  const counts = { en: 0, fr: 0, es: 0 };
  const sets = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v)])) as Record<
    keyof typeof counts,
    Set<string>
  >;
  const lower = sample.toLowerCase();
  for (const m of lower.matchAll(/\p{L}+/gu)) {
    for (const lang of ['en', 'fr', 'es'] as const) if (sets[lang].has(m[0])) counts[lang]++;
  }
  for (const lang of ['fr', 'es'] as const) counts[lang] += 2 * (lower.match(LETTER_CUES[lang])?.length ?? 0);
  const ranked = (Object.entries(counts) as Array<[keyof typeof counts, number]>).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2) return 'und';
  if (second && first[1] < second[1] * 1.3) return 'und';
  return first[0];
}
