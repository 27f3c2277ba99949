/**
 * The word-like segments of `Intl.Segmenter` (granularity `word`), computed in JavaScript for text whose
 * every character is in an alphabet where ICU's word-break rules (UAX #29 as ICU implements it) reduce to
 * a few cases: Latin, Greek, Cyrillic and Arabic letters, European and Arabic-Indic digits, the separators
 * that join letters or digits (`'` `’` `.` `,` `:` `·`…), the connectors (`_`, narrow no-break space),
 * combining marks and format characters (soft hyphen, ZWNJ, LRM/RLM…), spaces, line breaks and the other
 * punctuation and symbols of those blocks. `Intl.Segmenter` goes through ICU for every segment and is slow;
 * this gives the same word-like segments, an order of magnitude faster. Text with any other character
 * (CJK, Hebrew, Kana, emoji, ZWJ, private use, astral planes…) returns false, and the caller uses
 * `Intl.Segmenter`.
 *
 * Proof: test/words.test.ts checks, against `Intl.Segmenter`, every character of the alphabet in the
 * contexts that tell the word-break classes apart, every sentence of the bundled corpus in each of its
 * languages, and generated strings weighted towards the separators, connectors and marks.
 */

// Word-break classes (UAX #29 Word_Break values, as ICU's rules group them for the characters below).
const UNSAFE = 0; // outside the alphabet: use Intl.Segmenter
const OTHER = 1; // punctuation, symbols, tab, no-break space…: a segment of its own, never word-like
const LETTER = 2; // ALetter
const DIGIT = 3; // Numeric
const MID_LETTER = 4; // MidLetter: joins two letters (a:b, l·l)
const MID_NUM_LET = 5; // MidNumLet and Single_Quote: joins two letters or two digits (l'a, U.N, 1.5)
const MID_NUM = 6; // MidNum: joins two digits (1,000; ١٬٠٠٠)
const CONNECTOR = 7; // ExtendNumLet: joins letters, digits and itself (a_b, 1 000 with U+202F)
const EXTEND = 8; // Extend and Format: part of the character before it (WB4), unless a line break is
const SPACE = 9; // WSegSpace
const NEWLINE = 10; // CR, LF, Newline: never joined to what follows

/**
 * The alphabet, class by class, as ranges of code points (inclusive). Each range was read off ICU's
 * behaviour (scripts/word-classes.ts prints it) and matches Unicode's WordBreakProperty.txt for these
 * blocks; every code point is checked against Intl.Segmenter by test/words.test.ts.
 */
