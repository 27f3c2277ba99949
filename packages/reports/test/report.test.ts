import { describe, expect, it } from 'vitest';
import { ReportSchema, type Entity, type Segment } from '@untk/core';
import {
  analyseCorpus,
  buildNetwork,
  documentYear,
  formatReportMarkdown,
  itemFrequency,
  countDocument,
  monthsOfActivity,
  networkToGexf,
  networkToGraphml,
  type PairRow,
  type ReportDocument,
} from '../src/index.js';

/** A hand-built document: words as tokens laid end to end, one sentence and paragraph over all of them. */
function doc(id: string, lang: string, words: string[], entities: Entity[] = []): ReportDocument {
  const segments: Segment[] = [];
  let at = 0;
  for (const w of words) {
    segments.push({ kind: 'token', start: at, end: at + w.length, text: w });
    at += w.length + 1;
  }
  segments.push({ kind: 'paragraph', start: 0, end: at, text: '' }, { kind: 'sentence', start: 0, end: at, text: '' });
  return { id, source: id, lang, characters: at, entities, segments };
}

function date(d: string, start: number, value: string): Entity {
  return { kind: 'date', doc: d, text: value, start, end: start + value.length, lang: 'en', value };
}

describe('documentYear', () => {
  it.each([
    ['cr-unsc-resolutions-en/S_RES_0242_1967_EN_GOLD.txt', [], 1967],
    ['2017-report.txt', [], 2017],
    ['S_RES_1999.txt', [], 1999],
    ['seed/000_64ff64efe628bbb7.txt', [], null],
    ['UNv1.0.devset.en', [], null],
    ['note.txt', [date('note.txt', 40, '2016-12-13/2017-12-12'), date('note.txt', 10, '2015-06')], 2015],
  ] as const)('%s → %s', (id, entities, year) => {
    expect(documentYear(id, entities)).toBe(year);
  });
});

describe('itemFrequency', () => {
  // Three documents of 2, 4 and 4 tokens; "sanctions" 1, 2 and 0 times → DP 0.4 (see measures.test.ts).
  const docs = [
    doc('a/1.txt', 'en', ['sanctions', 'council']),
    doc('a/2.txt', 'en', ['sanctions', 'sanctions', 'the', 'council']),
    doc('b/3.txt', 'en', ['the', 'of', 'peace', 'council']),
  ].map(countDocument);

  it('counts per million tokens, documents and DP, stop words left out of items but not of tokens', () => {
    const rows = itemFrequency(docs);
    // Ties in count sort by key.
    expect(rows.map((r) => r.key)).toEqual(['council', 'sanctions', 'peace']);
    const sanctions = rows[1];
    // 3 of 10 tokens = 300,000 per million.
    expect(sanctions).toMatchObject({ kind: 'word', count: 3, documents: 2, perMillion: 300000 });
    expect(sanctions?.dispersion).toBeCloseTo(0.4, 10);
    // council: 1, 1, 1 in sizes 2, 4, 4 → v = ⅓ each; DP = ½(|⅓−0.2| + 2|⅓−0.4|) = ½(0.1333 + 0.1333) = 0.1333
    expect(rows[0]?.dispersion).toBeCloseTo(0.133333, 5);
    expect(docs.map((d) => [d.folder, d.tokens])).toEqual([
      ['a', 2],
      ['a', 4],
      ['b', 4],
    ]);
  });
});

describe('monthsOfActivity', () => {
  it('counts date mentions per month, an interval at its start, years alone left out', () => {
    const ents = [
      date('x', 0, '2017-06-12'),
      date('x', 20, '2017-06'),
      date('y', 0, '2016-12-13/2017-12-12'),
      date('y', 9, '2017'),
    ];
    expect(monthsOfActivity(ents)).toEqual([
      { month: '2016-12', count: 1, documents: 1 },
      { month: '2017-06', count: 2, documents: 1 },
    ]);
  });
});

