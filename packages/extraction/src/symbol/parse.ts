import { SC_RESOLUTION_SYMBOL } from './patterns.js';

/**
 * The canonical form of a symbol as found: no spaces around slashes, one space before a year in brackets
 * (`S/RES/2322(2016)` → `S/RES/2322 (2016)`), no trailing period.
 */
export function canonicalSymbol(found: string): string {
  return found
    .replace(/\s*\/\s*/g, '/')
    .replace(/\.+$/, '')
    .replace(/\s*\((\d{4})\)$/, ' ($1)');
}

/** Number and year of a Security Council resolution symbol (`S/RES/2322 (2016)`), else undefined. */
export function resolutionOfSymbol(symbol: string): { number: number; year: number } | undefined {
  const m = SC_RESOLUTION_SYMBOL.exec(symbol);
  if (!m) return undefined;
  return { number: Number(m[1]), year: Number(m[2]) };
}

/** A symbol needs at least one part with a digit: `S/2017/97`, not `S/PRST`. */
export function isPlausibleSymbol(symbol: string): boolean {
  return symbol
    .split('/')
    .slice(1)
    .some((part) => /\d/.test(part));
}
