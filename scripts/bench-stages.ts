/**
 * Per-stage throughput of the library code on one core (no workers): where a document's time goes.
 *
 *   npx --yes pnpm@10 run bench:stages              # about 20 MB
 *   npx --yes pnpm@10 run bench:stages -- --mb 5    # smaller
 *   npx --yes pnpm@10 run bench:stages -- --only zh # one language group (zh, en, other)
 *
 * Documents come from the bundled corpus, cycled until --mb megabytes (UTF-8) of original text have been
 * processed: Chinese from the seed report and the zh side of the UN Parallel Corpus dev set; English from the
 * CR-UNSC resolutions and the en dev set; French, Spanish, Russian and Arabic from their dev-set files.
 * Each source text is read once and documents are handed out one at a time, so memory stays flat.
 *
 * For every document each stage runs on its own and is timed by the process's CPU time (other load on a
 * shared machine disturbs it less than the wall clock):
 *   normalize        normalize(text)
 *   resolution, symbol, date, organization, acronym   one extractor over the normalised text (organisations
 *                    and acronyms read one analysis of the bodies a document names: each figure includes it)
 *   extraction       normalize + extract() of resolutions, symbols, dates and acronyms (no segmentation)
 *   segment          segment() with sentences and tokens (the UN dictionary for Chinese)
 *   segment-pos      segment() with POS tags
 *   raw-cut          nodejieba.cut(paragraph, true) over the normaliser's paragraphs (Chinese only; the same
 *                    dictionaries as segment(), loaded by the segmentation package)
 *   pipeline         normalize + segment (POS for Chinese, which organisations need) + extract (all kinds)
 *                    + counting entity keys and token texts in a Map, as the reports do
 * MB/s is megabytes of original UTF-8 text per CPU second, per language group and overall.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as NodeJieba from 'nodejieba';
import type * as Extraction from '../packages/extraction/src/index.js';
import type * as Segmentation from '../packages/segmentation/src/index.js';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const MB = 1024 * 1024;

type Group = 'zh' | 'en' | 'other';
interface Source {
  group: Group;
  lang: string;
  name: string;
  text: string;
  bytes: number;
}

function sources(): Source[] {
  const out: Source[] = [];
  const add = (group: Group, lang: string, file: string) => {
    const text = readFileSync(root(file), 'utf8');
    out.push({ group, lang, name: file, text, bytes: Buffer.byteLength(text) });
  };
  add('zh', 'zh', 'corpus/seed/000_64ff64efe628bbb7.txt');
  add('zh', 'zh', 'corpus/unpc-devset/UNv1.0.devset.zh');
  add('en', 'en', 'corpus/unpc-devset/UNv1.0.devset.en');
  const dir = 'corpus/cr-unsc-resolutions-en';
  for (const f of readdirSync(root(dir)).sort()) if (f.endsWith('.txt')) add('en', 'en', `${dir}/${f}`);
  for (const l of ['fr', 'es', 'ru', 'ar']) add('other', l, `corpus/unpc-devset/UNv1.0.devset.${l}`);
  return out;
}

/**
 * Documents, one at a time, cycling through each group's sources until each group has given its share of
 * the total (half Chinese, a quarter English, a quarter the other four languages).
 */
function* documents(all: Source[], totalBytes: number, only?: Group): Generator<Source> {
  const share: Record<Group, number> = only
    ? { zh: 0, en: 0, other: 0, [only]: 1 }
    : { zh: 0.5, en: 0.25, other: 0.25 };
  for (const group of ['zh', 'en', 'other'] as const) {
    const list = all.filter((s) => s.group === group);
    let bytes = 0;
    for (let i = 0; bytes < share[group] * totalBytes && list.length > 0; i++) {
      const s = list[i % list.length] as Source;
      bytes += s.bytes;
      yield s;
    }
  }
}

const STAGES = [
  'normalize',
  'resolution',
  'symbol',
  'date',
  'organization',
  'acronym',
  'extraction',
  'segment',
  'segment-pos',
  'raw-cut',
  'pipeline',
] as const;
type Stage = (typeof STAGES)[number];

