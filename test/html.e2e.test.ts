import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from './support/corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/untk.js');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';
const RESOLUTIONS = path.join(ROOT, 'corpus/cr-unsc-resolutions-en');

// Debian's chromium is what drives the page. Outside CI a machine without it skips these tests and says why;
// under CI=true a missing browser is a failure (.ci/run installs it).
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.CI !== 'true') {
  process.stderr.write(`html.e2e: skipped: no browser at ${CHROMIUM} (Debian package chromium; .ci/run installs it)\n`);
}

/** Runs the built binary; the three runs the tests need go side by side. */
function untk(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 },
      (err, _o, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stderr });
      },
    );
  });
}

/** Node and edge counts of a GEXF file, read from its elements. */
function gexfCounts(file: string): { nodes: number; edges: number } {
  const xml = readFileSync(file, 'utf8');
  return { nodes: (xml.match(/<node /g) ?? []).length, edges: (xml.match(/<edge /g) ?? []).length };
}

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
}

describe.skipIf(!hasBrowser && process.env.CI !== 'true')('report.html in headless Chromium, offline', () => {
  let browser: BrowserContext;
  let work: string;
  let profile: string;
  const reportDir = () => path.join(work, 'seed');
  const compareDir = () => path.join(work, 'compare');
  const arRuDir = () => path.join(work, 'unpc-ar-ru');

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`CI=true and no browser at ${CHROMIUM}: install Debian's chromium`);
    work = mkdtempSync(path.join(tmpdir(), 'untk-html-'));
    profile = mkdtempSync(path.join(tmpdir(), 'untk-chromium-'));
    const files = readdirSync(RESOLUTIONS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const early = files.slice(0, 40).map((f) => path.join(RESOLUTIONS, f));
    const late = files.slice(-40).map((f) => path.join(RESOLUTIONS, f));
    const unpc = ['ar', 'ru'].map((l) => path.join(ROOT, `corpus/unpc-devset/UNv1.0.devset.${l}`));
    const runs = await Promise.all([
      untk(['report', SEED_PATH, '--out', reportDir()]),
      untk(['compare', ...early, '--vs', ...late, '--format', 'csv', '--out', compareDir()]),
      untk(['report', ...unpc, '--out', arRuDir()]),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    // One browser for the file, with a fresh profile of its own.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1360, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const d of [work, profile]) if (d) rmSync(d, { recursive: true, force: true });
  });

  /** Opens a file with every other request aborted and recorded, and waits until the charts are drawn. */
  async function open(file: string): Promise<Opened> {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
    expect(await page.getAttribute('body', 'data-ready')).toBe('yes');
    return { page, errors, requests };
  }

  /** Bars drawn in a chart: the paths of its rect marks. */
  const bars = (page: Page, id: string) => page.locator(`#chart-${id} g.mark-rect.role-mark path`).count();

  it('the seed report: charts with a bar per row, the network of network.gexf, a glossary filter', async () => {
    const { page, errors, requests } = await open(path.join(reportDir(), 'report.html'));
    for (const id of ['organizations', 'resolutions', 'symbols', 'timeline']) {
      const rows = Number(await page.getAttribute(`#chart-${id}`, 'data-rows'));
      expect(rows, id).toBeGreaterThan(0);
      expect(await bars(page, id), id).toBe(rows);
    }
    // The bars are labelled as the seed (Chinese) writes the names.
    const labels = await page.locator('#chart-organizations g.role-axis-label text').allTextContents();
    expect(labels).toContain('反恐怖主义委员会执行局');

    const gexf = gexfCounts(path.join(reportDir(), 'network.gexf'));
    expect(gexf.nodes).toBeGreaterThan(10);
    const shown = await page.evaluate(() => {
      // Runs in the page: the page's global object (the tests are type-checked without the DOM library).
      const cy = (
        globalThis as unknown as { untk: { cy: { nodes(): { length: number }; edges(): { length: number } } } }
      ).untk.cy;
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    });
    expect(shown).toEqual(gexf);
    // Hovering the most frequent node shows its counts.
    const at = await page.evaluate(() => {
      type Node = { data(k: string): number; renderedPosition(): { x: number; y: number } };
      const cy = (globalThis as unknown as { untk: { cy: { nodes(): { toArray(): Node[] } } } }).untk.cy;
      const top = cy
        .nodes()
        .toArray()
        .sort((a, b) => b.data('frequency') - a.data('frequency'))[0];
      return { ...top!.renderedPosition(), label: String(top!.data('label')), frequency: top!.data('frequency') };
    });
    await page.locator('#network').scrollIntoViewIfNeeded();
    const box = await page.locator('#network').boundingBox();
    await page.mouse.move((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
    await page.mouse.move((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y, { steps: 5 });
    await expect.poll(() => page.locator('#network-info').textContent()).toContain(at.label);
    expect(await page.locator('#network-info').textContent()).toContain(`in ${at.frequency} paragraphs`);
    // The measure menu changes the edge widths.
    const widths = () =>
      page.evaluate(() => {
        type Edges = { map(f: (e: { data(k: string): number }) => number): number[] };
        const cy = (globalThis as unknown as { untk: { cy: { edges(): Edges } } }).untk.cy;
        return cy.edges().map((e) => e.data('w'));
      });
    const byLogDice = await widths();
    await page.selectOption('#edge-measure', 'g2');
    const byG2 = await widths();
    expect(byG2).toHaveLength(gexf.edges);
    expect(byG2).not.toEqual(byLogDice);
    // The slider starts at the smallest weight, so every edge of the GEXF is shown; raising it hides some.
    expect(Number(await page.getAttribute('#network', 'data-visible-edges'))).toBe(gexf.edges);
    expect(Number(await page.getAttribute('#network', 'data-visible-nodes'))).toBe(gexf.nodes);
    await page.locator('#min-weight').fill(String(await page.getAttribute('#min-weight', 'max')));
    expect(Number(await page.getAttribute('#network', 'data-visible-edges'))).toBeLessThan(gexf.edges);
    await page.locator('#min-weight').fill(String(await page.getAttribute('#min-weight', 'min')));
    expect(Number(await page.getAttribute('#network', 'data-visible-edges'))).toBe(gexf.edges);

    const rows = page.locator('#glossary-table tbody tr:not([hidden])');
    const before = await rows.count();
    expect(before).toBeGreaterThan(5);
    await page.fill('#glossary-search', '反恐');
    const after = await rows.allTextContents();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    for (const r of after) expect(r.toLowerCase()).toContain('反恐');
    await page.fill('#glossary-search', '');
    // Sorting by mentions (descending on the first click) puts the largest count first.
    await page.click('#glossary-table th:has-text("mentions")');
    const mentions = await page
      .locator('#glossary-table tbody tr td:nth-child(5)')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-v'))));
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));

    await page.screenshot({ path: path.join(ARTIFACTS, 'report-seed.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('the comparison: a keyness bar per row beside the table', async () => {
    const { page, errors, requests } = await open(path.join(compareDir(), 'report.html'));
    const rows = Number(await page.getAttribute('#chart-keyness', 'data-rows'));
    expect(rows).toBeGreaterThan(0);
    expect(await bars(page, 'keyness')).toBe(rows);
    const csv = readFileSync(path.join(compareDir(), 'keyness.csv'), 'utf8').trim().split('\n');
    expect(await page.locator('#keyness-table tbody tr').count()).toBe(csv.length - 1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'compare-resolutions.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('Arabic and Russian: labels as written, Arabic names right to left, an empty chart said in words', async () => {
    const { page, errors, requests } = await open(path.join(arRuDir(), 'report.html'));
    const labels = await page.locator('#chart-organizations g.role-axis-label text').allTextContents();
    expect(labels).toContain('الأمم المتحدة');
    expect(labels).toContain('Организация Объединенных Наций');
    // dir="auto" gives each Arabic name its own right-to-left direction inside the left-to-right page.
    const arabic = await page.locator('#glossary-table tbody td[lang=ar]:dir(rtl)').count();
    const arabicRows = await page.locator('#glossary-table tbody tr', { hasText: /^ar/ }).count();
    expect(arabic).toBeGreaterThan(0);
    expect(arabic).toBeGreaterThanOrEqual(arabicRows);
    expect(await page.locator('#glossary-table tbody td[lang=ru]:dir(rtl)').count()).toBe(0);
    // The dev set cites no document symbol: the page says so instead of drawing an empty frame.
    expect(await page.getAttribute('#chart-symbols', 'data-rows')).toBe('0');
    expect(await page.locator('#chart-symbols').textContent()).toContain('None found');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-unpc-ar-ru.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('writes SVG and PNG charts beside a page that refers to nothing outside itself', () => {
    const charts = readdirSync(path.join(reportDir(), 'charts')).sort();
    expect(charts).toEqual(
      ['organizations', 'resolutions', 'symbols', 'timeline'].flatMap((c) => [`${c}.png`, `${c}.svg`]).sort(),
    );
    expect(readdirSync(path.join(arRuDir(), 'charts'))).not.toContain('symbols.svg');
    expect(readdirSync(path.join(compareDir(), 'charts')).sort()).toEqual(['keyness.png', 'keyness.svg']);
    const html = readFileSync(path.join(reportDir(), 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/i);
  });
});
