/** The parts of a date a mention states, or gets from its neighbours in a list or range. */
export interface DateParts {
  y?: number;
  m?: number;
  d?: number;
}

export type Precision = 'day' | 'month' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A real calendar date (no 31 June, no 29 February 2017)? For a year of four digits and a month 1-12, a day from 1
 * to the month's length in the Gregorian calendar, which is what a Date built from them and read back says; other
 * years (Date.UTC reads 0-99 as 1900-1999) ask the Date.
 */
function isCalendarDay(y: number, m: number, d: number): boolean {
  if (Number.isInteger(y) && y >= 1000 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12)
    return Number.isInteger(d) && d >= 1 && d <= daysIn(y, m);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) =>
  m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : (DAYS[m - 1] ?? 0);

/** ISO 8601 value and precision of complete parts, or undefined when they are not a date (no year, a day without month). */
export function isoOf(p: DateParts): { value: string; precision: Precision } | undefined {
  if (p.y === undefined) return undefined;
  if (p.m === undefined) return p.d === undefined ? { value: String(p.y), precision: 'year' } : undefined;
  if (p.m < 1 || p.m > 12) return undefined;
  if (p.d === undefined) return { value: `${p.y}-${pad(p.m)}`, precision: 'month' };
  if (!isCalendarDay(p.y, p.m, p.d)) return undefined;
  return { value: `${p.y}-${pad(p.m)}-${pad(p.d)}`, precision: 'day' };
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The finer of two precisions: an interval is as precise as its finer end. */
export function finer(a: Precision, b: Precision): Precision {
  return RANK[a] >= RANK[b] ? a : b;
}
