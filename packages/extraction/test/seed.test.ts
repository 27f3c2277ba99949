import { describe, expect, it } from 'vitest';
import { EntitySchema, type ResolutionEntity } from '@untk/core';
import { seedText } from '../../../test/support/corpus.js';
import { expectedSpans, expectOffsets, run } from './helpers.js';

/**
 * Every resolution reference in the seed's body text, counted by hand in reading order, as
 * [mention as written in the original (line breaks included), number, year, paragraph cited].
 * The 19 link lines (https://undocs.org/…) are not body text and add nothing.
 */
const SEED_RESOLUTIONS: Array<[string, number, number, number | null]> = [
  ['第 1373(2001)号决议', 1373, 2001, null], // title
  ['第 1373(2001)号决议', 1373, 2001, null], // letter, first paragraph
  ['第 2322(2016)\n\n号决议第 22 段', 2322, 2016, 22],
  ['第 2322(2016)号决议', 2322, 2016, null],
  ['第 1373(2001)', 1373, 2001, null], // the list of ten
  ['1624(2005)', 1624, 2005, null],
  ['2178(2014)', 2178, 2014, null],
  ['2195(2014)', 2195, 2014, null],
  ['2253(2015)', 2253, 2015, null],
  ['2322(2016)', 2322, 2016, null],
  ['2341(2017)', 2341, 2017, null],
  ['2354(2017)', 2354, 2017, null],
  ['2368(2017)', 2368, 2017, null],
  ['2370(2017)号决议', 2370, 2017, null],
  ['第2322(2016)号决议', 2322, 2016, null],
  ['第 2322(2016)号决议', 2322, 2016, null],
  ['第1373(2001)号\n\n决议', 1373, 2001, null], // the signature block
  ['第 2322(2016)号决议', 2322, 2016, null], // annex title
  ['第 2322(2016)号决议', 2322, 2016, null],
  ['第\n\n1373(2001)号决议', 1373, 2001, null], // 《执行安全理事会第 1373(2001)号决议…技术指南》
  ['第 2322(2016)号决议第 21 段', 2322, 2016, 21], // para. 4
  ['第 2331(2016)号决议', 2331, 2016, null], // para. 6
  ['第 1373(2001)', 1373, 2001, null], // para. 7 heading
  ['2253(2015)号决议', 2253, 2015, null],
  ['第 1526(2004)', 1526, 2004, null],
  ['2253(2015)号决议', 2253, 2015, null],
  ['第 2178(2014)号决议', 2178, 2014, null], // para. 9
  ['第 2322(2016)号决议第 21 段', 2322, 2016, 21], // para. 15
  ['第 2322(2016)号\n\n决议第 21 段', 2322, 2016, 21], // para. 18
  ['第\n\n2322(2016)号决议', 2322, 2016, null], // para. 19
  ['第 1373(2001)', 1373, 2001, null],
  ['1624(2005)', 1624, 2005, null],
  ['2178(2014)号决议', 2178, 2014, null],
  ['第 2178(2014)号决议', 2178, 2014, null],
  ['第 1373(2001)', 1373, 2001, null],
  ['1566(2004)', 1566, 2004, null],
  ['2341(2017)号决议', 2341, 2017, null],
];

describe('the seed report', () => {
  const text = seedText();
  const entities = run(text, 'zh', 'seed');

  it('every entity is valid and its text is exactly its slice of the original', () => {
    for (const e of entities) EntitySchema.parse(e);
    expectOffsets(text, entities);
  });

  it('finds every resolution reference counted by hand, with exact offsets', () => {
    const found = entities.filter((e): e is ResolutionEntity => e.kind === 'resolution');
    expect(found.map((e) => [e.text, e.number, e.year, e.paragraph ?? null])).toEqual(SEED_RESOLUTIONS);
    const spans = expectedSpans(
      text,
      SEED_RESOLUTIONS.map((r) => r[0]),
    );
    expect(found.map((e) => [e.start, e.end])).toEqual(spans);
  });

  it('names 13 distinct resolutions', () => {
    const distinct = new Set(entities.filter((e) => e.kind === 'resolution').map((e) => `${e.number}/${e.year}`));
    expect([...distinct].sort()).toEqual(
      [
        '1373/2001',
        '1526/2004',
        '1566/2004',
        '1624/2005',
        '2178/2014',
        '2195/2014',
        '2253/2015',
        '2322/2016',
        '2331/2016',
        '2341/2017',
        '2354/2017',
        '2368/2017',
        '2370/2017',
      ].sort(),
    );
  });

  it('finds the three document symbols of the body and none from the link lines', () => {
    const symbols = entities.filter((e) => e.kind === 'symbol');
    expect(symbols.map((e) => [e.text, e.start, e.end])).toEqual([
      ['S/2015/683', text.indexOf('S/2015/683 和'), text.indexOf('S/2015/683 和') + 10],
      ['S/2015/975', text.indexOf('S/2015/975)'), text.indexOf('S/2015/975)') + 10],
      ['S/2017/97', text.indexOf('(S/2017/97)') + 1, text.indexOf('(S/2017/97)') + 10],
    ]);
  });
});
