import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Document, Entity, Segment } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize, segment } from '@untk/segmentation';
import {
  analyseCorpus,
  buildGlossary,
  buildNetwork,
  comparisonPage,
  compareDocuments,
  countDocument,
  layoutNetwork,
  reportCharts,
  reportPage,
  timelineRows,
  type PairRow,
} from '../src/index.js';
import { seedText } from '../../../test/support/corpus.js';

const seed: Document = { id: 'seed', source: 'seed.txt', lang: 'zh', text: seedText() };
const n = normalize(seed.text);
const entities = extract(seed, n);
const paragraphs: Segment[] = n.blocks.map((b) => ({
  kind: 'paragraph',
  start: n.starts[b.start] ?? 0,
  end: n.ends[b.end - 1] ?? 0,
  text: n.text.slice(b.start, b.end),
}));
const doc = {
  id: 'seed',
  source: 'seed.txt',
  lang: 'zh',
  characters: seed.text.length,
  entities,
  segments: paragraphs,
};
const result = analyseCorpus([doc], [], { minPair: 1, minItem: 1 });
// Stand-ins for the library bundles: the page must carry them verbatim, minus a source-map comment.
const assets = {
  vega: 'window.vegaStub = 1;\n//# sourceMappingURL=vega.min.js.map',
  vegaLite: 'window.vegaLiteStub = "</script>";',
  vegaEmbed: 'window.vegaEmbedStub = 1;',
  cytoscape: 'window.cytoscapeStub = 1;',
};
const input = { report: result.report, network: result.network, glossary: buildGlossary(entities), entities };

function embeddedData(html: string): { charts: { id: string }[]; network: { nodes: unknown[]; edges: unknown[] } } {
  const m = /<script type="application\/json" id="untk-data">([^<]*)<\/script>/.exec(html);
  if (!m?.[1]) throw new Error('no embedded data');
  return JSON.parse(m[1]) as ReturnType<typeof embeddedData>;
}

describe('timelineRows on the seed', () => {
  const rows = timelineRows(entities);
  const dates = entities.filter((e): e is Extract<Entity, { kind: 'date' }> => e.kind === 'date');

  it('counts every dated mention once, by the precision it states', () => {
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(dates.filter((d) => /^\d{4}/.test(d.value)).length);
    for (const p of ['day', 'month', 'year'] as const) {
      const stated = dates.filter((d) => /^\d{4}/.test(d.value) && d.precision === p).length;
      expect(
        rows.filter((r) => r.precision === p).reduce((s, r) => s + r.count, 0),
        p,
      ).toBe(stated);
    }
  });

  it('spans a month for days and months and a year for years, each period once', () => {
    for (const r of rows) {
      expect(r.end > r.start).toBe(true);
      if (r.precision === 'year') expect(r.start.slice(5)).toBe('01-01');
      expect(r.start.endsWith('-01')).toBe(true);
    }
    expect(new Set(rows.map((r) => `${r.precision} ${r.start}`)).size).toBe(rows.length);
  });

  it.each([
    ['2017-12-14', 'day', '2017-12-01', '2018-01-01'],
    ['2017-06', 'month', '2017-06-01', '2017-07-01'],
    ['2016', 'year', '2016-01-01', '2017-01-01'],
    ['2016-12-13/2017-12-12', 'day', '2016-12-01', '2017-01-01'],
    // open intervals: since 2015 at its start, until 31 March 2018 at its end
    ['2015/..', 'year', '2015-01-01', '2016-01-01'],
    ['../2018-03-31', 'day', '2018-03-01', '2018-04-01'],
  ] as const)('places %s (%s) from %s to %s', (value, precision, start, end) => {
    const e: Entity = {
      kind: 'date',
      doc: 'd',
      text: value,
      start: 0,
      end: value.length,
      lang: 'en',
      value,
      precision,
    };
    expect(timelineRows([e])).toEqual([{ start, end, precision, count: 1 }]);
  });
});

