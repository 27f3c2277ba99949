import { describe, expect, it } from 'vitest';
import type { ResolutionEntity } from '@untk/core';
import { expectOffsets, run } from './helpers.js';

const res = (text: string, lang: string) => {
  const found = run(text, lang).filter((e): e is ResolutionEntity => e.kind === 'resolution');
  expectOffsets(text, found);
  return found.map((e) => [e.text, e.number, e.year, e.paragraph ?? null]);
};

describe('resolution references in French, Spanish, Russian and Arabic', () => {
  it.each([
    ['fr', 'créé par la résolution 2127 (2013) concernant', [['résolution 2127 (2013)', 2127, 2013, null]]],
    [
      'fr',
      'les résolutions 1267 (1999) et 1989 (2011)',
      [
        ['résolutions 1267 (1999)', 1267, 1999, null],
        ['1989 (2011)', 1989, 2011, null],
      ],
    ],
    [
      'fr',
      'au paragraphe 22 de la résolution 2322 (2016)',
      [['paragraphe 22 de la résolution 2322 (2016)', 2322, 2016, 22]],
    ],
    ['es', 'establecida en la resolución 1990 (2011)', [['resolución 1990 (2011)', 1990, 2011, null]]],
    [
      'es',
      'las resoluciones del Consejo de Seguridad 822 (1993), 853 (1993) 874 (1993) y 884 (1993).',
      [
        ['resoluciones del Consejo de Seguridad 822 (1993)', 822, 1993, null],
        ['853 (1993)', 853, 1993, null],
        ['874 (1993)', 874, 1993, null],
        ['884 (1993)', 884, 1993, null],
      ],
    ],
    ['es', 'el párrafo 22 de la resolución 2322 (2016)', [['párrafo 22 de la resolución 2322 (2016)', 2322, 2016, 22]]],
    ['ru', 'резолюция 2322 (2016)', [['резолюция 2322 (2016)', 2322, 2016, null]]],
    ['ru', 'учрежденный резолюцией 2127 (2013)', [['резолюцией 2127 (2013)', 2127, 2013, null]]],
    ['ru', 'сослаться на резолюцию 1540 (2004)', [['резолюцию 1540 (2004)', 1540, 2004, null]]],
    [
      'ru',
      'в резолюции Совета Безопасности 2100 (2013)',
      [['резолюции Совета Безопасности 2100 (2013)', 2100, 2013, null]],
    ],
    [
      'ru',
      'в резолюциях 1267 (1999) и 1989 (2011)',
      [
        ['резолюциях 1267 (1999)', 1267, 1999, null],
        ['1989 (2011)', 1989, 2011, null],
      ],
    ],
    ['ru', 'пункт 22 резолюции 2322 (2016)', [['пункт 22 резолюции 2322 (2016)', 2322, 2016, 22]]],
    ['ar', 'عملا بالقرار 2127 (2013) بشأن', [['بالقرار 2127 (2013)', 2127, 2013, null]]],
    ['ar', 'في قراره 2133 (2014)،', [['قراره 2133 (2014)', 2133, 2014, null]]],
    ['ar', 'قرار مجلس الأمن 1990 (2011) المؤرخ', [['قرار مجلس الأمن 1990 (2011)', 1990, 2011, null]]],
    [
      'ar',
      'القرارين 1267 (1999) و 1989 (2011)',
      [
        ['القرارين 1267 (1999)', 1267, 1999, null],
        ['1989 (2011)', 1989, 2011, null],
      ],
    ],
    [
      'ar',
      'القرارات 1325 (2000)، و1820 (2008)',
      [
        ['القرارات 1325 (2000)', 1325, 2000, null],
        ['1820 (2008)', 1820, 2008, null],
      ],
    ],
    ['ar', 'الفقرة 22 من القرار 2322 (2016)', [['الفقرة 22 من القرار 2322 (2016)', 2322, 2016, 22]]],
    ['ar', 'القرار ٢٣٢٢ (٢٠١٦)', [['القرار ٢٣٢٢ (٢٠١٦)', 2322, 2016, null]]],
    // `paragraph 2 (e)` keeps paragraph 2, in every language (dev set line 1019).
    [
      'en',
      'operative paragraph 2 (e) of resolution 1373 (2001).',
      [['paragraph 2 (e) of resolution 1373 (2001)', 1373, 2001, 2]],
    ],
    [
      'fr',
      'au paragraphe 2 e) du dispositif de la résolution 1373 (2001).',
      [['paragraphe 2 e) du dispositif de la résolution 1373 (2001)', 1373, 2001, 2]],
    ],
    [
      'es',
      'en el párrafo 2 e) de su resolución 1373 (2001).',
      [['párrafo 2 e) de su resolución 1373 (2001)', 1373, 2001, 2]],
    ],
    ['ru', 'в пункте 2(е) резолюции 1373 (2001).', [['пункте 2(е) резолюции 1373 (2001)', 1373, 2001, 2]]],
    [
      'ar',
      'في الفقرة 2 (هـ) من منطوق القرار 1373 (2001).',
      [['الفقرة 2 (هـ) من منطوق القرار 1373 (2001)', 1373, 2001, 2]],
    ],
    ['zh', '第1373(2001)号决议执行部分第2(e)段规定的义务', [['第1373(2001)号决议执行部分第2(e)段', 1373, 2001, 2]]],
    ['fr', 'la résolution 2118', []],
    ['ru', 'на 7378м заседании', []],
    ['ar', 'قرار عام 1995', []],
  ])('%s %j', (lang, text, expected) => {
    expect(res(text, lang)).toEqual(expected);
  });
});
