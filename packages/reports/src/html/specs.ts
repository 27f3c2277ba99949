import { compareStrings, type Entity, type FrequencyRow } from '@untk/core';
import type { Comparison } from '../keyness.js';
import { countedDate } from '../frequency.js';

/** A vega-lite specification as plain JSON: the same object renders in the page and, in Node, to SVG. */
export type ChartSpec = Record<string, unknown>;

/** One chart of a page: its element id, file name stem for the static copies, title, data rows and spec. */
export interface Chart {
  id: string;
  title: string;
  /** number of marks (bars) the chart draws: one per data row */
  rows: number;
  spec: ChartSpec;
}

/**
 * Fonts named for every label: Noto covers the six UN languages (Noto Sans CJK for Chinese, Noto Naskh/Sans
 * Arabic for Arabic); DejaVu Sans is Debian's default with Cyrillic and Arabic. The page embeds no font file.
 */
export const FONT_STACK =
  '"Noto Sans", "Noto Sans CJK SC", "Noto Sans SC", "Noto Naskh Arabic", "Noto Sans Arabic", ' +
  '"DejaVu Sans", "Microsoft YaHei", "PingFang SC", "Segoe UI", Arial, sans-serif';

const CONFIG = {
  font: FONT_STACK,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', grid: false },
  title: { fontSize: 15, anchor: 'start', offset: 10 },
  legend: { labelFontSize: 12, titleFontSize: 12 },
};

/** One colour per UN language, the same in every chart. */
const LANG_COLOURS: Record<string, string> = {
  ar: '#59a14f',
  en: '#4e79a7',
  es: '#e15759',
  fr: '#76b7b2',
  ru: '#b07aa1',
  zh: '#f28e2b',
};

/** The language an entity key is mostly mentioned in, by kind and key. */
export function keyLanguages(entities: Iterable<Entity>, keyOf: (e: Entity) => string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of entities) {
    const id = `${e.kind}\u0000${keyOf(e)}`;
    let m = counts.get(id);
    if (!m) counts.set(id, (m = new Map()));
    const lang = e.lang.split('-')[0] ?? e.lang;
    m.set(lang, (m.get(lang) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [id, m] of counts) {
    const best = [...m].sort(([a, x], [b, y]) => y - x || compareStrings(a, b))[0];
    if (best) out.set(id, best[0]);
  }
  return out;
}

/** Horizontal bars of the most frequent keys of one kind, labelled as the documents write them. */
export function barChart(
  id: string,
  title: string,
  rows: readonly FrequencyRow[],
  langOf: (r: FrequencyRow) => string,
): Chart {
  const values = rows.map((r, i) => ({
    rank: i + 1,
    label: r.key,
    count: r.count,
    documents: r.documents,
    language: langOf(r),
  }));
  const present = [...new Set(values.map((v) => v.language))].sort();
  const spec: ChartSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    // Node measures text without a canvas and underestimates wide (CJK) labels: room on the left for them.
    padding: { left: 28, top: 5, right: 5, bottom: 5 },
    width: 380,
    height: { step: 22 },
    config: CONFIG,
    data: { values },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: { field: 'rank', op: 'min', order: 'ascending' },
        title: null,
        axis: { labelLimit: 300, labelFontSize: 12 },
      },
      x: { field: 'count', type: 'quantitative', title: 'mentions', axis: { grid: true, tickMinStep: 1 } },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          color: {
            field: 'language',
            type: 'nominal',
            scale: { domain: present, range: present.map((l) => LANG_COLOURS[l] ?? '#a0a0a0') },
            legend: present.length > 1 ? { title: 'language', orient: 'bottom', direction: 'horizontal' } : null,
          },
          tooltip: [
            { field: 'label', title: title.replace(/^Most frequent /, '') },
            { field: 'count', title: 'mentions' },
            { field: 'documents', title: 'documents' },
            { field: 'language', title: 'language' },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 11, color: '#444' },
        encoding: { text: { field: 'count' } },
      },
    ],
  };
  return { id, title, rows: values.length, spec };
}

/** Date mentions per period, one row of bars per precision: days and months per month, years per year. */
export interface TimelineRow {
  /** first day of the period: `2017-06-01` */
  start: string;
  /** first day of the next period */
  end: string;
  precision: 'day' | 'month' | 'year';
  count: number;
}

const PRECISION_ORDER = ['day', 'month', 'year'] as const;

/**
 * Counts date entities by the period they name (intervals at their start, one open at its start at its end:
 * countedDate) and the precision they state.
 */
