/**
 * `pnpm run bench [--sizes 10,100,500] [--jobs N]`: throughput and peak memory of untk against raw nodejieba.
 *
 * For each size it writes a temporary corpus (the bundled documents copied over and over, under new folder
 * names, until the size is reached; deleted afterwards, never committed) and runs each phase in its own child
 * process, so that every phase's peak RSS (the process's high-water mark, worker threads included) is its own:
 *
 * - raw-cut       nodejieba.cut(line, true) on every non-empty line: the segmenter alone
 * - extract-1     extraction alone, as `untk extract --kinds resolution symbol date acronym --no-pos --jobs 1`
 *                 runs it: read, normalise, find resolutions, symbols, dates and acronym pairs, write JSON Lines
 *                 (to nowhere); no segmentation, must not load nodejieba
 * - extract-N     the same on the worker pool, N worker threads (default: the available cores), as `untk extract`
 *                 runs by default: each worker formats its documents' entities, only text comes back
 * - pipeline-1    the CLI's per-document work (read, normalise, segment into sentences and words, extract all
 *                 kinds) and counting entity mentions by kind and identity, on one thread
 * - pipeline-N    the same through the worker pool: each document's mentions are counted where it is analysed
 *                 (sparse counts), and the counts merged on the main thread
 *
 * Every phase runs in a Node started with the heap flags the untk bin uses (packages/cli/src/heap.ts).
 * Times are wall time from the first document to the last and include loading dictionaries (nodejieba takes
 * 3-4 s): small sizes understate the steady rate. Run it on a quiet machine; it prints a Markdown table.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// Types only: the phases import the compiled packages when they run, so each loads no more than it needs.
import type * as Pool from '../packages/cli/dist/parallel/pool.js';
// The heap flags the untk bin starts Node with: every phase, raw jieba included, runs with them.
import { missingNodeFlags } from '../packages/cli/dist/heap.js';
import { corpusFiles } from './corpus-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = path.join(ROOT, 'corpus');
const PHASES = ['raw-cut', 'extract-1', 'extract-N', 'pipeline-1', 'pipeline-N'] as const;
type Phase = (typeof PHASES)[number];

interface PhaseResult {
  phase: Phase;
  bytes: number;
  documents: number;
  seconds: number;
  peakRssMb: number;
  /** the peak RSS when half of the documents were done: a run whose memory grows shows it against the end */
  halfRssMb: number;
  nodejieba: boolean;
  /** what the phase found, to show that it did the work: tokens, or entity mentions */
  output: number;
  /** where the time went, when the phase can tell */
  detail?: string;
}

// ---------------------------------------------------------------------------------------------- child side

/** Whether nodejieba's native addon is mapped into this process (the process report lists shared objects). */
function nodejiebaLoaded(): boolean {
  const report = process.report.getReport() as unknown as { sharedObjects?: string[] };
  return (report.sharedObjects ?? []).some((o) => /nodejieba/i.test(o));
}

const dist = (p: string) => pathToFileURL(path.join(ROOT, 'packages', p)).href;

async function runPhase(phase: Phase, dir: string, jobs: number): Promise<PhaseResult> {
  const files = corpusFiles(dir);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  let output = 0;
  let started: number;
  let detail: string | undefined;
  let tokens = 0;
  let lastLook = 0;
  let jiebaSeen = false;
  let done = 0;
  let halfRssMb = 0;
  const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
  // Called after each document: the high-water mark once half of them are done.
  const tick = () => {
    if (++done === Math.ceil(files.length / 2)) halfRssMb = maxRssMb();
  };
  if (phase === 'raw-cut') {
    const require = createRequire(path.join(ROOT, 'packages/segmentation/package.json'));
    const jieba = require('nodejieba') as { cut(s: string, hmm?: boolean): string[] };
    started = performance.now();
    for (const f of files) {
      for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) output += jieba.cut(line, true).length;
      tick();
    }
  } else {
    const { analyzeInOrder } = (await import(dist('cli/dist/parallel/pool.js'))) as typeof Pool;
    const { Writable } = await import('node:stream');
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const io = { stdout: sink, stderr: process.stderr, stdin: process.stdin };
    const jobsOf = phase.endsWith('-1') ? 1 : jobs;
    // Workers unload their addons when the pool closes: look while it runs.
    const look = () => {
      if (!jiebaSeen && performance.now() - lastLook > 3000) {
        jiebaSeen = nodejiebaLoaded();
        lastLook = performance.now();
      }
    };
    started = performance.now();
    if (phase === 'extract-1' || phase === 'extract-N') {
      let written = 0;
      await analyzeInOrder(
        [dir],
        io,
        {
          jobs: jobsOf,
          kinds: ['resolution', 'symbol', 'date', 'acronym'],
          pos: false,
          reply: { format: 'jsonl' },
        },
        ({ formatted, entityCount }) => {
          look();
          written += formatted?.length ?? 0;
          output += entityCount;
          tick();
        },
      );
      detail = `${fmt(written / 1e6)} M characters of JSON Lines`;
    } else {
      // Counting as a report does: sparse counts by kind and identity, made per document where it is analysed
      // and added up here, documents streamed through.
      const counts = new Map<string, number>();
      await analyzeInOrder([dir], io, { jobs: jobsOf, segments: 'tokens', reply: 'counts' }, (d) => {
        tokens += d.tokens ?? 0;
        look();
        const c = d.counts;
        if (!c) throw new Error(`${d.doc.id}: no counts came back`);
        for (let i = 0; i < c.keys.length; i++) {
          const k = c.keys[i]!;
          counts.set(k, (counts.get(k) ?? 0) + c.n[i]!);
        }
        output += d.entityCount;
        tick();
      });
      detail = `${tokens} word tokens, ${counts.size} distinct entities`;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    phase,
    bytes,
    documents: files.length,
    seconds,
    peakRssMb: maxRssMb(),
    halfRssMb,
    nodejieba: jiebaSeen || nodejiebaLoaded(),
    output,
    ...(detail ? { detail } : {}),
  };
}

