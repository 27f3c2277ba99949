import { compareStrings, entityKey, type COOCCURRENCE_UNITS, type Entity, type Segment } from '@untk/core';
import { distinctSpans, isWordToken, itemId, parseItemId, tokenClassifier, type ItemKind } from './documents.js';
import { associationScores, type AssociationScores } from './measures.js';
import { stopWords } from './stopwords.js';

/** The unit within which two items co-occur: sentence, paragraph, document or token window. */
export type CooccurrenceUnit = (typeof COOCCURRENCE_UNITS)[number];
/** The units the reports always count; token windows are counted when a size is given. */
export const TEXT_UNITS = ['sentence', 'paragraph', 'document'] as const;

/** One pair and its scores; `a` sorts before `b`. */
export interface PairRow extends AssociationScores {
  unit: CooccurrenceUnit;
  a: { kind: ItemKind; key: string; frequency: number };
  b: { kind: ItemKind; key: string; frequency: number };
  units: number;
}

/**
 * Pairs of item numbers → a count, in an open-addressing hash table of typed arrays: no object, string or Map entry
 * per pair. A Map keyed by `a + sep + b` strings held two strings and an entry per pair, which the garbage collector
 * kept walking (a third of a report's time on a large corpus), and stops at V8's limit of 2^24 entries: content
 * words in token windows over the UN dev set alone pass it.
 */
class PairTable {
  size = 0;
  constructor(
    private readonly unit: CooccurrenceUnit,
    private readonly maxPairs: number,
  ) {}

  // Slot k holds the pair (a[k] - 1, b[k] - 1) seen n[k] times; a[k] = 0 marks an empty slot.
  private a = new Int32Array(1 << 12);
  private b = new Int32Array(1 << 12);
  private n = new Int32Array(1 << 12);

  /** The first slot to probe for (x, y) in a table of `mask + 1` slots: both numbers mixed (multiplicative hashing). */
  private static slot(mask: number, x: number, y: number): number {
    return (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca77)) & mask;
  }

  /** Add one to the pair (x, y), x < y. */
  increment(x: number, y: number): void {
    if (2 * (this.size + 1) > this.a.length) this.grow();
    const { a, b, n } = this;
    const mask = a.length - 1;
    // Probe linearly from the pair's slot.
    for (let k = PairTable.slot(mask, x, y); ; k = (k + 1) & mask) {
      const ak = a[k]!;
      if (ak === 0) {
        if (this.size === this.maxPairs) throw new TooManyPairs(this.unit, this.maxPairs);
        a[k] = x + 1;
        b[k] = y + 1;
        n[k] = 1;
        this.size++;
        return;
      }
      if (ak === x + 1 && b[k] === y + 1) {
        n[k]!++;
        return;
      }
    }
  }

  private grow(): void {
    const { a, b, n } = this;
    const capacity = 2 * a.length;
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.n = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < a.length; j++) {
      if (a[j] === 0) continue;
      let k = PairTable.slot(mask, a[j]! - 1, b[j]! - 1);
      while (this.a[k] !== 0) k = (k + 1) & mask;
      this.a[k] = a[j]!;
      this.b[k] = b[j]!;
      this.n[k] = n[j]!;
    }
  }

  /**
   * The pairs whose count passes `keep(x, y, count)`, in no particular order, as three columns (x, y, count): one
   * pass counts them, a second fills arrays of exactly that length, so no array or object is made per pair.
   */
  select(keep: (x: number, y: number, count: number) => boolean): { x: Int32Array; y: Int32Array; n: Int32Array } {
    const { a, b, n } = this;
    let kept = 0;
    for (let k = 0; k < a.length; k++) if (a[k] !== 0 && keep(a[k]! - 1, b[k]! - 1, n[k]!)) kept++;
    const out = { x: new Int32Array(kept), y: new Int32Array(kept), n: new Int32Array(kept) };
    let m = 0;
    for (let k = 0; k < a.length && m < kept; k++) {
      if (a[k] === 0 || !keep(a[k]! - 1, b[k]! - 1, n[k]!)) continue;
      out.x[m] = a[k]! - 1;
      out.y[m] = b[k]! - 1;
      out.n[m++] = n[k]!;
    }
    return out;
  }
}

const WORD_PREFIX = itemId('word', '');

/** The default limit on the distinct pairs of one unit: about 400 MB of table (800 MB while it grows). */
export const MAX_PAIRS = 2 ** 25;

/**
 * Thrown when the pairs of one kind of unit pass the limit. Content words pair up quadratically: the words of a
 * long document (one of the UN dev set's 800 KB files holds about 20,000 distinct content words) make about 200
 * million pairs in its document unit alone.
 */
