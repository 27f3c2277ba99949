import { existsSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { compareStrings, type EntityKind, type InputError } from '@untk/core';
import type { PartialOptions } from '@untk/reports';
import { readDocument, type InputRef } from '../inputs.js';
import type { Progress } from '../progress.js';
import { readsPosTags, type SegmentsMode } from '../pipeline.js';
import type { CliIo } from '../io.js';
import { openInputs, readingOptions, type InputSettings } from '../run.js';
import { WORKER_RESOURCE_LIMITS } from '../heap.js';
import { inShard, type Shard } from '../shard.js';
import { runTask, type AnalyzeResult, type AnalyzeTask, type EntityReply } from './task.js';

/**
 * The compiled worker. From src/parallel (tests on the TypeScript sources) and from dist/parallel (the binary)
 * this is the same file, packages/cli/dist/parallel/worker.js: worker threads run compiled JavaScript, so the
 * package must be built (the test command builds before it runs vitest).
 */
export const WORKER_FILE = fileURLToPath(new URL('../../dist/parallel/worker.js', import.meta.url));

/**
 * Batches in flight per worker: enough that a slow batch at the head of the reorder buffer leaves the other
 * workers busy (4 left a worker waiting about a tenth of the time), few enough to bound memory.
 */
const IN_FLIGHT_PER_JOB = 16;

/**
 * A batch (one message to a worker and one back) closes at this many documents or bytes of input files. A
 * round trip costs about a third of a millisecond, as much as analysing a few kilobytes of text: batches make
 * it negligible for small documents, and stay small enough to share the work evenly at the end of a run.
 */
export const BATCH_DOCUMENTS = 32;
export const BATCH_BYTES = 256 * 1024;

// Flags that take a value and make no sense in a worker that runs compiled JavaScript: export conditions
// (`@untk/source` under vitest points at TypeScript sources) and loaders (tsx running a script). Flags a worker
// may not be given at all (V8's heap sizes among them) are left out by workerExecArgv.
const DROPPED_FLAGS = ['--conditions', '-C', '--import', '--require', '-r', '--loader', '--experimental-loader'];

/** The parent's Node flags for the workers, minus export conditions and module loaders. */
export function compiledExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (DROPPED_FLAGS.includes(a)) i++;
    else if (!DROPPED_FLAGS.some((f) => a.startsWith(f + '='))) out.push(a);
  }
  return out;
}

const acceptedByWorkers = new Map<string, string[]>();

/**
 * compiledExecArgv(argv) minus the flags a worker refuses: V8's options and those that act on the whole process
 * (`--single-threaded-gc`, `--stack-size=…`, `--title=…`), which would otherwise stop the pool from starting
 * (ERR_WORKER_INVALID_EXEC_ARGV). Node names the flags it refuses: a throwaway worker is asked once per set of flags.
 */
export function workerExecArgv(argv: readonly string[]): string[] {
  const flags = compiledExecArgv(argv);
  const key = flags.join('\u0000');
  let accepted = flags.length === 0 ? flags : acceptedByWorkers.get(key);
  if (!accepted) {
    accepted = flags;
    try {
      void new Worker('', { eval: true, execArgv: flags }).terminate();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
      const refused = new Set(((err as Error).message.split(': ')[1] ?? '').split(', '));
      accepted = flags.filter((f) => !refused.has(f));
    }
    acceptedByWorkers.set(key, accepted);
  }
  return accepted;
}

/**
 * Below this many bytes of input, `--jobs` left to its default runs on the main thread. Each worker pays its own
 * start (modules, dictionaries, and V8 compiling the hot code again, about 0.7 s of CPU over its first 15 MB):
 * measured with `untk extract` here, two workers lose to one on 8 MB of Chinese (3.4 against 3.1 s) and on 30 MB
 * of the mixed bundled corpus (4.3 against 3.8 s), and win on 33 MB of Chinese (6.3 against 8.2 s) and above
 * 100 MB of the mixed corpus. 16 MB keeps the pool where Chinese segmentation makes it pay.
 */
