/**
 * `tsx scripts/bench-dates.ts [--runs 3] [--only en]`: CPU time of the date extractor alone (findDates) over every
 * document of the bundled corpus, by document language; the best of --runs passes (needs a build first).
 * Normalisation happens once, before timing. MB/s is megabytes of original UTF-8 text per CPU second.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Inputs from '../packages/cli/dist/inputs.js';
import type * as Extraction from '../packages/extraction/dist/index.js';
import type * as Segmentation from '../packages/segmentation/dist/index.js';
import { corpusFiles } from './corpus-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (p: string) => pathToFileURL(path.join(ROOT, 'packages', p)).href;
const MB = 1024 * 1024;

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const runs = Number(arg('--runs') ?? 3);
  const only = arg('--only');
  const seg = (await import(dist('segmentation/dist/index.js'))) as typeof Segmentation;
  const ex = (await import(dist('extraction/dist/index.js'))) as typeof Extraction;
  const { readDocument } = (await import(dist('cli/dist/inputs.js'))) as typeof Inputs;
  const docs: Array<{ lang: string; ctx: Extraction.ExtractContext; bytes: number }> = [];
  for (const file of corpusFiles(path.join(ROOT, 'corpus'))) {
    const name = path.relative(ROOT, file);
    const read = await readDocument({ source: file, id: name }, {});
    if ('error' in read) throw new Error(`${name}: ${read.error.message}`);
    const lang = read.doc.lang.slice(0, 2);
    if (only && lang !== only) continue;
    const ctx = ex.createContext(read.doc, seg.normalize(read.doc.text));
    docs.push({ lang, ctx, bytes: Buffer.byteLength(read.doc.text) });
  }
  const langs = [...new Set(docs.map((d) => d.lang))].sort();
  const best = new Map<string, number>();
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const time = new Map<string, number>();
    for (const d of docs) {
      const c = process.cpuUsage();
      found += ex.findDates(d.ctx).length;
      const u = process.cpuUsage(c);
      time.set(d.lang, (time.get(d.lang) ?? 0) + (u.user + u.system) / 1e6);
    }
    time.set(
      'all',
      [...time.values()].reduce((a, b) => a + b, 0),
    );
    for (const [k, s] of time) best.set(k, Math.min(best.get(k) ?? Infinity, s));
  }
  const bytesOf = (l: string) => docs.filter((d) => l === 'all' || d.lang === l).reduce((n, d) => n + d.bytes, 0);
  console.log(`${docs.length} documents, ${(bytesOf('all') / MB).toFixed(1)} MB, ${found / runs} dates per run`);
  console.log(`| findDates (MB/s, CPU, best of ${runs}) | ${[...langs, 'all'].join(' | ')} |`);
  console.log(`|---|${[...langs, 'all'].map(() => '---:').join('|')}|`);
  const cells = [...langs, 'all'].map((l) => `${(bytesOf(l) / MB / (best.get(l) ?? 1)).toFixed(1)}`);
  console.log(`| date | ${cells.join(' | ')} |`);
}

await main();
