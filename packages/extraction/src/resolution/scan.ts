import { AR_REFERENCE, EN_REFERENCE, ES_REFERENCE, FR_REFERENCE, RU_REFERENCE, ZH_REFERENCE } from './patterns.js';

/**
 * A reference pattern and what anchors it: a keyword that every match contains, no further than `lead` code
 * units from the match's start, and the characters a match can start with.
 */
export interface AnchoredPattern {
  /** the global pattern, as in patterns.ts */
  readonly pattern: RegExp;
  readonly keyword: string;
  /** how far into a match its keyword can be, at most (the longest paragraph prefix, plus the keyword's lead) */
  readonly lead: number;
  /** every character a match can start with */
  readonly firstChars: string;
}

// The leads, counted from the patterns (longest alternative of every optional part before the keyword):
//   en  `paragraphs 123 (abc) of Security Council ` (41) + `R`                               = 42
//   fr  `paragraphes 123 abc) du dispositif de leur Conseil de sécurité ` (65) + `R`          = 66
//   es  `párrafos 123 abc) de las ` (25) + `R`                                                = 26
//   ru  `пунктами 123 (abc) своей ` (25) + `Р`                                                = 26
//   ar  `وبالفقرتين 123 (abc) من منطوق ` (30) + `وبال` (4)                                     = 34
//   zh  every match starts with its keyword `第`                                              = 0
// A test builds the longest prefixes and checks that they are found.
export const ANCHORED_REFERENCES: readonly AnchoredPattern[] = [
  { pattern: ZH_REFERENCE, keyword: '第', lead: 0, firstChars: '第' },
  { pattern: EN_REFERENCE, keyword: 'esolution', lead: 42, firstChars: 'PpRr' },
  { pattern: FR_REFERENCE, keyword: 'ésolution', lead: 66, firstChars: 'PpRr' },
  { pattern: ES_REFERENCE, keyword: 'esoluci', lead: 26, firstChars: 'PpRr' },
  { pattern: RU_REFERENCE, keyword: 'езолюци', lead: 26, firstChars: 'ПпРр' },
  { pattern: AR_REFERENCE, keyword: 'قرار', lead: 34, firstChars: 'وبلفاق' },
];

interface Compiled {
  sticky: RegExp;
  /** 1 for each code unit of `firstChars` (a table look-up instead of a search of the list at every position). */
  first: Uint8Array;
}
const compiled = new WeakMap<AnchoredPattern, Compiled>();
function compile(a: AnchoredPattern): Compiled {
  let c = compiled.get(a);
  if (!c) {
    const first = new Uint8Array(0x10000);
    for (let i = 0; i < a.firstChars.length; i++) first[a.firstChars.charCodeAt(i)] = 1;
    c = { sticky: new RegExp(a.pattern.source, a.pattern.flags.replace('g', '') + 'y'), first };
    compiled.set(a, c);
  }
  return c;
}

/**
 * Every match of `a.pattern` in `text`, exactly as a global scan finds them, without running the pattern at
 * every position (the Arabic pattern, with its optional prefixes, runs at under 100 MB/s that way).
 *
 * The keyword's occurrences are found with `indexOf` (or given: `at`, every occurrence in order, as
 * `keywordOccurrences` gives them); for each, the pattern is tried (sticky) at the places
 * within `lead` before it that hold a possible first character, in increasing order. The leftmost match has
 * its keyword at most `lead` after its start, and every window visited before that keyword's window ends
 * before it, or contains its start too (any match start tried there lies after the leftmost one, and before
 * a keyword that is within `lead` of the leftmost start): so the first match found is the leftmost, as in a
 * global scan. After a match, the scan resumes at its end with the next keyword there, as a global scan does.
 */
export function* anchoredMatches(text: string, a: AnchoredPattern, at?: readonly number[]): Generator<RegExpExecArray> {
  const { sticky: re, first } = compile(a);
  // The next occurrence of the keyword at or after `from`: from the list when given (a pointer that only moves
  // forward, as `from` does), else by indexOf.
  let next = 0;
  const occurrence = (from: number): number => {
    if (!at) return text.indexOf(a.keyword, from);
    while (next < at.length && (at[next] ?? 0) < from) next++;
    return next < at.length ? (at[next] ?? -1) : -1;
  };
  let from = 0;
  let k = occurrence(0);
  while (k >= 0) {
    let found: RegExpExecArray | null = null;
    for (let s = Math.max(from, k - a.lead); s <= k && !found; s++) {
      if (first[text.charCodeAt(s)] !== 1) continue;
      re.lastIndex = s;
      found = re.exec(text);
    }
    if (found) {
      yield found;
      from = found.index + found[0].length;
      k = occurrence(from);
    } else {
      k = occurrence(k + 1);
    }
  }
}

// The English, French and Spanish keywords (`esolution`, `ésolution`, `esoluci`) all hold `solu`.
const SHARED_PART = 'solu';

/**
 * Every occurrence of each keyword in `text`, in order, overlapping ones included: what `indexOf` from one past
 * each occurrence finds. Fast path: the keywords holding `solu` begin with `e` or `é`, frequent letters that
 * `indexOf` stops at all the time, so `solu` is searched once for all of them, and each keyword is checked where
 * it would stand around each `solu` (each occurrence of a keyword holds its `solu` at the same offset, and one
 * `solu` belongs to one occurrence of a keyword, as `solu` cannot overlap itself).
 */
export function keywordOccurrences(text: string, keywords: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let shared: number[] | undefined;
  for (const keyword of keywords) {
    if (out.has(keyword)) continue;
    const found: number[] = [];
    const offset = keyword.indexOf(SHARED_PART);
    if (offset >= 0) {
      if (!shared) {
        shared = [];
        for (let j = text.indexOf(SHARED_PART); j >= 0; j = text.indexOf(SHARED_PART, j + 1)) shared.push(j);
      }
      for (const j of shared) if (j >= offset && text.startsWith(keyword, j - offset)) found.push(j - offset);
    } else {
      for (let k = text.indexOf(keyword); k >= 0; k = text.indexOf(keyword, k + 1)) found.push(k);
    }
    out.set(keyword, found);
  }
  return out;
}
