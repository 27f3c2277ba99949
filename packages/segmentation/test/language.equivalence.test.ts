import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/index.js';
import { corpusPath, corpusText } from '../../../test/support/corpus.js';
import { referenceDetectLanguage } from './reference/language-reference.js';

// detectLanguage scans code units and looks up only short words; the old code (test/reference) is the oracle.
describe('detectLanguage equals the reference', () => {
  it.each(['ar', 'en', 'es', 'fr', 'ru', 'zh'])('on the whole %s dev set and on each of its lines', (lang) => {
    const text = corpusText(`unpc-devset/UNv1.0.devset.${lang}`);
    expect(detectLanguage(text)).toBe(referenceDetectLanguage(text));
    const lines = text.split('\n');
    expect(lines.map((l) => detectLanguage(l))).toEqual(lines.map((l) => referenceDetectLanguage(l)));
  });

  it('on the seed and the CR-UNSC resolutions', () => {
    const files = [
      'seed/000_64ff64efe628bbb7.txt',
      ...readdirSync(corpusPath('cr-unsc-resolutions-en'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `cr-unsc-resolutions-en/${f}`),
    ];
    const texts = files.map((f) => corpusText(f));
    expect(texts.map((t) => detectLanguage(t))).toEqual(texts.map((t) => referenceDetectLanguage(t)));
  });

  // Function words, their look-alikes, cue letters (either case), letters of other scripts, astral letters and lone surrogates.
  const PIECES = [
    'the',
    'The',
    'THE',
    'of',
    'and',
    'which',
    'whichever',
    'le',
    'les',
    'cette',
    'dans',
    'el',
    'los',
    'y',
    'para',
    'como',
    'este',
    'es',
    'est',
    ' ',
    '  ',
    ',',
    '.',
    '-',
    "'",
    '1',
    'ñ',
    'Ñ',
    '¿',
    '¡',
    'ç',
    'è',
    'ê',
    'à',
    'ù',
    'œ',
    'Œ',
    'é',
    'İ',
    'ß',
    // Upper case letters lowered to cue letters or to a-z one unit at a time (the Kelvin sign to `k`).
    'À',
    'Ç',
    'È',
    'Ñ',
    'K',
    'THÉ',
    'Σ',
    'x',
    'Совет',
    'مجلس',
    '安理会',
    '𝐀',
    '𝐚',
    '😀',
    '\ud800',
    '\udc00',
    '\u0301',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

  it('on generated text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(20000, 8), (s, size) => {
        expect(detectLanguage(s, size)).toBe(referenceDetectLanguage(s, size));
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(detectLanguage(s)).toBe(referenceDetectLanguage(s));
      }),
      { numRuns: 1000 },
    );
  });
});
