import { describe, expect, it } from 'vitest';
import { DROP, FOLDED, foldChar, HIGH, isCjk, SPACE, SPECIAL, TERM, UNIT, WIDE } from '../src/chars.js';

// The character classes as regexes, as the normaliser wrote them before its tables were filled from ranges.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf\u3040-\u30ff]/;
const SPECIAL_RE =
  /[\s\u3000\u00a0\u00ad\u200b-\u200d\u2007\u202f\u2060\ufeff\ue000-\uf8ff\uf900-\ufaff\uff01-\uff5e\u2e80-\u2fdf\ud800-\udbff]/;
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

describe('the code unit table of the normaliser', () => {
  it('gives every BMP code unit the bits the regexes give it', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const term = c === 0x0a || c === 0x0d || c === 0x0c || c === 0x2028 || c === 0x2029;
      let f = 0;
      if (term) f |= TERM;
      else if (/\s/.test(ch)) f |= SPACE;
      if (CJK.test(ch)) f |= WIDE;
      if (SPECIAL_RE.test(ch)) f |= SPECIAL;
      if (c >= 0xd800 && c <= 0xdbff) f |= HIGH;
      if (INVISIBLE.has(c) || (c >= 0xe000 && c <= 0xf8ff)) f |= DROP;
      if (UNIT[c] !== f) wrong.push(`${c.toString(16)}: ${UNIT[c]} not ${f}`);
      if (isCjk(ch) !== CJK.test(ch)) wrong.push(`${c.toString(16)}: isCjk`);
      // Units the normaliser keeps as characters (no white space, no surrogate, not dropped) fold by FOLDED.
      if (!(f & (SPACE | TERM | HIGH | DROP)) && f & SPECIAL) {
        const folded = foldChar(ch);
        if ((FOLDED[c] ?? ch) !== folded) wrong.push(`${c.toString(16)}: folds to ${FOLDED[c]} not ${folded}`);
      } else if (FOLDED[c] !== undefined) wrong.push(`${c.toString(16)}: folded but not SPECIAL`);
    }
    expect(wrong).toEqual([]);
  });
});
