import { describe, expect, it } from 'vitest';
import {
  associationScores,
  chiSquare1Upper,
  cosineSimilarity,
  countDocument,
  documentSimilarity,
  griesDp,
  keynessScores,
} from '../src/index.js';

describe('association measures on a small contingency table, computed by hand', () => {
  // N = 20 sentences; x occurs in R1 = 4, y in C1 = 5, both in O11 = 2.
  // Table: O11 = 2, O12 = 4 − 2 = 2, O21 = 5 − 2 = 3, O22 = 20 − 4 − 5 + 2 = 13.
  // Expected: E11 = 4·5/20 = 1, E12 = 4·15/20 = 3, E21 = 16·5/20 = 4, E22 = 16·15/20 = 12.
  const s = associationScores(2, 4, 5, 20);

  it.each([
    // E11 = 4·5/20
    ['expected', 1],
    // PMI = log2(O11/E11) = log2(2/1)
    ['pmi', 1],
    // NPMI = PMI / −log2(O11/N) = 1 / −log2(2/20) = 1 / log2(10) = 1 / 3.321928
    ['npmi', 0.30103],
    // logDice = 14 + log2(2·2 / (4 + 5)) = 14 + log2(4/9) = 14 + 2 − 3.169925
    ['logDice', 12.830075],
    // MI3 = log2(O11³/E11) = log2(8/1)
    ['mi3', 3],
    // t = (O11 − E11)/√O11 = 1/√2
    ['tScore', 0.707107],
    // G² = 2 (2 ln(2/1) + 2 ln(2/3) + 3 ln(3/4) + 13 ln(13/12))
    //    = 2 (1.386294 − 0.810930 − 0.863046 + 1.040555) = 2 · 0.752873
    ['g2', 1.505746],
    // Jaccard = O11 / (R1 + C1 − O11) = 2/7
    ['jaccard', 0.285714],
  ] as const)('%s = %d', (name, expected) => {
    expect(s[name]).toBeCloseTo(expected, 5);
  });

  it('signs G² negative when a pair occurs less often than expected', () => {
    // N = 20, R1 = C1 = 10, O11 = 1 < E11 = 5.
    expect(associationScores(1, 10, 10, 20).g2).toBeLessThan(0);
    expect(associationScores(1, 10, 10, 20).pmi).toBeCloseTo(Math.log2(1 / 5), 10);
  });

  it('gives the bounds at perfect association: NPMI 1, logDice 14, Jaccard 1', () => {
    // x and y always together: O11 = R1 = C1 = 3 of N = 10.
    const p = associationScores(3, 3, 3, 10);
    expect(p.npmi).toBeCloseTo(1, 10);
    expect(p.logDice).toBe(14);
    expect(p.jaccard).toBe(1);
  });

  it('refuses a table that cannot exist', () => {
    expect(() => associationScores(5, 4, 5, 20)).toThrow(RangeError);
    expect(() => associationScores(0, 4, 5, 20)).toThrow(RangeError);
  });
});

