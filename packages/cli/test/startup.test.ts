import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../../test/support/corpus.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * Runs `untk <args>` in a fresh Node (the compiled CLI) and returns the native addons the process loaded and
 * whether the run succeeded. Store and chart libraries are native (DuckDB, resvg): a command that needs neither
 * must not load them (each costs every run and every worker tens of milliseconds).
 */
function nativeAddonsAfter(args: string[]): { code: number | null; addons: string[] } {
  const script = `
    import { main } from ${JSON.stringify(MAIN)};
    import { PassThrough, Readable } from 'node:stream';
    const sink = new PassThrough().resume();
    const code = await main(['node', 'untk', ...${JSON.stringify(args)}], { stdout: sink, stderr: sink, stdin: Readable.from([]) });
    const objects = process.report.getReport().sharedObjects.filter((o) => o.endsWith('.node'));
    process.stdout.write(JSON.stringify({ code, addons: objects.map((o) => o.split('/').pop()) }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { code: number | null; addons: string[] };
}

describe('what a command loads', () => {
  it('untk extract loads neither DuckDB nor the chart renderer; untk index loads DuckDB', () => {
    const extract = nativeAddonsAfter(['extract', SEED_PATH, '--kinds', 'resolution']);
    expect(extract.code).toBe(0);
    expect(extract.addons.filter((a) => /duckdb|resvg/i.test(a))).toEqual([]);
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'untk-')), 'startup.duckdb');
    const index = nativeAddonsAfter(['index', SEED_PATH, '--db', db, '--kinds', 'resolution']);
    expect(index.code).toBe(0);
    expect(index.addons.some((a) => /duckdb/i.test(a))).toBe(true);
  }, 60_000);
});
