import type { UnLang } from '@untk/core';

/** Words that shape a date mention in one language; everything is matched on normalised text. */
export interface DateGrammar {
  /** Which end of a coordinated or ranged list states the shared year and month: the last (`12 and 13 December
   * 2017`) or the first (`2017 年 12 月 12 和 13 日`). */
  order: 'dmy' | 'ymd';
  /** Month names are case-sensitive (English `May` against the verb `may`). */
  caseSensitiveMonths: boolean;
  /** Connectors that coordinate two dates: each side is its own date. */
  and: readonly string[];
  /** Connectors that join the two ends of an interval. */
  to: readonly string[];
  /** Words allowed between the parts of one date or around a connector (`de` in `27 de junio de 2011`). */
  glue: readonly string[];
  /** After a year: `год` forms, `年`. Part of the year token. */
  yearSuffix: readonly string[];
  /** After a day number: ordinal endings, `日`. Part of the day token. */
  daySuffix: readonly string[];
  /** Days written as words, with their numbers (Arabic ordinals: `الحادي عشر من آب/أغسطس`, the eleventh of August). */
  dayWords: ReadonlyArray<readonly [string, number]>;
  /** Before a date, an open interval from it (`since April 2017`). */
  since: readonly string[];
  /** After a date, an open interval from it (`2017 年 4 月以来`). */
  sinceAfter: readonly string[];
  /** Before a date, an open interval up to it. */
  until: readonly string[];
  /** Words of `to` that mean `until` when no date comes before them: `until 2020`, `hasta 2020`, `до 2020 года`. */
  toUntil: readonly string[];
  /** Before a year or month: part of it (`mid-2018`, `early 2018`). */
  early: readonly string[];
  mid: readonly string[];
  late: readonly string[];
  /** After a year: part of it (`2018 年年中`). */
  earlyAfter: readonly string[];
  midAfter: readonly string[];
  lateAfter: readonly string[];
}

// Connector lists share these punctuation marks: comma (ASCII, Arabic, ideographic) and dashes.
const COMMAS = [',', '،', '、'];
const DASHES = ['-', '–', '—', '−', '--'];

const ARABIC_UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];

/**
 * The days of a month as Arabic writes them in words, masculine (`اليوم`, the day): `الأول` … `العاشر`, `الحادي عشر` …
 * `التاسع عشر`, `العشرين` (or `العشرون`), `الحادي والعشرين` …, `الثلاثين`, `الحادي والثلاثين`.
 */
const ARABIC_DAY_ORDINALS: ReadonlyArray<readonly [string, number]> = (() => {
  const out: Array<[string, number]> = [];
  ARABIC_UNITS.forEach((w, i) => out.push([w, i + 1]));
  out.push(['العاشر', 10]);
  ['الحادي', ...ARABIC_UNITS.slice(1)].forEach((w, i) => out.push([`${w} عشر`, i + 11]));
  for (const [tens, n] of [
    ['العشرين', 20],
    ['العشرون', 20],
    ['الثلاثين', 30],
    ['الثلاثون', 30],
  ] as const) {
    out.push([tens, n]);
    const units = n === 20 ? ['الحادي', ...ARABIC_UNITS.slice(1)] : ['الحادي'];
    units.forEach((w, i) => out.push([`${w} و${tens}`, n + i + 1]));
  }
  return out;
})();

