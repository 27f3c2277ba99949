import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '@untk/core';
import { corpusPath, SEED_PATH } from '../../../test/support/corpus.js';
import { REPORT_FILES } from '../../../test/support/report-files.js';
import { runCli } from './helpers.js';

describe('untk report --words on a long document', () => {
  // The dev set's English file is one document of 4,000 sentences and 9,228 distinct content words: counting their
  // pairs in its document unit (42 million) stopped the report ('Map maximum size exceeded', later out of memory).
  it('counts words in sentences and paragraphs, and entities only in the document unit', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'untk-'));
    const { code, stderr } = await runCli([
      'report',
      corpusPath('unpc-devset/UNv1.0.devset.en'),
      '--words',
      '--out',
      out,
    ]);
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')));
    const byUnit = new Map(report.cooccurrence.map((c) => [c.unit, c]));
    expect(byUnit.get('sentence')!.pairs).toBeGreaterThan(50_000);
    expect(byUnit.get('sentence')!.top.some((p) => p.a.kind === 'word' && p.b.kind === 'word')).toBe(true);
    expect(byUnit.get('document')!.units).toBe(1);
    // One document: no pair is seen in two document units, and none holds a word.
    expect(byUnit.get('document')!.pairs).toBe(0);
  }, 120_000);

  it('stops with exit 2 and writes nothing when a kind of unit passes --max-pairs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-'));
    const out = path.join(dir, 'report');
    const partial = path.join(dir, 'partial.jsonl');
    const file = corpusPath('unpc-devset/UNv1.0.devset.en');
    const args = ['report', file, '--words', '--out', out, '--partial', partial, '--jobs', '1'];
    const { code, stderr } = await runCli([...args, '--max-pairs', '20000']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /co-occurrence in \w+ units passed 20,000 distinct pairs.*raise --max-pairs.*nothing was written/,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    // The same run under the default limit finishes.
    expect((await runCli(args)).code).toBe(0);
  }, 120_000);
});

describe('untk report', () => {
  it('writes entities.jsonl, a valid report.json and report.md, and prints a summary', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'untk-')), 'out');
    const { code, stdout } = await runCli(['report', SEED_PATH, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('untk report: 1 documents (zh 1)');
    expect(stdout).toContain('resolution: 37 mentions of 13 distinct; most frequent: 2322 (2016) ×11, 1373 (2001) ×8');
    const report = ReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')));
    expect(report.frequency.find((r) => r.kind === 'resolution')).toMatchObject({
      kind: 'resolution',
      key: '2322 (2016)',
      count: 11,
      documents: 1,
    });
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('| 1 | 2322 (2016) | 11 | 2968.2 | 1 | 0.00 |');
    const lines = readFileSync(path.join(out, 'entities.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.filter((l) => /"kind":"(resolution|symbol)"/.test(l))).toHaveLength(40);
  });

  it('writes frequency, co-occurrence and network files, byte for byte the same on a re-run', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'untk-'));
    const [a, b] = [path.join(base, 'a'), path.join(base, 'b')];
    expect((await runCli(['report', SEED_PATH, '--out', a])).code).toBe(0);
    expect((await runCli(['report', SEED_PATH, '--out', b])).code).toBe(0);
    // report.html and the static charts (charts/*.svg, *.png) are part of the folder, byte for byte too.
    const files = readdirSync(a, { recursive: true, encoding: 'utf8' })
      .filter((f) => f !== 'charts')
      .sort();
    expect(files).toEqual(REPORT_FILES);
    for (const f of files) expect(readFileSync(path.join(b, f)), f).toEqual(readFileSync(path.join(a, f)));

    const report = ReportSchema.parse(JSON.parse(readFileSync(path.join(a, 'report.json'), 'utf8')));
    // Sentences from @untk/segmentation (jieba words, sentences split on 。！？；); 1624 (2005) and 2178 (2014) are cited
    // together in two sentences ("第 1373(2001)、1624(2005)、2178(2014)…号决议").
    const sentence = report.cooccurrence.find((c) => c.unit === 'sentence');
    // The Security Council is named beside resolution 2322 (2016) in seven sentences: the strongest pair overall.
    expect(sentence?.top[0]).toMatchObject({ a: { key: '安全理事会' }, b: { key: '2322 (2016)' }, observed: 7 });
    const resolutionPairs = sentence?.top.filter((p) => p.a.kind === 'resolution' && p.b.kind === 'resolution');
    expect(resolutionPairs?.[0]).toMatchObject({ a: { key: '1624 (2005)' }, b: { key: '2178 (2014)' }, observed: 2 });
    // jieba words of the seed, punctuation and white space excluded (2968.2 per million for 11 mentions).
    expect(report.corpus.tokens).toBe(3706);

    const frequency = readFileSync(path.join(a, 'frequency.csv'), 'utf8');
    expect(frequency.startsWith('\uFEFFscope,group,kind,key,count,per_million,documents,dp,surfaces\n')).toBe(true);
    expect(frequency).toContain('corpus,,resolution,2322 (2016),11,');
    const cooc = readFileSync(path.join(a, 'cooccurrence.csv'), 'utf8').split('\n');
    expect(cooc[0]).toBe(
      '\uFEFFsource,target,unit,n,f_source,f_target,observed,expected,pmi,npmi,log_dice,mi3,t_score,g2,jaccard',
    );
    expect(cooc[1]).toMatch(/^organization:安全理事会,resolution:2322 \(2016\),sentence,\d+,15,10,7,/);
    expect(cooc.some((l) => l.startsWith('resolution:1624 (2005),resolution:2178 (2014),sentence,'))).toBe(true);
    const graphml = readFileSync(path.join(a, 'network.graphml'), 'utf8');
    expect(graphml).toContain('<node id="resolution:2322 (2016)">');
    expect(readFileSync(path.join(a, 'network.gexf'), 'utf8')).toContain('<gexf');
    const md = readFileSync(path.join(a, 'report.md'), 'utf8');
    for (const heading of [
      '## Resolutions',
      '## Months of activity',
      '## Strongest co-occurring pairs',
      '## Co-occurrence network',
    ]) {
      expect(md).toContain(heading);
    }
  });

  it('will not write into a folder holding files it did not write, unless --force', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'untk-'));
    writeFileSync(path.join(out, 'thesis.docx'), 'precious');
    const refused = await runCli(['report', SEED_PATH, '--out', out]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('holds files untk did not write');
    expect(existsSync(path.join(out, 'report.json'))).toBe(false);
    const forced = await runCli(['report', SEED_PATH, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    // Its own folder it may rewrite.
    const again = await runCli(['report', SEED_PATH, '--out', out]);
    expect(again.code).toBe(0);
  });
});
