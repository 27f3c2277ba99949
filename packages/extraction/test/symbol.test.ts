import { describe, expect, it } from 'vitest';
import type { SymbolEntity } from '@untk/core';
import { corpusText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

const symbols = (text: string) =>
  run(text, 'en')
    .filter((e): e is SymbolEntity => e.kind === 'symbol')
    .map((e) => [e.text, e.symbol]);

describe('document symbols', () => {
  it.each([
    [
      'report (S/2015/683 和 S/2015/975)',
      [
        ['S/2015/683', 'S/2015/683'],
        ['S/2015/975', 'S/2015/975'],
      ],
    ],
    ['the report S/2017/97.', [['S/2017/97', 'S/2017/97']]],
    ['S/RES/2322 (2016)', [['S/RES/2322 (2016)', 'S/RES/2322 (2016)']]],
    ['S/RES/2322(2016)', [['S/RES/2322(2016)', 'S/RES/2322 (2016)']]],
    ['S/PRST/2017/1', [['S/PRST/2017/1', 'S/PRST/2017/1']]],
    ['A/RES/70/1', [['A/RES/70/1', 'A/RES/70/1']]],
    [
      'A/72/840 and A/C.3/72/L.1',
      [
        ['A/72/840', 'A/72/840'],
        ['A/C.3/72/L.1', 'A/C.3/72/L.1'],
      ],
    ],
    ['E/CN.4/2005/1', [['E/CN.4/2005/1', 'E/CN.4/2005/1']]],
    ['S/2015/683/Add.1', [['S/2015/683/Add.1', 'S/2015/683/Add.1']]],
    ['see https://undocs.org/ch/S/RES/2322(2016) online', []],
    ['and/or', []],
    ['S/PRST', []],
    ['AS/2017/97', []],
  ])('%j', (text, expected) => {
    const found = run(text, 'en');
    expectOffsets(text, found);
    expect(symbols(text)).toEqual(expected);
  });
});

describe('symbols damaged by OCR, where the context makes them certain', () => {
  it.each([
    [
      "Taking note of the Secretary-General's special report of 10 September 2002\n(5/2002/1005) and its recommendations,",
      [['5/2002/1005', 'S/2002/1005']],
    ],
    ['le rapport du Secrétaire général (5/2002/1005)', [['5/2002/1005', 'S/2002/1005']]],
    [
      'the reports S/2002/1004 and 5/2002/1005',
      [
        ['S/2002/1004', 'S/2002/1004'],
        ['5/2002/1005', 'S/2002/1005'],
      ],
    ],
    ['an increase of 5/2002/1005 units', []],
    ['(5/2002/1005)', []],
    ['on 5/10/2002', []],
  ])('%j', (text, expected) => {
    const found = run(text, 'en');
    expectOffsets(text, found);
    expect(symbols(text)).toEqual(expected);
  });

  it('finds the damaged symbol in the CR-UNSC corpus (resolution 1445 (2002))', () => {
    const text = corpusText('cr-unsc-resolutions-en/S_RES_1445_2002_EN_GOLD.txt');
    expect(symbols(text)).toContainEqual(['5/2002/1005', 'S/2002/1005']);
  });
});
