import { compareStrings, entityKey, type Entity, type FrequencyRow } from '@untk/core';
import { compareCounted, parseItemId, type DocumentCounts, type ItemKind } from './documents.js';

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
  const columns = new ItemColumns();
  const numbers = docs.map((d) => columns.add(d.items, d.tokens));
  return columns.frequency(numbers, filter).rows();
}

/**
 * The item counts of many documents in columns, for the frequency tables of a report (the corpus, then every
 * folder, language and year): each item id is numbered once, and each document's items are two typed arrays (item
 * numbers, occurrences). A table is then sums into typed arrays indexed by item number and a sort of item numbers
 * by a precomputed rank, instead of a Map entry and an object per item and document and string comparisons: on a
 * corpus of thousands of documents those objects kept the garbage collector busy for seconds.
 */
export class ItemColumns {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly parsed: ({ kind: ItemKind; key: string } | undefined)[] = [];
  private readonly docItems: Int32Array[] = [];
  private readonly docCounts: Int32Array[] = [];
  private readonly docTokens: number[] = [];
  /** item number → its place in code-unit order of the ids (made when a table is first asked for) */
  private rank = new Int32Array(0);
  // Scratch space of `frequency`, indexed by item number; zero between calls.
  private count = new Int32Array(0);
  private documents = new Int32Array(0);
  private deviation = new Float64Array(0);
  private covered = new Float64Array(0);
  /** the document an item was last seen in (+1), and its place in that document's arrays: repeats in `add` */
  private lastDoc = new Int32Array(0);
  private lastPlace = new Int32Array(0);

  /** Add a document's items (id → occurrences; a repeated id keeps its last count, as a Map would) and its word tokens; returns its number. */
  add(items: Iterable<readonly [string, number]>, tokens: number): number {
    const doc = this.docTokens.length;
    const its: number[] = [];
    const cs: number[] = [];
    for (const [id, c] of items) {
      let i = this.numbers.get(id);
      if (i === undefined) {
        i = this.ids.length;
        this.numbers.set(id, i);
        this.ids.push(id);
        this.parsed.push(undefined);
        if (i >= this.lastDoc.length) {
          this.lastDoc = grownInt(this.lastDoc, i);
          this.lastPlace = grownInt(this.lastPlace, i);
        }
      }
      if (this.lastDoc[i] === doc + 1) {
        cs[this.lastPlace[i]!] = c;
        continue;
      }
      this.lastDoc[i] = doc + 1;
      this.lastPlace[i] = its.length;
      its.push(i);
      cs.push(c);
    }
    this.docItems.push(Int32Array.from(its));
    this.docCounts.push(Int32Array.from(cs));
    this.docTokens.push(tokens);
    return doc;
  }

  /** The kind and key of item `i`, parsed once. */
  item(i: number): { kind: ItemKind; key: string } {
    let p = this.parsed[i];
    if (!p) this.parsed[i] = p = parseItemId(this.ids[i]!);
    return p;
  }

  /** The number of an item id, if a document holds it. */
  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /**
   * The frequency table of the documents numbered `docs` (as itemFrequency gives it for them, in their order),
   * of the items that pass `filter`.
   */
  frequency(docs: readonly number[], filter?: (kind: ItemKind, key: string) => boolean): ItemFrequencies {
    const n = this.ids.length;
    if (this.count.length < n) {
      this.count = new Int32Array(n);
      this.documents = new Int32Array(n);
      this.deviation = new Float64Array(n);
      this.covered = new Float64Array(n);
    }
    if (this.rank.length < n) this.rank = this.ranks();
    const { count, documents, deviation, covered, docItems, docCounts, docTokens } = this;
    let tokens = 0;
    for (const d of docs) tokens += docTokens[d]!;
    const touched: number[] = [];
    for (const d of docs) {
      const its = docItems[d]!;
      const cs = docCounts[d]!;
      for (let k = 0; k < its.length; k++) {
        const i = its[k]!;
        if (documents[i] === 0) touched.push(i);
        documents[i]!++;
        count[i]! += cs[k]!;
      }
    }
    // Gries' DP as griesDp computes it, term by term in the same order (the documents' order), so that the sums
    // round alike: Σ |count in d / total − d's share of the tokens| and Σ d's share over the documents holding the item.
    if (tokens > 0) {
      for (const d of docs) {
        const its = docItems[d]!;
        const cs = docCounts[d]!;
        const share = docTokens[d]! / tokens;
        for (let k = 0; k < its.length; k++) {
          const i = its[k]!;
          deviation[i]! += Math.abs(cs[k]! / count[i]! - share);
          covered[i]! += share;
        }
      }
    }
    const kept = filter ? touched.filter((i) => filter(this.item(i).kind, this.item(i).key)) : touched;
    // Count descending, then kind, then key, as compareCounted: the ids (`kind\tkey`) in code-unit order are in
    // kind, then key order, since no kind is a prefix of another and a tab sorts before every letter.
    const rank = this.rank;
    kept.sort((a, b) => count[b]! - count[a]! || rank[a]! - rank[b]!);
    const table = new ItemFrequencies(this, kept.length, tokens);
    kept.forEach((i, r) => {
      table.items[r] = i;
      table.counts[r] = count[i]!;
      table.documents[r] = documents[i]!;
      table.dispersion[r] =
        tokens > 0 && count[i]! !== 0 ? 0.5 * (deviation[i]! + Math.max(0, 1 - covered[i]!)) : Number.NaN;
    });
    for (const i of touched) {
      count[i] = 0;
      documents[i] = 0;
      deviation[i] = 0;
      covered[i] = 0;
    }
    return table;
  }

