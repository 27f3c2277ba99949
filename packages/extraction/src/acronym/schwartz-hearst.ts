/**
 * The Schwartz–Hearst algorithm (Schwartz & Hearst, "A simple algorithm for identifying abbreviation definitions in
 * biomedical text", PSB 2003): read the short form's letters from right to left and find each, in order, in the
 * candidate long form, the first letter at the start of a word. Returns where the long form starts in `long`, or
 * -1 when the letters cannot be read out of it.
 */
export function schwartzHearstStart(short: string, long: string): number {
  const initial = wordInitialStart(short, long);
  return initial >= 0 ? initial : characterStart(short, long);
}

/**
 * First pass: each letter of the short form begins a word or a hyphenated part of one, read right to left
 * (`CTED` = **C**ounter-**T**errorism Committee **E**xecutive **D**irectorate, where the character walk would stop
 * at `Committee`). Lower-case connectors (`of`, `the`, `pour`) may be skipped. Returns -1 when it does not fit.
 */
function wordInitialStart(short: string, long: string): number {
  const letters = [...short.toLowerCase()].filter((c) => isAlnum(c));
  // Start offsets of words and of hyphenated parts of words.
  const parts: Array<{ at: number; first: string; word: number }> = [];
  const re = /[\p{L}\p{N}]+/gu;
  let wordStart = 0;
  for (let m = re.exec(long); m; m = re.exec(long)) {
    if (m.index === 0 || /\s/.test(long[m.index - 1] ?? '')) wordStart = m.index;
    parts.push({ at: m.index, first: m[0][0]?.toLowerCase() ?? '', word: wordStart });
  }
  let p = parts.length - 1;
  let start = -1;
  for (let s = letters.length - 1; s >= 0; s--) {
    while (p >= 0 && parts[p]?.first !== letters[s]) p--;
    if (p < 0) return -1;
    start = parts[p]?.word ?? -1;
    p--;
  }
  return start;
}

function characterStart(short: string, long: string): number {
  const sf = short.toLowerCase();
  const lf = long.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  while (s >= 0) {
    const c = sf[s] ?? '';
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    // Walk left to the next occurrence of c; the short form's first letter must begin a word.
    while (l >= 0 && (lf[l] !== c || (s === 0 && l > 0 && isAlnum(lf[l - 1] ?? '')))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return lf.lastIndexOf(' ', l) + 1;
}

function isAlnum(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/** The words a long form may span before a short form of `n` characters: min(n + 5, 2n), as in the paper. */
export function maxLongFormWords(n: number): number {
  return Math.min(n + 5, n * 2);
}
