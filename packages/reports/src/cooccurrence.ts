import { compareStrings, entityKey, type COOCCURRENCE_UNITS, type Entity, type Segment } from '@untk/core';
import { distinctSpans, isContentWord, isWordToken, itemId, parseItemId, wordKey, type ItemKind } from './documents.js';
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

const SEP = '\u0000';

/**
 * Counts co-occurrence sparsely as units stream by: how many units hold each item, and how many hold each
 * pair (a Map keyed by the pair), never a vocabulary × vocabulary matrix. Memory grows with the pairs seen.
 */
export class CooccurrenceCounter {
  units = 0;
  readonly itemUnits = new Map<string, number>();
  readonly pairUnits = new Map<string, number>();

  constructor(readonly unit: CooccurrenceUnit) {}

  /** Add one unit with the items in it (repeats within a unit count once). */
  add(items: Iterable<string>): void {
    this.units++;
    const set = [...new Set(items)].sort(compareStrings);
    for (const x of set) this.itemUnits.set(x, (this.itemUnits.get(x) ?? 0) + 1);
    for (let i = 0; i < set.length; i++) {
      for (let j = i + 1; j < set.length; j++) {
        const k = set[i] + SEP + set[j];
        this.pairUnits.set(k, (this.pairUnits.get(k) ?? 0) + 1);
      }
    }
  }

  /**
   * Score the pairs seen in at least `minPair` units whose items each occur in at least `minItem` units.
   * Sorted by G² (descending), then by the pair's keys.
   */
  pairs(options: { minPair?: number; minItem?: number } = {}): PairRow[] {
    const minPair = options.minPair ?? 2;
    const minItem = options.minItem ?? 2;
    const rows: PairRow[] = [];
    for (const [k, o11] of this.pairUnits) {
      if (o11 < minPair) continue;
      const [x = '', y = ''] = k.split(SEP);
      const fx = this.itemUnits.get(x) ?? 0;
      const fy = this.itemUnits.get(y) ?? 0;
      if (fx < minItem || fy < minItem) continue;
      rows.push({
        unit: this.unit,
        a: { ...parseItemId(x), frequency: fx },
        b: { ...parseItemId(y), frequency: fy },
        units: this.units,
        ...associationScores(o11, fx, fy, this.units),
      });
    }
    return rows.sort(
      (p, q) =>
        q.g2 - p.g2 ||
        compareStrings(p.a.kind + p.a.key, q.a.kind + q.a.key) ||
        compareStrings(p.b.kind + p.b.key, q.b.kind + q.b.key),
    );
  }
}

/**
 * The items of each unit of a document: entities (one per span, see distinctSpans) placed in the unit that
 * holds their first character, and with `words` the content words of the unit's tokens. `segments` are the
 * document's segments (any order); the unit `document` is the whole text. Entities outside every unit of
 * the kind (for instance in a link line set aside) are left out of that unit's counts.
 */
export function unitItems(
  entities: readonly Entity[],
  segments: readonly Segment[],
  unit: (typeof TEXT_UNITS)[number],
  options: { words?: boolean; lang?: string } = {},
): string[][] {
  const ents = distinctSpans(entities);
  const stops = stopWords(options.lang ?? 'und');
  const words = options.words ? segments.filter(isWordToken) : [];
  if (unit === 'document') {
    return [
      [
        ...ents.map((e) => itemId(e.kind, entityKey(e))),
        ...words
          .map((t) => wordKey(t.text))
          .filter((w) => isContentWord(w, stops))
          .map((w) => itemId('word', w)),
      ],
    ];
  }
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
    const w = wordKey(t.text);
    if (isContentWord(w, stops)) place(t.start, itemId('word', w));
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
    const stops = stopWords(options.lang ?? 'und');
    tokens.forEach((t, i) => {
      const w = wordKey(t.text);
      if (isContentWord(w, stops)) at[i]?.push(itemId('word', w));
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
