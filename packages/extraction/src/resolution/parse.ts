/** The first Security Council resolution was adopted in 1946. */
const FIRST_YEAR = 1946;
const LAST_YEAR = 2100;

/** Turn the digits of `2322 (2016)` into a number and a year, or undefined when they cannot be one. */
export function parseResolutionItem(num: string, year: string): { number: number; year: number } | undefined {
  const n = Number(num);
  const y = Number(year);
  if (!Number.isInteger(n) || n < 1) return undefined;
  if (!Number.isInteger(y) || y < FIRST_YEAR || y > LAST_YEAR) return undefined;
  return { number: n, year: y };
}
