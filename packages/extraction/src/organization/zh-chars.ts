/**
 * Character tests of the Chinese organisation finder without a regex per character. The finder asks them at
 * every step of a name's leftward extension, so they are table look-ups built once from the patterns in
 * patterns.ts: each answers exactly what the pattern answers (a test compares them over every code unit and over
 * the bundled corpus).
 */
import { HAN, ZH_CONJ, ZH_STOP_CHAR, ZH_STOP_WORDS } from './patterns.js';

/**
 * One byte per UTF-16 code unit: bit 1 when `HAN` matches the code unit as a one-character string, bit 2 for
 * `ZH_STOP_CHAR`, bit 4 for `ZH_CONJ`. A lone surrogate matches none of them, as with the `u` patterns.
 * Bit 8 marks the last code unit of a stop word (`持` of `支持`): no stop word ends before any other.
 */
const CLASSES = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    t[c] = (HAN.test(ch) ? 1 : 0) | (ZH_STOP_CHAR.test(ch) ? 2 : 0) | (ZH_CONJ.test(ch) ? 4 : 0);
  }
  for (const w of ZH_STOP_WORDS) t[w.charCodeAt(w.length - 1)] = (t[w.charCodeAt(w.length - 1)] ?? 0) | 8;
  return t;
})();

/** `HAN.test(text[i])`; false outside the text. */
export function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && ((CLASSES[text.charCodeAt(i)] ?? 0) & 1) !== 0;
}

/** `ZH_STOP_CHAR.test(text[i])`; false outside the text. */
export function isStopCharAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && ((CLASSES[text.charCodeAt(i)] ?? 0) & 2) !== 0;
}

/** `ZH_CONJ.test(text[i])`; false outside the text. */
export function isConjAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && ((CLASSES[text.charCodeAt(i)] ?? 0) & 4) !== 0 && !peaceAt(text, i);
}

/**
 * Whether the `和` at `i` opens `和平` (peace: `和平利用外层空间委员会`, `建设和平委员会`), not `和平等` (and equality).
 */
function peaceAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x548c && text.charCodeAt(i + 1) === 0x5e73 && text.charCodeAt(i + 2) !== 0x7b49;
}

const STOP_WORDS = new Set(ZH_STOP_WORDS);
// The lengths the stop words come in (2 and 3), longest first.
const STOP_WORD_LENGTHS = [...new Set(ZH_STOP_WORDS.map((w) => w.length))].sort((a, b) => b - a);

/**
 * Whether `text.slice(0, end)` ends with a stop word: `ZH_STOP_WORD.test(s)` for any `s` that ends at `end` and
 * holds at least the longest stop word, looked up in a Set instead of running the alternation.
 */
export function endsWithStopWord(text: string, end: number): boolean {
  // Fast path: the code unit before `end` ends no stop word (most do not), so no slice is made.
  if (end < 1 || ((CLASSES[text.charCodeAt(end - 1)] ?? 0) & 8) === 0) return false;
  for (const n of STOP_WORD_LENGTHS) if (end >= n && STOP_WORDS.has(text.slice(end - n, end))) return true;
  return false;
}

/** The longest stop word, in code units: a slice this long before a position answers `endsWithStopWord`. */
export const MAX_STOP_WORD_LENGTH = STOP_WORD_LENGTHS[0] ?? 0;

/** `/\d[年月日]$/u.test(text.slice(end - 2, end))` for end >= 2: an ASCII digit then 年, 月 or 日 right before `end`. */
export function endsWithDigitDate(text: string, end: number): boolean {
  if (end < 2 || end > text.length) return false;
  const d = text.charCodeAt(end - 2);
  const c = text[end - 1];
  return d >= 0x30 && d <= 0x39 && (c === '年' || c === '月' || c === '日');
}
