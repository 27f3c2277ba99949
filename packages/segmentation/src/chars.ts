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

// Han ideographs (URO, extension A, compatibility ideographs) and the CJK symbols and punctuation block.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf\u3040-\u30ff]/;
// Han ideographs only, the characters that make a text Chinese.
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

// The display width of each BMP code unit, from CJK: 2 for wide, 1 otherwise (one table lookup a character).
const CJK_UNIT = (() => {
  const t = new Uint8Array(0x10000).fill(1);
  for (let c = 0; c < 0x10000; c++) if (CJK.test(String.fromCharCode(c))) t[c] = 2;
  return t;
})();

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
    } else w += CJK_UNIT[c] ?? 1;
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
