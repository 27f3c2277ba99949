/** Patterns of the acronym finder: what a bracketed short form looks like, and what a bracket holds instead. */

// A bracketed stretch on one line, up to 24 code units: `(国际刑警组织)`, `(UNODC)`, `(2017 年 2 月)`.
export const PAREN = /\(([^()\n]{1,24})\)/g;

// What a Chinese bracket holds when it is not a short form: digits (dates, symbols `S/2017/97`), date words,
// a signature note, quotes (`“软”`), slashes, or `见附件` (see annex). A short form has none of these.
export const ZH_NOT_SHORT_FORM = /[0-9０-９年月日号段条款页/\\“”"'‘’「」《》]|签名|见附|附件|包括|例如|如下/u;

// A Latin or Cyrillic short form: starts with a capital, 2-12 letters, digits, `-`, `'`, `&`, `.` or one space:
// `UNODC`, `UN-Women`, `Da'esh`, `УНП ООН`. Not `a`, not `1999`, not `S/2017/97`, not a sentence.
export const LATIN_SHORT_FORM = /^\p{Lu}[\p{L}\p{N}&'’.-]{1,11}(?: \p{Lu}[\p{L}\p{N}&'’.-]{1,8})?$/u;

// Capital letters of a short form; an acronym has at least two (`UNISFA`, `PNUD`, `ЮНИСФА`), a name (`Brazil`) one.
export const CAPITALS = /\p{Lu}/gu;

// Roman numerals and list markers that look like acronyms in brackets: `(II)`, `(XIV)`, `(iv)`.
export const ROMAN = /^[IVXLCDM]+$/i;

// Session numbers of the General Assembly in brackets after a resolution number: `2253 (ES-V)`, `(S-26)`, `(ES-10)`.
export const SESSION = /^(?:ES|S)-(?:[IVXLC]+|\d{1,2})$/;
