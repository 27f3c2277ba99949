import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { compareStrings, entityKey, EntitySchema, type Entity } from '@untk/core';
import { itemId } from '@untk/reports';
import { corpusPath, SEED_PATH } from '../../../test/support/corpus.js';
import { formatEntities } from '../src/output.js';
import {
  analyzeInOrder,
  compiledExecArgv,
  entitiesOf,
  SMALL_CORPUS_BYTES,
  SMALL_EXTRACTION_BYTES,
  smallCorpusBytes,
  workerExecArgv,
} from '../src/parallel/pool.js';
import { EntityFormatter } from '../src/parallel/sink.js';
import { runCli } from './helpers.js';

describe('--jobs left to its default: one thread below a size that depends on whether jieba runs', () => {
  it.each([
    ['untk extract (Chinese organisations read POS tags)', {}, SMALL_CORPUS_BYTES],
    ['untk extract --no-pos', { pos: false }, SMALL_EXTRACTION_BYTES],
    ['untk extract --kinds resolution date', { kinds: ['resolution', 'date'] as const }, SMALL_EXTRACTION_BYTES],
    ['untk extract --kinds acronym', { kinds: ['acronym'] as const }, SMALL_CORPUS_BYTES],
    ['untk report (segments every document)', { segments: 'tokens', pos: false } as const, SMALL_CORPUS_BYTES],
  ])('%s', (_, options, bytes) => {
    expect(smallCorpusBytes(options)).toBe(bytes);
  });
});

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

  it.each(['json', 'csv'] as const)(
    'writes %s the same with 1 and 2 jobs (workers format their documents), as formatEntities of the whole',
    async (format) => {
      const inputs = [corpusPath('unpc-devset'), corpusPath('seed')];
      const jsonl = await runCli(['extract', ...inputs, '--jobs', '1']);
      const entities = jsonl.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Entity);
      expect(entities.length).toBeGreaterThan(3000);
      const one = await runCli(['extract', ...inputs, '--jobs', '1', '--format', format]);
      const two = await runCli(['extract', ...inputs, '--jobs', '2', '--format', format]);
      expect(one.stdout).toBe(formatEntities(entities, format));
      expect(two.stdout).toBe(one.stdout);
    },
  );

  it('counts mentions in the workers (reply `counts`) to exactly what counting the entities gives', async () => {
    const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from([]) };
    const inputs = [corpusPath('unpc-devset'), corpusPath('seed'), corpusPath('cr-unsc-resolutions-en')];
    const fromEntities = new Map<string, number>();
    let mentions = 0;
    await analyzeInOrder(inputs, io, { jobs: 1 }, (d) => {
      for (const e of entitiesOf(d)) {
        const k = itemId(e.kind, entityKey(e));
        fromEntities.set(k, (fromEntities.get(k) ?? 0) + 1);
      }
      mentions += d.entityCount;
    });
    const fromCounts = new Map<string, number>();
    let counted = 0;
    const docs: string[] = [];
    await analyzeInOrder(inputs, io, { jobs: 2, reply: 'counts' }, (d) => {
      expect(d.entities).toBeUndefined();
      docs.push(d.doc.id);
      const c = d.counts!;
      expect(new Set(c.keys).size).toBe(c.keys.length);
      c.keys.forEach((k, i) => fromCounts.set(k, (fromCounts.get(k) ?? 0) + c.n[i]!));
      counted += c.n.reduce((a, b) => a + b, 0);
      expect(c.n.reduce((a, b) => a + b, 0)).toBe(d.entityCount);
    });
    expect(docs).toEqual([...docs].sort(compareStrings));
    expect(docs.length).toBeGreaterThan(900);
    expect(counted).toBe(mentions);
    expect(mentions).toBeGreaterThan(20_000);
    const sorted = (m: Map<string, number>) => [...m].sort((a, b) => compareStrings(a[0], b[0]));
    expect(sorted(fromCounts)).toEqual(sorted(fromEntities));
    expect(fromCounts.get('resolution\t1373 (2001)')).toBeGreaterThan(10);
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
        // The same from pieces formatted on their own, as workers send them.
        const g = new EntityFormatter(format);
        const sent = pieces.map((p) => g.formatted(p.length ? formatEntities(p, format) : '', p.length)).join('');
        expect(sent + g.end()).toBe(text);
      }
    },
  );
});