describe('reportCharts on the seed', () => {
  const charts = reportCharts(input);

  it('draws a bar per row, labelled in Chinese as the seed writes the bodies', () => {
    expect(charts.map((c) => c.id)).toEqual(['organizations', 'resolutions', 'symbols', 'timeline']);
    const orgs = charts[0]?.spec as { data: { values: { label: string; language: string; count: number }[] } };
    expect(orgs.data.values.length).toBe(charts[0]?.rows);
    expect(orgs.data.values.length).toBe(
      Math.min(15, result.report.frequency.filter((r) => r.kind === 'organization').length),
    );
    expect(orgs.data.values[0]).toMatchObject({ label: '反恐怖主义委员会执行局', language: 'zh' });
    const counts = orgs.data.values.map((v) => v.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('layoutNetwork', () => {
  const net = result.network;

  it('gives the same positions every time, inside the 1000 × 1000 box', () => {
    expect(net.nodes.length).toBeGreaterThan(5);
    const a = layoutNetwork(net);
    expect(layoutNetwork(net)).toEqual(a);
    expect(Object.keys(a).sort()).toEqual(net.nodes.map((x) => x.id).sort());
    for (const p of Object.values(a)) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(1000);
    }
  });

  it('puts linked items nearer each other than items taken at random', () => {
    const pos = layoutNetwork(net);
    const d = (s: string, t: string) =>
      Math.hypot((pos[s]?.x ?? 0) - (pos[t]?.x ?? 0), (pos[s]?.y ?? 0) - (pos[t]?.y ?? 0));
    const linked = net.edges.reduce((s, e) => s + d(e.source, e.target), 0) / net.edges.length;
    const ids = net.nodes.map((x) => x.id);
    let all = 0;
    let pairs = 0;
    for (const s of ids) {
      for (const t of ids) {
        if (s >= t) continue;
        all += d(s, t);
        pairs++;
      }
    }
    expect(linked).toBeLessThan((all / pairs) * 0.6);
  });

  it('lays out nothing for an empty network', () => {
    expect(layoutNetwork(buildNetwork([] as PairRow[]))).toEqual({});
  });
});

describe('reportPage', () => {
  const page = reportPage(input, assets);

  it('inlines the bundles and the data in one file that refers to nothing outside it', () => {
    expect(page.html).toContain('window.vegaStub = 1;');
    expect(page.html).not.toContain('sourceMappingURL');
    expect(page.html).toContain('window.vegaLiteStub = "<\\/script>";');
    expect(page.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!vega\.github\.io\/schema)/);
    expect(page.html).toContain("default-src 'none'");
  });

  it('embeds the charts and the network of the report, with a position for every node', () => {
    const data = embeddedData(page.html);
    expect(data.charts.map((c) => c.id)).toEqual(page.charts.map((c) => c.id));
    expect(data.network.nodes.length).toBe(result.network.nodes.length);
    expect(data.network.edges.length).toBe(result.network.edges.length);
    expect(page.html).toContain(`data-edges="${result.network.edges.length}"`);
  });

  it('lists every glossary entry in the table, names escaped and marked for their direction', () => {
    const rows = page.html.match(/<tr><td>zh<\/td>/g) ?? [];
    expect(rows.length).toBe(input.glossary.entries.filter((e) => e.lang === 'zh').length);
    const hostile = reportPage(
      {
        ...input,
        glossary: {
          entries: [
            {
              id: 'ar:<b>',
              lang: 'ar',
              name: 'مجلس الأمن <script>',
              type: 'body',
              shortForms: [],
              mentions: 1,
              documents: 1,
              first: { doc: 'a', start: 0, text: 'x' },
            },
          ],
          groups: [],
        },
      },
      assets,
    ).html;
    expect(hostile).toContain('<td dir="auto" lang="ar">مجلس الأمن &lt;script&gt;</td>');
  });

  it('is the same string for the same input', () => {
    expect(reportPage(input, assets).html).toBe(page.html);
  });
});

describe('comparisonPage on early and late Security Council resolutions', () => {
  const dir = fileURLToPath(new URL('../../../corpus/cr-unsc-resolutions-en/', import.meta.url));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const side = (names: string[]) =>
    names.map((f) => {
      const d: Document = { id: f, source: f, lang: 'en', text: readFileSync(path.join(dir, f), 'utf8') };
      const norm = normalize(d.text);
      return countDocument({
        id: f,
        source: f,
        lang: 'en',
        characters: d.text.length,
        entities: extract(d, norm),
        segments: segment(d, norm),
      });
    });

  it('charts the strongest items of each side, and tables every significant one', () => {
    const cmp = compareDocuments(side(files.slice(0, 20)), side(files.slice(-20)));
    expect(cmp.rows.length).toBeGreaterThan(10);
    const page = comparisonPage({ comparison: cmp, labels: { a: '1946', b: 'recent' } }, assets);
    expect(page.charts).toHaveLength(1);
    const perSide = (sign: number) => Math.min(15, cmp.rows.filter((r) => Math.sign(r.g2) === sign).length);
    expect(page.charts[0]?.rows).toBe(perSide(1) + perSide(-1));
    expect((page.html.match(/<tr><td>[AB]<\/td>/g) ?? []).length).toBe(cmp.rows.length);
    expect(page.html).not.toContain('cytoscapeStub');
  });
});
