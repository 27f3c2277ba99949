/**
 * `npx tsx scripts/word-classes.ts`: how Intl.Segmenter (ICU) treats each assigned character of the blocks
 * that UN text in Latin, Greek, Cyrillic and Arabic script uses, grouped by behaviour. Each group is one
 * word-break class of packages/segmentation/src/words.ts (the ranges there were read off this output).
 *
 * A character's signature: whether it alone is word-like, then for each context (`a` + c, c + `a`, `1` + c,
 * c + `1`, `a` c `a`, `1` c `1`, space + c, c + space, `.` + c, c + a combining mark, c c, `a.` + c,
 * `1.` + c) whether the whole is one segment (j) or not (.), then whether c c is word-like.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const parts = (s: string) => [...segmenter.segment(s)];
const one = (s: string) => parts(s).length === 1;
const BLOCKS: Array<[number, number]> = [
  [0x09, 0x0d],
  [0x20, 0x7e],
  [0x85, 0x85],
  [0xa0, 0x52f],
  [0x600, 0x6ff],
  [0x750, 0x77f],
  [0x8a0, 0x8ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x23ff],
  [0x2460, 0x27bf],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

function signature(c: string): string {
  const contexts = ['a' + c, c + 'a', '1' + c, c + '1', `a${c}a`, `1${c}1`, ' ' + c, c + ' ', '.' + c];
  contexts.push(`${c}\u0301`, c + c, `a.${c}`, `1.${c}`);
  const alone = parts(c).every((p) => p.isWordLike) ? 'W' : '-';
  const twice = parts(c + c).every((p) => p.isWordLike) ? 'W' : '-';
  return alone + contexts.map((x) => (one(x) ? 'j' : '.')).join('') + twice;
}

const groups = new Map<string, number[]>();
for (const [a, b] of BLOCKS) {
  for (let cp = a; cp <= b; cp++) {
    const c = String.fromCharCode(cp);
    if (/\p{Cn}/u.test(c)) continue;
    const s = signature(c);
    const list = groups.get(s) ?? [];
    list.push(cp);
    groups.set(s, list);
  }
}
const hex = (n: number) => n.toString(16);
for (const [sig, cps] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
  const ranges: Array<[number, number]> = [];
  for (const cp of cps) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  const text = ranges.map(([x, y]) => (x === y ? hex(x) : `${hex(x)}-${hex(y)}`)).join(' ');
  console.log(`${sig} ${cps.length} ${text} ${JSON.stringify(String.fromCharCode(...cps.slice(0, 12)))}`);
}
