/** Character classes shared by the normaliser and the segmenters. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

// One row of data/cjk-radicals.tsv: a radical's code point and the unified ideograph's, in hex.
const RadicalRow = z.tuple([z.string().regex(/^[0-9A-F]{4,6}$/), z.string().regex(/^[0-9A-F]{4,6}$/)]);

/** Kangxi and supplementary CJK radicals → the unified ideographs they look like (generated from Unicode data). */
function loadRadicals(): Map<number, string> {
  const tsv = readFileSync(new URL('../data/cjk-radicals.tsv', import.meta.url), 'utf8');
  const map = new Map<number, string>();
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('radical\t')) continue;
    const [radical, ideograph] = RadicalRow.parse(line.split('\t'));
    map.set(parseInt(radical, 16), String.fromCodePoint(parseInt(ideograph, 16)));
  }
  return map;
}
const RADICALS = loadRadicals();

/** Inclusive ranges of BMP code units, the data of a character class. */
type Ranges = ReadonlyArray<readonly [number, number]>;
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** A regex character class matching the ranges. */
const charClass = (ranges: Ranges) => new RegExp(`[${ranges.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`);

// Han ideographs (URO, extension A, compatibility ideographs), the CJK symbols and punctuation block,
// radicals, kana, half- and full-width forms: the wide characters.
export const CJK_RANGES: Ranges = [
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
  [0x2e80, 0x2fdf],
  [0x3040, 0x30ff],
];
const CJK = charClass(CJK_RANGES);
// Han ideographs only, the characters that make a text Chinese.
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** Display width of a line in columns: East Asian wide characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one (narrow) character: no astral range is in CJK.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      w += 1;
    } else w += (UNIT[c] ?? 0) & WIDE ? 2 : 1;
  }
  return w;
}

/** Bullet glyphs that PDF text extraction leaves at the start of list items, symbol-font ones included. */
export const BULLET =
  /^[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf0e0\u2022\u2023\u2043\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u25e6\u27a2\u2713\u2714\u00b7\u30fb]/;

/** Code points in the Private Use Area: symbol-font glyphs with no meaning as text. */
export function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}

// Invisible characters that carry no text: zero-width space/joiners, BOM, soft hyphen.
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
export function isInvisible(code: number): boolean {
  return INVISIBLE.has(code);
}

// Full-width forms that Chinese keeps as its own punctuation: ，：；！？ are not folded to ASCII.
const KEEP_FULLWIDTH = new Set([0xff0c, 0xff1a, 0xff1b, 0xff01, 0xff1f]);

/**
 * Fold one character for analysis: full-width ASCII to ASCII (but Chinese punctuation stays),
 * the ideographic space to a space, compatibility ideographs (NFKC) and Kangxi and supplementary radicals
 * (`⼤ ⽉ ⺠ ⻓`, by the table generated from Unicode's EquivalentUnifiedIdeograph.txt) to unified ideographs.
 */
export function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x3000) return ' ';
  if (code >= 0xff01 && code <= 0xff5e && !KEEP_FULLWIDTH.has(code)) return String.fromCharCode(code - 0xfee0);
  const radical = RADICALS.get(code);
  if (radical !== undefined) return radical;
  if ((code >= 0xf900 && code <= 0xfaff) || (code >= 0x2f800 && code <= 0x2fa1f)) return ch.normalize('NFKC');
  if (code === 0x00a0 || code === 0x2007 || code === 0x202f) return ' ';
  return ch;
}

// What the normaliser needs to know of a BMP code unit, as bits of one table entry, so that its scans cost one
// lookup a character. A unit with no bit set (most letters, digits and punctuation) is narrow, is not white
// space and is copied as it is: the scans skip such units in their tightest loop.
/** A line terminator: \n, \r, \f, U+2028, U+2029. */
export const TERM = 1;
/** White space other than a line terminator (JavaScript's \s, what trim() removes). */
export const SPACE = 2;
/** Wide in display (in CJK): counts two columns. */
export const WIDE = 4;
/** Not copied as it is: white space, invisible and private-use glyphs, what foldChar changes, high surrogates. */
export const SPECIAL = 8;
/** A high surrogate: the code point may be astral. */
export const HIGH = 16;
/** Dropped from the text: invisible glyphs and the Private Use Area. */
export const DROP = 32;

/** JavaScript's white space (\\s, what trim() removes): WhiteSpace and LineTerminator of ECMA-262. */
export const SPACE_RANGES: Ranges = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
/**
 * Characters that are not copied as they are: white space, invisible and private-use glyphs, characters
 * foldChar may change (full-width forms, radicals, compatibility ideographs, odd spaces), high surrogates.
 */
export const SPECIAL_RANGES: Ranges = [
  ...SPACE_RANGES,
  [0x00ad, 0x00ad],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xe000, 0xf8ff],
  [0xf900, 0xfaff],
  [0xff01, 0xff5e],
  [0x2e80, 0x2fdf],
  [0xd800, 0xdbff],
];

/** The bits above for every BMP code unit, filled from the ranges (no regex runs at load). */
export const UNIT = new Uint8Array(0x10000);
const mark = (ranges: Ranges, bit: number) => {
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) UNIT[c] = (UNIT[c] as number) | bit;
};
mark(SPACE_RANGES, SPACE);
for (const c of [0x0a, 0x0d, 0x0c, 0x2028, 0x2029]) UNIT[c] = TERM; // a terminator is not SPACE here
mark(CJK_RANGES, WIDE);
mark(SPECIAL_RANGES, SPECIAL);
mark([[0xd800, 0xdbff]], HIGH);
mark([[0xe000, 0xf8ff]], DROP);
for (const c of INVISIBLE) UNIT[c] = (UNIT[c] as number) | DROP;

/** foldChar of every BMP code unit it changes (undefined where it changes nothing). */
export const FOLDED: ReadonlyArray<string | undefined> = (() => {
  const folded = new Array<string | undefined>(0x10000).fill(undefined);
  // Only SPECIAL units that are kept as characters can fold (white space collapses, DROP units go).
  for (const [a, b] of SPECIAL_RANGES)
    for (let c = a; c <= b; c++) {
      if ((UNIT[c] as number) & (SPACE | TERM | HIGH | DROP)) continue;
      const ch = String.fromCharCode(c);
      const to = foldChar(ch);
      if (to !== ch) folded[c] = to;
    }
  return folded;
})();
