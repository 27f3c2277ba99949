/**
 * Benchmark of Chinese segmentation: raw nodejieba against @untk/segmentation (built dist/).
 *
 *   npx --yes pnpm@10 run bench:segment            # about 50 MB
 *   npx --yes pnpm@10 run bench:segment -- --mb 100
 *   npx --yes pnpm@10 run bench:segment -- --runs 1   # each phase once (default: twice, the best reported)
 *
 * Builds a corpus of at least --mb megabytes (UTF-8) by repeating the seed report and the Chinese side of
 * the UN Parallel Corpus dev set, streamed to a temporary file, one document after a `\x1e` line. Then,
 * for each phase in its own child process (so that each peak memory is its own), streams the documents
 * one at a time, normalises each (not timed) and times only the segmentation:
 *   raw     nodejieba.cut(paragraph, true) over the normaliser's paragraphs (jieba's own dictionaries)
 *   tokens  segment(doc, norm): paragraphs, sentences and tokens with offsets (UN dictionary)
 *   raw-tag nodejieba.tag(paragraph) likewise, the raw figure for tags
 *   pos     segment(doc, norm, { pos: true })
 * Every phase runs in a Node started with the heap flags the untk bin uses (packages/cli/src/heap.ts). It
 * reports MB/s (megabytes of original UTF-8 text per second of segmentation, by the wall clock and by
 * the process's CPU time, which other load on a shared machine disturbs less; tokens is compared with raw
 * cut, pos with raw tag) and the RSS high-water
 * mark (process.resourceUsage().maxRSS) after loading, at half the corpus and at the end: memory that
 * does not grow with the corpus shows as equal figures at half and at the end.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type * as NodeJieba from 'nodejieba';
import type * as Segmentation from '../packages/segmentation/src/index.js';
// The heap flags the untk bin starts Node with: every phase, raw jieba included, runs with them.
import { missingNodeFlags } from '../packages/cli/dist/heap.js';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const SOURCES = [
  { kind: 'seed', file: 'corpus/seed/000_64ff64efe628bbb7.txt', lineMode: false },
  { kind: 'devset', file: 'corpus/unpc-devset/UNv1.0.devset.zh', lineMode: true },
] as const;
const PHASES = ['raw', 'tokens', 'raw-tag', 'pos'] as const;
type Phase = (typeof PHASES)[number];
const SEPARATOR = '\x1e';
const MB = 1024 * 1024;

interface Result {
  phase: Phase;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  loadSeconds: number;
  segments: number;
  rssAfterLoad: number;
  rssHalf: number;
  rssEnd: number;
}

async function buildCorpus(file: string, minBytes: number): Promise<number> {
  const out = createWriteStream(file);
  const texts = SOURCES.map((s) => ({ ...s, text: readFileSync(root(s.file), 'utf8') }));
  let bytes = 0;
  while (bytes < minBytes) {
    for (const t of texts) {
      const chunk = `${SEPARATOR}${t.kind}\n${t.text.replace(/\n$/, '')}\n`;
      bytes += Buffer.byteLength(t.text);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return bytes;
}

/** The documents of the corpus file, one at a time (never more than one in memory). */
async function* documents(file: string): AsyncGenerator<{ kind: string; text: string }> {
  let kind = '';
  let lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line.startsWith(SEPARATOR)) {
      if (kind) yield { kind, text: lines.join('\n') + '\n' };
      kind = line.slice(1);
      lines = [];
    } else lines.push(line);
  }
  if (kind) yield { kind, text: lines.join('\n') + '\n' };
}

const maxRss = () => process.resourceUsage().maxRSS * 1024;