export function timelineRows(entities: Iterable<Entity>): TimelineRow[] {
  const counts = new Map<string, TimelineRow>();
  for (const e of entities) {
    if (e.kind !== 'date') continue;
    const first = countedDate(e.value);
    const m = /^(\d{4})(?:-(\d{2}))?/.exec(first);
    if (!m?.[1]) continue;
    const year = Number(m[1]);
    const precision = e.precision ?? (first.length === 4 ? 'year' : first.length === 7 ? 'month' : 'day');
    let start: string;
    let end: string;
    if (precision === 'year' || !m[2]) {
      start = `${m[1]}-01-01`;
      end = `${String(year + 1).padStart(4, '0')}-01-01`;
    } else {
      const month = Number(m[2]);
      start = `${m[1]}-${m[2]}-01`;
      end =
        month === 12
          ? `${String(year + 1).padStart(4, '0')}-01-01`
          : `${m[1]}-${String(month + 1).padStart(2, '0')}-01`;
    }
    const p = precision === 'year' || !m[2] ? 'year' : precision;
    const id = `${p} ${start}`;
    const r = counts.get(id);
    if (r) r.count++;
    else counts.set(id, { start, end, precision: p, count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) =>
      PRECISION_ORDER.indexOf(a.precision) - PRECISION_ORDER.indexOf(b.precision) || compareStrings(a.start, b.start),
  );
}

/** The timeline: a row of bars per precision over a shared time axis, each with its own count scale. */
export function timelineChart(rows: readonly TimelineRow[]): Chart {
  const present = PRECISION_ORDER.filter((p) => rows.some((r) => r.precision === p));
  const spec: ChartSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Dated activity: mentions per month (day or month stated) and per year (year only)',
    config: CONFIG,
    data: { values: rows },
    facet: {
      row: {
        field: 'precision',
        type: 'nominal',
        sort: present,
        title: null,
        header: { labelExpr: "'precision: ' + datum.value", labelAngle: 0, labelAlign: 'left', labelFontSize: 12 },
      },
    },
    spec: {
      width: 820,
      height: 90,
      mark: { type: 'bar', stroke: null },
      encoding: {
        x: { field: 'start', type: 'temporal', title: null, axis: { grid: true, format: '%Y' } },
        x2: { field: 'end' },
        y: { field: 'count', type: 'quantitative', title: 'mentions', axis: { tickCount: 3, tickMinStep: 1 } },
        y2: { datum: 0 },
        color: {
          field: 'precision',
          type: 'nominal',
          scale: { domain: PRECISION_ORDER, range: ['#1f77b4', '#2ca02c', '#ff7f0e'] },
          legend: { title: 'date precision', orient: 'top' },
        },
        tooltip: [
          { field: 'start', type: 'temporal', title: 'from', format: '%Y-%m-%d' },
          { field: 'precision', title: 'precision' },
          { field: 'count', title: 'mentions' },
        ],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
  return { id: 'timeline', title: 'Dated activity', rows: rows.length, spec };
}

/**
 * Keyness bars: Log Ratio of the items most characteristic of each side. The comparison keeps only the items that
 * pass its G² filter, so every bar is a significant item (its G² is in the tooltip, the threshold in the page note).
 */
export function keynessChart(cmp: Comparison, top = 15): Chart {
  const sideA = cmp.rows.filter((r) => r.g2 > 0).slice(0, top);
  const sideB = cmp.rows.filter((r) => r.g2 < 0).slice(0, top);
  const values = [...sideA, ...sideB].map((r, i) => ({
    rank: i + 1,
    label: `${r.key}`,
    kind: r.kind,
    logRatio: Math.round(r.logRatio * 1000) / 1000,
    g2: Math.round(r.g2 * 100) / 100,
    a: r.a.count,
    b: r.b.count,
    side: r.g2 > 0 ? 'A' : 'B',
  }));
  const spec: ChartSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Keyness: Log Ratio (log₂ of relative frequency A / B)`,
    width: 420,
    height: { step: 20 },
    config: CONFIG,
    data: { values },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: { field: 'rank', op: 'min', order: 'ascending' },
        title: null,
        axis: { labelLimit: 280 },
      },
      x: { field: 'logRatio', type: 'quantitative', title: 'Log Ratio', axis: { grid: true } },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: {
            field: 'side',
            type: 'nominal',
            scale: { domain: ['A', 'B'], range: ['#1f77b4', '#d62728'] },
            legend: { title: 'characteristic of', orient: 'bottom' },
          },
          tooltip: [
            { field: 'label', title: 'item' },
            { field: 'kind', title: 'kind' },
            { field: 'logRatio', title: 'Log Ratio' },
            { field: 'g2', title: 'G²' },
            { field: 'a', title: 'count in A' },
            { field: 'b', title: 'count in B' },
          ],
        },
      },
    ],
  };
  return { id: 'keyness', title: 'Keyness', rows: values.length, spec };
}
