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
  firstCodes: readonly number[];
}
const compiled = new WeakMap<AnchoredPattern, Compiled>();
function compile(a: AnchoredPattern): Compiled {
  let c = compiled.get(a);
  if (!c) {
    c = {
      sticky: new RegExp(a.pattern.source, a.pattern.flags.replace('g', '') + 'y'),
      firstCodes: Array.from(a.firstChars, (ch) => ch.charCodeAt(0)),
    };
    compiled.set(a, c);
  }
  return c;
}

/**
 * Every match of `a.pattern` in `text`, exactly as a global scan finds them, without running the pattern at
 * every position (the Arabic pattern, with its optional prefixes, runs at under 100 MB/s that way).
 *
 * The keyword's occurrences are found with `indexOf`; for each, the pattern is tried (sticky) at the places
 * within `lead` before it that hold a possible first character, in increasing order. The leftmost match has
 * its keyword at most `lead` after its start, and every window visited before that keyword's window ends
 * before it, or contains its start too (any match start tried there lies after the leftmost one, and before
 * a keyword that is within `lead` of the leftmost start): so the first match found is the leftmost, as in a
 * global scan. After a match, the scan resumes at its end with the next keyword there, as a global scan does.
 */
export function* anchoredMatches(text: string, a: AnchoredPattern): Generator<RegExpExecArray> {
  const { sticky: re, firstCodes } = compile(a);
  let from = 0;
  let k = text.indexOf(a.keyword);
  while (k >= 0) {
    let found: RegExpExecArray | null = null;
    for (let s = Math.max(from, k - a.lead); s <= k && !found; s++) {
      if (!firstCodes.includes(text.charCodeAt(s))) continue;
      re.lastIndex = s;
      found = re.exec(text);
    }
    if (found) {
      yield found;
      from = found.index + found[0].length;
      k = text.indexOf(a.keyword, from);
    } else {
      k = text.indexOf(a.keyword, k + 1);
    }
  }
}
