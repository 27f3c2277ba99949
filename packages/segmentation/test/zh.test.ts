import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toOriginal } from '@untk/core';
import { addUserDictionary, isJiebaLoaded, loadJieba, normalize, segment, tokenize } from '../src/index.js';
import { corpusText, seedText } from '../../../test/support/corpus.js';
import { byKind, checkSegments } from './helpers.js';

// jieba loads once for this file (3-4 s); every test below shares it.
beforeAll(() => {
  loadJieba();
}, 60_000);

const ISSUE_NAMES = [
  '反恐怖主义委员会执行局',
  '反恐执行局',
  '安理会',
  '毒品和犯罪问题办公室',
  '国际刑警组织',
  '国际民航组织',
  '伊黎伊斯兰国',
  '达伊沙',
  '萨赫勒五国集团',
  '金融行动任务组',
  '外国恐怖主义作战人员',
];

describe('segment() on the seed report', () => {
  const original = seedText();
  const norm = normalize(original);
  const doc = { lang: 'zh' };
  const segments = segment(doc, norm, { pos: true });
  const tokens = byKind(segments, 'token');

  it('keeps offsets, order and nesting on every segment', () => {
    expect(isJiebaLoaded()).toBe(true);
    checkSegments(original, norm, segments);
  });

  it.each(ISSUE_NAMES)('%s comes out as one token wherever it occurs', (name) => {
    let occurrences = 0;
    for (let at = norm.text.indexOf(name); at >= 0; at = norm.text.indexOf(name, at + 1)) {
      occurrences++;
      const span = toOriginal(norm, at, at + name.length);
      // Each occurrence lies inside one token (itself, or a longer name such as 联合国毒品和犯罪问题办公室).
      const covering = tokens.filter((t) => t.start <= span.start && t.end >= span.end);
      expect(covering, `${name} at ${at}`).toHaveLength(1);
    }
    expect(occurrences).toBeGreaterThan(0);
    expect(tokens.some((t) => t.text === name)).toBe(true);
  });

  it('tags the names of the UN dictionary nt', () => {
    for (const name of ISSUE_NAMES.filter((n) => n !== '外国恐怖主义作战人员')) {
      expect(tokens.find((t) => t.text === name)?.tag, name).toBe('nt');
    }
    expect(tokens.every((t) => typeof t.tag === 'string' && t.tag.length > 0)).toBe(true);
  });

  it('keeps resolution numbers and document symbols whole', () => {
    const texts = new Set(tokens.map((t) => t.text));
    for (const t of ['1373(2001)', '2322(2016)', '2331(2016)', 'S/2015/683', 'S/2015/975']) expect(texts).toContain(t);
  });

  it('makes the numbered paragraph heads headings, each one sentence', () => {
    const headings = byKind(segments, 'heading');
    expect(headings).toHaveLength(20);
    expect(headings[0]?.text).toBe('第 1 段：批准和充分执行各项国际反恐公约和议定书');
    const sentences = byKind(segments, 'sentence');
    for (const h of headings) expect(sentences.filter((s) => s.start >= h.start && s.end <= h.end)).toHaveLength(1);
  });

  it('splits sentences after 。 and not inside them', () => {
    const sentences = byKind(segments, 'sentence').map((s) => s.text);
    expect(sentences).toContain('这些活动有助于加强国际和区域的执法和司法合作。');
    expect(sentences.filter((s) => /。[^”’"'」』》）)]/.test(s))).toEqual([]);
  });

  it('gives the same tokens with and without tags, and none without tokens', () => {
    const plain = byKind(segment(doc, norm), 'token');
    expect(plain.map((t) => [t.start, t.end])).toEqual(tokens.map((t) => [t.start, t.end]));
    expect(plain.every((t) => t.tag === undefined)).toBe(true);
    expect(byKind(segment(doc, norm, { tokens: false }), 'token')).toEqual([]);
  });
});

describe('segment() on the Chinese side of the UN Parallel Corpus dev set', () => {
  const original = corpusText('unpc-devset/UNv1.0.devset.zh');
  // One sentence a line: each line is a block.
  const norm = normalize(original, { lineMode: true });
  const segments = segment({ lang: 'zh' }, norm);

  it('keeps offsets, order and nesting on every segment of the 4,000 lines', () => {
    checkSegments(original, norm, segments);
    expect(byKind(segments, 'paragraph').length).toBe(4000);
    expect(byKind(segments, 'token').length).toBeGreaterThan(80_000);
  });

  it.each([
    ['人权事务高级专员办事处', 'nt'],
    ['联合国组织刚果民主共和国稳定特派团', 'nt'],
    ['世卫组织', 'nt'],
  ])('keeps the mined name %s whole in context', (name, tag) => {
    const sentence = byKind(segments, 'sentence').find((s) => s.text.includes(name))?.text ?? '';
    expect(sentence).not.toBe('');
    const tagged = tokenize(sentence, 'zh', { pos: true }).map((t) => ({
      text: sentence.slice(t.start, t.end),
      tag: t.tag,
    }));
    expect(tagged).toContainEqual({ text: name, tag });
  });
});

describe('tokens of Chinese sentences', () => {
  it.each([
    ['反恐执行局的报告见S/2015/683和S/2015/975。', '反恐执行局|的|报告|见|S/2015/683|和|S/2015/975'],
    ['第1373(2001)号决议共1,234.5万。', '第|1373(2001)|号|决议|共|1,234.5|万'],
    ['国际刑警组织(国际刑警组织)与 INTERPOL 合作。', '国际刑警组织|国际刑警组织|与|INTERPOL|合作'],
  ])('%s', (sentence, words) => {
    expect(
      tokenize(sentence, 'zh')
        .map((t) => sentence.slice(t.start, t.end))
        .join('|'),
    ).toBe(words);
  });
});

describe('a user dictionary', () => {
  it('adds words that then stay whole (the bundled dictionaries are kept)', () => {
    const sentence = '会议讨论了蓝色海洋伙伴关系倡议和反恐执行局的报告。';
    const words = (s: string) => tokenize(s, 'zh').map((t) => s.slice(t.start, t.end));
    expect(words(sentence)).not.toContain('蓝色海洋伙伴关系倡议');
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-test-'));
    const file = path.join(dir, 'user.txt');
    writeFileSync(file, '# my words\n蓝色海洋伙伴关系倡议 3000 nz\n');
    expect(addUserDictionary(file)).toBe(1);
    expect(words(sentence)).toContain('蓝色海洋伙伴关系倡议');
    expect(words(sentence)).toContain('反恐执行局');
  }, 60_000);

  it.each([
    ['two words on a line', '蓝色 海洋 伙伴 关系\n'],
    ['a bad tag', '蓝色海洋 100 NT\n'],
  ])('rejects a file with %s, naming the line', (_what, text) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-test-'));
    const file = path.join(dir, 'bad.txt');
    writeFileSync(file, `# ok\n${text}`);
    expect(() => addUserDictionary(file)).toThrow(/bad\.txt:2:/);
  });

  it('rejects a missing file without touching jieba', () => {
    expect(() => addUserDictionary('/no/such/dict.txt')).toThrow(/cannot read/);
  });
});
