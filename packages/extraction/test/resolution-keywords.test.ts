import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '@untk/segmentation';
import { asciiDigits } from '../src/digits.js';
import { REFERENCES } from '../src/resolution/find.js';
import { corpusPath, corpusText, seedText } from '../../../test/support/corpus.js';

// findResolutions skips a pattern when the text lacks its keyword. That is only safe if every match of the
// pattern contains the keyword: check it on every bundled text, each run through every language's pattern.
const texts: Array<[string, string]> = [
  ['seed', seedText()],
  ...['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((l): [string, string] => [
    l,
    corpusText(`unpc-devset/UNv1.0.devset.${l}`),
  ]),
  [
    'cr-unsc-resolutions-en',
    readdirSync(corpusPath('cr-unsc-resolutions-en'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => corpusText(`cr-unsc-resolutions-en/${f}`))
      .join('\n\n'),
  ],
];

describe('resolution patterns and their keywords', () => {
  it.each(texts)('every match in %s holds its pattern’s keyword', (_name, raw) => {
    const text = asciiDigits(normalize(raw).text);
    let matches = 0;
    for (const [re, keyword] of REFERENCES) {
      for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
        matches++;
        expect(m[0]).toContain(keyword);
      }
    }
    expect(matches).toBeGreaterThan(0);
  });
});
