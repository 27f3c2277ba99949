/** The parts of a date a mention states, or gets from its neighbours in a list or range. */
export interface DateParts {
  y?: number;
  m?: number;
  d?: number;
}

export type Precision = 'day' | 'month' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date (no 31 June, no 29 February 2017)? */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

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
