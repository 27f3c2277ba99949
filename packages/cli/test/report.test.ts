import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '@untk/core';
import { SEED_PATH } from '../../../test/support/corpus.js';
import { runCli } from './helpers.js';

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
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('| 1 | 2322 (2016) | 11 | 1 |');
    const lines = readFileSync(path.join(out, 'entities.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.filter((l) => /"kind":"(resolution|symbol)"/.test(l))).toHaveLength(40);
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
