/**
 * The acronym extractor alone reads pairs from a cheaper pass (`analyzePairs` without the organisation
 * extractor); with organisations it reads them from the full analysis. Both must give the same pairs, on every
 * document of the bundled corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UN_LANGS, type Document } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { corpusPath, corpusText, seedText } from '../../../test/support/corpus.js';
import { createContext } from '../src/index.js';
import { analyzeBodies, analyzePairs } from '../src/organization/analyze.js';

function bothWays(id: string, lang: string, text: string) {
  const doc: Document = { id, source: id, lang, text };
  const norm = normalize(text);
  const alone = analyzePairs(createContext(doc, norm));
  const full = analyzeBodies(createContext(doc, norm)).pairs;
  return { alone, full };
}

describe('pairs without the full analysis', () => {
  it.each(UN_LANGS)('are the full analysis pairs in the %s dev set', (lang) => {
    const { alone, full } = bothWays(lang, lang, corpusText(`unpc-devset/UNv1.0.devset.${lang}`));
    expect(alone).toEqual(full);
    // No pair is found in the Arabic dev set: its brackets hold no short form in Latin or Cyrillic letters.
    expect(full.length).toBeGreaterThanOrEqual(lang === 'ar' ? 0 : 20);
  });

  it('are the full analysis pairs in the seed', () => {
    const { alone, full } = bothWays('seed', 'zh', seedText());
    expect(alone).toEqual(full);
    expect(full.length).toBeGreaterThan(10);
  });

  it('are the full analysis pairs in every CR-UNSC resolution', () => {
    const dir = corpusPath('cr-unsc-resolutions-en');
    let pairs = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const { alone, full } = bothWays(f, 'en', readFileSync(path.join(dir, f), 'utf8'));
      expect(alone, f).toEqual(full);
      pairs += full.length;
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it('come from the full analysis when the organisation extractor ran first on the same context', () => {
    const doc: Document = { id: 'seed', source: 'seed', lang: 'zh', text: seedText() };
    const ctx = createContext(doc, normalize(doc.text));
    const full = analyzeBodies(ctx).pairs;
    expect(analyzePairs(ctx)).toBe(full);
  });
});
