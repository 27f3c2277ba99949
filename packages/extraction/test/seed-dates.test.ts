import { describe, expect, it } from 'vitest';
import { DateEntitySchema, type DateEntity } from '@untk/core';
import { seedText } from '../../../test/support/corpus.js';
import { expectedSpans, expectOffsets, run } from './helpers.js';

/**
 * Every date in the seed's body text, counted by hand in reading order (46: three intervals, five coordinated
 * pairs, one open interval, one part of a year), as [mention as in the original, value, precision, modifier].
 * A coordinated pair (`2017 年 12 月 12 和 13 日`) is two entities, the second spanning only what it adds.
 * Not dates: `12 个月` (a duration), `24 小时/7 天`, the years inside the 37 resolution references.
 */
const SEED_DATES: Array<[string, string, DateEntity['precision'], DateEntity['modifier'] | null]> = [
  ['2017 年 12 月 14 日', '2017-12-14', 'day', null],
  ['2016 年 12 月 13 日至 2017 年 12 月 12 日', '2016-12-13/2017-12-12', 'day', null],
  ['2017 年 10 月 12 日', '2017-10-12', 'day', null],
  ['2016 年 12 月 13 日至 2017 年 12 月 12 日', '2016-12-13/2017-12-12', 'day', null],
  ['2017 年 6 月', '2017-06', 'month', null],
  ['2001 年', '2001', 'year', null],
  ['2017 年\n\n12 月', '2017-12', 'month', null],
  ['2017 年 7 月 7 日', '2017-07-07', 'day', null],
  ['2017 年 4 月 28 日', '2017-04-28', 'day', null],
  ['2017 年 5 月', '2017-05', 'month', null],
  ['2017 年 5 月', '2017-05', 'month', null],
  ['11 月', '2017-11', 'month', null],
  ['自 2017\n\n年 4 月以来', '2017-04/..', 'month', 'since'],
  ['2016 年 4 月', '2016-04', 'month', null],
  ['2017 年 12 月 12', '2017-12-12', 'day', null],
  ['13 日', '2017-12-13', 'day', null],
  ['2017 年 1 月', '2017-01', 'month', null],
  ['9 月', '2017-09', 'month', null],
  ['2017 年 2 月', '2017-02', 'month', null],
  ['2017 年 11 月', '2017-11', 'month', null],
  ['2017\n\n年 11 月', '2017-11', 'month', null],
  ['2017 年', '2017', 'year', null],
  ['2017 年 3 月 27 日', '2017-03-27', 'day', null],
  ['2017 年 5 月 17 日', '2017-05-17', 'day', null],
  ['2017 年 2 月', '2017-02', 'month', null],
  ['2017 年 4 月 5 日', '2017-04-05', 'day', null],
  ['2018 年 2 月', '2018-02', 'month', null],
  ['2018 年年中', '2018', 'year', 'mid'],
  ['2017 年 11 月 7 至 9 日', '2017-11-07/2017-11-09', 'day', null],
  ['2017 年 9 月', '2017-09', 'month', null],
  ['12 月', '2017-12', 'month', null],
  ['2017 年 11 月 29 日', '2017-11-29', 'day', null],
  ['2017年7月21日', '2017-07-21', 'day', null],
  ['2015\n\n年', '2015', 'year', null],
  ['2017 年 7 月', '2017-07', 'month', null],
  ['2017 年 6 月 20', '2017-06-20', 'day', null],
  ['21 日', '2017-06-21', 'day', null],
  ['2017 年 9 月 19 日', '2017-09-19', 'day', null],
  ['2017 年 11 月 8 日', '2017-11-08', 'day', null],
  ['2017 年 10 月 31 日', '2017-10-31', 'day', null],
  ['2017 年 11 月 16 日', '2017-11-16', 'day', null],
  ['2017 年 3 月', '2017-03', 'month', null],
  ['2017 年 1 月', '2017-01', 'month', null],
  ['2017 年 7 月', '2017-07', 'month', null],
  ['2017 年 10 月 12 日', '2017-10-12', 'day', null],
  ['2017 年 10 月 26 日', '2017-10-26', 'day', null],
];

describe('the seed report: dates', () => {
  const text = seedText();
  const dates = run(text, 'zh', 'seed').filter((e): e is DateEntity => e.kind === 'date');

  it('every date is valid and its text is exactly its slice of the original', () => {
    for (const e of dates) DateEntitySchema.parse(e);
    expectOffsets(text, dates);
  });

  it('finds every date counted by hand, with its value, precision and modifier', () => {
    expect(dates.map((e) => [e.text, e.value, e.precision, e.modifier ?? null])).toEqual(SEED_DATES);
  });

  it('at the exact offsets of the hand-listed mentions', () => {
    const spans = expectedSpans(
      text,
      SEED_DATES.map((d) => d[0]),
    );
    expect(dates.map((e) => [e.start, e.end])).toEqual(spans);
  });

  it('no date overlaps a resolution reference or a symbol', () => {
    const others = run(text, 'zh', 'seed').filter((e) => e.kind === 'resolution' || e.kind === 'symbol');
    for (const d of dates) for (const o of others) expect(d.start >= o.end || d.end <= o.start).toBe(true);
  });
});
