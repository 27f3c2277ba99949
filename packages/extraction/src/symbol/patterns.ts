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

/**
 * `5/2002/1005`: a Security Council document symbol whose `S` a scan read as `5` (or `$`, `8`). Only a candidate:
 * find.ts keeps it when the context makes it certain. Not `15/2002/1005`, not a date such as `5/10/2002`.
 */
export const OCR_SC_SYMBOL =
  /(?<![\p{L}\p{N}/.])[58$] ?\/ ?((?:19|20)\d\d) ?\/ ?(\d{1,4}(?:\/(?:Add|Corr|Rev)\.\d{1,2})?)(?![\p{N}/])/gu;

/** Before an opening bracket: `report of 10 September 2002 (`, in any UN language. */
export const REPORT_BEFORE = /(?:report|rapport|informe|доклад|تقرير|报告)[^()]{0,100}\($/iu;

/** Within a list of symbols: a real `S/` symbol next to it, separated by a comma, `and` or `et`/`y`/`и`/`و`/`和`. */
export const SYMBOL_NEIGHBOUR_BEFORE = /S\/[\w./]+(?: \(\d{4}\))? ?(?:,|;|、|،|and|et|y|и|و|和) ?$/u;
export const SYMBOL_NEIGHBOUR_AFTER = /^ ?(?:,|;|、|،|and|et|y|и|و|和) ?S\//u;
