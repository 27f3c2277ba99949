import { entityKey, type Entity, type FrequencyRow, type Report } from '@untk/core';
import type { Glossary } from '../glossary.js';
import type { Comparison } from '../keyness.js';
import type { Network } from '../network.js';
import { CLIENT_SCRIPT } from './client.js';
import { layoutNetwork } from './layout.js';
import { barChart, FONT_STACK, keyLanguages, keynessChart, timelineChart, timelineRows, type Chart } from './specs.js';

/** The browser builds of the libraries the page runs, read by the caller from node_modules and inlined. */
export interface HtmlAssets {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
  cytoscape?: string;
}

/** A page and the charts in it (their specs also render, outside the browser, to the static SVG and PNG files). */
export interface HtmlPage {
  html: string;
  charts: Chart[];
}

export interface ReportPageInput {
  report: Report;
  network: Network;
  glossary: Glossary;
  entities: readonly Entity[];
  /** bars per chart (default 15) */
  top?: number;
}

/** Community colours (Tableau 10 then its lighter half); communities past the 20th are grey. */
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#a0cbe8',
  '#ffbe7d',
  '#ff9d9a',
  '#86bcb6',
  '#8cd17d',
  '#f1ce63',
  '#d4a6c8',
  '#fabfd2',
  '#d7b5a6',
  '#79706e',
];

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON that can sit inside a <script> element: no `<`, and no line separators that older parsers reject. */
function scriptJson(x: unknown): string {
  return JSON.stringify(x)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A library bundle ready to inline: its source-map comment removed (nothing to fetch), `</script` made harmless. */
function inlineScript(js: string): string {
  return js.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '').replace(/<\/(script)/gi, '<\\/$1');
}

const fmt = (n: number) => n.toLocaleString('en-US');

const CSS = `
:root { --ink: #1d2733; --muted: #5b6775; --line: #dde3ea; --accent: #1f5fa8; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${FONT_STACK}; color: var(--ink); background: var(--bg); line-height: 1.45; }
header { background: #12365f; color: #fff; padding: 22px 32px 18px; }
header h1 { margin: 0 0 4px; font-size: 24px; font-weight: 600; }
header p { margin: 0; color: #c9d6e6; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.card { background: rgba(255,255,255,0.1); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.card b { display: block; font-size: 22px; font-weight: 600; color: #fff; }
.card span { font-size: 12px; color: #c9d6e6; }
main { max-width: 1320px; margin: 0 auto; padding: 8px 24px 40px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 18px 0; padding: 16px 20px; }
section h2 { margin: 0 0 4px; font-size: 18px; }
section > p.note { margin: 0 0 12px; color: var(--muted); font-size: 13px; }
.grid { display: flex; flex-wrap: wrap; gap: 24px 32px; }
.chart { min-height: 60px; }
.chart.empty { width: 300px; } .chart.empty h3 { font-size: 15px; margin: 0 0 6px; } .chart.empty p { color: var(--muted); }
.side-by-side { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.side-by-side > .chart { flex: 0 0 auto; }
.side-by-side > div:not(.chart) { flex: 1 1 420px; min-width: 0; }
#network { width: 100%; height: 640px; border: 1px solid var(--line); border-radius: 6px; background: #fcfdfe; }
.controls { display: flex; flex-wrap: wrap; gap: 18px; align-items: center; margin: 6px 0 10px; font-size: 14px; }
.controls input[type=range] { width: 220px; vertical-align: middle; }
#network-info { min-height: 44px; font-size: 14px; color: var(--ink); margin-top: 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 12px; color: var(--muted); margin-top: 8px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; }
.search { font: inherit; padding: 6px 10px; border: 1px solid #b8c2cc; border-radius: 4px; width: 320px; max-width: 100%; }
.table-wrap { max-height: 560px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; margin-top: 10px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: start; padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { position: sticky; top: 0; background: #eef2f6; cursor: pointer; user-select: none; white-space: nowrap; }
th[aria-sort=ascending]::after { content: ' ▲'; } th[aria-sort=descending]::after { content: ' ▼'; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; }
td[dir=auto] { unicode-bidi: plaintext; }
.vega-embed text { unicode-bidi: plaintext; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 8px 0 24px; }
`;