// --------------------------------------------------------------------------------------------- parent side

/** Copy the bundled corpus into `dir` as many times as it takes to hold at least `mb` megabytes. */
function buildCorpus(dir: string, mb: number): number {
  const sources = ['seed', 'unpc-devset', 'cr-unsc-resolutions-en'].map((c) => path.join(CORPUS, c));
  const target = mb * 1024 * 1024;
  let bytes = 0;
  for (let rep = 0; bytes < target; rep++) {
    for (const src of sources) {
      for (const f of corpusFiles(src)) {
        if (bytes >= target) break;
        const to = path.join(dir, `r${String(rep).padStart(4, '0')}`, path.basename(src), path.basename(f));
        mkdirSync(path.dirname(to), { recursive: true });
        cpSync(f, to);
        bytes += statSync(f).size;
      }
    }
  }
  return bytes;
}

function parseArgs(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (get('--sizes') ?? '10,100,500').split(',').map(Number);
  if (sizes.some((s) => !Number.isFinite(s) || s <= 0)) throw new Error('--sizes takes megabytes: 10,100,500');
  const jobs = Number(get('--jobs') ?? availableParallelism());
  return { sizes, jobs, phase: get('--phase') as Phase | undefined, dir: get('--dir') };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function parent(sizes: number[], jobs: number) {
  const base = mkdtempSync(path.join(tmpdir(), 'untk-bench-'));
  const rows: PhaseResult[][] = [];
  try {
    for (const mb of sizes) {
      const dir = path.join(base, `${mb}mb`);
      buildCorpus(dir, mb);
      const results: PhaseResult[] = [];
      for (const phase of PHASES) {
        const r = spawnSync(
          process.execPath,
          [
            ...missingNodeFlags(process.execArgv, process.env.NODE_OPTIONS),
            ...process.execArgv,
            fileURLToPath(import.meta.url),
            ...['--phase', phase, '--dir', dir, '--jobs', String(jobs)],
          ],
          { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
        );
        if (r.status !== 0) throw new Error(`phase ${phase} at ${mb} MB failed (exit ${r.status})`);
        const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as PhaseResult;
        results.push(result);
        console.error(
          `${mb} MB ${phase}: ${fmt(result.bytes / 1e6 / result.seconds)} MB/s, peak ${fmt(result.peakRssMb, 0)} MB`,
        );
      }
      rows.push(results);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Machine: ${cpu}, ${availableParallelism()} cores available, ${fmt(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}; pool: ${jobs} workers.`,
    '',
    '| corpus | phase | documents | seconds | MB/s | × raw cut | peak RSS at half / at end (MB) | nodejieba loaded | found | where the time went |',
    '|---:|---|---:|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const results of rows) {
    const raw = results.find((r) => r.phase === 'raw-cut')!;
    const rate = (r: PhaseResult) => r.bytes / 1e6 / r.seconds;
    for (const r of results) {
      lines.push(
        `| ${fmt(r.bytes / 1e6, 0)} MB | ${r.phase} | ${r.documents} | ${fmt(r.seconds, 2)} | ${fmt(rate(r))} | ` +
          `${fmt(rate(r) / rate(raw), 2)} | ${fmt(r.halfRssMb, 0)} / ${fmt(r.peakRssMb, 0)} | ${r.nodejieba ? 'yes' : 'no'} | ${r.output} ${r.phase === 'raw-cut' ? 'tokens' : 'mentions'} | ${r.detail ?? ''} |`,
      );
    }
  }
  console.log(lines.join('\n'));
}

const args = parseArgs(process.argv.slice(2));
if (args.phase) {
  if (!PHASES.includes(args.phase) || !args.dir) throw new Error(`unknown phase ${args.phase}`);
  console.log(JSON.stringify(await runPhase(args.phase, args.dir, args.jobs)));
} else {
  await parent(args.sizes, args.jobs);
}
