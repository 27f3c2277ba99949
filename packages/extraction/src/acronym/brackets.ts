/**
 * Where `PAREN` (patterns.ts: a bracket on one line holding 1 to 24 code units, no bracket inside) matches in a
 * global scan, in order, as flat pairs: the position of each match's `(`, then of the end of its `)`.
 *
 * Fast path, without running the pattern: each `(` is found with indexOf and at most the 25 code units after it
 * are read. The pattern matches at a `(` exactly when the first `(`, `)` or line break after it is a `)`, 2 to 25
 * units on: the greedy run of content stops at one of those three or after 24 units; if what follows the run is no
 * `)`, every shorter run is followed by a unit of content, no `)` either, so the match fails. A match starts only at
 * a `(`, so after a failure the scan goes on at the next one; after a match, at its end, as a global scan does.
 * A test compares it with the pattern on the whole bundled corpus and on generated strings.
 */
export function bracketSpans(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let open = text.indexOf('('); open >= 0;) {
    const limit = Math.min(n, open + 26);
    let close = -1;
    for (let k = open + 1; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x29) {
        // `)`: a match when the content between is not empty.
        if (k > open + 1) close = k + 1;
        break;
      }
      if (c === 0x28 || c === 0x0a) break;
    }
    if (close < 0) open = text.indexOf('(', open + 1);
    else {
      out.push(open, close);
      open = text.indexOf('(', close);
    }
  }
  return out;
}