function page(title: string, body: string, data: unknown, assets: HtmlAssets): string {
  const scripts = [assets.vega, assets.vegaLite, assets.vegaEmbed, ...(assets.cytoscape ? [assets.cytoscape] : [])];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may leave the page: every script and style is inline, and the policy forbids any fetch.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    body,
    `<script type="application/json" id="untk-data">${scriptJson(data)}</script>`,
    ...scripts.map((s) => `<script>${inlineScript(s)}</script>`),
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A chart's place on the page; a chart with no data says so in words instead (vega would draw an empty frame). */
function chartDiv(c: Chart): string {
  if (c.rows === 0) {
    return `<div class="chart empty" id="chart-${c.id}" data-rows="0"><h3>${escapeHtml(c.title)}</h3><p class="note">None found in these documents.</p></div>`;
  }
  return `<div class="chart" id="chart-${c.id}" data-rows="${c.rows}" role="img" aria-label="${escapeHtml(c.title)}"></div>`;
}

const byKind = (report: Report, kind: FrequencyRow['kind'], top: number) =>
  report.frequency.filter((r) => r.kind === kind).slice(0, top);

/** The charts of a report page, in page order: bodies, resolutions, symbols, timeline. */
export function reportCharts(input: ReportPageInput): Chart[] {
  const top = input.top ?? 15;
  const langs = keyLanguages(input.entities, entityKey);
  const langOf = (r: FrequencyRow) => langs.get(`${r.kind}\u0000${r.key}`) ?? 'en';
  return [
    barChart('organizations', 'Most frequent bodies', byKind(input.report, 'organization', top), langOf),
    barChart('resolutions', 'Most frequent resolutions', byKind(input.report, 'resolution', top), langOf),
    barChart('symbols', 'Most frequent document symbols', byKind(input.report, 'symbol', top), langOf),
    timelineChart(timelineRows(input.entities)),
  ];
}

/** report.html: one self-contained page with the charts, the network and the glossary. */
export function reportPage(input: ReportPageInput, assets: HtmlAssets): HtmlPage {
  const { report, network, glossary } = input;
  const charts = reportCharts(input);
  const c = report.corpus;
  const langs = Object.entries(c.languages)
    .map(([l, n]) => `${l} ${fmt(n)}`)
    .join(', ');
  const distinct = (k: FrequencyRow['kind']) => report.frequency.filter((r) => r.kind === k).length;
  const mentions = (k: FrequencyRow['kind']) =>
    report.frequency.filter((r) => r.kind === k).reduce((n, r) => n + r.count, 0);
  const cards = [
    [fmt(c.documents), 'documents'],
    [fmt(c.tokens), 'word tokens'],
    [fmt(distinct('organization')), `bodies (${fmt(mentions('organization'))} mentions)`],
    [fmt(distinct('resolution')), `resolutions (${fmt(mentions('resolution'))} mentions)`],
    [fmt(distinct('symbol')), `document symbols (${fmt(mentions('symbol'))})`],
    [fmt(mentions('date')), 'date mentions'],
  ];
  const positions = layoutNetwork(network);
  const weights = network.edges.map((e) => e.weight);
  const minW = weights.length ? Math.min(...weights) : 1;
  const maxW = weights.length ? Math.max(...weights) : 1;
  const unit = report.network.unit;
  const communityLegend = report.network.communities
    .slice(0, PALETTE.length)
    .filter((k) => k.size >= 3)
    .slice(0, 10)
    .map(
      (k) =>
        `<span><i style="background:${PALETTE[k.id - 1] ?? '#a0a0a0'}"></i><span dir="auto">${escapeHtml(
          k.members
            .slice(0, 2)
            .map((m) => m.slice(m.indexOf(':') + 1))
            .join(', '),
        )}</span> (${k.size})</span>`,
    )
    .join('');
  const glossaryRows = glossary.entries.map(
    (e) =>
      `<tr><td>${escapeHtml(e.lang)}</td><td dir="auto" lang="${escapeHtml(e.lang)}">${escapeHtml(e.name)}</td>` +
      `<td dir="auto" lang="${escapeHtml(e.lang)}">${escapeHtml(e.shortForms.map((s) => s.form).join(', '))}</td>` +
      `<td>${e.type}</td><td class="n" data-v="${e.mentions}">${fmt(e.mentions)}</td>` +
      `<td class="n" data-v="${e.documents}">${fmt(e.documents)}</td>` +
      `<td dir="auto" title="${escapeHtml(e.first.doc)}">${escapeHtml(e.first.doc.slice(e.first.doc.lastIndexOf('/') + 1))}</td></tr>`,
  );
  const body = `<header>
<h1>untk report</h1>
<p>${fmt(c.documents)} documents (${escapeHtml(langs)}) · ${fmt(c.characters)} characters · ${fmt(c.entities)} entity mentions</p>
<div class="cards">${cards.map(([b, s]) => `<div class="card"><b>${b}</b><span>${escapeHtml(s ?? '')}</span></div>`).join('')}</div>
</header>
<main>
<section id="frequent">
<h2>What the documents mention most</h2>
<p class="note">Each bar is labelled as the documents write it, coloured by the language it is mostly written in.</p>
<div class="grid">${charts.slice(0, 3).map(chartDiv).join('\n')}</div>
</section>
<section id="dates">
<h2>When: the dated activity</h2>
<p class="note">Date mentions by the period they name (intervals at their start). Dates stated to the day or only to the month are counted per month; dates naming only a year, per year.</p>
${chartDiv(charts[3] as Chart)}
</section>
<section id="network-section">
<h2>Who and what appear together</h2>
<p class="note">Co-occurrence network by ${escapeHtml(unit)}: ${fmt(network.nodes.length)} items, ${fmt(network.edges.length)} pairs attracted to each other (G² &gt; 0), ${fmt(network.communities)} communities (Louvain, modularity ${network.modularity.toFixed(3)}). Node size: ${escapeHtml(unit)}s the item occurs in; colour: community. Hover for counts and measures.</p>
<div class="controls">
<label>minimum shared ${escapeHtml(unit)}s <input type="range" id="min-weight" min="${minW}" max="${maxW}" step="1" value="${minW}"></label>
<span id="network-status"></span>
<label>edge width by <select id="edge-measure"><option value="logDice">logDice</option><option value="g2">G² (log-likelihood)</option><option value="weight">shared ${escapeHtml(unit)}s</option></select></label>
</div>
<div id="network" data-nodes="${network.nodes.length}" data-edges="${network.edges.length}"></div>
<div id="network-info" aria-live="polite">Hover over a node or an edge.</div>
<div class="legend">${communityLegend}</div>
</section>
<section id="glossary">
<h2>Glossary of bodies and acronyms</h2>
<p class="note">One entry per body and language with its short forms; click a heading to sort, type to filter.</p>
<input class="search" id="glossary-search" type="search" placeholder="Filter the glossary…" data-table="glossary-table" aria-label="Filter the glossary">
<span class="note" data-count-for="glossary-table"></span>
<div class="table-wrap"><table class="sortable" id="glossary-table">
<thead><tr><th>lang</th><th>name</th><th>short forms</th><th>type</th><th class="n" data-type="number">mentions</th><th class="n" data-type="number">documents</th><th>first in</th></tr></thead>
<tbody>
${glossaryRows.join('\n')}
</tbody></table></div>
</section>
</main>
<footer>Written by untk report. Static charts for papers: charts/*.svg and charts/*.png beside this file; the data: report.json, frequency.csv, cooccurrence.csv, network.gexf.</footer>`;
  const data = {
    charts: charts.filter((ch) => ch.rows > 0).map((ch) => ({ id: ch.id, spec: ch.spec })),
    network: {
      unit,
      font: FONT_STACK,
      palette: PALETTE,
      nodes: network.nodes.map((n) => ({
        id: n.id,
        label: n.key,
        kind: n.kind,
        frequency: n.frequency,
        community: n.community,
        x: positions[n.id]?.x ?? 0,
        y: positions[n.id]?.y ?? 0,
      })),
      edges: network.edges.map((e) => ({
        source: e.source,
        target: e.target,
        weight: e.weight,
        logDice: Math.round(e.logDice * 1000) / 1000,
        g2: Math.round(e.g2 * 100) / 100,
      })),
    },
  };
  return { html: page('untk report', body, data, assets), charts };
}

export interface ComparisonPageInput {
  comparison: Comparison;
  /** how the sides are named: the inputs given */
  labels: { a: string; b: string };
  /** rows per side in the chart (default 15) */
  top?: number;
}

/** The comparison page of `untk compare --out`: the keyness chart beside the table of significant items. */
export function comparisonPage(input: ComparisonPageInput, assets: HtmlAssets): HtmlPage {
  const { comparison: cmp, labels } = input;
  const chart = keynessChart(cmp, input.top ?? 15);
  const rows = cmp.rows.map(
    (r) =>
      `<tr><td>${r.g2 > 0 ? 'A' : 'B'}</td><td>${escapeHtml(r.kind)}</td><td dir="auto">${escapeHtml(r.key)}</td>` +
      `<td class="n" data-v="${r.logRatio}">${r.logRatio.toFixed(2)}</td><td class="n" data-v="${r.g2}">${r.g2.toFixed(1)}</td>` +
      `<td class="n" data-v="${r.a.count}">${fmt(r.a.count)}</td><td class="n" data-v="${r.b.count}">${fmt(r.b.count)}</td></tr>`,
  );
  const cards = [
    [fmt(cmp.a.documents), `documents in A (${fmt(cmp.a.tokens)} tokens)`],
    [fmt(cmp.b.documents), `documents in B (${fmt(cmp.b.tokens)} tokens)`],
    [fmt(cmp.tested), 'items tested'],
    [fmt(cmp.rows.length), 'significant'],
    [cmp.cosine.toFixed(3), 'cosine similarity'],
  ];
  const body = `<header>
<h1>untk compare</h1>
<p dir="auto"><b>A</b>: ${escapeHtml(labels.a)}</p>
<p dir="auto"><b>B</b>: ${escapeHtml(labels.b)}</p>
<div class="cards">${cards.map(([b, s]) => `<div class="card"><b>${b}</b><span>${escapeHtml(s ?? '')}</span></div>`).join('')}</div>
</header>
<main>
<section id="keyness">
<h2>What characterises each side</h2>
<p class="note">Signed log-likelihood G² with Bonferroni correction (α ${cmp.alpha}, p &lt; ${cmp.threshold.toPrecision(3)}, |G²| &gt; ${cmp.criticalG2.toFixed(2)}) as the filter; Log Ratio as the effect size. Only items that pass the filter are listed; the chart shows the ${input.top ?? 15} strongest per side.</p>
<div class="side-by-side">
${chartDiv(chart)}
<div>
<input class="search" id="keyness-search" type="search" placeholder="Filter the items…" data-table="keyness-table" aria-label="Filter the items">
<span class="note" data-count-for="keyness-table"></span>
<div class="table-wrap"><table class="sortable" id="keyness-table">
<thead><tr><th>side</th><th>kind</th><th>item</th><th class="n" data-type="number">Log Ratio</th><th class="n" data-type="number">G²</th><th class="n" data-type="number">A</th><th class="n" data-type="number">B</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>
</div>
</div>
</section>
</main>
<footer>Written by untk compare. Static chart for papers: charts/keyness.svg and charts/keyness.png beside this file.</footer>`;
  return {
    // No network on this page: cytoscape stays out.
    html: page(
      'untk compare',
      body,
      { charts: chart.rows > 0 ? [{ id: chart.id, spec: chart.spec }] : [], network: null },
      { vega: assets.vega, vegaLite: assets.vegaLite, vegaEmbed: assets.vegaEmbed },
    ),
    charts: [chart],
  };
}
