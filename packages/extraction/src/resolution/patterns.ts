// Patterns run on normalised text: white space runs are one space, full-width brackets and digits are ASCII.

/** `1373(2001)`, `1373 (2001)`: a Security Council resolution number and its year, captured. */
const ITEM = String.raw`(\d{1,4}) ?\( ?(\d{4}) ?\)`;
/** Same without captures, to build list patterns. */
const ITEM_NC = String.raw`\d{1,4} ?\( ?\d{4} ?\)`;

// Chinese list separators between resolution items: 、 , ， 和 及 以及 与 (與 in Traditional script) 或.
const ZH_SEP = String.raw` ?(?:、|,|，|以及|和|及|与|與|或) ?`;

/**
 * Chinese reference: `第 1373(2001)号决议`, `第2322(2016)号决议第 22 段`,
 * lists `第 1373(2001)、1624(2005)…和 2370(2017)号决议`, `第 1526(2004)号和第 2253(2015)号决议`; in Traditional
 * script too (`第1373(2001)號決議`, `執行部分第 2 段`, `與`).
 * A list has at most 64 items: unbounded, a long list without `决议` at its end is rescanned from every `第`.
 * Not: `该决议第 21 段` (no number), `第 7364 次会议`.
 */
export const ZH_REFERENCE = new RegExp(
  String.raw`第 ?${ITEM_NC}(?: ?[号號])?(?:${ZH_SEP}(?:第 ?)?${ITEM_NC}(?: ?[号號])?){0,63} ?[号號]? ?(?:决议|決議)(?: ?(?:执行部分|執行部分)?第 ?(\d{1,3})(?: ?\([a-z一二三四五六七八九十]{1,2}\))? ?段)?`,
  'g',
);

/**
 * English reference: `resolution 2322 (2016)`, `resolutions 1267 (1999), 1989 (2011) and 2253 (2015)`,
 * optionally after `paragraph 22 of` or `paragraph 2 (e) of` (the paragraph kept, the subparagraph not). Not:
 * `resolution 2322` without a year; `paragraphs 9 and 11 of` keeps no paragraph.
 */
export const EN_REFERENCE = new RegExp(
  String.raw`(?:\b[Pp]aragraphs? (\d{1,3})(?: ?\([a-z]{1,3}\))? of (?:(?:its|the|Security Council) )?)?\b[Rr]esolutions? (?:No\. ?)?${ITEM_NC}(?:(?: ?, ?and | ?, ?| and | & )${ITEM_NC}){0,63}`,
  'g',
);

/**
 * French reference: `résolution 2322 (2016)`, `résolutions 1267 (1999) et 1989 (2011)`,
 * `paragraphe 22 de la résolution 2322 (2016)`. Not: `résolution 2322` without a year.
 */
export const FR_REFERENCE = new RegExp(
  String.raw`(?:\b[Pp]aragraphes? (\d{1,3})(?: ?[a-z]{1,3}\))? (?:du dispositif )?(?:de (?:la|sa|leur) |du |des )(?:(?:présente|Conseil de sécurité) )?)?(?<![\p{L}])[Rr]ésolutions? (?:du Conseil de sécurité )?(?:n[o°] ?)?${ITEM_NC}(?:(?: ?, ?et | ?, ?| et | ou | )${ITEM_NC}){0,63}`,
  'gu',
);

/**
 * Spanish reference: `resolución 2322 (2016)`, `resoluciones 1267 (1999) y 1989 (2011)`,
 * `párrafo 22 de la resolución 2322 (2016)`. Not: `resolución 2322` without a year.
 */
export const ES_REFERENCE = new RegExp(
  String.raw`(?:(?<![\p{L}])[Pp]árrafos? (\d{1,3})(?: ?[a-z]{1,3}\))? (?:de (?:la|su|sus|las) ))?(?<![\p{L}])[Rr]esolu(?:ción|ciones) (?:del Consejo de Seguridad )?(?:núm\. ?)?${ITEM_NC}(?:(?: ?, ?y | ?, ?| y | e | o | )${ITEM_NC}){0,63}`,
  'gu',
);

/**
 * Russian reference, any case: `резолюция 2322 (2016)`, `резолюцией`, `резолюциях 1267 (1999) и 1989 (2011)`,
 * `пункт 22 резолюции 2322 (2016)`, `резолюции Совета Безопасности 2100 (2013)`. Not without a year.
 */
export const RU_REFERENCE = new RegExp(
  String.raw`(?:(?<![\p{L}])[Пп]ункт[а-я]{0,3} (\d{1,3})(?: ?\(?[а-яa-z]{1,3}\))? (?:(?:своей|его|ее|её) )?)?(?<![\p{L}])[Рр]езолюци[а-яё]{1,3} (?:(?:Совета Безопасности|СБ ООН|СБ) )?(?:№ ?)?${ITEM_NC}(?:(?: ?, ?и | ?, ?| и | или | )${ITEM_NC}){0,63}`,
  'gu',
);

/**
 * Arabic reference: `القرار 2127 (2013)`, `قراره`, `بالقرار`, `القرارين … و …`, `القرارات … ، … و …`,
 * `قرار مجلس الأمن 1990 (2011)`, `الفقرة 22 من القرار 2322 (2016)`. Not without a year.
 */
export const AR_REFERENCE = new RegExp(
  String.raw`(?:(?<![\p{L}])[وبلف]{0,2}(?:ال)?فقر(?:ة|تين|تان|ات) (\d{1,3})(?: ?\([^()]{1,3}\))? من (?:منطوق )?)?(?<![\p{L}])[وبلف]{0,2}(?:ال|لل)?قرار(?:ات|ين|ان|ا|ي|ه|ها|اته|اتها|يه)? (?:(?:مجلس الأمن|المجلس) )?(?:التابع للأمم المتحدة )?(?:رقم ?)?${ITEM_NC}(?:(?: ?[،,] ?و ?| ?[،,] ?| و ?)${ITEM_NC}){0,63}`,
  'gu',
);

/** One `number (year)` item inside a matched reference. */
export const ITEM_IN_REFERENCE = new RegExp(ITEM, 'g');
