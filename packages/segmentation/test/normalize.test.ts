import { describe, expect, it } from 'vitest';
import { toOriginal } from '@untk/core';
import { normalize } from '../src/index.js';
import { seedText, corpusText } from '../../../test/support/corpus.js';

/** Every normalised code unit must come from its original range: same character, a fold of it, or a join. */
function checkMap(original: string, norm: ReturnType<typeof normalize>) {
  for (let i = 0; i < norm.text.length; i++) {
    const ch = norm.text[i] ?? '';
    const src = original.slice(norm.starts[i], norm.ends[i]);
    if (ch === '\n' || ch === ' ') {
      expect(src.trim() === '' || /^[\s\S]*\n[\s\S]*$/.test(src) || src === '\u3000', `join at ${i}`).toBe(true);
    } else if (src !== ch) {
      expect(src.normalize('NFKC'), `char ${i}: ${JSON.stringify(ch)} from ${JSON.stringify(src)}`).toBe(ch);
    }
    if (i > 0) expect(norm.starts[i]).toBeGreaterThanOrEqual(norm.ends[i - 1] ?? 0);
  }
}

describe('normalize on the seed report', () => {
  const original = seedText();
  const norm = normalize(original);

  it('maps every normalised character back to the original', () => {
    checkMap(original, norm);
  });

  it('sets aside the 19 link lines and adds nothing of them to the text', () => {
    const links = norm.asides.filter((a) => a.kind === 'link');
    expect(links).toHaveLength(original.match(/^https:\/\/undocs\.org\S+$/gm)?.length ?? -1);
    expect(links).toHaveLength(19);
    for (const l of links) expect(original.slice(l.start, l.end)).toBe(l.text);
    expect(norm.text).not.toContain('https://');
    expect(norm.text).not.toContain('undocs.org');
  });

  it('drops the bullet glyphs of the symbol font', () => {
    expect(norm.asides.filter((a) => a.kind === 'bullet')).toHaveLength(19);
    expect(norm.text).not.toMatch(/[\ue000-\uf8ff]/);
  });

  it('joins lines broken mid-sentence without inserting spaces between CJK characters', () => {
    expect(norm.text).toContain('说明委员会在反恐怖主义委员会执行局及其主要执行伙伴支持下');
    expect(norm.text).toContain('第 2322(2016)号决议第 22 段');
    expect(norm.text).toContain('自 2017年 4 月以来');
    // A mention split over two lines in the source is one run in the normalised text.
    const at = norm.text.indexOf('第 2322(2016)号决议第 22 段');
    const span = toOriginal(norm, at, at + '第 2322(2016)号决议第 22 段'.length);
    expect(original.slice(span.start, span.end)).toBe('第 2322(2016)\n\n号决议第 22 段');
  });

  it('keeps the numbered paragraph headings as heading blocks', () => {
    const headings = norm.blocks.filter((b) => b.kind === 'heading').map((b) => norm.text.slice(b.start, b.end));
    expect(headings).toHaveLength(20);
    expect(headings[0]).toBe('第 1 段：批准和充分执行各项国际反恐公约和议定书');
    expect(headings[4]).toBe('第 5 段：把情报部门关于外国恐怖主义作战人员和恐怖分子的威胁的信息降级供官方使用');
    expect(headings[15]).toBe('第 16 和 17 段：国际刑警组织及其数据库');
  });

  it('starts a paragraph at each indented paragraph and bullet, not at page-break indentation', () => {
    const paragraphs = norm.blocks.filter((b) => b.kind === 'paragraph').map((b) => norm.text.slice(b.start, b.end));
    expect(paragraphs).toContain(
      '2017 年 5 月 17 日，委员会举行了一次公开通报会，介绍防止恐怖分子获取武器问题，以帮助提高会员国对这个问题的认识。反恐执行局正在进行的评估和分析还查明各会员国这方面能力的差距。',
    );
    // `其中涉及生` / link line / ` 物识别` is one word broken by a page end, not a new paragraph.
    expect(norm.text).toContain('其中涉及生物识别核实程序');
    expect(norm.text).toContain('反恐执行局、毒品和犯罪问题办公室以及国际检察官协会将在 2018 年 2 月');
    for (const b of norm.blocks) expect(norm.text.slice(b.start, b.end)).not.toContain('\n');
  });
});

describe('normalize rules', () => {
  it.each([
    [
      'joins Latin lines with a space',
      'The Security Council\nrecalls its resolutions',
      'The Security Council recalls its resolutions',
    ],
    ['keeps CJK lines tight', '安全理事会第\n1373(2001)号决议', '安全理事会第1373(2001)号决议'],
    ['folds full-width forms but keeps Chinese punctuation', '第１３７３（２００１）号决议，', '第1373(2001)号决议，'],
    ['turns the ideographic space into a space', '决议\u3000第 22 段', '决议 第 22 段'],
    ['collapses white space runs', 'a  \t b', 'a b'],
    ['folds Kangxi radicals to unified ideographs', '\u2f24\u2f49', '大月'],
    ['drops zero-width characters', 'S/2017\u200b/97', 'S/2017/97'],
    [
      'drops a line-end hyphen that broke a known word',
      'Organization and the Organiza-\ntion',
      'Organization and the Organization',
    ],
    ['keeps a hyphen that belongs to the word', 'the seventy-\nfirst session', 'the seventy-first session'],
    [
      'breaks paragraphs at blank lines in single-spaced text',
      'One paragraph.\n\nAnother one.',
      'One paragraph.\nAnother one.',
    ],
  ])('%s', (_what, input, expected) => {
    const norm = normalize(input);
    expect(norm.text).toBe(expected);
    checkMap(input, norm);
  });

  it('keeps each line a block in one-sentence-per-line text', () => {
    const en = corpusText('unpc-devset/UNv1.0.devset.en').split('\n').slice(0, 200).join('\n');
    const norm = normalize(en, { lineMode: true });
    expect(norm.blocks).toHaveLength(en.split('\n').filter((l) => l.trim()).length);
    checkMap(en, norm);
  });

  it('detects one-sentence-per-line text by its long lines', () => {
    const en = corpusText('unpc-devset/UNv1.0.devset.en');
    const norm = normalize(en);
    expect(norm.blocks.length).toBe(en.split('\n').filter((l) => l.trim()).length);
  });

  it('handles empty and blank text', () => {
    expect(normalize('').text).toBe('');
    expect(normalize('\n\n  \n').blocks).toEqual([]);
  });
});

describe('one sentence a line, told from text wrapped at a width', () => {
  it.each(['zh', 'en', 'ar'])('keeps each line of the %s dev set a block of its own', (lang) => {
    const text = corpusText(`unpc-devset/UNv1.0.devset.${lang}`);
    // Chinese lines are short (80 characters): the width alone took them for wrapped text and joined
    // `…决定草案` (a heading) to `筹备委员会需要…`, the next line.
    expect(normalize(text).blocks).toHaveLength(text.trimEnd().split('\n').length);
  });

  it('still joins the lines of the seed report, which its PDF broke at the page width', () => {
    const seed = seedText();
    const norm = normalize(seed);
    expect(norm.blocks.length).toBeLessThan(seed.split('\n').filter((l) => l.trim() !== '').length / 2);
    expect(norm.text).toContain('反恐怖主义委员会执行局');
  });
});
