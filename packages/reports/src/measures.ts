/**
 * Association and keyness measures over 2×2 contingency tables. Formulas are in the README
 * ("Measures"); every function here is checked against hand-computed values in test/measures.test.ts.
 *
 * Co-occurrence table of a pair (x, y) over N units (sentences, paragraphs or documents):
 *
 * |       | y        | not y          |      |
 * |-------|----------|----------------|------|
 * | x     | O11      | O12 = R1 − O11 | R1   |
 * | not x | O21      | O22            | R2   |
 * |       | C1       | C2             | N    |
 *
 * Expected counts under independence: Eij = Ri·Cj / N.
 */

/** The scores of one pair; logarithms to base 2 except G², which uses natural logarithms. */
export interface AssociationScores {
  observed: number;
  expected: number;
  pmi: number;
  npmi: number;
  logDice: number;
  mi3: number;
  tScore: number;
  /** Dunning's log-likelihood, all four cells, signed: negative when the pair occurs less often than expected. */
  g2: number;
  jaccard: number;
}

/** x ln(x / e), with 0 ln 0 = 0. */
function xlnx(o: number, e: number): number {
  return o === 0 ? 0 : o * Math.log(o / e);
}

/**
 * Scores of a pair seen together in `o11` of `n` units, x in `r1` units and y in `c1` units.
 * PMI = log2(O11/E11); NPMI = PMI / −log2(O11/N); logDice = 14 + log2(2·O11 / (R1 + C1));
 * MI3 = log2(O11³ / E11); t = (O11 − E11) / √O11; G² = 2 Σij Oij ln(Oij/Eij); Jaccard = O11 / (R1 + C1 − O11).
 */
export function associationScores(o11: number, r1: number, c1: number, n: number): AssociationScores {
  if (!(n > 0) || o11 <= 0 || o11 > r1 || o11 > c1 || r1 > n || c1 > n) {
    throw new RangeError(`not a contingency table with a co-occurrence: O11=${o11}, R1=${r1}, C1=${c1}, N=${n}`);
  }
  const o12 = r1 - o11;
  const o21 = c1 - o11;
  const o22 = n - r1 - c1 + o11;
  const r2 = n - r1;
  const c2 = n - c1;
  const e11 = (r1 * c1) / n;
  const e12 = (r1 * c2) / n;
  const e21 = (r2 * c1) / n;
  const e22 = (r2 * c2) / n;
  const pmi = Math.log2(o11 / e11);
  const pxy = o11 / n;
  // NPMI is 1 when x and y only ever occur together in every unit (p(x,y) = 1): the limit of PMI / −log p.
  const npmi = pxy === 1 ? 1 : pmi / -Math.log2(pxy);
  const g2abs = 2 * (xlnx(o11, e11) + xlnx(o12, e12) + xlnx(o21, e21) + xlnx(o22, e22));
  return {
    observed: o11,
    expected: e11,
    pmi,
    npmi,
    logDice: 14 + Math.log2((2 * o11) / (r1 + c1)),
    mi3: Math.log2(o11 ** 3 / e11),
    tScore: (o11 - e11) / Math.sqrt(o11),
    g2: (o11 < e11 ? -1 : 1) * Math.max(0, g2abs),
    jaccard: o11 / (r1 + c1 - o11),
  };
}

/** The keyness of one item: `a` occurrences in a corpus of `sizeA` tokens, `b` in one of `sizeB`. */
export interface KeynessScores {
  /** signed four-term log-likelihood, not Williams-corrected: positive when the item is relatively more frequent in A */
  g2: number;
  /** p-value of |G²| under χ² with one degree of freedom */
  p: number;
  /** log2 of the ratio of relative frequencies; a zero frequency counts as 0.5 (Hardie 2014) */
  logRatio: number;
}

/**
 * Keyness of an item in A against B. Table: a, b (the item), sizeA − a, sizeB − b (everything else);
 * E1 = sizeA·(a + b)/(sizeA + sizeB), E2 = sizeB·(a + b)/(sizeA + sizeB);
 * G² = 2 (a ln(a/E1) + b ln(b/E2) + (sizeA−a) ln((sizeA−a)/(sizeA−E1)) + (sizeB−b) ln((sizeB−b)/(sizeB−E2))),
 * signed by the direction of the difference; Log Ratio = log2((a/sizeA) / (b/sizeB)).
 */
export function keynessScores(a: number, b: number, sizeA: number, sizeB: number): KeynessScores {
  if (a < 0 || b < 0 || a + b === 0 || a > sizeA || b > sizeB) {
    throw new RangeError(`not a keyness table: a=${a}, b=${b}, sizeA=${sizeA}, sizeB=${sizeB}`);
  }
  const total = sizeA + sizeB;
  const e1 = (sizeA * (a + b)) / total;
  const e2 = (sizeB * (a + b)) / total;
  const g2abs = Math.max(
    0,
    2 * (xlnx(a, e1) + xlnx(b, e2) + xlnx(sizeA - a, sizeA - e1) + xlnx(sizeB - b, sizeB - e2)),
  );
  const relA = (a === 0 ? 0.5 : a) / sizeA;
  const relB = (b === 0 ? 0.5 : b) / sizeB;
  return {
    g2: (a / sizeA < b / sizeB ? -1 : 1) * g2abs,
    p: chiSquare1Upper(g2abs),
    logRatio: Math.log2(relA / relB),
  };
}

/** P(χ²₁ ≥ x) = erfc(√(x/2)). */
export function chiSquare1Upper(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/**
 * Complementary error function with fractional error below 1.2e-7 everywhere (Chebyshev fit of
 * Numerical Recipes, 2nd ed., §6.2), so that the tiny p-values of strong keywords keep their magnitude.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}

/**
 * Gries' DP (deviation of proportions, 2008): DP = ½ Σi |vi − si| over the parts of a corpus, where si is part
 * i's share of the corpus size and vi its share of the item's occurrences. 0 = spread exactly as the parts'
 * sizes; close to 1 = all in one small part. `parts` lists only the parts where the item occurs (the others
 * add their si); `sizes` sums to the corpus size over all parts. Undefined (null) for an empty corpus.
 */
export function griesDp(occurrences: Iterable<{ count: number; size: number }>, corpusSize: number): number | null {
  if (!(corpusSize > 0)) return null;
  let total = 0;
  const parts: { count: number; size: number }[] = [];
  for (const p of occurrences) {
    total += p.count;
    parts.push(p);
  }
  if (total === 0) return null;
  let deviation = 0;
  let coveredShare = 0;
  for (const p of parts) {
    const s = p.size / corpusSize;
    deviation += Math.abs(p.count / total - s);
    coveredShare += s;
  }
  // Parts without the item each contribute |0 − si| = si.
  return 0.5 * (deviation + Math.max(0, 1 - coveredShare));
}

/** Cosine of two sparse frequency vectors: Σ aᵢbᵢ / (‖a‖‖b‖); 0 when either is empty. */
export function cosineSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) dot += v * (large.get(k) ?? 0);
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v * v;
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
