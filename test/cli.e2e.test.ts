import { createHash } from 'node:crypto';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EntitySchema, ReportSchema } from '@untk/core';
import { SEED_PATH, seedText } from './support/corpus.js';
import { REPORT_FILES } from './support/report-files.js';

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/untk.js');

/** Run the built `untk` binary as a user would (the test script builds it first). */
function untk(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking: two runs can go side by side. */
function untkAsync(args: string[], cwd = ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the untk binary', () => {
  it('extracts the seed: every line a valid entity whose text is its slice of the original', () => {
    const { code, stdout, stderr } = untk([
      'extract',
      SEED_PATH,
      '--format',
      'jsonl',
      '--kinds',
      'resolution',
      'symbol',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const original = seedText();
    const entities = stdout
      .trimEnd()
      .split('\n')
      .map((l) => EntitySchema.parse(JSON.parse(l)));
    expect(entities.filter((e) => e.kind === 'resolution')).toHaveLength(37);
    expect(entities.filter((e) => e.kind === 'symbol').map((e) => (e.kind === 'symbol' ? e.symbol : ''))).toEqual([
      'S/2015/683',
      'S/2015/975',
      'S/2017/97',
    ]);
    for (const e of entities) expect(original.slice(e.start, e.end)).toBe(e.text);
  });

  it('runs from the repository root as `pnpm untk`', () => {
    const out = execFileSync(
      'npx',
      ['--yes', 'pnpm@10', '--silent', 'untk', 'extract', 'corpus/seed', '--kinds', 'resolution', 'symbol'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(out.trimEnd().split('\n')).toHaveLength(40);
  });

  it('reports on the whole bundled corpus, byte for byte the same on a second run', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'untk-e2e-'));
    // Two independent runs side by side (the machine has two cores).
    const [a, b] = await Promise.all([
      untkAsync(['report', 'corpus', '--out', path.join(base, 'a')]),
      untkAsync(['report', 'corpus', '--out', path.join(base, 'b')]),
    ]);
    expect(b.code).toBe(0);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/untk report: 909 documents \(ar 1, en 903, es 1, fr 1, ru 1, zh 2\)/);
    // report.html and the static charts (charts/*.svg, *.png) are part of the folder, byte for byte too.
    const files = readdirSync(path.join(base, 'a'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f !== 'charts')
      .sort();
    expect(files).toEqual(REPORT_FILES);
    for (const f of files) {
      // Compare digests: a deep equality over 14 MB buffers is slow in the test runner.
      expect(sha256(path.join(base, 'b', f)), f).toBe(sha256(path.join(base, 'a', f)));
    }
    const report = ReportSchema.parse(JSON.parse(readFileSync(path.join(base, 'a', 'report.json'), 'utf8')));
    // Resolution 186 (1964) on Cyprus is the most cited in the English resolutions.
    expect(report.frequency.find((r) => r.kind === 'resolution')).toMatchObject({ key: '186 (1964)' });
    // Resolutions 425 and 426 (1978) on Lebanon and UNIFIL are cited together more than any other pair.
    expect(report.cooccurrence.find((c) => c.unit === 'paragraph')?.top[0]).toMatchObject({
      a: { key: '425 (1978)' },
      b: { key: '426 (1978)' },
    });
    expect(report.groups.filter((g) => g.by === 'year').length).toBeGreaterThanOrEqual(40);
    expect(report.network.communities.length).toBeGreaterThan(1);
    // Piped standard error: no progress bar.
    expect(a.stderr).toBe('');
  });

  it('compares the 1990s resolutions with the 1940s ones', () => {
    const dir = path.join(ROOT, 'corpus/cr-unsc-resolutions-en');
    const pick = (re: RegExp) =>
      readdirSync(dir)
        .filter((f) => re.test(f))
        .map((f) => path.join(dir, f));
    const r = untk(['compare', ...pick(/_199\d_EN_GOLD/), '--vs', ...pick(/_194\d_EN_GOLD/), '--top', '10']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('| humanitarian | word |');
    expect(r.stdout).toContain('| palestine | word |');
  });

  it('says what is wrong with a missing file and exits non-zero', () => {
    const { code, stderr } = untk(['extract', 'missing.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('untk: missing.txt: no such file or folder\n');
  });
});
