import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/index.js';
import { foldChar } from '../src/chars.js';
import { corpusPath, corpusText } from '../../../test/support/corpus.js';

describe('page-layout repair on a CR-UNSC resolution with page furniture (S/RES/1445 (2002))', () => {
  const original = corpusText('cr-unsc-resolutions-en/S_RES_1445_2002_EN_GOLD.txt');
  const norm = normalize(original);
  const heads = norm.asides.filter((a) => a.kind === 'running-head');

  it('sets aside the four running heads and the job-number footer, each with its offsets', () => {
    expect(heads.map((h) => h.text)).toEqual([
      '02-72318 (E)',
      'S/RES/1445 (2002)',
      'S/RES/1445 (2002)',
      'S/RES/1445 (2002)',
      'S/RES/1445 (2002)',
    ]);
    for (const h of heads) expect(original.slice(h.start, h.end)).toBe(h.text);
    // The first-page heading line `United Nations S/RES/1445 (2002)` is text, not a running head.
    expect(norm.text.match(/S\/RES\/1445 \(2002\)/g)).toHaveLength(1);
    expect(norm.text).not.toContain('02-72318');
  });

  it('runs a sentence on across the page break and its furniture', () => {
    expect(norm.text).toContain('as well as progress in the implementation of these processes');
    expect(norm.text).toContain('to achieve an inclusive agreement on the political transition');
    expect(norm.text).toContain('populations in need and to ensure the safety');
  });

  it('still starts a new paragraph after a page that ended a sentence', () => {
    expect(norm.text).toMatch(/desist from such actions;\n24\. Reiterates/);
  });
});

describe('page-layout repair on PDF-like text with form feeds', () => {
  // Three pages as pdfjs gives them: a running head, a body, a footer with a page number.
  const page = (n: number, body: string) => `Report of the Secretary-General\n${body}\n${n}\n`;
  const original = [
    page(1, 'The Council recalls resolution 2322 (2016) and calls upon\nall States to'),
    page(2, 'cooperate fully in the preven-\ntion of terrorist acts; it decides'),
    page(3, 'to remain seized of the prevention of such acts.'),
  ].join('\f');
  const norm = normalize(original);

  it('sets aside a head that opens every page and the page numbers', () => {
    expect(norm.asides.filter((a) => a.kind === 'running-head').map((a) => a.text)).toEqual([
      'Report of the Secretary-General',
      'Report of the Secretary-General',
      'Report of the Secretary-General',
    ]);
    expect(norm.asides.filter((a) => a.kind === 'page-number').map((a) => a.text)).toEqual(['1', '2', '3']);
  });

  it('joins the text across pages and repairs the hyphenation', () => {
    expect(norm.text).toBe(
      'The Council recalls resolution 2322 (2016) and calls upon all States to cooperate fully in the ' +
        'prevention of terrorist acts; it decides to remain seized of the prevention of such acts.',
    );
  });

  it('keeps a line that repeats in the body but is not at page edges', () => {
    const text = 'Recalling resolution 1373 (2001),\nThe Council\nRecalling resolution 1373 (2001),\nends here.\n';
    expect(normalize(text).asides).toEqual([]);
  });
});

describe('Kangxi and supplementary radicals (table generated from EquivalentUnifiedIdeograph.txt)', () => {
  it.each([
    ['⼤', '大'],
    ['⽉', '月'],
    ['⽇', '日'],
    ['⺠', '民'],
    ['⻓', '长'],
    ['⼈', '人'],
    ['⾔', '言'],
  ])('folds %s to %s', (radical, ideograph) => {
    expect(foldChar(radical)).toBe(ideograph);
  });

  it('repairs a Chromium-PDF line so that the resolution is found in normalised text', () => {
    const original = '安全理事会第 2322(2016)号决议于 2016 年 12 ⽉ 12 ⽇通过，⼈⺠';
    const norm = normalize(original);
    expect(norm.text).toBe('安全理事会第 2322(2016)号决议于 2016 年 12 月 12 日通过，人民');
    expect(norm.text.length).toBe(original.length);
  });
});

describe('page-layout repair across the 902 CR-UNSC resolutions', () => {
  const dir = corpusPath('cr-unsc-resolutions-en');
  const found = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      normalize(readFileSync(path.join(dir, f), 'utf8'))
        .asides.filter((a) => a.kind === 'running-head')
        .map((a) => `${f.slice(6, 15)} ${a.text}`),
    );

  it('sets aside only the running heads and job numbers of the three documents that have them', () => {
    const counts = new Map<string, number>();
    for (const k of found) counts.set(k, (counts.get(k) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      '0902_1994 94-12513 (E)': 1,
      // the first-page `S/RES/902 (1994)` under `Distr. GENERAL` identifies the document and stays
      '0902_1994 S/RES/902 (1994)': 1,
      '1445_2002 02-72318 (E)': 1,
      '1445_2002 S/RES/1445 (2002)': 4,
      '1454_2002 02-75941 (E)': 1,
      '1454_2002 S/RES/1454 (2002)': 15,
    });
  });
});
