import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EntitySchema, type AcronymEntity, type OrganizationEntity } from '@untk/core';
import { corpusText, seedText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

/** The hand annotation: every mention of a body in the seed, in reading order, with its canonical name. */
function annotation(): Array<{ mention: string; canonical: string }> {
  const tsv = readFileSync(new URL('./fixtures/seed-organizations.zh.tsv', import.meta.url), 'utf8');
  return tsv
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l) => {
      const [mention = '', canonical = ''] = l.split('\t');
      return { mention, canonical };
    });
}

/** Locate each annotated mention in the original, in order; whitespace may sit between any two characters. */
function locate(text: string, mentions: ReturnType<typeof annotation>) {
  let from = 0;
  const pattern = (s: string) => [...s].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  return mentions.map((m) => {
    const [context, mention] = m.mention.includes('|') ? m.mention.split('|') : ['', m.mention];
    const re = new RegExp(`(${pattern(context ?? '')}\\s*)?(${pattern(mention ?? '')})`, 'gu');
    re.lastIndex = from;
    let hit = re.exec(text);
    while (hit && context && hit[1] === undefined) hit = re.exec(text);
    if (!hit) throw new Error(`annotated mention ${m.mention} not found after offset ${from}`);
    const start = hit.index + (hit[1]?.length ?? 0);
    from = hit.index + hit[0].length;
    return { start, end: from, canonical: m.canonical };
  });
}

const text = seedText();
const entities = run(text, 'zh', 'seed');
const orgs = entities.filter((e): e is OrganizationEntity => e.kind === 'organization');
const acronyms = entities.filter((e): e is AcronymEntity => e.kind === 'acronym');

