import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { DictionaryError, isJiebaLoaded, parseDictionary, unDictionary } from '../src/index.js';

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DictionaryError',
      'HAN',
      'abbreviations',
      'addUserDictionary',
      'detectLanguage',
      'displayWidth',
      'isCjk',
      'isJiebaLoaded',
      'loadJieba',
      'normalize',
      'parseDictionary',
      'segment',
      'sentences',
      'splitSentences',
      'tokenize',
      'unDictionary',
    ]);
  });
});

describe('parseDictionary', () => {
  it.each([
    ['jieba form, word only', '反恐执行局', [{ word: '反恐执行局' }]],
    ['jieba form, word freq tag', '反恐执行局 2000 nt', [{ word: '反恐执行局', freq: 2000, tag: 'nt' }]],
    ['jieba form, word tag', '反恐执行局 nt', [{ word: '反恐执行局', tag: 'nt' }]],
    ['TSV with an empty frequency and a comment', '达伊沙\t\tnt\t# seed', [{ word: '达伊沙', tag: 'nt' }]],
    ['comments, blank lines and a BOM', '\uFEFF# head\n\n安理会 3 nt\n', [{ word: '安理会', freq: 3, tag: 'nt' }]],
  ])('reads %s', (_what, text, entries) => {
    expect(parseDictionary(text, 'x.txt')).toEqual(entries);
  });

  it.each([
    ['four fields', '一 二 三 四'],
    ['a word then a non-number', '反恐 执行 局'],
    ['a capitalised tag', '反恐执行局 12 NT'],
    ['a zero frequency', '反恐执行局 0 nt'],
  ])('rejects %s with the line number', (_what, text) => {
    expect(() => parseDictionary(`# ok\n${text}`, 'x.txt')).toThrow(DictionaryError);
    expect(() => parseDictionary(`# ok\n${text}`, 'x.txt')).toThrow(/^x\.txt:2: /);
  });
});

describe('the bundled UN dictionary', () => {
  const entries = unDictionary();
  const words = entries.map((e) => e.word);

  it('is valid, without duplicates, all Chinese words with a frequency and a tag', () => {
    expect(new Set(words).size).toBe(words.length);
    expect(entries.length).toBeGreaterThan(120);
    for (const e of entries) {
      expect(e.word).toMatch(/^[\u3400-\u9fff]{2,}$/);
      expect(e.freq).toBeGreaterThan(0);
      expect(['nt', 'nz', 'n']).toContain(e.tag);
    }
  });

  it('holds the terms of issue 3, and none of the rejected fragments', () => {
    for (const w of [
      '反恐怖主义委员会执行局',
      '反恐执行局',
      '萨赫勒五国集团',
      '金融行动任务组',
      '外国恐怖主义作战人员',
    ])
      expect(words).toContain(w);
    const rejected = readFileSync(new URL('../data/zh-un-dict-rejected.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(rejected.length).toBeGreaterThan(50);
    expect(words.filter((w) => rejected.includes(w))).toEqual([]);
  });

  it('is read without loading jieba', () => {
    expect(isJiebaLoaded()).toBe(false);
  });
});
