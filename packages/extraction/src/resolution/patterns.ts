// Patterns run on normalised text: white space runs are one space, full-width brackets and digits are ASCII.

/** `1373(2001)`, `1373 (2001)`: a Security Council resolution number and its year, captured. */
const ITEM = String.raw`(\d{1,4}) ?\( ?(\d{4}) ?\)`;
/** Same without captures, to build list patterns. */
const ITEM_NC = String.raw`\d{1,4} ?\( ?\d{4} ?\)`;

// Chinese list separators between resolution items: 、 , ， 和 及 以及 与 或.
const ZH_SEP = String.raw` ?(?:、|,|，|以及|和|及|与|或) ?`;

/**
 * Chinese reference: `第 1373(2001)号决议`, `第2322(2016)号决议第 22 段`,
 * lists `第 1373(2001)、1624(2005)…和 2370(2017)号决议`, `第 1526(2004)号和第 2253(2015)号决议`.
 * A list has at most 64 items: unbounded, a long list without `决议` at its end is rescanned from every `第`.
 * Not: `该决议第 21 段` (no number), `第 7364 次会议`.
 */
export const ZH_REFERENCE = new RegExp(
  String.raw`第 ?${ITEM_NC}(?: ?号)?(?:${ZH_SEP}(?:第 ?)?${ITEM_NC}(?: ?号)?){0,63} ?号? ?决议(?: ?第 ?(\d{1,3}) ?段)?`,
  'g',
);

/**
 * English reference: `resolution 2322 (2016)`, `resolutions 1267 (1999), 1989 (2011) and 2253 (2015)`,
 * optionally after `paragraph 22 of`. Not: `resolution 2322` without a year.
 */
export const EN_REFERENCE = new RegExp(
  String.raw`(?:\b[Pp]aragraphs? (\d{1,3}) of (?:(?:its|the|Security Council) )?)?\b[Rr]esolutions? (?:No\. ?)?${ITEM_NC}(?:(?: ?, ?and | ?, ?| and | & )${ITEM_NC}){0,63}`,
  'g',
);

/** One `number (year)` item inside a matched reference. */
export const ITEM_IN_REFERENCE = new RegExp(ITEM, 'g');
