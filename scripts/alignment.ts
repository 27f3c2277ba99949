import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UN_LANGS, type Entity, type UnLang } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize } from '@untk/segmentation';

/** What the cross-language check compares on each aligned line. */
export type CheckedKind = 'resolution' | 'date';

/** The keys one line yields in one language: resolutions as `number (year)`, dates as their ISO endpoints. */
export type LineKeys = Record<CheckedKind, Set<string>>;

export interface PairAgreement {
  a: UnLang;
  b: UnLang;
  /** lines where a or b finds at least one */
  lines: number;
  /** of those, lines where both find the same set */
  agree: number;
}

export interface KindAgreement {
  kind: CheckedKind;
  /** lines where at least one language finds one */
  lines: number;
  /** of those, lines where all six languages find the same set */
  agree: number;
  pairs: PairAgreement[];
  /** the lines where the six sets are not all the same */
  disagreements: Array<{ line: number; keys: Record<UnLang, string[]>; texts: Record<UnLang, string> }>;
}

const DEVSET = (lang: UnLang) => fileURLToPath(new URL(`../corpus/unpc-devset/UNv1.0.devset.${lang}`, import.meta.url));

/** The dev set's aligned lines: line i is the same sentence in every language. */
export function readDevset(): Record<UnLang, string[]> {
  return Object.fromEntries(
    UN_LANGS.map((l) => [l, readFileSync(DEVSET(l), 'utf8').replace(/\n$/, '').split('\n')]),
  ) as Record<UnLang, string[]>;
}

/** Resolutions and date endpoints of one line (`2016-12-13/2017-12-12` gives both dates; open ends are left out). */
export function lineKeys(line: string, lang: UnLang): LineKeys {
  const doc = { id: lang, source: lang, lang, text: line };
  const entities: Entity[] = extract(doc, normalize(line, { lineMode: true }), { kinds: ['resolution', 'date'] });
  const keys: LineKeys = { resolution: new Set(), date: new Set() };
  for (const e of entities) {
    if (e.kind === 'resolution') keys.resolution.add(`${e.number} (${e.year})`);
    else if (e.kind === 'date') for (const end of e.value.split('/')) if (end !== '..') keys.date.add(end);
  }
  return keys;
}

const same = (x: Set<string>, y: Set<string>) => x.size === y.size && [...x].every((k) => y.has(k));

/** Compare, line by line, what each language yields; agreement per language pair and over all six. */
export function checkAlignment(lines: Record<UnLang, string[]> = readDevset()): KindAgreement[] {
  const n = Math.min(...UN_LANGS.map((l) => lines[l].length));
  const keys: Array<Record<UnLang, LineKeys>> = [];
  for (let i = 0; i < n; i++) {
    keys.push(Object.fromEntries(UN_LANGS.map((l) => [l, lineKeys(lines[l][i] ?? '', l)])) as Record<UnLang, LineKeys>);
  }
  return (['resolution', 'date'] as const).map((kind) => {
    const pairs: PairAgreement[] = [];
    for (let x = 0; x < UN_LANGS.length; x++) {
      for (let y = x + 1; y < UN_LANGS.length; y++) {
        const a = UN_LANGS[x] as UnLang;
        const b = UN_LANGS[y] as UnLang;
        let total = 0;
        let agree = 0;
        for (const k of keys) {
          if (k[a][kind].size === 0 && k[b][kind].size === 0) continue;
          total++;
          if (same(k[a][kind], k[b][kind])) agree++;
        }
        pairs.push({ a, b, lines: total, agree });
      }
    }
    let total = 0;
    let agree = 0;
    const disagreements: KindAgreement['disagreements'] = [];
    keys.forEach((k, i) => {
      const sets = UN_LANGS.map((l) => k[l][kind]);
      if (sets.every((s) => s.size === 0)) return;
      total++;
      const first = sets[0] as Set<string>;
      if (sets.every((s) => same(s, first))) agree++;
      else
        disagreements.push({
          line: i + 1,
          keys: Object.fromEntries(UN_LANGS.map((l) => [l, [...k[l][kind]].sort()])) as Record<UnLang, string[]>,
          texts: Object.fromEntries(UN_LANGS.map((l) => [l, lines[l][i] ?? ''])) as Record<UnLang, string>,
        });
    });
    return { kind, lines: total, agree, pairs, disagreements };
  });
}
