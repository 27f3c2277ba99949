import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { createContext } from '../src/context.js';
import { analyzeChinese } from '../src/organization/find-zh.js';
import { parseGazetteer } from '../src/organization/gazetteer.js';
import { seedText } from '../../../test/support/corpus.js';

/**
 * The seed's bodies found with a gazetteer that holds nothing read from the seed (only dev-set and UNTERM rows):
 * what the suffix grammar, the explicit pairs, containment and the generic heads do on their own. Measured on the
 * span of each mention (canonical names aside), against the same hand annotation.
 */
describe('the seed without its own gazetteer rows', () => {
  const tsv = readFileSync(new URL('../data/organizations.zh.tsv', import.meta.url), 'utf8');
  const withoutSeed = tsv
    .split('\n')
    .filter((l) => !l.endsWith('\tseed'))
    .join('\n');
  const gaz = parseGazetteer('zh', withoutSeed);
  const text = seedText();
  const doc: Document = { id: 'seed', source: 'seed', lang: 'zh', text };
  const norm = normalize(text);
  const found = analyzeChinese(createContext(doc, norm), gaz).orgs;
  const gold = readFileSync(new URL('./fixtures/seed-organizations.zh.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l) => (l.split('\t')[0] ?? '').replace(/^.*\|/, ''));
  const foundTexts = found.map((o) => norm.text.slice(o.start, o.end).replace(/\s+/g, ''));

  it('still finds most mentions as written, and few that are not bodies', () => {
    // Multiset overlap of mention strings: how many annotated mentions have a found mention with the same text.
    const pool = new Map<string, number>();
    for (const t of foundTexts) pool.set(t, (pool.get(t) ?? 0) + 1);
    let hits = 0;
    for (const g of gold) {
      const n = pool.get(g) ?? 0;
      if (n > 0) {
        hits++;
        pool.set(g, n - 1);
      }
    }
    const recall = hits / gold.length;
    const precision = hits / foundTexts.length;
    expect(recall).toBeGreaterThan(0.8); // measured 0.84
    expect(precision).toBeGreaterThan(0.95); // measured 0.97
  });
});
