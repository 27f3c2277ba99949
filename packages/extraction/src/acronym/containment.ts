/**
 * Whether `short` can be read out of `long` in order: every character of the short form appears in the long form,
 * in the same order, the first one matching the long form's first unless `sameFirst` is false (`刑警组织` in
 * `国际刑事警察组织`) (`反恐执行局` in `反恐怖主义委员会执行局`,
 * `安理会` in `安全理事会`, `欧亚工作组` in `欧亚反洗钱和打击资助恐怖主义行为工作组`). Whitespace is ignored.
 */
export function orderedContainment(short: string, long: string, sameFirst = true): boolean {
  return containedInOrder(withoutWhitespace(short), withoutWhitespace(long), sameFirst);
}

/** A string with its whitespace (what `\s` matches) removed. */
export function withoutWhitespace(x: string): string {
  // Fast path: names seldom hold whitespace, and then the replace (a regex run) is skipped.
  return hasWhitespace(x) ? x.replace(/\s+/g, '') : x;
}

/**
 * `orderedContainment` of two strings whose whitespace is already removed (`withoutWhitespace`): for callers that
 * test one string against many and remove the whitespace of each once.
 */
export function containedInOrder(s: string, l: string, sameFirst = true): boolean {
  if (s.length === 0 || s.length >= l.length || (sameFirst && s[0] !== l[0])) return false;
  let j = 0;
  for (const c of s) {
    j = l.indexOf(c, j);
    if (j < 0) return false;
    j += c.length;
  }
  return true;
}

/**
 * Whether a string holds a code unit that `\s` matches: tab to carriage return, space, and above 0x7f the no-break
 * space, ogham space, U+2000-U+200A, line and paragraph separators, narrow no-break space, medium mathematical
 * space, ideographic space and byte order mark. Compares code units only (Han text passes two comparisons each).
 */
export function hasWhitespace(x: string): boolean {
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (c <= 0x20) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
    } else if (c > 0x3000) {
      if (c === 0xfeff) return true;
    } else if (c >= 0xa0) {
      if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) return true;
      if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f) return true;
    }
  }
  return false;
}

/** Whether `short` ends with the same head (last two characters) as `long`: `欧亚工作组` / `…行为工作组`. */
export function sameHead(short: string, long: string): boolean {
  return short.length >= 2 && long.endsWith(short.slice(-2));
}
