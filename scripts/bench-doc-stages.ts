/**
 * Where a small document's time goes in extraction alone: each stage of `untk extract --kinds resolution symbol
 * date acronym --no-pos` run on its own over the 902 CR-UNSC resolutions (about 2.3 KB each, most of the bench
 * corpus's documents), in microseconds of CPU per document, in steady state (each stage runs 5 times a round; the
 * third of three rounds is printed, after V8 has compiled the hot code).
 *
 *   npx --yes pnpm@10 run build && npx tsx scripts/bench-doc-stages.ts
 *
 * Stages: read (readFileSync), decode (the text reader: UTF-8 check and decoding), detect (detectLanguage),
 * normalize, each extractor alone over the normalised text, all four together, and JSON Lines formatting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Document, EntityKind } from '../packages/core/dist/index.js';
import type * as Extraction from '../packages/extraction/dist/index.js';
import type * as Output from '../packages/cli/dist/output.js';
import type * as TextReader from '../packages/cli/dist/readers/text.js';
import type * as Segmentation from '../packages/segmentation/dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (p: string) => pathToFileURL(path.join(ROOT, 'packages', p)).href;

async function main(): Promise<void> {
  const seg = (await import(dist('segmentation/dist/index.js'))) as typeof Segmentation;
  const ex = (await import(dist('extraction/dist/index.js'))) as typeof Extraction;
  const out = (await import(dist('cli/dist/output.js'))) as typeof Output;
  const reader = (await import(dist('cli/dist/readers/text.js'))) as typeof TextReader;
  const dir = path.join(ROOT, 'corpus/cr-unsc-resolutions-en');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
  const bytes = files.map((f) => readFileSync(f));
  const texts = bytes.map((b) => b.toString('utf8'));
  const size = bytes.reduce((s, b) => s + b.length, 0);
  const kinds: EntityKind[] = ['resolution', 'symbol', 'date', 'acronym'];
  const norms = texts.map((t) => seg.normalize(t));
  const docs: Document[] = texts.map((text, i) => ({ id: `d${i}`, source: files[i] ?? '', lang: 'en', text }));
  const entities = docs.map((d, i) => ex.extract(d, norms[i]!, { kinds }));
  const each = (k: EntityKind[]) => () => docs.forEach((d, i) => ex.extract(d, norms[i]!, { kinds: k }));
  const stages: Array<[string, () => void]> = [
    ['read', () => files.forEach((f) => readFileSync(f))],
    ['decode', () => bytes.forEach((b) => reader.decodeText(b))],
    ['detect', () => texts.forEach((t) => seg.detectLanguage(t))],
    ['normalize', () => texts.forEach((t) => seg.normalize(t))],
    ['resolution', each(['resolution'])],
    ['symbol', each(['symbol'])],
    ['date', each(['date'])],
    ['acronym', each(['acronym'])],
    ['all four', each(kinds)],
    ['format', () => entities.forEach((e) => out.formatEntities(e, 'jsonl'))],
  ];
  const rows: string[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [name, run] of stages) {
      const t0 = process.cpuUsage();
      for (let r = 0; r < 5; r++) run();
      const used = process.cpuUsage(t0);
      const seconds = (used.user + used.system) / 1e6 / 5;
      if (round === 2) {
        const perDoc = ((seconds * 1e6) / files.length).toFixed(1);
        rows.push(`| ${name} | ${perDoc} | ${(size / 1048576 / seconds).toFixed(1)} |`);
      }
    }
  }
  process.stdout.write(
    `${files.length} documents, ${Math.round(size / files.length)} bytes each on average\n` +
      '| stage | µs per document (CPU) | MB/s |\n|---|---:|---:|\n' +
      `${rows.join('\n')}\n`,
  );
}

await main();
