import { describe, expect, it } from 'vitest';
import { UN_LANGS } from '@untk/core';
import { corpusText } from '../../../test/support/corpus.js';
import { wholeWordMatches } from '../src/organization/find-latin.js';
import { allGazetteers } from '../src/index.js';

/** The global pattern scan that wholeWordMatches stands in for. */
function byPattern(text: string, form: string): Array<[number, number]> {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\n]');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

describe('wholeWordMatches (the fast search for short forms used again)', () => {
  it.each(UN_LANGS.filter((l) => l !== 'zh'))(
    'finds what the pattern finds in the %s dev set, for gazetteer short forms and words of the text',
    (lang) => {
      const text = corpusText(`unpc-devset/UNv1.0.devset.${lang}`).slice(0, 200_000);
      const words = [...text.matchAll(/[\p{L}\p{N}-]{2,}/gu)].filter((_, i) => i % 401 === 0).map((m) => m[0]);
      // Parts of words too (not whole words at most places), and gazetteer forms of every language.
      const pieces = words.map((w) => w.slice(1));
      const gazetteerForms = Object.values(allGazetteers())
        .flatMap((g) => [...g.byKey.keys()])
        .slice(0, 200);
      const forms = [...new Set([...words, ...pieces, ...gazetteerForms, 'ООН-Женщины', 'UN', 'a'])];
      expect(forms.length).toBeGreaterThan(100);
      let found = 0;
      for (const form of forms) {
        const expected = byPattern(text, form);
        expect(wholeWordMatches(text, form), form).toEqual(expected);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(100);
    },
  );
});
