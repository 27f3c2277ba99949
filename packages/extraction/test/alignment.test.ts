import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAlignment, type KindAgreement } from '../../../scripts/alignment.js';

/**
 * The cross-language check on the UN Parallel Corpus dev set (4,000 sentences in six languages): the same
 * resolutions and the same date endpoints on each line. Floors sit just under what is measured now (see README);
 * the lines below them are translations that really differ (listed in the README) or known misses.
 */
describe('the dev set agrees across the six languages', () => {
  const results = checkAlignment();
  const kind = (k: KindAgreement['kind']) => results.find((r) => r.kind === k) as KindAgreement;
  const rate = (k: KindAgreement['kind']) => kind(k).agree / kind(k).lines;

  it('finds resolutions and dates on enough lines to mean something', () => {
    expect(kind('resolution').lines).toBeGreaterThan(60);
    expect(kind('date').lines).toBeGreaterThan(700);
  });

  it('resolutions: every language pair agrees on at least FLOOR of the lines either mentions one', () => {
    for (const p of kind('resolution').pairs)
      expect(p.agree / p.lines, `${p.a}-${p.b}`).toBeGreaterThanOrEqual(RES_PAIR_FLOOR);
  });

  it('dates: every language pair agrees on at least FLOOR of the lines either mentions one', () => {
    for (const p of kind('date').pairs)
      expect(p.agree / p.lines, `${p.a}-${p.b}`).toBeGreaterThanOrEqual(DATE_PAIR_FLOOR);
  });

  it('all six agree on resolutions and dates above the floors', () => {
    expect(rate('resolution')).toBeGreaterThanOrEqual(RES_ALL_FLOOR);
    expect(rate('date')).toBeGreaterThanOrEqual(DATE_ALL_FLOOR);
  });

  it('every disagreement has been read by hand and is listed, with why, in fixtures/alignment-reviewed.tsv', () => {
    const reviewed = readFileSync(new URL('./fixtures/alignment-reviewed.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('kind\t'))
      .map((l) => l.split('\t'));
    const listed = reviewed.map(([k, line]) => `${k} ${line}`).sort();
    const found = results.flatMap((r) => r.disagreements.map((d) => `${r.kind} ${d.line}`)).sort();
    // Both ways: a new disagreement fails, and so does a listed one that is gone (the list stays true).
    expect(found).toEqual(listed);
    // None is untk's own miss (the last one, 3708, a day the Arabic writes in words, is read now): all are
    // translations, source errors, misalignment or damaged text.
    expect(reviewed.filter((r) => r[2] === 'miss').map((r) => r[1])).toEqual([]);
  });

  // The targets, on the lines where untk is the one to answer for: a line whose texts really differ
  // (translation, a number that differs in the source, a sentence cut elsewhere) does not count against it;
  // damaged source text and untk's own misses do.
  it.each([
    ['resolution', 0.98],
    ['date', 0.95],
  ] as const)('%s: all six agree, or differ because the texts do, on at least %s of the lines', (k, target) => {
    const excused = new Set(
      readFileSync(new URL('./fixtures/alignment-reviewed.tsv', import.meta.url), 'utf8')
        .split('\n')
        .map((l) => l.split('\t'))
        .filter(
          ([kindName, , why]) => kindName === k && ['translation', 'source-error', 'alignment'].includes(why ?? ''),
        )
        .map(([, line]) => Number(line)),
    );
    const r = kind(k);
    const blamed = r.disagreements.filter((d) => !excused.has(d.line)).length;
    expect((r.lines - blamed) / r.lines).toBeGreaterThanOrEqual(target);
  });

  // The same targets counted raw, every disagreement against untk: below them because translations differ.
  it.fails('resolutions: all six agree on 98% of the lines', () => {
    expect(rate('resolution')).toBeGreaterThanOrEqual(0.98);
  });
  it.fails('dates: all six agree on 95% of the lines', () => {
    expect(rate('date')).toBeGreaterThanOrEqual(0.95);
  });
});

const RES_PAIR_FLOOR = 0.94;
const DATE_PAIR_FLOOR = 0.93;
const RES_ALL_FLOOR = 0.92;
const DATE_ALL_FLOOR = 0.89;
