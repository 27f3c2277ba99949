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
 * - extract-1x2   extract-1 run by two separate processes side by side, `--shard 0/2` and `--shard 1/2`: what two
 *                 cores give to work that shares nothing (no pool, no messages, two heaps), the ceiling for N = 2;
 *                 its seconds are the slower one's, its peak RSS the two added up
 * - extract-N     the same on the worker pool, N worker threads (default: the available cores), as `untk extract`
 *                 runs by default: each worker formats its documents' entities, only text comes back
 * - pipeline-1    the CLI's per-document work (read, normalise, segment into sentences and words, extract all
 *                 kinds) and counting entity mentions by kind and identity, on one thread
 * - pipeline-1x2  pipeline-1 as two separate `--shard i/2` processes side by side (as extract-1x2)
 * - pipeline-N    the same through the worker pool: each document's mentions are counted where it is analysed
 *                 (sparse counts), and the counts merged on the main thread
 *
 * Every phase runs in a Node started with the heap flags the untk bin uses (packages/cli/src/heap.ts).
 * Times are wall time from the first document to the last and include loading dictionaries (nodejieba and its tag
 * table take about 1 s): small sizes understate the steady rate. CPU seconds are the process's user and system time
 * over the whole run, every thread (V8's compiler and garbage collector threads too) and start-up included.
 * Run it on a quiet machine; it prints a Markdown table.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// Types only: the phases import the compiled packages when they run, so each loads no more than it needs.
import type * as Pool from '../packages/cli/dist/parallel/pool.js';
import type * as ShardModule from '../packages/cli/dist/shard.js';
// The heap flags the untk bin starts Node with: every phase, raw jieba included, runs with them.
import { missingNodeFlags } from '../packages/cli/dist/heap.js';
import { corpusFiles } from './corpus-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = path.join(ROOT, 'corpus');
const PHASES = [
  'raw-cut',
  'extract-1',
  'extract-1x2',
  'extract-N',
  'pipeline-1',
  'pipeline-1x2',
  'pipeline-N',
] as const;
type Phase = (typeof PHASES)[number];
/** The phases run by two processes at once, each a one-thread phase on half of the corpus. */
const PAIRED: Partial<Record<Phase, Phase>> = { 'extract-1x2': 'extract-1', 'pipeline-1x2': 'pipeline-1' };

interface PhaseResult {
  phase: Phase;
  bytes: number;
  documents: number;
  seconds: number;
  /** user + system CPU time of the process, all threads */
  cpuSeconds: number;
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

async function runPhase(phase: Phase, dir: string, jobs: number, shard?: ShardModule.Shard): Promise<PhaseResult> {
  const { inShard } = (await import(dist('cli/dist/shard.js'))) as typeof ShardModule;
  const corpusDir = dir;
  const files = corpusFiles(dir).filter((f) => inShard(path.relative(corpusDir, f), shard));
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
          ...(shard ? { shard } : {}),
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
      const options = { jobs: jobsOf, segments: 'tokens', reply: 'counts', ...(shard ? { shard } : {}) } as const;
      await analyzeInOrder([dir], io, options, (d) => {
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
  const cpu = process.cpuUsage();
  return {
    phase,
    bytes,
    documents: files.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
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
  const shard = get('--shard');
  return { sizes, jobs, phase: get('--phase') as Phase | undefined, dir: get('--dir'), shard };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Run one phase in a child process (on one shard of the corpus when given); its result. */
function runChild(phase: Phase, dir: string, jobs: number, shard?: string): Promise<PhaseResult> {
  const child = spawn(
    process.execPath,
    [
      ...missingNodeFlags(process.execArgv, process.env.NODE_OPTIONS),
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      ...['--phase', phase, '--dir', dir, '--jobs', String(jobs)],
      ...(shard ? ['--shard', shard] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`phase ${phase}${shard ? ` (shard ${shard})` : ''} failed (exit ${code})`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as PhaseResult);
    });
  });
}

/** A one-thread phase run as two processes at once, one per half of the corpus (`--shard 0/2`, `1/2`). */
async function runPaired(phase: Phase, single: Phase, dir: string): Promise<PhaseResult> {
  const [a, b] = await Promise.all([runChild(single, dir, 1, '0/2'), runChild(single, dir, 1, '1/2')]);
  return {
    phase,
    bytes: a.bytes + b.bytes,
    documents: a.documents + b.documents,
    // Done when the slower one is done; both are alive at once, so their memory adds up.
    seconds: Math.max(a.seconds, b.seconds),
    cpuSeconds: a.cpuSeconds + b.cpuSeconds,
    peakRssMb: a.peakRssMb + b.peakRssMb,
    halfRssMb: a.halfRssMb + b.halfRssMb,
    nodejieba: a.nodejieba || b.nodejieba,
    output: a.output + b.output,
    detail: `halves of ${fmt(a.bytes / 1e6, 0)} and ${fmt(b.bytes / 1e6, 0)} MB in ${fmt(a.seconds, 2)} and ${fmt(b.seconds, 2)} s`,
  };
}

async function parent(sizes: number[], jobs: number) {
  const base = mkdtempSync(path.join(tmpdir(), 'untk-bench-'));
  const rows: PhaseResult[][] = [];
  try {
    for (const mb of sizes) {
      const dir = path.join(base, `${mb}mb`);
      buildCorpus(dir, mb);
      const results: PhaseResult[] = [];
      for (const phase of PHASES) {
        const single = PAIRED[phase];
        const result = single ? await runPaired(phase, single, dir) : await runChild(phase, dir, jobs);
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
    '| corpus | phase | documents | seconds | MB/s | × raw cut | CPU s | peak RSS at half / at end (MB) | nodejieba loaded | found | where the time went |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const results of rows) {
    const raw = results.find((r) => r.phase === 'raw-cut')!;
    const rate = (r: PhaseResult) => r.bytes / 1e6 / r.seconds;
    for (const r of results) {
      lines.push(
        `| ${fmt(r.bytes / 1e6, 0)} MB | ${r.phase} | ${r.documents} | ${fmt(r.seconds, 2)} | ${fmt(rate(r))} | ` +
          `${fmt(rate(r) / rate(raw), 2)} | ${fmt(r.cpuSeconds, 1)} | ${fmt(r.halfRssMb, 0)} / ${fmt(r.peakRssMb, 0)} | ${r.nodejieba ? 'yes' : 'no'} | ${r.output} ${r.phase === 'raw-cut' ? 'tokens' : 'mentions'} | ${r.detail ?? ''} |`,
      );
    }
  }
  console.log(lines.join('\n'));
}

const args = parseArgs(process.argv.slice(2));
if (args.phase) {
  if (!PHASES.includes(args.phase) || PAIRED[args.phase] || !args.dir) throw new Error(`unknown phase ${args.phase}`);
  const [index, count] = (args.shard ?? '').split('/').map(Number);
  const shard = args.shard ? { index: index!, count: count! } : undefined;
  console.log(JSON.stringify(await runPhase(args.phase, args.dir, args.jobs, shard)));
} else {
  await parent(args.sizes, args.jobs);
}