describe('organisations in the seed, against the hand annotation', () => {
  const gold = locate(text, annotation());
  const key = (x: { start: number; end: number; canonical: string }) => `${x.start}:${x.end}:${x.canonical}`;
  const goldKeys = new Set(gold.map(key));
  const found = orgs.map((o) => key({ start: o.start, end: o.end, canonical: o.name }));
  const hits = found.filter((k) => goldKeys.has(k)).length;
  const recall = hits / gold.length;
  const precision = hits / found.length;

  it('annotates 264 mentions', () => {
    expect(gold).toHaveLength(264);
  });

  it('finds mentions with recall and precision of at least 0.9 (span and canonical name both right)', () => {
    expect({ recall: recall >= 0.9, precision: precision >= 0.9 }).toEqual({ recall: true, precision: true });
    // The measured figures, so a change that moves them shows in the diff of this test's expectations.
    expect(Math.round(recall * 100)).toBeGreaterThanOrEqual(95);
    expect(Math.round(precision * 100)).toBeGreaterThanOrEqual(95);
  });

  it('keeps every organisation valid and its offsets on the original text', () => {
    expectOffsets(text, orgs);
    for (const e of orgs) expect(EntitySchema.safeParse(e).success).toBe(true);
  });

  it.each([
    ['欧亚反洗钱和打击资助恐怖主义行为工作组'],
    ['联合国难民事务高级专员公署'],
    ['孟加拉湾多部门技术和经济合作倡议'],
    ['国际金融监测培训和方法中心'],
    ['突尼斯国家反恐怖主义委员会'],
  ])('names %s whole, never by a fragment', (name) => {
    const whole = orgs.filter((o) => o.name === name && o.text.replace(/\s+/g, '') === name);
    expect(whole.length).toBeGreaterThan(0);
    for (const w of whole) expect(orgs.filter((o) => o.start < w.end && w.start < o.end)).toEqual([w]);
  });

  it.each([
    ['反恐执行局', '反恐怖主义委员会执行局'],
    ['国际刑警组织', '国际刑事警察组织'],
    ['刑警组织', '国际刑事警察组织'],
    ['欧亚工作组', '欧亚反洗钱和打击资助恐怖主义行为工作组'],
    ['执行局', '反恐怖主义委员会执行局'],
    ['监测组', '分析支助和制裁监测组'],
    ['委员会', '反恐怖主义委员会'],
  ])('maps the short or generic form %s to %s', (short, long) => {
    const uses = orgs.filter((o) => o.text.replace(/\s+/g, '') === short);
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses.map((o) => o.name))).toEqual(new Set([long]));
  });

  it('reads 委员会 as the committee only once the text has named one', () => {
    // The seed names it first as `安全理事会…第 1373(2001)号决议所设委员会`, the committee the resolution set up.
    const named = orgs.find((o) => o.name === '反恐怖主义委员会' && o.text !== '委员会');
    const generic = orgs.filter((o) => o.text === '委员会');
    expect(generic.length).toBeGreaterThan(10);
    expect(generic.filter((o) => o.start < (named?.end ?? 0))).toEqual([]);
    // The dev set (one file of sentences from many documents) says `委员会` before it names any committee.
    const devset = corpusText('unpc-devset/UNv1.0.devset.zh');
    const dev = run(devset, 'zh').filter((e): e is OrganizationEntity => e.kind === 'organization');
    const firstCommittee = dev.find((o) => o.name.endsWith('委员会') && o.text !== '委员会');
    expect(devset.indexOf('委员会')).toBeLessThan(firstCommittee?.start ?? 0);
    expect(dev.filter((o) => o.text === '委员会' && o.start < (firstCommittee?.end ?? 0))).toEqual([]);
  });

  it('takes a name for the short form of a longer one only when the longer one was written before it', () => {
    const devset = corpusText('unpc-devset/UNv1.0.devset.zh');
    const dev = run(devset, 'zh');
    const orgsDev = dev.filter((e): e is OrganizationEntity => e.kind === 'organization');
    // `特别委员会` (a special committee) is used long before `特别程序协调委员会` (the Coordination Committee of the
    // special procedures) is named: those uses are no short form of it.
    const long = orgsDev.find((o) => o.text === '特别程序协调委员会');
    const shortUses = orgsDev.filter((o) => o.text === '特别委员会');
    expect(long).toBeDefined();
    expect(shortUses.filter((o) => o.start < (long?.start ?? 0)).length).toBeGreaterThan(0);
    for (const o of shortUses) if (o.start < (long?.start ?? 0)) expect(o.name).toBe('特别委员会');
    const pairs = dev.filter((e): e is AcronymEntity => e.kind === 'acronym');
    expect(pairs.filter((a) => a.short === '特别委员会' && a.start < (long?.start ?? 0))).toEqual([]);
  });

  it('leaves out the plural 安理会各制裁委员会 and generic 区域组织', () => {
    expect(orgs.some((o) => o.name.includes('制裁委员会'))).toBe(false);
    expect(orgs.some((o) => /^(?:国际|区域|次区域)/.test(o.name) && o.name.endsWith('区域组织'))).toBe(false);
  });
});

describe('acronym pairs in the seed', () => {
  const explicit = acronyms.filter((a) => a.confidence === 1).map((a) => [a.long, a.short]);

  it.each([
    ['联合国毒品和犯罪问题办公室', '毒品和犯罪问题办公室'],
    ['国际刑事警察组织', '国际刑警组织'],
    ['国际民用航空组织', '国际民航组织'],
    ['伊黎伊斯兰国', '达伊沙'],
    ['东南亚国家联盟', '东盟'],
    ['联合国难民事务高级专员公署', '难民署'],
    ['国际移民组织', '移民组织'],
  ])('finds the explicit pair %s(%s) with confidence 1', (long, short) => {
    expect(explicit).toContainEqual([long, short]);
  });

  it('finds the nine explicit pair occurrences and no other (伊黎伊斯兰国(达伊沙) three times)', () => {
    expect(explicit).toHaveLength(9);
  });

  it.each([
    ['2017年2月'],
    ['2017年11月'],
    ['海牙'],
    ['签名'],
    ['S/2017/97'],
    ['“软”'],
    ['a'],
    ['b'],
    ['后'],
    ['经验教训'],
  ])('does not read the bracket (%s) as a short form', (inner) => {
    expect(acronyms.some((a) => a.short.replace(/\s+/g, '') === inner)).toBe(false);
  });

  it.each([
    ['反恐执行局', '反恐怖主义委员会执行局'],
    ['安理会', '安全理事会'],
    ['欧亚工作组', '欧亚反洗钱和打击资助恐怖主义行为工作组'],
    ['刑警组织', '国际刑事警察组织'],
    ['全球研究网络', '全球反恐怖主义研究网络'],
  ])('finds the implicit short form %s of %s, with a confidence below 1', (short, long) => {
    const a = acronyms.find((x) => x.short === short);
    expect(a?.long).toBe(long);
    expect(a?.confidence).toBeGreaterThan(0.5);
    expect(a?.confidence).toBeLessThan(1);
  });

  it('keeps every acronym valid and its offsets on the original text', () => {
    expectOffsets(text, acronyms);
    for (const e of acronyms) expect(EntitySchema.safeParse(e).success).toBe(true);
  });
});