  private ranks(): Int32Array<ArrayBuffer> {
    const order = this.ids.map((_, i) => i).sort((a, b) => compareStrings(this.ids[a]!, this.ids[b]!));
    const rank = new Int32Array(this.ids.length);
    order.forEach((i, r) => (rank[i] = r));
    return rank;
  }
}

/** A frequency table made by ItemColumns: its rows in order, as columns; `row(r)` makes a row's object. */
export class ItemFrequencies {
  readonly items: Int32Array;
  readonly counts: Int32Array;
  readonly documents: Int32Array;
  /** NaN where the row's dispersion is null */
  readonly dispersion: Float64Array;
  private places: Map<number, number> | undefined;

  constructor(
    private readonly columns: ItemColumns,
    readonly length: number,
    /** the documents' word tokens */
    readonly tokens: number,
  ) {
    this.items = new Int32Array(length);
    this.counts = new Int32Array(length);
    this.documents = new Int32Array(length);
    this.dispersion = new Float64Array(length);
  }

  kind(r: number): ItemKind {
    return this.columns.item(this.items[r]!).kind;
  }

  row(r: number): ItemFrequency {
    const { kind, key } = this.columns.item(this.items[r]!);
    const count = this.counts[r]!;
    const dp = this.dispersion[r]!;
    return {
      kind,
      key,
      count,
      perMillion: this.tokens > 0 ? (count / this.tokens) * 1e6 : null,
      documents: this.documents[r]!,
      dispersion: Number.isNaN(dp) ? null : dp,
    };
  }

  rows(): ItemFrequency[] {
    const out: ItemFrequency[] = [];
    for (let r = 0; r < this.length; r++) out.push(this.row(r));
    return out;
  }

  /** The row of an item id, if the table has one. */
  rowOf(id: string): ItemFrequency | undefined {
    const i = this.columns.numberOf(id);
    if (i === undefined) return undefined;
    if (!this.places) {
      this.places = new Map();
      for (let r = 0; r < this.length; r++) this.places.set(this.items[r]!, r);
    }
    const r = this.places.get(i);
    return r === undefined ? undefined : this.row(r);
  }
}

function grownInt(a: Int32Array<ArrayBuffer>, atLeast: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(1024, 2 * a.length, atLeast + 1));
  b.set(a);
  return b;
}

/**
 * Entity frequency under canonical identity with surface forms (the report's `frequency` table); relative
 * frequency and dispersion come from `docs` when given.
 */
export function entityFrequency(entities: Iterable<Entity>, docs: readonly DocumentCounts[] = []): FrequencyRow[] {
  const columns = new ItemColumns();
  const numbers = docs.map((d) => columns.add(d.items, d.tokens));
  return entityRows(
    entities,
    columns.frequency(numbers, (k) => k !== 'word'),
  );
}

/** entityFrequency with the frequency table of the documents already made (entities' rows are looked up in it). */
export function entityRows(entities: Iterable<Entity>, table: ItemFrequencies): FrequencyRow[] {
  const list = [...entities];
  const forms = surfaceForms(list);
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
      const f = table.rowOf(id);
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

export function groupDocuments<D extends Pick<DocumentCounts, 'folder' | 'lang' | 'year'>>(
  docs: readonly D[],
  by: GroupBy,
): { value: string; documents: D[] }[] {
  const groups = new Map<string, D[]>();
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
 * The date a date value is counted at: an interval at its start, one open at its start (`../2020`, until 2020)
 * at its end.
 */
export function countedDate(value: string): string {
  const [first = '', second = ''] = value.split('/');
  return first === '..' ? second : first;
}

/**
 * Months of activity: how many date mentions fall in each calendar month (dates at month or day precision;
 * an interval counts at its start, see countedDate), with the number of documents. Sorted by month.
 */
export function monthsOfActivity(entities: Iterable<Entity>): { month: string; count: number; documents: number }[] {
  const months = new Map<string, { count: number; docs: Set<string> }>();
  for (const e of entities) {
    if (e.kind !== 'date') continue;
    const m = /^(\d{4}-\d{2})/.exec(countedDate(e.value));
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
