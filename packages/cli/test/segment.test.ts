import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SegmentSchema } from '@untk/core';
import { extract } from '@untk/extraction';
import { isJiebaLoaded, normalize } from '@untk/segmentation';
import { analyzeDocument } from '../src/pipeline.js';
import { SEED_PATH, seedText } from '../../../test/support/corpus.js';
import { runCli } from './helpers.js';

describe('analyzeDocument', () => {
  // First in this file: nothing has loaded jieba yet.
  it('extracts entities without loading jieba, and segments only when asked', () => {
    const doc = { id: 'seed', source: SEED_PATH, lang: 'zh', text: seedText() };
    // Kinds that need no words; Chinese organisations and acronyms use jieba's POS tags (see glossary tests).
    const plain = analyzeDocument(doc, { kinds: ['resolution', 'symbol', 'date'] });
    expect(plain.entities.length).toBeGreaterThan(30);
    expect(plain.segments).toBeUndefined();
    expect(isJiebaLoaded()).toBe(false);
    // Without POS tags (`untk extract --no-pos`), Chinese acronyms and organisations need no words either: the
    // library's extract() on the normalised text, without tokens.
    const kinds = ['resolution', 'symbol', 'date', 'acronym', 'organization'] as const;
    const noPos = analyzeDocument(doc, { kinds, pos: false });
    expect(noPos.segments).toBeUndefined();
    expect(isJiebaLoaded()).toBe(false);
    expect(noPos.entities).toEqual(extract(doc, normalize(doc.text), { kinds }));
    const shortForms = noPos.entities.filter((e) => e.kind === 'acronym').map((e) => `${e.long}(${e.short})`);
    expect(shortForms).toContain('国际刑事警察组织(国际刑警组织)');
    expect(isJiebaLoaded()).toBe(false);
    const withTokens = analyzeDocument(doc, { kinds: [], segments: 'tokens' });
    expect(withTokens.entities).toEqual([]);
    expect(withTokens.segments?.some((s) => s.kind === 'token' && s.text === '反恐执行局')).toBe(true);
    expect(isJiebaLoaded()).toBe(true);
  }, 60_000);
});

function twoDocuments(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'untk-'));
  writeFileSync(path.join(dir, 'a.txt'), '委员会举行了会议。\n');
  writeFileSync(path.join(dir, 'b.txt'), 'The Committee met.\n');
  return dir;
}

describe('untk segment', () => {
  it('writes one valid Segment per JSONL line, with offsets into the original text', async () => {
    const { code, stdout, stderr } = await runCli(['segment', SEED_PATH]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const original = seedText();
    const segments = stdout
      .trimEnd()
      .split('\n')
      .map((l) => SegmentSchema.strict().parse(JSON.parse(l)));
    const tokens = segments.filter((s) => s.kind === 'token');
    expect(tokens.length).toBeGreaterThan(3000);
    // A token the normaliser left alone is exactly the original text at its offsets.
    const plain = tokens.filter((t) => !/\s/.test(original.slice(t.start, t.end)));
    expect(plain.length).toBeGreaterThan(tokens.length * 0.95);
    for (const t of plain) expect(original.slice(t.start, t.end)).toBe(t.text);
    expect(segments.filter((s) => s.kind === 'heading')).toHaveLength(20);
  });

  it('writes one sentence a line, tokens separated by spaces, with tags on --pos', async () => {
    const text = await runCli(['segment', SEED_PATH, '--format', 'text']);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^我谨 代表 安全理事会 第 1373\(2001\) 号 决议 所设 委员会 并 根据 /);
    expect(lines[1]).toContain(' 反恐怖主义委员会执行局 及其 ');
    const pos = await runCli(['segment', SEED_PATH, '--format', 'text', '--pos']);
    expect(pos.stdout.split('\n')[1]).toContain(' 反恐怖主义委员会执行局/nt 及其/c ');
  });

  it('reads English by the language given', async () => {
    const { code, stdout } = await runCli(
      ['segment', '-', '--format', 'text', '--lang', 'en'],
      'The U.N. met. Mr. Smith noted S/2017/97.\n',
    );
    expect(code).toBe(0);
    expect(stdout).toBe('The U.N. met\nMr. Smith noted S/2017/97\n');
  });

  it('takes a user dictionary with --user-dict', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-'));
    const dict = path.join(dir, 'terms.txt');
    writeFileSync(dict, '# terms\n海洋伙伴关系倡议 3000 nz\n');
    const input = path.join(dir, 'in.txt');
    writeFileSync(input, '委员会讨论了海洋伙伴关系倡议。\n');
    const { code, stdout } = await runCli(['segment', input, '--format', 'text', '--pos', '--user-dict', dict]);
    expect(code).toBe(0);
    expect(stdout).toContain('海洋伙伴关系倡议/nz');
  });

  it.each([
    [
      'a missing user dictionary',
      ['segment', SEED_PATH, '--user-dict', '/no/such/file.txt'],
      /cannot read the user dictionary/,
    ],
    ['a folder of several documents', ['segment', twoDocuments()], /holds 2 documents/],
    ['an unknown format', ['segment', SEED_PATH, '--format', 'xml'], /Allowed choices are jsonl, text/],
  ])('exits 2 on %s', async (_what, args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('untk segment --out', () => {
  it('writes the file, replaces its own output, and replaces anything else only with --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-segment-out-'));
    const out = path.join(dir, 'seed.jsonl');
    const first = await runCli(['segment', SEED_PATH, '--out', out]);
    expect(first.code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(
      written
        .split('\n')
        .filter(Boolean)
        .map((l) => SegmentSchema.parse(JSON.parse(l))).length,
    ).toBeGreaterThan(1000);
    // Its own JSONL output is replaced without asking, also when its first line (a paragraph) is long.
    expect((await runCli(['segment', SEED_PATH, '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(written);
    const long = path.join(dir, 'long.txt');
    writeFileSync(long, seedText().replace(/\s+/g, ' ').slice(0, 6000) + '\n');
    const longOut = path.join(dir, 'long.jsonl');
    expect((await runCli(['segment', long, '--out', longOut])).code).toBe(0);
    expect(Buffer.byteLength(readFileSync(longOut, 'utf8').split('\n', 1)[0]!)).toBeGreaterThan(4096);
    expect((await runCli(['segment', long, '--out', longOut])).code).toBe(0);
    // Someone else's file (and the text format, which cannot be told from prose) needs --force.
    const notes = path.join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes\n');
    const refused = await runCli(['segment', SEED_PATH, '--format', 'text', '--out', notes]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`${notes}: the file exists and untk did not write it`);
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
    const forced = await runCli(['segment', SEED_PATH, '--format', 'text', '--out', notes, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(notes, 'utf8').split('\n')[1]).toContain('安全理事会');
  });
});