describe('analyseCorpus', () => {
  const r = (d: string, start: number, number: number, year: number): Entity => ({
    kind: 'resolution',
    doc: d,
    text: `${number} (${year})`,
    start,
    end: start + 4,
    lang: 'en',
    number,
    year,
  });
  const docs = [
    doc(
      'en/S_RES_0001_1990_EN.txt',
      'en',
      ['peace', 'sanctions', 'peace'],
      [r('en/S_RES_0001_1990_EN.txt', 0, 661, 1990), r('en/S_RES_0001_1990_EN.txt', 6, 678, 1990)],
    ),
    doc(
      'en/S_RES_0002_1991_EN.txt',
      'en',
      ['sanctions', 'iraq'],
      [r('en/S_RES_0002_1991_EN.txt', 0, 661, 1990), r('en/S_RES_0002_1991_EN.txt', 6, 678, 1990)],
    ),
    doc('zh/x.txt', 'zh', ['和平', '制裁'], [r('zh/x.txt', 0, 661, 1990), date('zh/x.txt', 6, '1991-01-15')]),
  ];
  const result = analyseCorpus(docs);

  it('builds a report that validates, the same whatever the order of documents', () => {
    const report = ReportSchema.parse(result.report);
    expect(JSON.stringify(analyseCorpus([...docs].reverse()).report)).toBe(JSON.stringify(report));
    expect(report.corpus).toMatchObject({ documents: 3, tokens: 7, entities: 6 });
    expect(report.frequency[0]).toMatchObject({ kind: 'resolution', key: '661 (1990)', count: 3, documents: 3 });
    expect(report.months).toEqual([{ month: '1991-01', count: 1, documents: 1 }]);
    expect(report.groups.filter((g) => g.by === 'year').map((g) => [g.value, g.documents])).toEqual([
      ['1990', 1],
      ['1991', 2],
    ]);
    expect(report.groups.filter((g) => g.by === 'lang').map((g) => g.value)).toEqual(['en', 'zh']);
  });

  it('pairs resolutions cited together, across languages through their canonical keys', () => {
    const doc = result.report.cooccurrence.find((c) => c.unit === 'document');
    expect(doc?.top[0]).toMatchObject({ a: { key: '661 (1990)' }, b: { key: '678 (1990)' }, observed: 2 });
    expect(result.frequencyTable.filter((f) => f.scope === 'corpus' && f.kind === 'resolution')).toHaveLength(2);
  });

  it('lists the most frequent bodies once organisation entities arrive', () => {
    const org = (d: string, start: number, name: string): Entity => ({
      kind: 'organization',
      doc: d,
      text: name,
      start,
      end: start + name.length,
      lang: 'en',
      name,
    });
    const withBodies = analyseCorpus([
      ...docs,
      doc(
        'en/S_RES_0003_1991_EN.txt',
        'en',
        ['committee'],
        [
          org('en/S_RES_0003_1991_EN.txt', 0, 'Counter-Terrorism Committee'),
          org('en/S_RES_0003_1991_EN.txt', 40, 'Counter-Terrorism Committee'),
          org('en/S_RES_0003_1991_EN.txt', 80, 'Security Council'),
        ],
      ),
    ]).report;
    const md = formatReportMarkdown(withBodies);
    expect(md).toContain('## Organisations (bodies)');
    expect(md).toContain('| 1 | Counter-Terrorism Committee | 2 |');
  });

  it('formats a Markdown report a person can read', () => {
    const md = formatReportMarkdown(result.report);
    expect(md).toContain('| 1 | 661 (1990) | 3 |');
    expect(md).toContain('## Months of activity');
    expect(md).toContain('| 1991-01 | 1 | 1 |');
    expect(md).toContain('661 (1990) — 678 (1990)');
  });
});

describe('the network', () => {
  const pair = (a: string, b: string, observed: number, g2: number): PairRow => ({
    unit: 'paragraph',
    a: { kind: 'resolution', key: a, frequency: 5 },
    b: { kind: 'resolution', key: b, frequency: 5 },
    units: 100,
    observed,
    expected: 0.25,
    pmi: 1,
    npmi: 0.5,
    logDice: 12,
    mi3: 3,
    tScore: 1,
    g2,
    jaccard: 0.5,
  });
  // Two triangles joined by one weak edge; a repelled pair (G² < 0) is left out.
  const pairs = [
    pair('1', '2', 5, 30),
    pair('2', '3', 5, 29),
    pair('1', '3', 5, 28),
    pair('4', '5', 5, 27),
    pair('5', '6', 5, 26),
    pair('4', '6', 5, 25),
    pair('3', '4', 1, 2),
    pair('1', '6', 1, -3),
  ];
  const net = buildNetwork(pairs);

  it('finds the two communities, the same on every run', () => {
    expect(net.edges).toHaveLength(7);
    const community = Object.fromEntries(net.nodes.map((n) => [n.key, n.community]));
    expect(community['1']).toBe(community['2']);
    expect(community['2']).toBe(community['3']);
    expect(community['4']).toBe(community['5']);
    expect(community['1']).not.toBe(community['4']);
    expect(JSON.stringify(buildNetwork([...pairs].reverse()))).toBe(JSON.stringify(net));
  });

  it('writes GEXF and GraphML with every node and edge', () => {
    const gexf = networkToGexf(net);
    expect(gexf.match(/<node /g)).toHaveLength(6);
    expect(gexf.match(/<edge /g)).toHaveLength(7);
    const graphml = networkToGraphml(net);
    expect(graphml.match(/<node /g)).toHaveLength(6);
    expect(graphml.match(/<edge /g)).toHaveLength(7);
    expect(graphml).toContain('<node id="resolution:1">');
    expect(networkToGraphml({ ...net, nodes: [{ ...net.nodes[0]!, key: 'a<&>"b' }] })).toContain(
      'a&lt;&amp;&gt;&quot;b',
    );
  });
});
