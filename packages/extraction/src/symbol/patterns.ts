/**
 * A UN document symbol: a series (`S`, `A`, `E`, `ST`, treaty bodies…) and two or more `/`-separated parts,
 * at least one with a digit: `S/2017/97`, `S/RES/2322 (2016)`, `S/PRST/2017/1`, `A/RES/70/1`, `A/C.3/72/L.1`,
 * `E/CN.4/2005/1`, `S/2015/683/Add.1`. Not inside a URL or path (no `/`, letter or digit right before it),
 * not `and/or`.
 */
export const SYMBOL = new RegExp(
  String.raw`(?<![\p{L}\p{N}/._-])(?:S|A|E|ST|CCPR|CAT|CEDAW|CERD|CRC|CRPD|CMW|DP|TD|UNEP|HRC|UNW|ICEF)(?:/(?:[A-Z][A-Za-z]*(?:\.\d+)*|\d+(?:\.\d+)*[A-Za-z]?|[A-Z]\.\d+)){1,7}(?: ?\(\d{4}\))?`,
  'gu',
);

/** `S/RES/2322 (2016)`: the symbol of a Security Council resolution, number and year captured. */
export const SC_RESOLUTION_SYMBOL = /^S\/RES\/(\d{1,4}) ?\((\d{4})\)$/;