const RANGES: ReadonlyArray<readonly [number, number, number]> = [
  // Letters: ASCII, Latin-1, Latin Extended-A/B, IPA and modifier letters, Greek, Cyrillic, Arabic
  // (with its supplement, extended-A and presentation forms), Latin Extended Additional, letter-like
  // symbols, Roman numerals, circled letters.
  [0x41, 0x5a, LETTER],
  [0x61, 0x7a, LETTER],
  [0xaa, 0xaa, LETTER],
  [0xb5, 0xb5, LETTER],
  [0xb8, 0xb8, LETTER],
  [0xba, 0xba, LETTER],
  [0xc0, 0xd6, LETTER],
  [0xd8, 0xf6, LETTER],
  [0xf8, 0x2d7, LETTER],
  [0x2de, 0x2ff, LETTER],
  [0x370, 0x374, LETTER],
  [0x376, 0x377, LETTER],
  [0x37a, 0x37d, LETTER],
  [0x37f, 0x37f, LETTER],
  [0x386, 0x386, LETTER],
  [0x388, 0x38a, LETTER],
  [0x38c, 0x38c, LETTER],
  [0x38e, 0x3a1, LETTER],
  [0x3a3, 0x3f5, LETTER],
  [0x3f7, 0x481, LETTER],
  [0x48a, 0x52f, LETTER],
  [0x620, 0x64a, LETTER],
  [0x66e, 0x66f, LETTER],
  [0x671, 0x6d3, LETTER],
  [0x6d5, 0x6d5, LETTER],
  [0x6e5, 0x6e6, LETTER],
  [0x6ee, 0x6ef, LETTER],
  [0x6fa, 0x6fc, LETTER],
  [0x6ff, 0x6ff, LETTER],
  [0x750, 0x77f, LETTER],
  [0x8a0, 0x8c9, LETTER],
  [0x1e00, 0x1eff, LETTER],
  [0x2071, 0x2071, LETTER],
  [0x207f, 0x207f, LETTER],
  [0x2090, 0x209c, LETTER],
  [0x2102, 0x2102, LETTER],
  [0x2107, 0x2107, LETTER],
  [0x210a, 0x2113, LETTER],
  [0x2115, 0x2115, LETTER],
  [0x2119, 0x211d, LETTER],
  [0x2124, 0x2124, LETTER],
  [0x2126, 0x2126, LETTER],
  [0x2128, 0x2128, LETTER],
  [0x212a, 0x212d, LETTER],
  [0x212f, 0x2139, LETTER],
  [0x213c, 0x213f, LETTER],
  [0x2145, 0x2149, LETTER],
  [0x214e, 0x214e, LETTER],
  [0x2160, 0x2188, LETTER],
  [0x24b6, 0x24e9, LETTER],
  [0xfb50, 0xfbb1, LETTER],
  [0xfbd3, 0xfd3d, LETTER],
  [0xfd50, 0xfd8f, LETTER],
  [0xfd92, 0xfdc7, LETTER],
  [0xfdf0, 0xfdfb, LETTER],
  [0xfe70, 0xfe74, LETTER],
  [0xfe76, 0xfefc, LETTER],
  // Digits: ASCII, Arabic number signs, Arabic-Indic digits and decimal separator, extended digits.
  [0x30, 0x39, DIGIT],
  [0x600, 0x605, DIGIT],
  [0x660, 0x669, DIGIT],
  [0x66b, 0x66b, DIGIT],
  [0x6dd, 0x6dd, DIGIT],
  [0x6f0, 0x6f9, DIGIT],
  [0x8e2, 0x8e2, DIGIT],
  // Between letters: colon, middle dots, hyphenation point.
  [0x3a, 0x3a, MID_LETTER],
  [0xb7, 0xb7, MID_LETTER],
  [0x387, 0x387, MID_LETTER],
  [0x2027, 0x2027, MID_LETTER],
  // Between letters or digits: apostrophe, full stop, single quotation marks, one dot leader.
  [0x27, 0x27, MID_NUM_LET],
  [0x2e, 0x2e, MID_NUM_LET],
  [0x2018, 0x2019, MID_NUM_LET],
  [0x2024, 0x2024, MID_NUM_LET],
  // Between digits: comma, semicolon, Greek question mark, Arabic comma and date separator, Arabic
  // thousands separator, fraction slash.
  [0x2c, 0x2c, MID_NUM],
  [0x3b, 0x3b, MID_NUM],
  [0x37e, 0x37e, MID_NUM],
  [0x60c, 0x60d, MID_NUM],
  [0x66c, 0x66c, MID_NUM],
  [0x2044, 0x2044, MID_NUM],
  // Connectors: low line, narrow no-break space, undertie, character tie, inverted undertie.
  [0x5f, 0x5f, CONNECTOR],
  [0x202f, 0x202f, CONNECTOR],
  [0x203f, 0x2040, CONNECTOR],
  [0x2054, 0x2054, CONNECTOR],
  // Combining marks (Latin, Cyrillic, Arabic) and format characters: soft hyphen, Arabic letter mark,
  // ZWNJ, LRM, RLM, bidi embeddings and isolates, word joiner, invisible operators, BOM. Not ZWJ (U+200D),
  // which joins emoji (WB3c): text with it goes to Intl.Segmenter.
  [0xad, 0xad, EXTEND],
  [0x300, 0x36f, EXTEND],
  [0x483, 0x489, EXTEND],
  [0x610, 0x61a, EXTEND],
  [0x61c, 0x61c, EXTEND],
  [0x64b, 0x65f, EXTEND],
  [0x670, 0x670, EXTEND],
  [0x6d6, 0x6dc, EXTEND],
  [0x6df, 0x6e4, EXTEND],
  [0x6e7, 0x6e8, EXTEND],
  [0x6ea, 0x6ed, EXTEND],
  [0x8ca, 0x8e1, EXTEND],
  [0x8e3, 0x8ff, EXTEND],
  [0x200c, 0x200c, EXTEND],
  [0x200e, 0x200f, EXTEND],
  [0x202a, 0x202e, EXTEND],
  [0x2060, 0x2064, EXTEND],
  [0x2066, 0x206f, EXTEND],
  [0xfeff, 0xfeff, EXTEND],
  // Spaces that join each other (WB3d): the space, en/em spaces and their kin, medium mathematical space.
  [0x20, 0x20, SPACE],
  [0x2000, 0x2006, SPACE],
  [0x2008, 0x200a, SPACE],
  [0x205f, 0x205f, SPACE],
  // Line breaks.
  [0x0a, 0x0d, NEWLINE],
  [0x85, 0x85, NEWLINE],
  [0x2028, 0x2029, NEWLINE],
];

/**
 * Everything else that is OTHER: tab, ASCII and Latin-1 punctuation and symbols, spacing modifiers,
 * Greek and Cyrillic signs, Arabic punctuation, general punctuation, super- and subscripts, currency
 * signs, letter-like symbols, number forms, arrows, mathematical and technical symbols, enclosed
 * alphanumerics, box drawing, shapes and dingbats (none of them joins anything without a ZWJ).
 * Unassigned code points stay UNSAFE.
 */
