import { compareStrings, entityKey, type Entity, type FrequencyRow } from '@untk/core';
import { compareCounted, parseItemId, type DocumentCounts, type ItemKind } from './documents.js';
import { griesDp } from './measures.js';

/**
 * Surface forms of each entity identity (line breaks folded), most frequent first: `kind\tkey` → forms.
 */
export function surfaceForms(entities: Iterable<Entity>): Map<string, { text: string; count: number }[]> {
  const forms = new Map<string, Map<string, number>>();
  for (const e of entities) {
    const id = `${e.kind}\t${entityKey(e)}`;
    let m = forms.get(id);
    if (!m) forms.set(id, (m = new Map()));
    const surface = e.text.replace(/\s+/g, ' ');
    m.set(surface, (m.get(surface) ?? 0) + 1);
  }
  return new Map(
    [...forms].map(([id, m]) => [
      id,
      [...m]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count || compareStrings(a.text, b.text)),
    ]),
  );
}

/** How often an item occurs in a set of documents. */
export interface ItemFrequency {
  kind: ItemKind;
  key: string;
  count: number;
  /** occurrences per million word tokens of the documents; null when they hold no tokens */
  perMillion: number | null;
  /** documents that hold it */
  documents: number;
  /** Gries' DP over the documents (0 even … 1 concentrated); null when they hold no tokens */
  dispersion: number | null;
}

/**
 * Frequency of every item in `docs`: count, per million tokens, document frequency and Gries' DP over the
 * documents (each document's share of the tokens against its share of the item). Sorted by count, kind, key.
 */
export function itemFrequency(
  docs: readonly DocumentCounts[],
  filter: (kind: ItemKind, key: string) => boolean = () => true,
): ItemFrequency[] {
  const tokens = docs.reduce((n, d) => n + d.tokens, 0);
  const postings = new Map<string, { count: number; size: number }[]>();
  for (const d of docs) {
    for (const [id, count] of d.items) {
      let p = postings.get(id);
      if (!p) postings.set(id, (p = []));
      p.push({ count, size: d.tokens });
    }
  }
  const rows: ItemFrequency[] = [];
  for (const [id, parts] of postings) {
    const { kind, key } = parseItemId(id);
    if (!filter(kind, key)) continue;
    const count = parts.reduce((n, p) => n + p.count, 0);
    rows.push({
      kind,
      key,
      count,
      perMillion: tokens > 0 ? (count / tokens) * 1e6 : null,
      documents: parts.length,
      dispersion: griesDp(parts, tokens),
    });
  }
  return rows.sort(compareCounted);
}

/**
 * Entity frequency under canonical identity with surface forms (the report's `frequency` table); relative
 * frequency and dispersion come from `docs` when given.
 */
export function entityFrequency(entities: Iterable<Entity>, docs: readonly DocumentCounts[] = []): FrequencyRow[] {
  const list = [...entities];
  const forms = surfaceForms(list);
  const byId = new Map(itemFrequency(docs, (k) => k !== 'word').map((r) => [`${r.kind}\t${r.key}`, r]));
  const counts = new Map<string, { count: number; docs: Set<string> }>();
  for (const e of list) {
    const id = `${e.kind}\t${entityKey(e)}`;
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { count: 0, docs: new Set() }));
    c.count++;
    c.docs.add(e.doc);
  }
  return [...counts]
    .map(([id, c]): FrequencyRow => {
      const { kind, key } = parseItemId(id);
      const f = byId.get(id);
      return {
        kind: kind as FrequencyRow['kind'],
        key,
        count: c.count,
        documents: c.docs.size,
        perMillion: f?.perMillion ?? null,
        dispersion: f?.dispersion ?? null,
        surfaces: forms.get(id) ?? [],
      };
    })
    .sort(compareCounted);
}

/** The groups documents fall into: by folder, by language and by year (documents without a year: none). */
export const GROUP_BY = ['folder', 'lang', 'year'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export function groupDocuments(
  docs: readonly DocumentCounts[],
  by: GroupBy,
): { value: string; documents: DocumentCounts[] }[] {
  const groups = new Map<string, DocumentCounts[]>();
  for (const d of docs) {
    const v = by === 'folder' ? d.folder : by === 'lang' ? d.lang : d.year === null ? null : String(d.year);
    if (v === null) continue;
    let g = groups.get(v);
    if (!g) groups.set(v, (g = []));
    g.push(d);
  }
  return [...groups].sort(([a], [b]) => compareStrings(a, b)).map(([value, documents]) => ({ value, documents }));
}

/**
 * Months of activity: how many date mentions fall in each calendar month (dates at month or day precision;
 * an interval counts at its start), with the number of documents. Sorted by month.
 */
export function monthsOfActivity(entities: Iterable<Entity>): { month: string; count: number; documents: number }[] {
  const months = new Map<string, { count: number; docs: Set<string> }>();
  for (const e of entities) {
    if (e.kind !== 'date') continue;
    const m = /^(\d{4}-\d{2})/.exec(e.value);
    if (!m?.[1]) continue;
    let r = months.get(m[1]);
    if (!r) months.set(m[1], (r = { count: 0, docs: new Set() }));
    r.count++;
    r.docs.add(e.doc);
  }
  return [...months]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([month, r]) => ({ month, count: r.count, documents: r.docs.size }));
}
