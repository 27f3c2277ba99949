import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as NodeJieba from 'nodejieba';
import { addUserDictionary, loadJieba, normalize, sentences, unDictionary } from '../src/index.js';
import { cutWords, tagOf } from '../src/zh/jieba.js';
import { TagTable } from '../src/zh/tags.js';
import { corpusText, seedText } from '../../../test/support/corpus.js';

// The same nodejieba instance the package loads (one native dictionary per process).
const jieba = createRequire(import.meta.url)('nodejieba') as typeof NodeJieba;

/** nodejieba's tag() and the package's way (cut with HMM, then a look-up) side by side. */
function both(text: string): { library: string[]; ours: string[] } {
  return {
    library: jieba.tag(text).map((w) => `${w.word}/${w.tag}`),
    ours: cutWords(text).map((w) => `${w}/${tagOf(w)}`),
  };
}

/** Texts whose tags differ between the two, with the first differing words (empty when all agree). */
function differences(texts: readonly string[]): string[] {
  const bad: string[] = [];
  for (const t of texts) {
    const { library, ours } = both(t);
    if (library.join(' ') === ours.join(' ')) continue;
    const i = library.findIndex((w, k) => w !== ours[k]);
    bad.push(`${t.slice(0, 30)}: ${library.slice(i, i + 3).join(' ')} ≠ ${ours.slice(i, i + 3).join(' ')}`);
  }
  return bad;
}

function sentenceTexts(original: string): string[] {
  const norm = normalize(original);
  return sentences({ lang: 'zh' }, norm).map((r) => norm.text.slice(r.start, r.end));
}

describe('POS tags from cut() and the dictionaries equal nodejieba.tag()', () => {
  beforeAll(() => {
    // A user dictionary of our own: a word with a tag, one without (the character rule decides), and a
    // main-dictionary word given another tag (the later entry wins, as in cppjieba's trie).
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-pos-'));
    const file = path.join(dir, 'user.tsv');
    writeFileSync(file, '# test words\n联合国反恐办公室\t\tnt\n安全理事会二三\nAB12\t5\n人民\t\tnz\n');
    addUserDictionary(file);
    loadJieba();
  }, 60_000);

  it('on every sentence of the seed report', () => {
    const texts = sentenceTexts(seedText());
    expect(texts.length).toBeGreaterThan(100);
    expect(differences(texts)).toEqual([]);
  });

  it('on every sentence and every line of the zh side of the dev set', () => {
    const original = corpusText('unpc-devset/UNv1.0.devset.zh');
    const texts = [...sentenceTexts(original), ...original.split('\n')];
    expect(texts.length).toBeGreaterThan(4000);
    expect(differences(texts)).toEqual([]);
  });

  it('on every word of the UN dictionary, jieba’s own user dictionary and ours, alone and in a sentence', () => {
    const words = [...unDictionary().map((e) => e.word), '云计算', '韩玉鉴赏', '蓝翔', '区块链'];
    words.push('联合国反恐办公室', '安全理事会二三', 'AB12', '人民');
    expect(differences(words)).toEqual([]);
    expect(differences(words.map((w) => `根据${w}的报告，2017年第3段。`))).toEqual([]);
    expect(both('人民').ours).toEqual(['人民/nz']);
    expect(both('安全理事会二三').ours).toEqual(['安全理事会二三/x']);
  });

  // Mixed pieces: dictionary words, unknown Han runs (HMM), ASCII words and numbers of each length (the
  // character rule counts ASCII up to half the word), full-width and ASCII punctuation, spaces.
  const PIECES = [
    '安理会',
    '联合国',
    '决议',
    '的',
    '第',
    '段',
    '萨赫勒五国集团',
    '鉴赏',
    '蓝翔',
    '韩',
    'a',
    'AB',
    'UN',
    'x1',
    '1x',
    '2017',
    '7',
    '12',
    'S/RES',
    '.',
    '，',
    '。',
    '（',
    '）',
    ' ',
    '-',
    '%',
    'é',
    'Ж',
    '𠀋',
    '²',
    '١٢',
  ];
  it('on generated mixed-script strings (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        expect(differences([parts.join('')])).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('TagTable reads dictionary lines as cppjieba does', () => {
  // cppjieba splits a line on single spaces, keeps empty fields except after a trailing space, and adds a
  // word only for 1, 2 or 3 fields; the last entry of a word wins.
  it.each([
    ['联合国 100 nt', '联合国', 'nt'],
    ['联合国 nt', '联合国', 'nt'],
    ['联合国', '联合国', ''],
    ['联合国 ', '联合国', ''],
    ['联合国 nt ', '联合国', 'nt'],
    ['联合国  nt', '联合国', 'nt'],
    ['联合国 1 nt x', '联合国', undefined],
    ['联合国 nt\n联合国 n', '联合国', 'n'],
    ['联合国 nt\n联合国', '联合国', ''],
    ['\n联合国 nt\n', '联合国', 'nt'],
    ['联合国 nt', '联合', undefined],
  ])('%j → %s: %j', (text, word, tag) => {
    const table = new TagTable();
    table.addText(text, false);
    expect(table.get(word)).toBe(tag);
  });

  it('keeps 100,000 words apart (the table grows and rehashes)', () => {
    const table = new TagTable();
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(`w${i} 1 t${i % 7}`);
    table.addText(lines.join('\n'), true);
    for (let i = 0; i < 100_000; i += 997) expect(table.get(`w${i}`)).toBe(`t${i % 7}`);
    expect(table.get('w100000')).toBeUndefined();
  });
});
