import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntitySchema } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize } from '@untk/segmentation';
import { formatEntities } from '../src/output.js';
import { SEED_PATH } from '../../../test/support/corpus.js';
import { runCli } from './helpers.js';

describe('untk extract', () => {
  it('writes one valid entity per JSONL line with the contract fields first', async () => {
    const { code, stdout, stderr } = await runCli(['extract', SEED_PATH, '--kinds', 'resolution', 'symbol']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(40);
    for (const line of lines) {
      const e = EntitySchema.parse(JSON.parse(line));
      expect(Object.keys(JSON.parse(line)).slice(0, 6)).toEqual(['doc', 'kind', 'text', 'start', 'end', 'lang']);
      expect(e.lang).toBe('zh');
    }
  });

  it('with --no-pos finds Chinese short forms without segmenting: the library on the normalised text', async () => {
    const kinds = ['acronym', 'organization'] as const;
    const { code, stdout } = await runCli(['extract', SEED_PATH, '--no-pos', '--kinds', ...kinds]);
    expect(code).toBe(0);
    const text = readFileSync(SEED_PATH, 'utf8');
    const doc = { id: SEED_PATH, source: SEED_PATH, lang: 'zh', text };
    const expected = extract(doc, normalize(text), { kinds });
    expect(expected.filter((e) => e.kind === 'acronym').length).toBeGreaterThan(10);
    expect(stdout).toBe(formatEntities(expected, 'jsonl'));
    // With POS tags (the default), jieba's `nt` words confirm more organisations.
    const tagged = await runCli(['extract', SEED_PATH, '--kinds', ...kinds]);
    expect(tagged.stdout.split('\n').length).toBeGreaterThanOrEqual(stdout.split('\n').length);
  });

  it('writes JSON and CSV (with a BOM) on request, to a file with --out', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-'));
    const json = await runCli(['extract', SEED_PATH, '--format', 'json', '--kinds', 'resolution', 'symbol']);
    expect(JSON.parse(json.stdout)).toHaveLength(40);
    const out = path.join(dir, 'e.csv');
    const csv = await runCli(['extract', SEED_PATH, '--format', 'csv', '--out', out]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeffdoc,kind,text,start,end,lang,number,year,paragraph,symbol')).toBe(true);
    expect(text).toContain('000_64ff64efe628bbb7.txt,symbol,S/2017/97');
  });

  it('reads folders recursively and standard input', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Recalling its resolution 1373 (2001) and S/2017/97,');
    writeFileSync(path.join(dir, 'notes.md'), 'resolution 1 (1946)'); // not a document extension
    const folder = await runCli(['extract', dir, '--kinds', 'resolution', 'symbol']);
    expect(
      folder.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).doc),
    ).toEqual(['a.txt', 'a.txt']);
    const stdin = await runCli(
      ['extract', '-', '--lang', 'en', '--kinds', 'resolution'],
      '安全理事会第 2322(2016)号决议',
    );
    expect(JSON.parse(stdin.stdout)).toMatchObject({ doc: 'stdin', kind: 'resolution', number: 2322, lang: 'en' });
  });

  it('goes on past a missing or bad file, names it, and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-'));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    // Latin-1 text is now decoded (legacy encodings are detected); a file with NUL bytes is not text.
    const latin1 = path.join(dir, 'binary.txt');
    writeFileSync(latin1, Buffer.from([0x72, 0x00, 0x73, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x6e]));
    const { code, stdout, stderr } = await runCli([
      'extract',
      'no/such/file.txt',
      empty,
      latin1,
      SEED_PATH,
      '-k',
      'resolution',
      'symbol',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('untk: no/such/file.txt: no such file or folder');
    expect(stderr).toContain(`untk: ${empty}: the file is empty`);
    expect(stderr).toContain(`untk: ${latin1}: looks like a binary file`);
    expect(stdout.trimEnd().split('\n')).toHaveLength(40);
  });

  it('rejects unknown options and bad values with a usage error (exit 2)', async () => {
    const unknown = await runCli(['extract', SEED_PATH, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--frobnicate'");
    const format = await runCli(['extract', SEED_PATH, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Allowed choices are jsonl, json, csv');
    const lang = await runCli(['extract', SEED_PATH, '--lang', 'Chinese!']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('is not a BCP 47 language tag');
    const none = await runCli(['extract']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("missing required argument 'inputs'");
  });

  it('explains itself with --help', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('extract');
    expect(top.stdout).toContain('report');
    const sub = await runCli(['extract', '--help']);
    expect(sub.stdout).toContain('--format <format>');
    expect(sub.stdout).toContain('Examples:');
  });

  it('takes the language from a UN Parallel Corpus file extension, else detects it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-'));
    writeFileSync(path.join(dir, 'UNv1.0.devset.fr'), 'S/2017/97');
    writeFileSync(path.join(dir, 'b.txt'), 'В докладе S/2017/97 Генерального секретаря');
    const { stdout } = await runCli(['extract', dir, '--kinds', 'symbol']);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => [JSON.parse(l).doc, JSON.parse(l).lang]),
    ).toEqual([
      ['UNv1.0.devset.fr', 'fr'],
      ['b.txt', 'ru'],
    ]);
  });
});
