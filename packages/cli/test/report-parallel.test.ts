import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { folderDigests } from '../../../test/support/folder.js';
import { corpusPath, SEED_PATH } from '../../../test/support/corpus.js';
import { REPORT_FILES } from '../../../test/support/report-files.js';
import { runCli } from './helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'untk-report-parallel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A part of the bundled corpus that proves the same as the whole: the Chinese seed (jieba in the workers) and
// the first 49 Security Council resolutions in English (dates, symbols, organisations, years in file names).
const INPUTS = [SEED_PATH, corpusPath('cr-unsc-resolutions-en'), '--include', 'S_RES_00[0-4]*'];
// Every unit, words too, so that each kind of partial count goes through the workers and the merge.
const OPTIONS = ['--words', '--window', '5', '--min-pair', '2'];

const folder = folderDigests;

describe('untk report on the worker pool, sharded and merged', { timeout: 120_000 }, () => {
  let single: Record<string, string> = {};

  it('writes every report file byte for byte the same with 1 and 2 jobs', async () => {
    const one = await runCli(['report', ...INPUTS, ...OPTIONS, '-o', path.join(tmp, 'j1'), '--jobs', '1']);
    const two = await runCli(['report', ...INPUTS, ...OPTIONS, '-o', path.join(tmp, 'j2'), '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout.replace('/j1/', '/j2/'));
    single = folder(path.join(tmp, 'j1'));
    expect(Object.keys(single)).toEqual(REPORT_FILES);
    const read = (f: string) => readFileSync(path.join(tmp, 'j1', f), 'utf8');
    const report = JSON.parse(read('report.json')) as { corpus: { documents: number; languages: object } };
    expect(report.corpus.documents).toBe(50);
    expect(report.corpus.languages).toEqual({ en: 49, zh: 1 });
    expect(read('cooccurrence.csv').split('\n').length).toBeGreaterThan(1000);
    expect(folder(path.join(tmp, 'j2'))).toEqual(single);
  });

  it('merges the partials of 3 shards into exactly the unsharded report folder', async () => {
    const partials: string[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const file = path.join(tmp, `part${i}.jsonl`);
      const r = await runCli(['report', ...INPUTS, ...OPTIONS, '--shard', `${i}/3`, '--partial', file, '--jobs', '1']);
      expect(r.code).toBe(0);
      partials.push(file);
      sizes.push(readFileSync(file, 'utf8').split('\n').length - 2);
    }
    // Each shard holds some documents, and together all 50, each once.
    expect(sizes.every((n) => n > 5)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(50);
    const merged = await runCli(['merge', '--report', path.join(tmp, 'merged'), ...partials.reverse()]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(folder(path.join(tmp, 'merged'))).toEqual(single);
  });

  it('refuses to merge partials made with other report options, and says which', async () => {
    const other = path.join(tmp, 'other.jsonl');
    const r = await runCli(['report', corpusPath('seed'), '--partial', other, '--jobs', '1']);
    expect(r.code).toBe(0);
    const merged = await runCli(['merge', '--report', path.join(tmp, 'bad'), path.join(tmp, 'part0.jsonl'), other]);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toContain('other.jsonl: was made with other report options than');
    writeFileSync(path.join(tmp, 'not.jsonl'), '{"doc":"x"}\n');
    const notPartial = await runCli(['merge', '--report', path.join(tmp, 'bad2'), path.join(tmp, 'not.jsonl')]);
    expect(notPartial.stderr).toContain('not.jsonl: is not a partial report (untk report --partial)');
  });

  it('reads a store made by untk index --report-counts and writes the same report folder as from the files', async () => {
    const db = path.join(tmp, 'store.duckdb');
    const indexed = await runCli(['index', ...INPUTS, '--db', db, '--report-counts', '--jobs', '2']);
    expect(indexed.stderr).toBe('');
    expect(indexed.stdout).toMatch(/^untk index: 50 documents, \d+ mentions stored in /);
    const fromDb = await runCli(['report', '--db', db, ...OPTIONS, '-o', path.join(tmp, 'db')]);
    expect(fromDb.code).toBe(0);
    expect(folder(path.join(tmp, 'db'))).toEqual(single);
    // Other options narrow the stored counts (no words, no windows): the seed alone, as from its file.
    const seedOnly = await runCli([
      'report',
      '--db',
      db,
      '--where',
      "id NOT LIKE 'S_RES%'",
      '-o',
      path.join(tmp, 'db-seed'),
    ]);
    const seedFile = await runCli(['report', SEED_PATH, '-o', path.join(tmp, 'file-seed'), '--jobs', '1']);
    expect(seedOnly.code).toBe(0);
    expect(seedFile.code).toBe(0);
    expect(folder(path.join(tmp, 'db-seed'))).toEqual(folder(path.join(tmp, 'file-seed')));
    const seedReport = readFileSync(path.join(tmp, 'db-seed', 'report.json'), 'utf8');
    expect(JSON.parse(seedReport).corpus.languages).toEqual({ zh: 1 });
  });

  it('compares two parts of a store as it compares the files', async () => {
    const db = path.join(tmp, 'store.duckdb');
    const dir = corpusPath('cr-unsc-resolutions-en');
    const files = (prefix: string) =>
      readdirSync(dir)
        .filter((f) => f.startsWith(prefix))
        .map((f) => path.join(dir, f));
    const fromFiles = await runCli(['compare', ...files('S_RES_000'), '--vs', ...files('S_RES_001'), '-f', 'json']);
    const fromDb = await runCli([
      'compare',
      '--db',
      db,
      '--where',
      "id LIKE 'S_RES_000%'",
      '--vs-where',
      "id LIKE 'S_RES_001%'",
      '-f',
      'json',
    ]);
    expect(fromDb.code).toBe(0);
    // The ids are the names the documents were read under: full paths here, relative to the folder in the store.
    expect(fromDb.stdout).toBe(fromFiles.stdout.replaceAll(dir + path.sep, ''));
    expect(JSON.parse(fromDb.stdout).a.documents).toBe(9);
  });

  it('says when a store was indexed without --report-counts', async () => {
    const db = path.join(tmp, 'plain.duckdb');
    expect((await runCli(['index', SEED_PATH, '--db', db, '--jobs', '1'])).code).toBe(0);
    const r = await runCli(['report', '--db', db, '-o', path.join(tmp, 'plain')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 of 1 documents have no report counts');
    expect(r.stderr).toContain('untk index --report-counts');
  });

  it('asks for --out or --partial', async () => {
    const r = await runCli(['report', corpusPath('seed')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out DIR');
  });
});

describe('untk compare on the worker pool', { timeout: 60_000 }, () => {
  it.each(['json', 'csv'] as const)('gives the same %s with 1 and 2 jobs', async (format) => {
    const args = [
      'compare',
      corpusPath('cr-unsc-resolutions-en/S_RES_0001_1946_EN_GOLD.txt'),
      corpusPath('cr-unsc-resolutions-en/S_RES_0002_1946_EN_GOLD.txt'),
      corpusPath('cr-unsc-resolutions-en/S_RES_0003_1946_EN_GOLD.txt'),
      '--vs',
      corpusPath('unpc-devset/UNv1.0.devset.en'),
      '-f',
      format,
      '--min',
      '2',
    ];
    const one = await runCli([...args, '--jobs', '1']);
    const two = await runCli([...args, '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').length).toBeGreaterThan(10);
  });
});

describe('a reader that stops early', { timeout: 60_000 }, () => {
  const bin = fileURLToPath(new URL('../bin/untk.js', import.meta.url));
  it.each([['1'], ['2']])('ends extract --jobs %s quietly with status 0 (no EPIPE, no stack)', async (jobs) => {
    const child = spawn(process.execPath, [bin, 'extract', corpusPath('cr-unsc-resolutions-en'), '--jobs', jobs]);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // As `| head -1` does: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
