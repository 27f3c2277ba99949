import { describe, expect, it } from 'vitest';
import { EntitySchema, type Entity } from '@untk/core';
import { corpusPath, SEED_PATH } from '../../../test/support/corpus.js';
import { formatEntities } from '../src/output.js';
import { compiledExecArgv, workerExecArgv } from '../src/parallel/pool.js';
import { EntityFormatter } from '../src/parallel/sink.js';
import { runCli } from './helpers.js';

describe('--jobs: the worker pool', { timeout: 60_000 }, () => {
  it('writes the whole bundled corpus byte for byte the same with 1 and 2 jobs', async () => {
    const one = await runCli(['extract', corpusPath(''), '--jobs', '1']);
    const two = await runCli(['extract', corpusPath(''), '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stdout.split('\n').length).toBeGreaterThan(4000);
    expect(two.stdout).toBe(one.stdout);
  });

  it('in a pool, reads standard input on the main thread and names a missing file, in order', async () => {
    const seed = (await import('node:fs')).readFileSync(SEED_PATH, 'utf8');
    const args = ['extract', corpusPath('unpc-devset'), 'missing.txt', '-', '--lang', 'zh'];
    const one = await runCli([...args, '--jobs', '1'], seed);
    const two = await runCli([...args, '--jobs', '2'], seed);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe('untk: missing.txt: no such file or folder\n');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toContain('"doc":"stdin"');
  });

  it('rejects a bad --jobs', async () => {
    expect((await runCli(['extract', SEED_PATH, '--jobs', '0'])).code).toBe(2);
  });
});

describe('worker flags', () => {
  it.each([
    [['--conditions', '@untk/source', '--max-old-space-size=4096'], ['--max-old-space-size=4096']],
    [['--conditions=@untk/source', '-C', 'x'], []],
    [
      ['--require', '/tsx/preflight.cjs', '--import', 'file:///tsx/loader.mjs', '--enable-source-maps'],
      ['--enable-source-maps'],
    ],
    [[], []],
  ])('workers run compiled code: %j becomes %j', (argv, expected) => {
    expect(compiledExecArgv(argv)).toEqual(expected);
  });

  it('leaves out what Node refuses in a worker: V8 options and whole-process flags', () => {
    expect(workerExecArgv(['--single-threaded-gc', '--enable-source-maps', '--stack-size=2000', '-C', 'x'])).toEqual([
      '--enable-source-maps',
    ]);
    expect(workerExecArgv(['--enable-source-maps'])).toEqual(['--enable-source-maps']);
    // V8's heap sizes too: the bin starts Node with one, and workers get it as a resource limit instead.
    expect(workerExecArgv(['--max-semi-space-size=64', '--max-old-space-size=4096', '--enable-source-maps'])).toEqual([
      '--enable-source-maps',
    ]);
    expect(workerExecArgv([])).toEqual([]);
  });
});

describe('streamed output', () => {
  it.each(['jsonl', 'json', 'csv'] as const)(
    '%s written piece by piece is formatEntities of the whole',
    async (format) => {
      const { stdout } = await runCli(['extract', corpusPath('seed'), '--jobs', '1']);
      const entities: Entity[] = stdout
        .trimEnd()
        .split('\n')
        .map((l) => EntitySchema.parse(JSON.parse(l)) && (JSON.parse(l) as Entity));
      for (const pieces of [[entities], [entities.slice(0, 1), entities.slice(1, 10), [], entities.slice(10)], []]) {
        const f = new EntityFormatter(format);
        const text = pieces.map((p) => f.chunk(p)).join('') + f.end();
        expect(text).toBe(formatEntities(pieces.flat(), format));
      }
    },
  );
});
