import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath, SEED_PATH } from '../../../test/support/corpus.js';
import { runCli } from './helpers.js';

const RES = corpusPath('cr-unsc-resolutions-en');
const decade = (prefix: string) =>
  readdirSync(RES)
    .filter((f) => new RegExp(`^S_RES_\\d{4}_${prefix}\\d_EN_GOLD\\.txt$`).test(f))
    .map((f) => `${RES}/${f}`);

interface Row {
  kind: string;
  key: string;
  g2: number;
  logRatio: number;
  significant: boolean;
  a: { count: number; dispersion: number | null };
  b: { count: number; dispersion: number | null };
}

describe('untk compare: the 1990s resolutions against the 1940s', () => {
  const nineties = decade('199');
  const forties = decade('194');

  it('finds the themes of each decade, significant after Bonferroni, sorted by Log Ratio', async () => {
    expect(nineties.length).toBeGreaterThan(200);
    expect(forties.length).toBeGreaterThan(50);
    const { code, stdout } = await runCli(['compare', ...nineties, '--vs', ...forties, '--format', 'json']);
    expect(code).toBe(0);
    const cmp = JSON.parse(stdout) as {
      tested: number;
      threshold: number;
      cosine: number;
      rows: Row[];
      similarDocuments: { a: string; b: string; cosine: number }[];
    };
    // The closest pair across the decades: two admissions to membership (Eritrea 1993, Siam 1946).
    expect(cmp.similarDocuments[0]).toMatchObject({
      a: expect.stringContaining('S_RES_0828_1993') as string,
      b: expect.stringContaining('S_RES_0013_1946') as string,
    });
    expect(cmp.threshold).toBeCloseTo(0.05 / cmp.tested, 12);
    const forA = cmp.rows.filter((r) => r.g2 > 0);
    const forB = cmp.rows.filter((r) => r.g2 < 0);
    expect(cmp.rows.every((r) => r.significant)).toBe(true);
    // Sorted by effect size within each side.
    for (let i = 1; i < forA.length; i++) expect(forA[i]!.logRatio).toBeLessThanOrEqual(forA[i - 1]!.logRatio);
    for (let i = 1; i < forB.length; i++) expect(forB[i]!.logRatio).toBeGreaterThanOrEqual(forB[i - 1]!.logRatio);
    // The 1990s: humanitarian crises and peacekeeping in Somalia, Bosnia and Herzegovina, Kuwait.
    const topA = forA.slice(0, 30).map((r) => r.key);
    for (const w of ['humanitarian', 'somalia', 'bosnia', 'kuwait']) expect(topA).toContain(w);
    // The 1940s: Palestine and its truce and mediator, Indonesia, Kashmir.
    const topB = forB.slice(0, 30).map((r) => r.key);
    for (const w of ['palestine', 'truce', 'mediator', 'indonesia', 'kashmir']) expect(topB).toContain(w);
    // Stop words never show.
    expect(cmp.rows.some((r) => r.key === 'the' || r.key === 'of')).toBe(false);
    // Dispersion in both: absent from a side means no DP there.
    const palestine = forB.find((r) => r.key === 'palestine');
    expect(palestine?.a).toMatchObject({ count: 0, dispersion: null });
    expect(palestine?.b.dispersion).toBeGreaterThan(0);
    expect(cmp.cosine).toBeGreaterThan(0.5);
    expect(cmp.cosine).toBeLessThan(1);
  });

  it('prints a Markdown keyness table and a CSV with a BOM', async () => {
    const md = await runCli(['compare', ...nineties, '--vs', ...forties, '--top', '5']);
    expect(md.stdout).toContain('## Characteristic of A');
    expect(md.stdout).toContain('| humanitarian | word |');
    expect(md.stdout).toContain('no Williams correction');
    const csv = await runCli(['compare', ...nineties, '--vs', ...forties, '--format', 'csv', '--items', 'entities']);
    expect(csv.stdout.startsWith('\uFEFFkind,key,log_ratio,g2,p,')).toBe(true);
    expect(csv.stdout).not.toContain('\nword,');
  });

  it('compares entities across languages through their canonical keys', async () => {
    // The Chinese and English UN Parallel Corpus dev sets are translations of each other: their resolutions and
    // symbols, counted under language-independent keys, have nearly the same profile and nothing is key.
    const dev = corpusPath('unpc-devset/UNv1.0.devset');
    const args = ['compare', `${dev}.zh`, '--vs', `${dev}.en`, '--items', 'entities', '--format', 'json', '--min', '1'];
    const { code, stdout } = await runCli(args);
    expect(code).toBe(0);
    const cmp = JSON.parse(stdout) as { tested: number; cosine: number; rows: Row[] };
    expect(cmp.tested).toBeGreaterThan(50);
    expect(cmp.cosine).toBeGreaterThan(0.99);
    expect(cmp.rows).toEqual([]);
  });

  it('refuses a side without words', async () => {
    const { code, stderr } = await runCli(['compare', 'missing.txt', '--vs', SEED_PATH]);
    expect(code).toBe(1);
    expect(stderr).toContain('untk: missing.txt: no such file or folder');
  });
});