export class TooManyPairs extends RangeError {
  constructor(
    readonly unit: CooccurrenceUnit,
    readonly limit: number,
  ) {
    super(
      `co-occurrence in ${unit} units passed ${limit.toLocaleString('en')} distinct pairs, more than a report ` +
        'can hold: content words of long documents pair up quadratically; report without --words, or on fewer ' +
        'or shorter documents, or raise --max-pairs (about 24 bytes a pair)',
    );
    this.name = 'TooManyPairs';
  }
}

/**
 * Counts co-occurrence sparsely as units stream by: how many units hold each item, and how many hold each
 * pair, never a vocabulary × vocabulary matrix. Items are numbered as they are first met; memory grows with the
 * items and pairs seen (about 12 bytes a pair at most twice over, see PairTable).
 */
export class CooccurrenceCounter {
  units = 0;
  /** item number → the item */
  private readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** item number → the units that hold it */
  private counts = new Int32Array(1024);
  /** item number → the last unit it was seen in (a repeat within a unit counts once) */
  private lastUnit = new Int32Array(1024);
  /** count content words (`word\t…` items) in this unit */
  private readonly words: boolean;
  private readonly pairTable: PairTable;
  /** the item numbers of the unit being added */
  private inUnit = new Int32Array(64);

  /**
   * `maxPairs`: the most distinct pairs it holds; one more throws TooManyPairs. `words: false`: content words
   * (`word\t…` items) are left out of this unit's counts.
   */
  constructor(
    readonly unit: CooccurrenceUnit,
    options: { maxPairs?: number; words?: boolean } = {},
  ) {
    this.pairTable = new PairTable(unit, options.maxPairs ?? MAX_PAIRS);
    this.words = options.words ?? true;
  }

  /** Add one unit with the items in it (repeats within a unit count once). */
  add(items: Iterable<string>): void {
    const unit = ++this.units;
    let m = 0;
    for (const x of items) {
      if (!this.words && x.startsWith(WORD_PREFIX)) continue;
      let i = this.numbers.get(x);
      if (i === undefined) {
        i = this.names.length;
        this.numbers.set(x, i);
        this.names.push(x);
        if (i >= this.counts.length) {
          this.counts = grown(this.counts);
          this.lastUnit = grown(this.lastUnit);
        }
      }
      if (this.lastUnit[i] === unit) continue;
      this.lastUnit[i] = unit;
      this.counts[i]!++;
      if (m === this.inUnit.length) this.inUnit = grown(this.inUnit);
      this.inUnit[m++] = i;
    }
    const at = this.inUnit;
    for (let p = 0; p < m; p++) {
      const x = at[p]!;
      for (let q = p + 1; q < m; q++) {
        const y = at[q]!;
        if (x < y) this.pairTable.increment(x, y);
        else this.pairTable.increment(y, x);
      }
    }
  }

  /** How many units hold each item seen. */
  get itemUnits(): Map<string, number> {
    return new Map(this.names.map((x, i) => [x, this.counts[i] ?? 0]));
  }

  /** How many distinct pairs have been seen together. */
  get pairCount(): number {
    return this.pairTable.size;
  }

