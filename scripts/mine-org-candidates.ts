/**
 * Lists candidate gazetteer rows from the UN Parallel Corpus dev set, for a person to check by hand before adding
 * them to packages/extraction/data/organizations.<lang>.tsv: every bracketed short form after a name
 * (`联合国开发计划署(开发署)`, `Programme des Nations Unies pour le développement (PNUD)`), with its line number and
 * the English pairs on the aligned line, so that each candidate can be checked against its translation.
 *
 *   npx tsx scripts/mine-org-candidates.ts [lang…] > candidates.tsv
 *
 * Output (TSV): lang, line, long form candidate, short form, English pairs on the same line. Nothing is written
 * to the gazetteers by this script.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { orderedContainment } from '../packages/extraction/src/acronym/containment.js';
import { maxLongFormWords, schwartzHearstStart } from '../packages/extraction/src/acronym/schwartz-hearst.js';

const LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
const dir = fileURLToPath(new URL('../corpus/unpc-devset/', import.meta.url));
const lines = Object.fromEntries(
  LANGS.map((l) => [l, readFileSync(`${dir}UNv1.0.devset.${l}`, 'utf8').split('\n')]),
) as Record<(typeof LANGS)[number], string[]>;

// A Han name and a Han short form in brackets (full-width or ASCII).
const ZH_PAIR = /(\p{Script=Han}{3,30})[（(](\p{Script=Han}{2,12})[)）]/gu;
// A bracketed capitalised short form after some words.
const LATIN_PAIR = /([^()\n]{3,200}?)\s*\((\p{Lu}[\p{L}\p{N}-]{1,11})\)/gu;

function latinPairs(line: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of line.matchAll(LATIN_PAIR)) {
    const before = m[1] ?? '';
    const short = m[2] ?? '';
    const words = before.split(/(?<=\s)/);
    const window = words.slice(-maxLongFormWords(short.length)).join('');
    const at = schwartzHearstStart(short, window);
    out.push([at >= 0 ? window.slice(at) : `? ${window}`, short]);
  }
  return out;
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : [...LANGS];
for (const lang of LANGS) {
  if (!wanted.includes(lang)) continue;
  lines[lang].forEach((line, i) => {
    const en = latinPairs(lines.en[i] ?? '')
      .map(([l, s]) => `${l} (${s})`)
      .join('; ');
    const pairs: Array<[string, string]> =
      lang === 'zh'
        ? [...line.matchAll(ZH_PAIR)]
            .map((m) => [m[1] ?? '', m[2] ?? ''] as [string, string])
            .filter(([l, s]) => orderedContainment(s, l, false))
        : latinPairs(line);
    for (const [long, short] of pairs) console.log([lang, i + 1, long.trim(), short, en].join('\t'));
  });
}