describe('organisations in the seed with jieba POS tokens (nt) from @untk/segmentation', () => {
  it('keeps recall and precision of at least 0.9 against the same annotation', async () => {
    const { normalize, segment } = await import('@untk/segmentation');
    const doc = { id: 'seed', source: 'seed', lang: 'zh', text };
    const norm = normalize(text);
    const tokens = segment(doc, norm, { pos: true }).filter((s) => s.kind === 'token');
    expect(tokens.some((t) => t.tag === 'nt')).toBe(true);
    const { extract } = await import('../src/extract.js');
    const withTokens = extract(doc, norm, { kinds: ['organization'], tokens }) as OrganizationEntity[];
    const gold = locate(text, annotation());
    const key = (x: { start: number; end: number; canonical: string }) => `${x.start}:${x.end}:${x.canonical}`;
    const goldKeys = new Set(gold.map(key));
    const hits = withTokens.filter((o) => goldKeys.has(key({ ...o, canonical: o.name }))).length;
    // Measured: recall 1.00, precision 0.996 (jieba tags 最高法院 in 萨赫勒地区最高法院法官 `nt`).
    expect(hits / gold.length).toBeGreaterThanOrEqual(0.95);
    expect(hits / withTokens.length).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  // Dev-set line 963: jieba gives `欧洲/ns 经济委员会/nt`; the nt token must not cut the region off the name.
  it('keeps a region that opens a name the nt token leaves out (欧洲经济委员会, dev set)', async () => {
    const { normalize, segment } = await import('@untk/segmentation');
    const line = corpusText('unpc-devset/UNv1.0.devset.zh').split('\n')[962]!;
    expect(line).toContain('欧洲经济委员会');
    const doc = { id: 'zh:963', source: 'zh:963', lang: 'zh', text: line };
    const norm = normalize(line);
    const tokens = segment(doc, norm, { pos: true }).filter((s) => s.kind === 'token');
    expect(tokens.find((t) => t.text === '经济委员会')?.tag).toBe('nt');
    const { extract } = await import('../src/extract.js');
    const names = (extract(doc, norm, { kinds: ['organization'], tokens }) as OrganizationEntity[]).map((o) => o.name);
    expect(names).toContain('欧洲经济委员会');
    expect(names).not.toContain('经济委员会');
  }, 60_000);
});

describe('generic heads in a file of sentences from many documents (zh dev set)', () => {
  it('name a committee only within reach of its last naming, so one committee no longer takes every 委员会', () => {
    const text = corpusText('unpc-devset/UNv1.0.devset.zh');
    const orgs = run(text, 'zh', 'devset.zh').filter((e): e is OrganizationEntity => e.kind === 'organization');
    const generic = orgs.filter((o) => o.text === '委员会');
    // Before GENERIC_REACH: 211 generic mentions, 195 of them given to 阿卜耶伊联合监督委员会, named near the start.
    expect(generic.length).toBeGreaterThan(0);
    expect(generic.length).toBeLessThan(40);
    // 16 are left: within reach of the file's namings of it in its first 400 lines, which other sentences follow
    // (their English lines name other committees). A file of unrelated sentences gives any reach a few such.
    expect(generic.filter((o) => o.name === '阿卜耶伊联合监督委员会').length).toBeLessThan(20);
  });

  it('still name the seed report’s committee every time it says 委员会 or 执行局', () => {
    const orgs = run(text, 'zh', 'seed').filter((e): e is OrganizationEntity => e.kind === 'organization');
    expect(orgs.filter((o) => ['委员会', '执行局', '监测组'].includes(o.text)).length).toBe(46);
  });
});
