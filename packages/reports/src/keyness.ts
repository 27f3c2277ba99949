import { compareStrings } from '@untk/core';
import { parseItemId, type DocumentCounts, type ItemKind } from './documents.js';
import { chiSquare1Upper, cosineSimilarity, griesDp, keynessScores } from './measures.js';

/** One item compared between A and B. */
export interface KeynessRow {
  kind: ItemKind;
  key: string;
  a: { count: number; perMillion: number; documents: number; dispersion: number | null };
  b: { count: number; perMillion: number; documents: number; dispersion: number | null };
  /** signed four-term G², not Williams-corrected: positive = characteristic of A */
  g2: number;
  p: number;
  logRatio: number;
  /** p below alpha / (number of items tested): Bonferroni */
  significant: boolean;
}

export interface Comparison {
  a: { documents: number; tokens: number };
  b: { documents: number; tokens: number };
  /** items tested (the Bonferroni family) */
  tested: number;
  alpha: number;
  /** the p-value an item must stay below: alpha / tested */
  threshold: number;
  /** the G² that p-value corresponds to */
  criticalG2: number;
  /** cosine similarity of A's and B's item frequency vectors (the items compared) */
  cosine: number;
  /** significant items, characteristic of A first (Log Ratio descending), then of B (Log Ratio ascending) */
  rows: KeynessRow[];
  /** the most similar pairs of an A document and a B document (cosine of their item frequencies) */
  similarDocuments: { a: string; b: string; cosine: number }[];
}

/**
 * The `top` most similar pairs (a, b) with a in A and b in B, by the cosine of their item frequency vectors;
 * computed through an inverted index, so only pairs sharing an item are visited. Ties sort by ids.
 */
export function documentSimilarity(
  a: readonly DocumentCounts[],
  b: readonly DocumentCounts[],
  options: { top?: number; filter?: (kind: ItemKind) => boolean } = {},
): { a: string; b: string; cosine: number }[] {
  const filter = options.filter ?? (() => true);
  const vec = (d: DocumentCounts) => new Map([...d.items].filter(([id]) => filter(parseItemId(id).kind)));
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((n, v) => n + v * v, 0));
  const bs = b.map((d) => ({ id: d.id, v: vec(d) })).map((d) => ({ ...d, n: norm(d.v) }));
  const index = new Map<string, { doc: number; count: number }[]>();
  bs.forEach((d, i) => {
    for (const [k, c] of d.v) {
      let p = index.get(k);
      if (!p) index.set(k, (p = []));
      p.push({ doc: i, count: c });
    }
  });
  const out: { a: string; b: string; cosine: number }[] = [];
  for (const da of a) {
    const v = vec(da);
    const n = norm(v);
    if (n === 0) continue;
    const dots = new Map<number, number>();
    for (const [k, c] of v) for (const p of index.get(k) ?? []) dots.set(p.doc, (dots.get(p.doc) ?? 0) + c * p.count);
    for (const [i, dot] of dots) {
      const db = bs[i];
      if (db && db.id !== da.id && db.n > 0) out.push({ a: da.id, b: db.id, cosine: dot / (n * db.n) });
    }
  }
  return out
    .sort((x, y) => y.cosine - x.cosine || compareStrings(x.a, y.a) || compareStrings(x.b, y.b))
    .slice(0, options.top ?? 10);
}

function sum(docs: readonly DocumentCounts[], filter: (kind: ItemKind) => boolean) {
  const counts = new Map<string, number>();
  const docFreq = new Map<string, { count: number; size: number }[]>();
  let tokens = 0;
  for (const d of docs) {
    tokens += d.tokens;
    for (const [id, n] of d.items) {
      if (!filter(parseItemId(id).kind)) continue;
      counts.set(id, (counts.get(id) ?? 0) + n);
      let p = docFreq.get(id);
      if (!p) docFreq.set(id, (p = []));
      p.push({ count: n, size: d.tokens });
    }
  }
  return { counts, docFreq, tokens };
}

/** The G² whose χ²₁ upper tail equals p (bisection; G² grows as p falls). */
function criticalG2(p: number): number {
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (chiSquare1Upper(mid) > p) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * What characterises A against B: every item occurring at least `minCount` times in A and B together is
 * tested with signed G² (Bonferroni: p < alpha / tested); the significant ones are sorted by Log Ratio, the
 * effect size. Token counts (stop words included) are the corpus sizes. Dispersion is Gries' DP over the
 * documents of each side. Items are compared under their canonical keys, so entities (resolution numbers,
 * dates, symbols) align across languages; words compare only within a language.
 */
export function compareDocuments(
  a: readonly DocumentCounts[],
  b: readonly DocumentCounts[],
  options: { alpha?: number; minCount?: number; kinds?: readonly ItemKind[] } = {},
): Comparison {
  const alpha = options.alpha ?? 0.05;
  const minCount = options.minCount ?? 5;
  const kinds = options.kinds;
  const filter = (k: ItemKind) => !kinds || kinds.includes(k);
  const A = sum(a, filter);
  const B = sum(b, filter);
  if (A.tokens === 0 || B.tokens === 0) {
    throw new RangeError('both sides of a comparison need word tokens');
  }
  const ids = new Set([...A.counts.keys(), ...B.counts.keys()]);
  const tested: string[] = [];
  for (const id of ids) if ((A.counts.get(id) ?? 0) + (B.counts.get(id) ?? 0) >= minCount) tested.push(id);
  const threshold = tested.length > 0 ? alpha / tested.length : alpha;
  const rows: KeynessRow[] = [];
  for (const id of tested) {
    const ca = A.counts.get(id) ?? 0;
    const cb = B.counts.get(id) ?? 0;
    const s = keynessScores(ca, cb, A.tokens, B.tokens);
    const { kind, key } = parseItemId(id);
    rows.push({
      kind,
      key,
      a: {
        count: ca,
        perMillion: (ca / A.tokens) * 1e6,
        documents: A.docFreq.get(id)?.length ?? 0,
        dispersion: ca > 0 ? griesDp(A.docFreq.get(id) ?? [], A.tokens) : null,
      },
      b: {
        count: cb,
        perMillion: (cb / B.tokens) * 1e6,
        documents: B.docFreq.get(id)?.length ?? 0,
        dispersion: cb > 0 ? griesDp(B.docFreq.get(id) ?? [], B.tokens) : null,
      },
      ...s,
      significant: s.p < threshold,
    });
  }
  const keyOrder = (x: KeynessRow, y: KeynessRow) => compareStrings(x.kind, y.kind) || compareStrings(x.key, y.key);
  const significant = rows.filter((r) => r.significant);
  const forA = significant.filter((r) => r.g2 > 0).sort((x, y) => y.logRatio - x.logRatio || keyOrder(x, y));
  const forB = significant.filter((r) => r.g2 < 0).sort((x, y) => x.logRatio - y.logRatio || keyOrder(x, y));
  return {
    a: { documents: a.length, tokens: A.tokens },
    b: { documents: b.length, tokens: B.tokens },
    tested: tested.length,
    alpha,
    threshold,
    criticalG2: criticalG2(threshold),
    cosine: cosineSimilarity(A.counts, B.counts),
    rows: [...forA, ...forB],
    similarDocuments: documentSimilarity(a, b, { filter }),
  };
}
