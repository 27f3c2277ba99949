// Cross-language check on the UN Parallel Corpus dev set: the same resolutions and date endpoints in every language.
// Usage: pnpm run check-alignment [--show resolution|date] [--lang xx]
import { UN_LANGS } from '@untk/core';
import { checkAlignment } from './alignment.js';

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

for (const k of checkAlignment()) {
  console.log(`\n${k.kind}: all six agree on ${k.agree}/${k.lines} lines (${pct(k.agree, k.lines)})`);
  console.log(`| ${k.kind} | ${UN_LANGS.join(' | ')} |`);
  console.log(`|---|${UN_LANGS.map(() => '---:').join('|')}|`);
  for (const a of UN_LANGS) {
    const cells = UN_LANGS.map((b) => {
      if (a === b) return '';
      const p = k.pairs.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
      return p ? pct(p.agree, p.lines) : '';
    });
    console.log(`| ${a} | ${cells.join(' | ')} |`);
  }
  if (show === k.kind) {
    for (const d of k.disagreements) {
      console.log(`\nline ${d.line}`);
      for (const l of UN_LANGS) console.log(`  ${l}: ${JSON.stringify(d.keys[l])}  ${d.texts[l].slice(0, 220)}`);
    }
  }
}