function cpuSeconds(f: () => void): number {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1e6;
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const mb = Number(arg('--mb') ?? 20);
  const only = arg('--only') as Group | undefined;
  const seg = (await import('../packages/segmentation/dist/index.js')) as typeof Segmentation;
  const ex = (await import('../packages/extraction/dist/index.js')) as typeof Extraction;
  // Dictionaries (and the POS tag map) load before timing starts: a one-off cost per process.
  seg.loadJieba({ pos: true });
  const require = createRequire(root('packages/segmentation/package.json'));
  const jieba = require('nodejieba') as typeof NodeJieba;
  const extractors = new Map(ex.EXTRACTORS.map((x) => [x.name, x.run]));
  const noSegKinds = ['resolution', 'symbol', 'date', 'acronym'] as const;

  const time = new Map<string, number>();
  const bytes = new Map<string, number>();
  const add = (stage: Stage, group: Group, s: number, b: number) => {
    for (const key of [`${stage}|${group}`, `${stage}|all`]) {
      time.set(key, (time.get(key) ?? 0) + s);
      bytes.set(key, (bytes.get(key) ?? 0) + b);
    }
  };
  let docs = 0;
  let checksum = 0;
  const wall = performance.now();
  for (const src of documents(sources(), mb * MB, only)) {
    docs++;
    const doc = { id: src.name, source: src.name, lang: src.lang, text: src.text };
    const g = src.group;
    let norm = seg.normalize(doc.text);
    add(
      'normalize',
      g,
      cpuSeconds(() => (norm = seg.normalize(doc.text))),
      src.bytes,
    );
    for (const name of ['resolution', 'symbol', 'date', 'organization', 'acronym'] as const) {
      const run = extractors.get(name);
      // A context of its own for each: organisations and acronyms share one analysis per context, and each
      // figure includes it.
      const ctx = ex.createContext(doc, norm);
      if (run)
        add(
          name,
          g,
          cpuSeconds(() => (checksum += run(ctx).length)),
          src.bytes,
        );
    }
    add(
      'extraction',
      g,
      cpuSeconds(() => {
        const n = seg.normalize(doc.text);
        checksum += ex.extract(doc, n, { kinds: noSegKinds }).length;
      }),
      src.bytes,
    );
    add(
      'segment',
      g,
      cpuSeconds(() => (checksum += seg.segment(doc, norm).length)),
      src.bytes,
    );
    add(
      'segment-pos',
      g,
      cpuSeconds(() => (checksum += seg.segment(doc, norm, { pos: true }).length)),
      src.bytes,
    );
    if (g === 'zh') {
      const paragraphs = norm.blocks.map((b) => norm.text.slice(b.start, b.end));
      add(
        'raw-cut',
        g,
        cpuSeconds(() => paragraphs.forEach((p) => (checksum += jieba.cut(p, true).length))),
        src.bytes,
      );
    }
    add(
      'pipeline',
      g,
      cpuSeconds(() => {
        const n = seg.normalize(doc.text);
        const segments = seg.segment(doc, n, { pos: doc.lang === 'zh' });
        const tokens = segments.filter((s) => s.kind === 'token');
        const entities = ex.extract(doc, n, doc.lang === 'zh' ? { tokens } : {});
        const counts = new Map<string, number>();
        for (const e of entities) counts.set(`${e.kind}:${e.text}`, (counts.get(`${e.kind}:${e.text}`) ?? 0) + 1);
        for (const t of tokens) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
        checksum += counts.size;
      }),
      src.bytes,
    );
  }
  const wallSeconds = (performance.now() - wall) / 1000;
  const groups = only ? ([only] as const) : (['zh', 'en', 'other', 'all'] as const);
  const rate = (stage: Stage, group: string) => {
    const s = time.get(`${stage}|${group}`);
    const b = bytes.get(`${stage}|${group}`);
    return s && b ? b / MB / s : undefined;
  };
  console.log(
    `${docs} documents, ${(bytes.get(`normalize|all`) ?? 0) / MB} MB; ${wallSeconds.toFixed(1)} s wall; ` +
      `peak RSS ${Math.round((process.resourceUsage().maxRSS * 1024) / MB)} MB; checksum ${checksum}`,
  );
  console.log(`| stage (MB/s, CPU) | ${groups.join(' | ')} |`);
  console.log(`|---|${groups.map(() => '---:').join('|')}|`);
  for (const stage of STAGES) {
    const cells = groups.map((g) => rate(stage, g)?.toFixed(1) ?? '');
    console.log(`| ${stage} | ${cells.join(' | ')} |`);
  }
  const raw = rate('raw-cut', 'zh');
  if (raw) {
    const rel = (stage: Stage) => `${((100 * (rate(stage, 'zh') ?? 0)) / raw).toFixed(0)}%`;
    console.log(
      `Chinese, against raw cut: segment ${rel('segment')}, segment-pos ${rel('segment-pos')}, pipeline ${rel('pipeline')}`,
    );
  }
}

await main();