describe('keyness, computed by hand', () => {
  it('a = 10 in 1,000 tokens against b = 2 in 1,000 tokens', () => {
    // E1 = E2 = 1000·12/2000 = 6.
    // G² = 2 (10 ln(10/6) + 2 ln(2/6) + 990 ln(990/994) + 998 ln(998/994))
    //    = 2 (5.108256 − 2.197225 − 3.991941 + 4.008038) = 2 · 2.927128 = 5.854257
    // Log Ratio = log2((10/1000) / (2/1000)) = log2 5 = 2.321928
    const k = keynessScores(10, 2, 1000, 1000);
    expect(k.g2).toBeCloseTo(5.854257, 5);
    expect(k.logRatio).toBeCloseTo(2.321928, 5);
    // p(χ²₁ ≥ 5.854) ≈ 0.0155: significant at 0.05, not at 0.01.
    expect(k.p).toBeGreaterThan(0.01);
    expect(k.p).toBeLessThan(0.05);
    expect(keynessScores(2, 10, 1000, 1000).g2).toBeCloseTo(-5.854257, 5);
  });

  it('a zero frequency counts as 0.5 in Log Ratio, and G² keeps three cells', () => {
    // a = 5 of 1,000, b = 0 of 2,000: E1 = 1000·5/3000 = 5/3, E2 = 10/3.
    // G² = 2 (5 ln(5 / (5/3)) + 995 ln(995 / (1000 − 5/3)) + 2000 ln(2000 / (2000 − 10/3)))
    //    = 2 (5 · 1.098612 + 995 · (−0.003344) + 2000 · 0.001668) = 2 · 5.501413 = 11.002827
    // Log Ratio = log2((5/1000) / (0.5/2000)) = log2 20 = 4.321928
    const k = keynessScores(5, 0, 1000, 2000);
    expect(k.g2).toBeCloseTo(11.002827, 4);
    expect(k.logRatio).toBeCloseTo(4.321928, 5);
  });

  it.each([
    [3.841459, 0.05],
    [6.634897, 0.01],
    [10.827566, 0.001],
    [0, 1],
  ])('P(χ²₁ ≥ %d) = %d', (x, p) => {
    expect(chiSquare1Upper(x)).toBeCloseTo(p, 6);
  });

  it('keeps the magnitude of tiny p-values', () => {
    // P(χ²₁ ≥ 100) = erfc(√50) ≈ 1.5e-23
    expect(Math.log10(chiSquare1Upper(100))).toBeCloseTo(Math.log10(1.523971e-23), 4);
  });
});

describe("Gries' DP and cosine, computed by hand", () => {
  it('DP over three parts of sizes 2, 4, 4 with the item 1, 2, 0 times', () => {
    // s = 0.2, 0.4, 0.4; v = 1/3, 2/3, 0;
    // DP = ½ (|1/3 − 0.2| + |2/3 − 0.4| + |0 − 0.4|) = ½ (0.133333 + 0.266667 + 0.4) = 0.4
    expect(
      griesDp(
        [
          { count: 1, size: 2 },
          { count: 2, size: 4 },
        ],
        10,
      ),
    ).toBeCloseTo(0.4, 10);
    // Spread exactly as the sizes: 0.
    expect(
      griesDp(
        [
          { count: 1, size: 5 },
          { count: 1, size: 5 },
        ],
        10,
      ),
    ).toBeCloseTo(0, 10);
    expect(griesDp([], 0)).toBeNull();
  });

  it('cosine of (1, 2) and (2, 1) is 4/5', () => {
    const a = new Map([
      ['x', 1],
      ['y', 2],
    ]);
    const b = new Map([
      ['x', 2],
      ['y', 1],
    ]);
    expect(cosineSimilarity(a, b)).toBeCloseTo(0.8, 10);
    expect(cosineSimilarity(a, new Map())).toBe(0);
  });
});

describe('documentSimilarity', () => {
  const doc = (id: string, words: string[]) =>
    countDocument({
      id,
      source: id,
      lang: 'en',
      characters: 0,
      entities: [],
      segments: words.map((text, i) => ({ kind: 'token' as const, start: i * 20, end: i * 20 + text.length, text })),
    });

  it('ranks pairs across the two sides by cosine, computed by hand', () => {
    // a1 = (peace 1, truce 2), b1 = (peace 2, truce 1): cos = (2 + 2) / (√5·√5) = 0.8;
    // a1 and b2 = (sanctions 1) share nothing: not listed; a2 = (sanctions 1) and b2: cos = 1.
    const a = [doc('a1', ['peace', 'truce', 'truce']), doc('a2', ['sanctions'])];
    const b = [doc('b1', ['peace', 'peace', 'truce']), doc('b2', ['sanctions'])];
    const sims = documentSimilarity(a, b);
    expect(sims.map((s) => [s.a, s.b])).toEqual([
      ['a2', 'b2'],
      ['a1', 'b1'],
    ]);
    expect(sims[0]?.cosine).toBeCloseTo(1, 10);
    expect(sims[1]?.cosine).toBeCloseTo(0.8, 10);
  });
});