export const SMALL_CORPUS_BYTES = 16 * 1024 * 1024;

/**
 * The same limit for a run that never segments (no jieba: extraction alone, as `untk extract --no-pos` or
 * `--kinds` without organisations and acronyms runs). Its documents cost a worker so little that the start of a
 * second one pays late: in `pnpm run bench` (the mixed bundled corpus copied over), two workers against one took
 * 3.90 against 3.81 s at 106 MB, and on 47 MB 2.5 against 2.1 s; at 140 MB two won, 4.1-4.4 against 4.6-4.9 s.
 */
export const SMALL_EXTRACTION_BYTES = 128 * 1024 * 1024;

/** Below how many bytes of input a run whose `--jobs` is left to its default stays on the main thread. */
export function smallCorpusBytes(options: Pick<AnalyzeOptions, 'segments' | 'pos' | 'kinds'>): number {
  const segments = options.segments !== undefined && options.segments !== 'none';
  return !segments && !readsPosTags(options) ? SMALL_EXTRACTION_BYTES : SMALL_CORPUS_BYTES;
}

/** Do the files add up to fewer than `limit` bytes? (Standard input and unreadable files count as nothing.) */
function smallerThan(refs: readonly InputRef[], limit: number): boolean {
  let total = 0;
  for (const r of refs) {
    if (r.source !== '-') total += fileSize(r.source);
    if (total >= limit) return false;
  }
  return true;
}

/**
 * The size of a file in bytes; 0 when it cannot be read (it is named on stderr when it is read). Synchronous: a
 * stat is a few microseconds, and the promise version costs the main thread (and libuv's threads) about fifteen
 * times more CPU, taken from the workers (1.5 CPU-seconds for 45,000 files).
 */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function defaultJobs(): number {
  return availableParallelism();
}

export interface AnalyzeOptions extends InputSettings {
  kinds?: readonly EntityKind[];
  /** segment every document too (the result then counts its tokens) */
  segments?: SegmentsMode;
  /** worker threads; 1 runs everything on the main thread */
  jobs?: number;
  /** only the documents of this part of the corpus */
  shard?: Shard;
  /** reduce each document to its report partial result in the worker (needs `segments`) */
  report?: PartialOptions;
  /** how each document's entities come back (default: the objects); see EntityReply */
  reply?: EntityReply;
  /** false: Chinese organisations and short forms without jieba's POS tags (see analyzeDocument) */
  pos?: boolean;
  /** a progress line on stderr, ticked as each document is handed out */
  progress?: (total: number) => Progress;
}

export type AnalyzedDocument = Extract<AnalyzeResult, { doc: unknown }>;

/** The entity objects of a result made with reply `entities` (the default); throws when they were not asked for. */
export function entitiesOf(d: AnalyzedDocument): NonNullable<AnalyzedDocument['entities']> {
  if (!d.entities) throw new Error(`the analysis of ${d.doc.id} sent back no entities`);
  return d.entities;
}

/**
 * Analyse every input, `jobs` documents at a time, and hand each result to `onDocument` in document id order
 * (code-unit order, the order `compareEntities` sorts by), whatever order workers finish in. At most
 * jobs × 4 documents are in flight (read, analysed, or waiting for an earlier one to be written), so memory does
 * not grow with the corpus; `onDocument` may return a promise (waiting for the output to drain) and nothing more
 * is read until it settles. Unusable inputs are named on stderr as they are met and returned (under `strict`, the
 * first one throws StrictStop), as `analyzeInputs` does.
 */
