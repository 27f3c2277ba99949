/**
 * Runs that stay one token whatever the word segmenter would do with them: UN document symbols and
 * resolution numbers with their year. Both segmenters (jieba, Intl.Segmenter) break them at `/` and `(`.
 */
const PROTECTED = new RegExp(
  [
    // A UN document symbol: a series letter or body (S, A, E, S/RES…) and 1-8 `/`-parts (S/2017/97,
    // A/C.3/72/L.1, S/PRST/2017/1), also right after a Chinese character (见S/2017/97); not a word with a
    // slash in lower case (and/or), not inside a Latin word or a URL path.
    String.raw`(?<![A-Za-z0-9/.:])[A-Z]{1,6}(?:\/[A-Za-z0-9]{1,12}(?:[.\-][A-Za-z0-9]{1,12}){0,3}){1,8}(?![A-Za-z0-9/])`,
    // A resolution number with its year and no space: 1373(2001); not `2322 (2016)`, which stays two numbers.
    String.raw`(?<![0-9.,])\d{1,4}\(\d{4}\)`,
    // A number with thousands separators or decimals: 1,234,567 and 12.5 (jieba splits them at the mark).
    String.raw`(?<![0-9.,])\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?(?![0-9])|(?<![0-9.,])\d{1,9}\.\d{1,6}(?![0-9.])`,
  ].join('|'),
  'g',
);

/** Ranges of `s` (one sentence) to keep as single tokens, in order. */
export function protectedRuns(s: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const m of s.matchAll(PROTECTED)) runs.push([m.index, m.index + m[0].length]);
  return runs;
}