/** The date grammar of each UN language. A missing language fails to compile. */
export const DATE_GRAMMARS: Record<UnLang, DateGrammar> = {
  en: {
    order: 'dmy',
    caseSensitiveMonths: true,
    and: [...COMMAS, 'and', 'or', ', and'],
    to: [...DASHES, 'to', 'through', 'until', 'till'],
    glue: ['of', 'the', 'from', 'between', 'on'],
    yearSuffix: [],
    daySuffix: ['st', 'nd', 'rd', 'th'],
    dayWords: [],
    // (`from` alone is glue: `from 1 to 5 May`, `data from 2015`.)
    since: [
      'since',
      'Since',
      'as from',
      'As from',
      'beginning on',
      'beginning in',
      'Beginning on',
      'starting from',
      'starting on',
      'starting in',
      'Starting from',
      'with effect from',
      'With effect from',
      'effective',
      'effective from',
      'effective as of',
    ],
    sinceAfter: ['onwards', 'onward'],
    until: ['until', 'Until', 'up to'],
    toUntil: ['until', 'till', 'through'],
    early: ['early', 'Early', 'the beginning of', 'the start of', 'early in'],
    mid: ['mid-', 'Mid-', 'mid', 'the middle of', 'the middle'],
    late: ['late', 'Late', 'the end of', 'End of', 'end of', 'end-'],
    earlyAfter: [],
    midAfter: [],
    lateAfter: [],
  },
  fr: {
    order: 'dmy',
    caseSensitiveMonths: false,
    and: [...COMMAS, 'et', 'ou'],
    to: [...DASHES, 'au', 'à', 'a'],
    glue: ['du', 'de', 'entre', 'le', 'les'],
    yearSuffix: [],
    daySuffix: ['er', 'e'],
    dayWords: [],
    since: [
      'depuis',
      'Depuis',
      'depuis le',
      'depuis la',
      'Depuis le',
      'à compter du',
      'à compter de',
      'À compter du',
      'à partir du',
      'à partir de',
      'À partir du',
      'À partir de',
    ],
    sinceAfter: [],
    until: ['jusqu’en', "jusqu'en", "jusqu'au", 'jusqu’au', "jusqu'à", 'jusqu’à'],
    toUntil: [],
    early: ['début', 'Début', 'début de', 'au début de', 'Au début de', 'en début de'],
    mid: ['mi-', 'Mi-', 'milieu de', 'la mi-', 'à la mi-', 'À la mi-'],
    late: ['fin', 'Fin', 'fin de', 'la fin de', 'à la fin de', 'À la fin de', 'en fin de'],
    earlyAfter: [],
    midAfter: [],
    lateAfter: [],
  },
  es: {
    order: 'dmy',
    caseSensitiveMonths: false,
    and: [...COMMAS, 'y', 'e', 'o'],
    to: [...DASHES, 'al', 'a', 'hasta el', 'hasta'],
    glue: ['de', 'del', 'entre', 'el', 'los', 'días'],
    yearSuffix: [],
    daySuffix: ['º', 'o'],
    dayWords: [],
    since: ['desde', 'Desde', 'desde el', 'Desde el', 'a partir del', 'a partir de', 'A partir del', 'A partir de'],
    sinceAfter: [],
    until: [],
    toUntil: ['hasta', 'hasta el'],
    early: ['principios de', 'comienzos de', 'inicios de', 'a principios de', 'A principios de'],
    mid: ['mediados de', 'a mediados de', 'A mediados de'],
    late: ['finales de', 'fines de', 'a finales de', 'A finales de', 'a fines de'],
    earlyAfter: [],
    midAfter: [],
    lateAfter: [],
  },
  ru: {
    order: 'dmy',
    caseSensitiveMonths: false,
    and: [...COMMAS, 'и', 'или'],
    to: [...DASHES, 'по', 'до'],
    glue: ['с', 'в', 'месяца'],
    yearSuffix: ['года', 'году', 'годом', 'год', 'годы', 'годов', 'годах', 'годам', 'годами', 'гг.', 'г.'],
    daySuffix: [],
    dayWords: [],
    since: ['с', 'С', 'начиная с', 'Начиная с'],
    sinceAfter: [],
    until: [],
    toUntil: ['до'],
    early: ['начале', 'начала', 'В начале', 'в начале'],
    mid: ['середине', 'середины', 'В середине', 'в середине'],
    late: ['конце', 'конца', 'В конце', 'в конце'],
    earlyAfter: [],
    midAfter: [],
    lateAfter: [],
  },
  ar: {
    order: 'dmy',
    caseSensitiveMonths: false,
    and: [...COMMAS, 'و'],
    to: [...DASHES, 'إلى', 'الى', 'حتى'],
    glue: ['عام', 'العام', 'لعام', 'للعام', 'عامي', 'لعامي', 'سنة', 'في', 'من', 'يومي', 'بين'],
    yearSuffix: [],
    daySuffix: [],
    dayWords: ARABIC_DAY_ORDINALS,
    // (`as from`, `beginning from`, with and without the tanwin)
    since: ['منذ', 'ومنذ', 'اعتبارا من', 'اعتباراً من', 'ابتداء من', 'ابتداءً من', 'بدءا من', 'بدءاً من'],
    sinceAfter: [],
    until: [],
    toUntil: ['حتى'],
    early: ['أوائل', 'بداية', 'مطلع', 'أوائل عام', 'بداية عام', 'مطلع عام'],
    mid: ['منتصف', 'أواسط', 'منتصف عام', 'أواسط عام'],
    late: ['أواخر', 'نهاية', 'أواخر عام', 'نهاية عام'],
    earlyAfter: [],
    midAfter: [],
    lateAfter: [],
  },
  zh: {
    order: 'ymd',
    caseSensitiveMonths: false,
    and: [...COMMAS, '和', '及', '与', '以及', '或'],
    to: [...DASHES, '至', '到', '~'],
    glue: ['于', '在'],
    yearSuffix: ['年'],
    daySuffix: ['日'],
    dayWords: [],
    since: ['自', '从'],
    sinceAfter: ['以来', '起'],
    until: [],
    toUntil: [],
    early: [],
    mid: [],
    late: [],
    earlyAfter: ['年初', '初'],
    midAfter: ['年中'],
    lateAfter: ['年底', '年末', '底', '末'],
  },
};
