import { describe, expect, it } from 'vitest';
import type { DateEntity } from '@untk/core';
import { parseMonthTable } from '../src/date/months.js';
import { corpusText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

const dates = (text: string, lang: string) => {
  const found = run(text, lang).filter((e): e is DateEntity => e.kind === 'date');
  expectOffsets(text, found);
  return found.map((e) => [e.text, e.value, e.precision, e.modifier ?? null]);
};

describe('dates in the six languages', () => {
  it.each([
    // points at day, month and year precision
    ['zh', '2017 年 12 月 14 日', [['2017 年 12 月 14 日', '2017-12-14', 'day', null]]],
    ['zh', '在2017年7月21日签署', [['2017年7月21日', '2017-07-21', 'day', null]]],
    ['zh', '2017 年\n12 月，', [['2017 年\n12 月', '2017-12', 'month', null]]],
    ['en', 'on 27 June 2011', [['27 June 2011', '2011-06-27', 'day', null]]],
    ['en', 'on June 27, 2011', [['June 27, 2011', '2011-06-27', 'day', null]]],
    ['fr', 'le 27 juin 2011', [['27 juin 2011', '2011-06-27', 'day', null]]],
    ['fr', 'le 1er juin 2011', [['1er juin 2011', '2011-06-01', 'day', null]]],
    ['es', 'el 27 de junio de 2011', [['27 de junio de 2011', '2011-06-27', 'day', null]]],
    ['ru', '27 июня 2011 года', [['27 июня 2011 года', '2011-06-27', 'day', null]]],
    ['ar', 'المؤرخ 27 حزيران/يونيه 2011', [['27 حزيران/يونيه 2011', '2011-06-27', 'day', null]]],
    ['ar', 'المؤرخ 25 حزيران/ يونيه 2014', [['25 حزيران/ يونيه 2014', '2014-06-25', 'day', null]]],
    ['ar', '١١ آذار/مارس ٢٠١٥', [['١١ آذار/مارس ٢٠١٥', '2015-03-11', 'day', null]]],
    // a day written as an ordinal (the eleventh, the first, the twenty-first); `كانون الأول` stays a month
    ['ar', 'في الحادي عشر من آب/أغسطس 1960', [['الحادي عشر من آب/أغسطس 1960', '1960-08-11', 'day', null]]],
    ['ar', 'في الأول من كانون الثاني/يناير 2016', [['الأول من كانون الثاني/يناير 2016', '2016-01-01', 'day', null]]],
    ['ar', 'في الحادي والعشرين من أيار/مايو 2015', [['الحادي والعشرين من أيار/مايو 2015', '2015-05-21', 'day', null]]],
    ['ar', 'في كانون الأول/ديسمبر 2015', [['كانون الأول/ديسمبر 2015', '2015-12', 'month', null]]],
    ['en', 'in April 2014', [['April 2014', '2014-04', 'month', null]]],
    ['en', 'in September 2014.42', [['September 2014', '2014-09', 'month', null]]],
    ['fr', 'en septembre 201442.', [['septembre 2014', '2014-09', 'month', null]]],
    ['ru', 'в 2013 году', [['2013 году', '2013', 'year', null]]],
    // a year before a word that looks like a count word, but is not one (a census, a multi-year framework)
    ['zh', '2010人口普查', [['2010', '2010', 'year', null]]],
    ['zh', '2014-2017多年期筹资框架', [['2014-2017', '2014/2017', 'year', null]]],
    ['zh', '约2015年', [['2015年', '2015', 'year', null]]],
    [
      'ru',
      'в 2015 и 2016 годах',
      [
        ['2015', '2015', 'year', null],
        ['2016 годах', '2016', 'year', null],
      ],
    ],
    // a year and a number that make no date (11 of them, 12 months): the year stands alone, with its 年
    [
      'zh',
      '2002年11个，2003年8个',
      [
        ['2002年', '2002', 'year', null],
        ['2003年', '2003', 'year', null],
      ],
    ],
    ['zh', '在2016年12个月内', [['2016年', '2016', 'year', null]]],
    ['ar', 'في عام 2013', [['2013', '2013', 'year', null]]],
    // intervals
    [
      'zh',
      '2016 年 12 月 13 日至 2017 年 12 月 12 日',
      [['2016 年 12 月 13 日至 2017 年 12 月 12 日', '2016-12-13/2017-12-12', 'day', null]],
    ],
    [
      'en',
      'from 13 December 2016 to 12 December 2017',
      [['13 December 2016 to 12 December 2017', '2016-12-13/2017-12-12', 'day', null]],
    ],
    [
      'fr',
      'du 13 décembre 2016 au 12 décembre 2017',
      [['13 décembre 2016 au 12 décembre 2017', '2016-12-13/2017-12-12', 'day', null]],
    ],
    ['es', 'del 14 al 18 de marzo de 2015', [['14 al 18 de marzo de 2015', '2015-03-14/2015-03-18', 'day', null]]],
    ['ru', 'с 14 по 18 марта 2015 года', [['14 по 18 марта 2015 года', '2015-03-14/2015-03-18', 'day', null]]],
    ['ar', '4-15 أيار/مايو 2015', [['4-15 أيار/مايو 2015', '2015-05-04/2015-05-15', 'day', null]]],
    ['en', 'the biennium 2014-2015', [['2014-2015', '2014/2015', 'year', null]]],
    ['es', 'el bienio 2014-20151 se', [['2014-2015', '2014/2015', 'year', null]]],
    ['es', 'notificadas en 2011-2012b', [['2011-2012', '2011/2012', 'year', null]]],
    ['ru', 'на 20142019 годы', [['20142019', '2014/2019', 'year', null]]],
    ['zh', '2017 年 11 月 7 至 9 日', [['2017 年 11 月 7 至 9 日', '2017-11-07/2017-11-09', 'day', null]]],
    // coordinated days and months, the year or month stated once: one entity each
    [
      'zh',
      '2017 年 12 月 12 和 13 日',
      [
        ['2017 年 12 月 12', '2017-12-12', 'day', null],
        ['13 日', '2017-12-13', 'day', null],
      ],
    ],
    [
      'zh',
      '2017 年 5 月和 11 月',
      [
        ['2017 年 5 月', '2017-05', 'month', null],
        ['11 月', '2017-11', 'month', null],
      ],
    ],
    [
      'en',
      '12 and 13 December 2017',
      [
        ['12', '2017-12-12', 'day', null],
        ['13 December 2017', '2017-12-13', 'day', null],
      ],
    ],
    [
      'en',
      'in January and September 2017',
      [
        ['January', '2017-01', 'month', null],
        ['September 2017', '2017-09', 'month', null],
      ],
    ],
    [
      'fr',
      'les 24 et 25 octobre 2013',
      [
        ['24', '2013-10-24', 'day', null],
        ['25 octobre 2013', '2013-10-25', 'day', null],
      ],
    ],
    [
      'ar',
      'في يومي 24 و25 تشرين الأول/أكتوبر 2013',
      [
        ['24', '2013-10-24', 'day', null],
        ['25 تشرين الأول/أكتوبر 2013', '2013-10-25', 'day', null],
      ],
    ],
    [
      'ar',
      'تموز/يوليه وآب/أغسطس 2014',
      [
        ['تموز/يوليه', '2014-07', 'month', null],
        ['آب/أغسطس 2014', '2014-08', 'month', null],
      ],
    ],
    [
      'en',
      'from 3 to 5 February and from 28 to 30 April 2015',
      [
        ['3 to 5 February', '2015-02-03/2015-02-05', 'day', null],
        ['28 to 30 April 2015', '2015-04-28/2015-04-30', 'day', null],
      ],
    ],
    // open intervals and parts of years
    ['zh', '自 2017 年 4 月以来', [['自 2017 年 4 月以来', '2017-04/..', 'month', 'since']]],
    ['en', 'since April 2017', [['since April 2017', '2017-04/..', 'month', 'since']]],
    ['fr', 'depuis avril 2017', [['depuis avril 2017', '2017-04/..', 'month', 'since']]],
    ['ar', 'منذ نيسان/أبريل 2017', [['منذ نيسان/أبريل 2017', '2017-04/..', 'month', 'since']]],
    // the other words of a start, from the dev set and the resolutions (`from` alone stays glue: `data from 2015`)
    ['en', 'as from 2013, the', [['as from 2013', '2013/..', 'year', 'since']]],
    ['en', 'a term beginning on 1 January 2016', [['beginning on 1 January 2016', '2016-01-01/..', 'day', 'since']]],
    ['en', 'implemented starting from July 2012', [['starting from July 2012', '2012-07/..', 'month', 'since']]],
    [
      'en',
      'with effect\nfrom 17 January 1992',
      [['with effect\nfrom 17 January 1992', '1992-01-17/..', 'day', 'since']],
    ],
    ['en', 'implemented effective 1 July 1996', [['effective 1 July 1996', '1996-07-01/..', 'day', 'since']]],
    ['en', 'data from 2015', [['2015', '2015', 'year', null]]],
    ['fr', 'à compter du 1er janvier 2016', [['à compter du 1er janvier 2016', '2016-01-01/..', 'day', 'since']]],
    ['fr', 'à partir du 30 mai 2014', [['à partir du 30 mai 2014', '2014-05-30/..', 'day', 'since']]],
    ['es', 'a partir del 1 de enero de 2016', [['a partir del 1 de enero de 2016', '2016-01-01/..', 'day', 'since']]],
    ['ar', 'اعتبارا من عام 1994', [['اعتبارا من عام 1994', '1994/..', 'year', 'since']]],
    [
      'ar',
      'ابتداء من 1 كانون الثاني/يناير 2015',
      [['ابتداء من 1 كانون الثاني/يناير 2015', '2015-01-01/..', 'day', 'since']],
    ],
    // `从 2009 年的 …` compares a value of 2009 with a later one: no start (dev-set lines 57, 1544, 1977)
    [
      'zh',
      '从2009年的22.2%增至2011年的26.7%',
      [
        ['2009年', '2009', 'year', null],
        ['2011年', '2011', 'year', null],
      ],
    ],
    ['zh', '从2014年9月15日起，', [['从2014年9月15日起', '2014-09-15/..', 'day', 'since']]],
    ['zh', '2018 年年中', [['2018 年年中', '2018', 'year', 'mid']]],
    ['zh', '在2015年底前执行', [['2015年底', '2015', 'year', 'late']]],
    ['zh', '2008年初，', [['2008年初', '2008', 'year', 'early']]],
    ['zh', '2016 年末', [['2016 年末', '2016', 'year', 'late']]],
    // `初步` is preliminary, `年中国` a year and China
    ['zh', '2016年初步统计', [['2016年', '2016', 'year', null]]],
    ['zh', '2016年中国', [['2016年', '2016', 'year', null]]],
    ['en', 'by mid-2018', [['mid-2018', '2018', 'year', 'mid']]],
    ['es', 'a mediados de 2018', [['a mediados de 2018', '2018', 'year', 'mid']]],
    ['ru', 'в конце 2017 года', [['в конце 2017 года', '2017', 'year', 'late']]],
    ['en', 'in early 2008', [['early 2008', '2008', 'year', 'early']]],
    // early, mid and late qualify a month or a year, not a day: `a pris fin le 19 juin 2014` (ended on 19 June 2014,
    // dev-set French line 3182) is no `late`
    ['fr', 'dont le tour de service a pris fin le 19 juin 2014.', [['19 juin 2014', '2014-06-19', 'day', null]]],
    ['fr', 'à la fin de juin 2014', [['à la fin de juin 2014', '2014-06', 'month', 'late']]],
    ['en', 'at the end of 31 December 2014', [['31 December 2014', '2014-12-31', 'day', null]]],
    // `until` where the language's word for it also joins ranges: open at its start, a range after a date
    ['en', 'extends the mandate until 31 March 2018', [['until 31 March 2018', '../2018-03-31', 'day', 'until']]],
    ['en', 'from 2010 until 2015', [['2010 until 2015', '2010/2015', 'year', null]]],
    // `between … and …`: a range, in every language that writes it so; `in 2010 and 2015` stays two years
    ['en', 'between 2010 and 2015', [['2010 and 2015', '2010/2015', 'year', null]]],
    [
      'en',
      'between 1 January 1994 and 31 December 1994',
      [['1 January 1994 and 31 December 1994', '1994-01-01/1994-12-31', 'day', null]],
    ],
    [
      'en',
      'in 2010 and 2015',
      [
        ['2010', '2010', 'year', null],
        ['2015', '2015', 'year', null],
      ],
    ],
    ['fr', 'entre 2010 et 2015', [['2010 et 2015', '2010/2015', 'year', null]]],
    ['es', 'entre 2010 y 2015', [['2010 y 2015', '2010/2015', 'year', null]]],
    ['ru', 'между 2010 и 2015 годами', [['2010 и 2015 годами', '2010/2015', 'year', null]]],
    ['ar', 'بين عامي 2010 و 2015', [['2010 و 2015', '2010/2015', 'year', null]]],
    ['es', 'hasta el 31 de marzo de 2018', [['hasta el 31 de marzo de 2018', '../2018-03-31', 'day', 'until']]],
    ['ru', 'до 2020 года', [['до 2020 года', '../2020', 'year', 'until']]],
    ['ar', 'حتى عام 2020', [['حتى عام 2020', '../2020', 'year', 'until']]],
  ])('%s %j', (lang, text, expected) => {
    expect(dates(text, lang)).toEqual(expected);
  });
});

describe('not dates', () => {
  it.each([
    ['zh', '第 2322(2016)号决议'],
    ['en', 'resolution 2322 (2016)'],
    ['en', 'S/2017/97'],
    ['zh', '第7364次会议'],
    ['en', 'at its 7364th meeting'],
    ['fr', 'à sa 7359e séance'],
    ['ru', '7386-го заседания'],
    ['zh', '24 小时/7 天执法合作网络'],
    ['zh', '12 个月期间'],
    ['zh', '1960年代初期'],
    ['en', '12 and 13 December'],
    ['en', 'it may and should'],
    ['ru', 'стационарным телефонам (2000 долл. США)'],
    ['ar', '29 - في الفقرة'],
    // counts and amounts in the years' range: Chinese and Russian write four-digit numbers without a separator
    ['zh', '约2000名难民'],
    ['zh', '2000多名士兵和1990户家庭'],
    ['zh', '2000 公里，2015吨，2000美元'],
    ['ru', 'Около 2000 человек'],
    ['ru', 'погибли 2000 человек, 1990 беженцев вернулись'],
    ['ru', 'из 2000 домохозяйств и 2015 км дорог'],
  ])('%s %j', (lang, text) => {
    expect(dates(text, lang)).toEqual([]);
  });
});

describe('the month-name table', () => {
  it('rejects a table that lacks a month of a language', () => {
    expect(() => parseMonthTable('lang\tmonth\tform\tnote\nen\t1\tJanuary\t\n')).toThrow(/ar has 0 months/);
  });
  it('rejects a row that is not a UN language', () => {
    expect(() => parseMonthTable('lang\tmonth\tform\tnote\nde\t1\tJanuar\t\n')).toThrow();
  });
});

describe('Chinese years on the dev set', () => {
  it('a year written with 年 is found with it, also when a count follows (2002年11个)', () => {
    const text = corpusText('unpc-devset/UNv1.0.devset.zh');
    const years = run(text, 'zh').filter((e): e is DateEntity => e.kind === 'date' && e.precision === 'year');
    // `2002年11个，2003、2004和2005年各8个，2006年6个`: the bare years of a list (2003, 2004) are fine.
    const cut = years.filter((e) => /^\d{4}$/.test(e.text) && text[e.end] === '年');
    expect(cut.map((e) => text.slice(e.start - 8, e.end + 4))).toEqual([]);
    expect(
      years.filter((e) => /^20(?:0[2-9]|1[0-2])年$/.test(e.text) && /^\d/.test(text.slice(e.end, e.end + 1))),
    ).toHaveLength(6);
  });

  it('the start and end of a year (年初, 年底) qualify it', () => {
    const text = corpusText('unpc-devset/UNv1.0.devset.zh');
    const years = run(text, 'zh').filter((e): e is DateEntity => e.kind === 'date' && e.precision === 'year');
    const modified = years.filter((e) => /^\d{4} ?年(?:初|底|末)$/.test(e.text));
    expect(modified.map((e) => [e.text, e.modifier])).toEqual([
      ['2014年初', 'early'],
      ['2008年初', 'early'],
      ['2015年底', 'late'],
      ['2015年初', 'early'],
    ]);
    // Every `年初`, `年底` or `年末` right after a year of the text is read so.
    expect(modified).toHaveLength(text.match(/(?:19|20)\d\d ?年(?:初(?!步)|底|末)/g)?.length ?? -1);
  });
});
