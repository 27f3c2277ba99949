/**
 * How long the CLI's read path takes per MB of the bundled corpus: readDocument (stat, read, decode with
 * encoding sniffing, language detection), and its CPU parts on their own (decode from bytes in memory,
 * detectLanguage on every text, as if no file name gave the language).
 *
 *   npx --yes pnpm@10 run build && npx tsx scripts/bench-read.ts [--reps 3]
 *
 * Each figure is the best of --reps passes over the whole corpus (the first pass also warms the file cache).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Inputs from '../packages/cli/dist/inputs.js';
import type * as Readers from '../packages/cli/dist/readers/index.js';
import type * as Segmentation from '../packages/segmentation/dist/index.js';
import { corpusFiles } from './corpus-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (p: string) => pathToFileURL(path.join(ROOT, 'packages', p)).href;

async function main() {
  const args = process.argv.slice(2);
  const reps = Number(args[args.indexOf('--reps') + 1] ?? 3) || 3;
  const { readDocument } = (await import(dist('cli/dist/inputs.js'))) as typeof Inputs;
  const { readBytes } = (await import(dist('cli/dist/readers/index.js'))) as typeof Readers;
  const { detectLanguage } = (await import(dist('segmentation/dist/index.js'))) as typeof Segmentation;
  const all = corpusFiles(path.join(ROOT, 'corpus'));
  const bytes = all.map((f) => readFileSync(f));
  const texts: string[] = [];
  const mb = bytes.reduce((a, b) => a + b.length, 0) / 1024 / 1024;
  const best = async (f: () => Promise<void> | void) => {
    let min = Infinity;
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      await f();
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  const read = await best(async () => {
    for (const f of all) {
      const r = await readDocument({ source: f, id: f }, {});
      if ('error' in r) throw new Error(`${f}: ${r.error.message}`);
    }
  });
  const decode = await best(async () => {
    texts.length = 0;
    for (const [i, f] of all.entries()) {
      const r = await readBytes(f, bytes[i] as Buffer);
      if ('problem' in r) throw new Error(`${f}: ${r.problem.message}`);
      texts.push(r.text);
    }
  });
  let langs = '';
  const detect = await best(() => {
    langs = texts.map((t) => detectLanguage(t)).join(',');
  });
  const perMb = (ms: number) => `${(ms / mb).toFixed(2)} ms/MB`;
  console.log(`${all.length} files, ${mb.toFixed(1)} MB (best of ${reps}; wall clock)`);
  console.log(`| step | ms | per MB |\n|---|---:|---:|`);
  console.log(
    `| readDocument (stat, read, decode, detect when the name gives no language) | ${read.toFixed(1)} | ${perMb(read)} |`,
  );
  console.log(`| decode from memory (format, encoding sniffing) | ${decode.toFixed(1)} | ${perMb(decode)} |`);
  console.log(`| detectLanguage on every text | ${detect.toFixed(1)} | ${perMb(detect)} |`);
  console.log(`languages: ${langs.length} chars of results`);
}

await main();