async function runPhase(phase: Phase, file: string, totalBytes: number): Promise<Result> {
  const seg = (await import('../packages/segmentation/dist/index.js')) as typeof Segmentation;
  const require = createRequire(root('packages/segmentation/package.json'));
  const t0 = performance.now();
  let cut: ((s: string) => number) | undefined;
  if (phase === 'raw' || phase === 'raw-tag') {
    const jieba = require('nodejieba') as typeof NodeJieba;
    jieba.load();
    cut = phase === 'raw' ? (s) => jieba.cut(s, true).length : (s) => jieba.tag(s).length;
  } else {
    seg.loadJieba({ pos: phase === 'pos' });
  }
  const loadSeconds = (performance.now() - t0) / 1000;
  const rssAfterLoad = maxRss();
  let bytes = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  let segments = 0;
  let rssHalf = 0;
  for await (const d of documents(file)) {
    const lineMode = SOURCES.find((s) => s.kind === d.kind)?.lineMode ?? false;
    const norm = seg.normalize(d.text, { lineMode });
    const doc = { id: d.kind, source: d.kind, lang: 'zh', text: d.text };
    const start = performance.now();
    const cpu = process.cpuUsage();
    if (cut) {
      for (const b of norm.blocks) segments += cut(norm.text.slice(b.start, b.end));
    } else {
      segments += seg.segment(doc, norm, { pos: phase === 'pos' }).length;
    }
    seconds += (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    cpuSeconds += (used.user + used.system) / 1e6;
    bytes += Buffer.byteLength(d.text);
    if (!rssHalf && bytes >= totalBytes / 2) rssHalf = maxRss();
  }
  return { phase, bytes, seconds, cpuSeconds, loadSeconds, segments, rssAfterLoad, rssHalf, rssEnd: maxRss() };
}

async function main() {
  const args = process.argv.slice(2);
  const phaseAt = args.indexOf('--phase');
  if (phaseAt >= 0) {
    const phase = args[phaseAt + 1] as Phase;
    const file = args[phaseAt + 2] ?? '';
    const total = Number(args[phaseAt + 3]);
    process.stdout.write(JSON.stringify(await runPhase(phase, file, total)) + '\n');
    return;
  }
  const mbAt = args.indexOf('--mb');
  const mb = mbAt >= 0 ? Number(args[mbAt + 1]) : 50;
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 2;
  const dir = mkdtempSync(path.join(tmpdir(), 'untk-bench-'));
  try {
    const file = path.join(dir, 'corpus.txt');
    const total = await buildCorpus(file, mb * MB);
    console.log(
      `corpus: ${(total / MB).toFixed(1)} MB of Chinese text (seed + zh dev set, repeated), ${file}; ` +
        `each phase run ${runs} times in turn, the best by CPU reported`,
    );
    // Each phase runs `runs` times, the phases in turn (raw, tokens, raw-tag, pos, raw, …), and the run with the
    // most CPU throughput of each is reported: the other load of a shared machine and its drift over the minutes
    // of a run then weigh on no phase more than on another.
    const best = new Map<Phase, Result>();
    for (let run = 0; run < runs; run++)
      for (const phase of PHASES) {
        const child = spawnSync(
          process.execPath,
          [
            ...missingNodeFlags(process.execArgv, process.env.NODE_OPTIONS),
            ...process.execArgv,
            fileURLToPath(import.meta.url),
            ...['--phase', phase, file, String(total)],
          ],
          { encoding: 'utf8', maxBuffer: 16 * MB },
        );
        if (child.status !== 0) throw new Error(`phase ${phase} failed: ${child.stderr}`);
        const r = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Result;
        const prev = best.get(phase);
        if (!prev || r.bytes / r.cpuSeconds > prev.bytes / prev.cpuSeconds) best.set(phase, r);
      }
    const results = PHASES.map((p) => best.get(p)!);
    const raw = { cut: results.find((r) => r.phase === 'raw'), tag: results.find((r) => r.phase === 'raw-tag') };
    const mbps = (r: Result, cpu: boolean) => r.bytes / MB / (cpu ? r.cpuSeconds : r.seconds);
    const mib = (n: number) => `${Math.round(n / MB)} MB`;
    console.log(
      '| phase | MB/s (wall) | MB/s (CPU) | CPU vs its raw | load s | peak RSS after load | at half | at end | segments |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      const base = r.phase === 'raw' || r.phase === 'tokens' ? raw.cut : raw.tag;
      const rel = base ? `${((100 * mbps(r, true)) / mbps(base, true)).toFixed(0)}%` : '';
      console.log(
        `| ${r.phase} | ${mbps(r, false).toFixed(2)} | ${mbps(r, true).toFixed(2)} | ${rel} | ${r.loadSeconds.toFixed(1)} | ` +
          `${mib(r.rssAfterLoad)} | ${mib(r.rssHalf)} | ${mib(r.rssEnd)} | ${r.segments} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