export async function analyzeInOrder(
  names: readonly string[],
  io: CliIo,
  options: AnalyzeOptions,
  onDocument: (d: AnalyzedDocument) => void | Promise<void>,
): Promise<InputError[]> {
  const { refs: all, errors, fail } = await openInputs(names, io, options);
  const refs = all
    .filter((r) => inShard(r.id, options.shard))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => compareStrings(a.r.id, b.r.id) || a.i - b.i)
    .map(({ r }) => r);
  let jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), refs.length));
  // Unasked, a small corpus stays on the main thread: starting workers (and a jieba dictionary in each) would
  // cost more than the second core gains. The output is the same either way.
  if (options.jobs === undefined && jobs > 1 && smallerThan(refs, smallCorpusBytes(options))) jobs = 1;
  const reading = readingOptions(options);
  const base = {
    ...reading,
    ...(options.kinds ? { kinds: options.kinds } : {}),
    ...(options.segments ? { segments: options.segments } : {}),
    ...(options.report ? { report: options.report } : {}),
    ...(options.reply ? { reply: options.reply } : {}),
    ...(options.pos === false ? { pos: false } : {}),
  };
  const progress = options.progress?.(refs.length);

  const makeTask = async (ref: InputRef): Promise<AnalyzeTask | AnalyzeResult> => {
    if (ref.source !== '-') return { ...base, ref };
    // A worker cannot read this process's standard input: read it here and send the text.
    const read = await readDocument(ref, { ...reading, stdin: io.stdin });
    return 'error' in read ? read : { ...base, ref, doc: read.doc };
  };
  const emit = async (result: AnalyzeResult) => {
    if ('error' in result) {
      errors.push(result.error);
      fail(result.error);
    } else {
      await onDocument(result);
    }
  };

  if (jobs === 1) {
    try {
      for (const ref of refs) {
        progress?.tick(ref.id);
        const task = await makeTask(ref);
        await emit('ref' in task ? await runTask(task) : task);
      }
    } finally {
      progress?.stop();
    }
    return errors;
  }

  if (!existsSync(WORKER_FILE)) throw new Error(`the worker ${WORKER_FILE} is missing: build the package first`);
  const pool = new Piscina<AnalyzeTask[], AnalyzeResult[]>({
    filename: WORKER_FILE,
    minThreads: jobs,
    maxThreads: jobs,
    // One batch at a time per thread: nodejieba and the extractors are synchronous.
    concurrentTasksPerWorker: 1,
    execArgv: workerExecArgv(process.execArgv),
    resourceLimits: WORKER_RESOURCE_LIMITS,
  });
  // The reorder buffer: batches in input order; a settled one waits here until every earlier one is written.
  type Settled = { ok: AnalyzeResult[] } | { failed: unknown };
  const window: Promise<Settled>[] = [];
  const flushOne = async () => {
    const settled = await window.shift()!;
    if ('failed' in settled) throw settled.failed;
    for (const result of settled.ok) await emit(result);
  };
  // Documents read here (standard input) go in a batch as results already made or as tasks with their text.
  let batch: Array<AnalyzeTask | AnalyzeResult> = [];
  let batchBytes = 0;
  const send = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    batchBytes = 0;
    const tasks = items.filter((t): t is AnalyzeTask => 'ref' in t);
    const run = tasks.length > 0 ? pool.run(tasks) : Promise.resolve([]);
    window.push(
      run.then(
        (done) => {
          // Put the workers' results back between the ones that needed no worker, in input order.
          let next = 0;
          return { ok: items.map((t) => ('ref' in t ? done[next++]! : t)) };
        },
        (failed: unknown) => ({ failed }),
      ),
    );
    if (window.length >= jobs * IN_FLIGHT_PER_JOB) await flushOne();
  };
  try {
    for (const ref of refs) {
      progress?.tick(ref.id);
      batch.push(await makeTask(ref));
      batchBytes += ref.source === '-' ? 0 : fileSize(ref.source);
      if (batch.length >= BATCH_DOCUMENTS || batchBytes >= BATCH_BYTES) await send();
    }
    await send();
    while (window.length > 0) await flushOne();
  } finally {
    progress?.stop();
    await pool.destroy();
  }
  return errors;
}