  /**
   * Score the pairs seen in at least `minPair` units whose items each occur in at least `minItem` units.
   * Sorted by G² (descending), then by the pair's keys.
   */
  pairs(options: { minPair?: number; minItem?: number } = {}): PairRow[] {
    const minPair = options.minPair ?? 2;
    const minItem = options.minItem ?? 2;
    const counts = this.counts;
    const kept = this.pairTable.select(
      (i, j, o11) => o11 >= minPair && (counts[i] ?? 0) >= minItem && (counts[j] ?? 0) >= minItem,
    );
    const k = kept.n.length;
    // The items of the kept pairs, each parsed once into one object that every row holding it shares, with two
    // ranks: by id (which item of a pair is `a`) and by kind + key (the tie-break order), both code-unit order. A
    // sort of a million rows then compares numbers, not strings with long common prefixes, and makes no object.
    const items: number[] = [];
    const seen = new Uint8Array(this.names.length);
    for (const col of [kept.x, kept.y]) {
      for (let r = 0; r < k; r++) {
        const i = col[r]!;
        if (seen[i] === 0) {
          seen[i] = 1;
          items.push(i);
        }
      }
    }
    const item: PairRow['a'][] = [];
    for (const i of items) item[i] = { ...parseItemId(this.names[i]!), frequency: counts[i] ?? 0 };
    const idRank = new Int32Array(this.names.length);
    [...items].sort((x, y) => compareStrings(this.names[x]!, this.names[y]!)).forEach((i, r) => (idRank[i] = r));
    const labelRank = new Int32Array(this.names.length);
    items
      .map((i) => ({ i, label: item[i]!.kind + item[i]!.key }))
      .sort((x, y) => compareStrings(x.label, y.label))
      .forEach(({ i }, r) => (labelRank[i] = r));

    // The rows in table order (`a` is the pair's item whose id sorts first), and as columns their G² and the
    // tie-break ranks of `a` and `b`.
    const unsorted: PairRow[] = [];
    const ra = new Int32Array(k);
    const rb = new Int32Array(k);
    const g2 = new Float64Array(k);
    for (let r = 0; r < k; r++) {
      const i = kept.x[r]!;
      const j = kept.y[r]!;
      const x = idRank[i]! < idRank[j]! ? i : j;
      const y = x === i ? j : i;
      const s = associationScores(kept.n[r]!, counts[x] ?? 0, counts[y] ?? 0, this.units);
      ra[r] = labelRank[x]!;
      rb[r] = labelRank[y]!;
      g2[r] = s.g2;
      unsorted.push({
        unit: this.unit,
        a: item[x]!,
        b: item[y]!,
        units: this.units,
        observed: s.observed,
        expected: s.expected,
        pmi: s.pmi,
        npmi: s.npmi,
        logDice: s.logDice,
        mi3: s.mi3,
        tScore: s.tScore,
        g2: s.g2,
        jaccard: s.jaccard,
      });
    }
    // Sorted by G² (descending), then by the kind + key of `a`, then of `b`: a pair occurs once, so no two rows tie.
    const order = new Uint32Array(k);
    for (let r = 0; r < k; r++) order[r] = r;
    order.sort((p, q) => g2[q]! - g2[p]! || ra[p]! - ra[q]! || rb[p]! - rb[q]!);
    const rows: PairRow[] = [];
    for (let r = 0; r < k; r++) rows.push(unsorted[order[r]!]!);
    return rows;
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/**
 * The items of each unit of a document: entities (one per span, see distinctSpans) placed in the unit that
 * holds their first character, and with `words` the content words of the unit's tokens, except in the unit
 * `document`, the whole text, which holds entities only (see ReportBuilder). `segments` are the
 * document's segments (any order). Entities outside every unit of
 * the kind (for instance in a link line set aside) are left out of that unit's counts.
 */
export function unitItems(
  entities: readonly Entity[],
  segments: readonly Segment[],
  unit: (typeof TEXT_UNITS)[number],
  options: { words?: boolean; lang?: string } = {},
): string[][] {
  const ents = distinctSpans(entities);
  if (unit === 'document') return [ents.map((e) => itemId(e.kind, entityKey(e)))];
  const classify = tokenClassifier(stopWords(options.lang ?? 'und'));
  const words = options.words ? segments.filter(isWordToken) : [];
  const spans = segments.filter((s) => s.kind === unit).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[][] = spans.map(() => []);
  const place = (start: number, id: string) => {
    // The last unit starting at or before `start`, if it reaches past it.
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.start ?? 0) <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = spans[found];
    if (s && start < s.end) out[found]?.push(id);
  };
  for (const e of ents) place(e.start, itemId(e.kind, entityKey(e)));
  for (const t of words) {
    const c = classify(t.text);
    if (typeof c === 'string') place(t.start, c);
  }
  return out;
}

/**
 * The items standing at each word token of a document, in text order: an entity stands at the first token
 * ending after its start; with `words`, content words stand at their own token. Windows are cut from this
 * (see windowsOf), so a document's part of the window counts is this list, whatever the window size.
 */
export function tokenItems(
  entities: readonly Entity[],
  segments: readonly Segment[],
  options: { words?: boolean; lang?: string } = {},
): string[][] {
  const tokens = segments.filter(isWordToken).sort((a, b) => a.start - b.start);
  const at: string[][] = tokens.map(() => []);
  for (const e of distinctSpans(entities)) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.end ?? 0) <= e.start) lo = mid + 1;
      else hi = mid;
    }
    at[lo]?.push(itemId(e.kind, entityKey(e)));
  }
  if (options.words) {
    const classify = tokenClassifier(stopWords(options.lang ?? 'und'));
    tokens.forEach((t, i) => {
      const c = classify(t.text);
      if (typeof c === 'string') at[i]?.push(c);
    });
  }
  return at;
}

/**
 * The windows of `size` consecutive tokens over the items at each token (a window starts at each token; a
 * document shorter than the window is one window; no tokens, no window). A generator, so that the windows of a
 * long document are counted as they come, never held together.
 */
export function* windowsOf(at: readonly (readonly string[])[], size: number): Generator<string[]> {
  if (at.length === 0) return;
  const windows = Math.max(1, at.length - size + 1);
  for (let i = 0; i < windows; i++) {
    const items: string[] = [];
    for (let j = i; j < Math.min(i + size, at.length); j++) items.push(...(at[j] ?? []));
    yield items;
  }
}

/**
 * The items of every window of `size` consecutive word tokens (see tokenItems and windowsOf). Windows overlap,
 * so an item seen once is in up to `size` windows: the measures then compare windows, N being the number of
 * windows, as for any other unit.
 */
export function* windowItems(
  entities: readonly Entity[],
  segments: readonly Segment[],
  size: number,
  options: { words?: boolean; lang?: string } = {},
): Generator<string[]> {
  yield* windowsOf(tokenItems(entities, segments, options), size);
}
