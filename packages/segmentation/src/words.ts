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

// Reused between calls: the [start, end) pairs of the word-like segments found, emitted once the whole
// text has been seen to be in the alphabet.
let found = new Int32Array(512);

/**
 * The word-like segments of `s[from, to)`, as `Intl.Segmenter` gives them for the sentence `s.slice(from, to)`
 * (start and end offsets into `s`, in order), or false, with nothing emitted, if a character is outside
 * the alphabet. Boundaries follow UAX #29: WB4 (marks and format characters belong to the character before
 * them; at the start or after a line break they stand alone and join nothing), WB5-WB13b (letters, digits
 * and connectors join each other; a mid-letter or mid-number separator joins when a letter, or a digit,
 * stands right before and right after it). A segment is word-like when it has a letter or digit, or two
 * connectors (`__`; one alone is not), and does not end in a connector followed by a mark (ICU's rule
 * status for `a_\u0301`).
 *
 * One pass: outside a segment, skip what cannot start one (a segment that is word-like starts with a
 * letter, digit or connector: nothing else joins the character after it); inside, take letters, digits
 * and connectors, and a separator when the character after it (and its marks) continues the same kind.
 */
export function wordSegments(s: string, from: number, to: number, emit: (start: number, end: number) => void): boolean {
  let n = 0;
  let i = from;
  while (i < to) {
    let kind = CLASS[s.charCodeAt(i)] as number;
    if (kind !== LETTER && kind !== DIGIT && kind !== CONNECTOR) {
      if (kind === UNSAFE) return false;
      i++;
      continue;
    }
    const start = i;
    let wordChars = 0;
    let connectors = 0;
    let marked = false;
    for (;;) {
      // Take the element at i (its kind is a letter, digit or connector) with its marks.
      if (kind === CONNECTOR) connectors++;
      else wordChars++;
      const at = i++;
      while (i < to && CLASS[s.charCodeAt(i)] === EXTEND) i++;
      marked = i - at > 1;
      if (i >= to) break;
      const next = CLASS[s.charCodeAt(i)] as number;
      if (next === LETTER || next === DIGIT || next === CONNECTOR) {
        kind = next;
        continue;
      }
      const joinsLetters = kind === LETTER && (next === MID_LETTER || next === MID_NUM_LET);
      const joinsDigits = kind === DIGIT && (next === MID_NUM || next === MID_NUM_LET);
      if (!joinsLetters && !joinsDigits) break;
      let j = i + 1;
      while (j < to && CLASS[s.charCodeAt(j)] === EXTEND) j++;
      if (j >= to || CLASS[s.charCodeAt(j)] !== kind) break;
      i = j;
    }
    if ((wordChars > 0 || connectors > 1) && !(kind === CONNECTOR && marked)) {
      if (n + 2 > found.length) {
        const grown = new Int32Array(2 * found.length);
        grown.set(found);
        found = grown;
      }
      found[n++] = start;
      found[n++] = i;
    }
  }
  for (let k = 0; k < n; k += 2) emit(found[k] as number, found[k + 1] as number);
  return true;
}
