import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, sentences } from '../src/index.js';
import { wordSegments } from '../src/words.js';
import { corpusPath, corpusText, seedText } from '../../../test/support/corpus.js';

const segmenters = new Map<string, Intl.Segmenter>();
/** The word-like segments of Intl.Segmenter, as `start-end` offsets. */
function intl(s: string, lang: string): string[] {
  let seg = segmenters.get(lang);
  if (!seg)
    segmenters.set(lang, (seg = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' })));
  const out: string[] = [];
  for (const w of seg.segment(s)) if (w.isWordLike) out.push(`${w.index}-${w.index + w.segment.length}`);
  return out;
}

/** wordSegments() over the whole string, the same way; undefined when it falls back. */
function fast(s: string): string[] | undefined {
  const out: string[] = [];
  return wordSegments(s, 0, s.length, (a, b) => out.push(`${a}-${b}`)) ? out : undefined;
}

/** Strings where the two disagree (the fast path's fallbacks are not disagreements), and the fallback count. */
function compare(texts: readonly string[], lang: string): { bad: string[]; fallbacks: number } {
  const bad: string[] = [];
  let fallbacks = 0;
  for (const t of texts) {
    const f = fast(t);
    if (f === undefined) fallbacks++;
    else if (f.join(' ') !== intl(t, lang).join(' ')) bad.push(JSON.stringify(t));
  }
  return { bad, fallbacks };
}

// Every code point the fast path accepts.
const ALPHABET: string[] = [];
for (let cp = 0; cp < 0x10000; cp++) {
  const c = String.fromCharCode(cp);
  if (wordSegments(c, 0, 1, () => {})) ALPHABET.push(c);
}

describe('wordSegments() equals Intl.Segmenter', () => {
  it('accepts the alphabet of UN text and refuses what it does not handle', () => {
    expect(ALPHABET.length).toBeGreaterThan(4000);
    for (const c of ['a', 'é', 'Ж', 'ب', '١', '\u064e', '\u00ad', '\u200c', '\u200e', '’', '\u202f', '\n'])
      expect(ALPHABET, c).toContain(c);
    for (const c of ['中', '。', '\u05d0', '\u30a2', '\u200d', '\ue000', '\ud83d', '\uff0c', '\u3000'])
      expect(ALPHABET, c).not.toContain(c);
  });

  // Each character between and beside the characters that stand for every class, so that a character in
  // the wrong class shows.
  const CONTEXTS = ['a', 'ab', 'a1', '1a', '.', '_', ' ', '\u0301', "'", ',', ':', '\n', '1'];
  it('on every character of the alphabet in the contexts that tell the classes apart', () => {
    const texts: string[] = [];
    for (const c of ALPHABET) {
      texts.push(c, c + c, c + c + c, `\u0301${c}`);
      for (const x of CONTEXTS) texts.push(x + c, c + x, x + c + x, `${x}${c}${x}${c}${x}`);
      texts.push(`a${c}1`, `1${c}a`, `a${c}\u0301a`, `1${c}\u00ad1`);
    }
    expect(compare(texts, 'en')).toEqual({ bad: [], fallbacks: 0 });
  });

  const DOCUMENTS: Array<[string, string]> = [
    ['seed', 'zh'],
    ...(['zh', 'en', 'fr', 'es', 'ru', 'ar'] as const).map((l): [string, string] => [
      `unpc-devset/UNv1.0.devset.${l}`,
      l,
    ]),
    ...readdirSync(corpusPath('cr-unsc-resolutions-en'))
      .filter((f) => f.endsWith('.txt'))
      .map((f): [string, string] => [`cr-unsc-resolutions-en/${f}`, 'en']),
  ];
  it.each(['zh', 'en', 'fr', 'es', 'ru', 'ar'])('on every sentence of the bundled corpus in %s', (lang) => {
    let count = 0;
    let fallbacks = 0;
    const bad: string[] = [];
    for (const [name, l] of DOCUMENTS) {
      if (l !== lang) continue;
      const original = name === 'seed' ? seedText() : corpusText(name);
      const norm = normalize(original);
      const texts = sentences({ lang }, norm).map((r) => norm.text.slice(r.start, r.end));
      const r = compare(texts, lang);
      count += texts.length;
      fallbacks += r.fallbacks;
      bad.push(...r.bad);
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(count).toBeGreaterThan(1000);
    // Outside Chinese (whose fallbacks are its Han sentences, cut by jieba anyway), almost every sentence
    // takes the fast path.
    if (lang !== 'zh') expect(fallbacks / count).toBeLessThan(0.01);
  });

  // Pieces weighted towards the characters whose rules interact: letters of each script, digits, the
  // separators between letters and between digits, connectors, marks and format characters, spaces, line
  // breaks, and a random character of the alphabet.
  const PIECES = ['a', 'Z', 'é', 'Ж', 'ب', 'ـ', '1', '٣', '.', "'", '’', '‘', ',', ';', ':', '·', '٫', '٬', '،'];
  PIECES.push('_', '\u202f', '\u0301', '\u064e', '\u00ad', '\u200c', '\u200e', '\ufeff', ' ', '\u2003', '\n', '\r');
  PIECES.push('\t', '-', '/', '(', '"', '«', '%', '\u00a0', '\u0600', 'U.N.', '1,000.5', "l'a");
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 1, arbitrary: fc.constantFrom(...ALPHABET) },
  );
  it.each(['en', 'fr', 'es', 'ru', 'ar', 'zh', 'und'])('on generated strings over the alphabet (%s)', (lang) => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const s = parts.join('');
        expect(fast(s)).toEqual(intl(s, lang));
      }),
      { numRuns: 3000 },
    );
  });
});
