/**
 * Whether `short` can be read out of `long` in order: every character of the short form appears in the long form,
 * in the same order, the first one matching the long form's first unless `sameFirst` is false (`刑警组织` in
 * `国际刑事警察组织`) (`反恐执行局` in `反恐怖主义委员会执行局`,
 * `安理会` in `安全理事会`, `欧亚工作组` in `欧亚反洗钱和打击资助恐怖主义行为工作组`). Whitespace is ignored.
 */
export function orderedContainment(short: string, long: string, sameFirst = true): boolean {
  const s = short.replace(/\s+/g, '');
  const l = long.replace(/\s+/g, '');
  if (s.length === 0 || s.length >= l.length || (sameFirst && s[0] !== l[0])) return false;
  let j = 0;
  for (const c of s) {
    j = l.indexOf(c, j);
    if (j < 0) return false;
    j += c.length;
  }
  return true;
}

/** Whether `short` ends with the same head (last two characters) as `long`: `欧亚工作组` / `…行为工作组`. */
export function sameHead(short: string, long: string): boolean {
  return short.length >= 2 && long.endsWith(short.slice(-2));
}
