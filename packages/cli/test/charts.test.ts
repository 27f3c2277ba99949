import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '@untk/core';
import { barChart, timelineChart, timelineRows } from '@untk/reports';
import { CJK_FONT, chartToSvg, writeCharts } from '../src/charts/index.js';

const rows = [
  ['反恐怖主义委员会执行局', 86, 'zh'],
  ['الأمم المتحدة', 40, 'ar'],
  ['Совет Безопасности', 12, 'ru'],
] as const;
const chart = barChart(
  'bodies',
  'Most frequent bodies',
  rows.map(([key, count]) => ({
    kind: 'organization' as const,
    key,
    count,
    documents: 1,
    perMillion: null,
    dispersion: null,
    surfaces: [],
  })),
  (r) => rows.find(([k]) => k === r.key)?.[2] ?? 'en',
);

describe('charts in Node', () => {
  it('renders a bar per row with its label, the same bytes on every call in one process', async () => {
    const svg = await chartToSvg(chart.spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/<path[^>]*aria-roledescription="bar"/g) ?? []).length).toBe(3);
    for (const [label] of rows) expect(svg).toContain(label);
    expect(await chartToSvg(chart.spec)).toBe(svg);
    const dates: Entity[] = ['2017-06', '2017-12-14', '2016'].map((value) => ({
      kind: 'date',
      doc: 'd',
      text: value,
      start: 0,
      end: value.length,
      lang: 'en',
      value,
    }));
    const timeline = await chartToSvg(timelineChart(timelineRows(dates)).spec);
    expect(await chartToSvg(timelineChart(timelineRows(dates)).spec)).toBe(timeline);
  });

  it('without the CJK font file writes the SVGs only and says why', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-charts-'));
    const r = await writeCharts(dir, [chart], '/no/such/NotoSansCJK-Regular.ttc');
    expect(r.files).toEqual(['charts/bodies.svg']);
    expect(r.warning).toMatch(/no CJK font at \/no\/such.*fonts-noto-cjk.*PNG charts are not written/s);
    expect(readdirSync(path.join(dir, 'charts'))).toEqual(['bodies.svg']);
  });

  it.skipIf(!existsSync(CJK_FONT))('with it writes a PNG beside each SVG', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-charts-'));
    const r = await writeCharts(dir, [chart]);
    expect(r).toEqual({ files: ['charts/bodies.svg', 'charts/bodies.png'] });
    const png = readFileSync(path.join(dir, 'charts/bodies.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
