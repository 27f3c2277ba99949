import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/index.js';
import { corpusText, seedText } from '../../../test/support/corpus.js';

describe('detectLanguage', () => {
  it('recognises the seed report as Chinese', () => {
    expect(detectLanguage(seedText())).toBe('zh');
  });

  it.each(['ar', 'en', 'es', 'fr', 'ru', 'zh'])(
    'recognises at least 95 percent of the dev-set sentences in %s',
    (lang) => {
      const lines = corpusText(`unpc-devset/UNv1.0.devset.${lang}`)
        .split('\n')
        .filter((l) => l.length > 60);
      const right = lines.filter((l) => detectLanguage(l) === lang).length;
      expect(right / lines.length).toBeGreaterThan(0.95);
    },
  );

  it('says und when there is nothing to go on', () => {
    expect(detectLanguage('12 345 / 678')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });
});