const OTHER_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x09],
  [0x21, 0x7e],
  [0xa0, 0x2ff],
  [0x370, 0x3ff],
  [0x400, 0x52f],
  [0x600, 0x6ff],
  [0x750, 0x77f],
  [0x8a0, 0x8ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x209f],
  [0x20a0, 0x20cf],
  [0x2100, 0x218f],
  [0x2190, 0x23ff],
  [0x2460, 0x24ff],
  [0x2500, 0x27bf],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

const CLASS = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const assigned = /\P{Cn}/u;
  for (const [a, b] of OTHER_BLOCKS) {
    for (let cp = a; cp <= b; cp++) if (assigned.test(String.fromCharCode(cp))) table[cp] = OTHER;
  }
  for (const [a, b, c] of RANGES) table.fill(c, a, b + 1);
  // ZWJ joins emoji (WB3c) and is left to ICU.
  table[0x200d] = UNSAFE;
  return table;
}

// Reused between calls: the start and class of each element (a character with the marks attached to it).
let starts = new Int32Array(256);
let kinds = new Uint8Array(256);

/**
 * The word-like segments of `s[from, to)`, as `Intl.Segmenter` gives them for the sentence `s.slice(from, to)`
 * (start and end offsets into `s`, in order), or false, with nothing emitted, if a character is outside
 * the alphabet. Boundaries follow UAX #29: WB4 (marks and format characters belong to the character before
 * them, except at the start and after a line break), WB5-WB13b (letters and digits join each other and the
 * connectors; a mid-letter or mid-number separator joins only when the same kind stands on both sides).
 * A segment is word-like when it has a letter or digit, or two connectors (`__`; one alone is not), and
 * does not end in a connector followed by a mark.
 */
export function wordSegments(s: string, from: number, to: number, emit: (start: number, end: number) => void): boolean {
  for (let i = from; i < to; i++) if (CLASS[s.charCodeAt(i)] === UNSAFE) return false;
  if (to - from + 1 > starts.length) {
    starts = new Int32Array(2 * (to - from + 1));
    kinds = new Uint8Array(2 * (to - from + 1));
  }
  // Elements: each character with the marks and format characters after it (WB4); a mark at the start or
  // after a line break is an element of its own, which joins nothing (it stands for OTHER).
  let n = 0;
  for (let q = from; q < to;) {
    const c = CLASS[s.charCodeAt(q)] as number;
    let r = q + 1;
    if (c !== NEWLINE) while (r < to && CLASS[s.charCodeAt(r)] === EXTEND) r++;
    starts[n] = q;
    kinds[n] = c === EXTEND ? OTHER : c;
    n++;
    q = r;
  }
  starts[n] = to;
  let first = 0;
  let wordChars = 0;
  let connectors = 0;
  for (let k = 0; k < n; k++) {
    const a = kinds[k] as number;
    if (a === LETTER || a === DIGIT) wordChars++;
    else if (a === CONNECTOR) connectors++;
    if (k + 1 < n && joins(k, n)) continue;
    const end = starts[k + 1] as number;
    // ICU's rule status quirk: a segment that ends in a connector with a mark or format character after
    // it (`a_\u0301`, `1\u202f\ufeff`) is not word-like.
    const markedConnectorEnd = a === CONNECTOR && end - (starts[k] as number) > 1;
    if ((wordChars > 0 || connectors > 1) && !markedConnectorEnd) emit(starts[first] as number, end);
    first = k + 1;
    wordChars = 0;
    connectors = 0;
  }
  return true;
}

/** Whether elements k and k + 1 are in the same segment (k + 1 < n). WB3/WB3d join only non-words: left out. */
function joins(k: number, n: number): boolean {
  const a = kinds[k] as number;
  const b = kinds[k + 1] as number;
  // WB5, WB8, WB9, WB10, WB13a, WB13b.
  if ((a === LETTER || a === DIGIT || a === CONNECTOR) && (b === LETTER || b === DIGIT || b === CONNECTOR)) return true;
  const before = k > 0 ? (kinds[k - 1] as number) : OTHER;
  const after = k + 2 < n ? (kinds[k + 2] as number) : OTHER;
  // WB6, WB7: letter (MidLetter | MidNumLet | Single_Quote) letter.
  if (a === LETTER && (b === MID_LETTER || b === MID_NUM_LET) && after === LETTER) return true;
  if ((a === MID_LETTER || a === MID_NUM_LET) && before === LETTER && b === LETTER) return true;
  // WB11, WB12: digit (MidNum | MidNumLet | Single_Quote) digit.
  if (a === DIGIT && (b === MID_NUM || b === MID_NUM_LET) && after === DIGIT) return true;
  if ((a === MID_NUM || a === MID_NUM_LET) && before === DIGIT && b === DIGIT) return true;
  return false;
}
