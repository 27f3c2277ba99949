import { describe, expect, it } from 'vitest';
import type { ResolutionEntity } from '@untk/core';
import { expectOffsets, run } from './helpers.js';

const res = (text: string, lang: string) =>
  run(text, lang).filter((e): e is ResolutionEntity => e.kind === 'resolution');

const brief = (e: ResolutionEntity) => [e.text, e.number, e.year, e.paragraph ?? null];

describe('Chinese resolution references', () => {
  it.each([
    ['安全理事会第 1373(2001)号决议所设委员会', [['第 1373(2001)号决议', 1373, 2001, null]]],
    ['安全理事会第1373(2001)号决议', [['第1373(2001)号决议', 1373, 2001, null]]],
    ['第１３７３（２００１）号决议', [['第１３７３（２００１）号决议', 1373, 2001, null]]],
    ['第 1373 (2001) 号决议', [['第 1373 (2001) 号决议', 1373, 2001, null]]],
    ['根据第2322(2016)号决议第 22 段', [['第2322(2016)号决议第 22 段', 2322, 2016, 22]]],
    ['第 2322(2016)\n号决议第 21 段', [['第 2322(2016)\n号决议第 21 段', 2322, 2016, 21]]],
    [
      '第 1373(2001)、1624(2005)和 2370(2017)号决议',
      [
        ['第 1373(2001)', 1373, 2001, null],
        ['1624(2005)', 1624, 2005, null],
        ['2370(2017)号决议', 2370, 2017, null],
      ],
    ],
    [
      '第 1526(2004)号和第 2253(2015)号决议',
      [
        ['第 1526(2004)', 1526, 2004, null],
        ['2253(2015)号决议', 2253, 2015, null],
      ],
    ],
    // Traditional script (Taiwan, Hong Kong; Big5 files): 號 決議 執行部分 與.
    ['安全理事會重申第1373(2001)號決議，', [['第1373(2001)號決議', 1373, 2001, null]]],
    ['根據第2322(2016)號決議執行部分第 22 段', [['第2322(2016)號決議執行部分第 22 段', 2322, 2016, 22]]],
    [
      '第 1267(1999)號與第 2253(2015)號決議',
      [
        ['第 1267(1999)', 1267, 1999, null],
        ['2253(2015)號決議', 2253, 2015, null],
      ],
    ],
    ['該決議第 21 段', []],
    ['该决议第 21 段', []],
    ['第7364次会议', []],
    ['第 1373 号决议', []],
    ['第 2322(1066)号决议', []],
  ])('%j', (text, expected) => {
    const found = res(text, 'zh');
    expectOffsets(text, found);
    expect(found.map(brief)).toEqual(expected);
  });
});

describe('English resolution references', () => {
  it.each([
    ['Recalling its resolution 2322 (2016),', [['resolution 2322 (2016)', 2322, 2016, null]]],
    ['resolution 2322(2016)', [['resolution 2322(2016)', 2322, 2016, null]]],
    ['Resolution 242 (1967)\nof 22 November 1967', [['Resolution 242 (1967)', 242, 1967, null]]],
    [
      'resolutions 1267 (1999), 1989 (2011) and 2253 (2015)',
      [
        ['resolutions 1267 (1999)', 1267, 1999, null],
        ['1989 (2011)', 1989, 2011, null],
        ['2253 (2015)', 2253, 2015, null],
      ],
    ],
    [
      'resolutions 1267 (1999), 1989 (2011), and 2253 (2015)',
      [
        ['resolutions 1267 (1999)', 1267, 1999, null],
        ['1989 (2011)', 1989, 2011, null],
        ['2253 (2015)', 2253, 2015, null],
      ],
    ],
    ['paragraph 22 of resolution 2322 (2016)', [['paragraph 22 of resolution 2322 (2016)', 2322, 2016, 22]]],
    ['S/RES/2322 (2016)', [['S/RES/2322 (2016)', 2322, 2016, null]]],
    ['the resolution adopted today', []],
    ['resolution 2322', []],
    ['at its 7364th meeting on 12 December 2017', []],
  ])('%j', (text, expected) => {
    const found = res(text, 'en');
    expectOffsets(text, found);
    expect(found.map(brief)).toEqual(expected);
  });
});
