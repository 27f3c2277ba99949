/**
 * `tsx scripts/golden.ts [--stage normalize|segment|segment-pos|extract|all] [--out file]`: one SHA-256 digest
 * per stage and bundled document, to prove that a speed change leaves every output as it was.
 *
 * Run it before a change and after (on the compiled packages: `pnpm run build` first) and diff the two:
 *
 *   npx tsx scripts/golden.ts > /tmp/before.txt
 *   … change, pnpm run build …
 *   npx tsx scripts/golden.ts | diff /tmp/before.txt - && echo identical
 *
 * Each line is `stage<TAB>document<TAB>digest<TAB>count`, where the digest covers the whole output of the stage
 * for that document (normalised text, offset maps and blocks; every segment; every entity, in order).
 * The documents are every file of the bundled corpus, read as the CLI reads them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Inputs from '../packages/cli/dist/inputs.js';
import type * as Extraction from '../packages/extraction/dist/index.js';
import type * as Segmentation from '../packages/segmentation/dist/index.js';
import { corpusFiles } from './corpus-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (p: string) => pathToFileURL(path.join(ROOT, 'packages', p)).href;
const STAGES = ['normalize', 'segment', 'segment-pos', 'extract'] as const;
type Stage = (typeof STAGES)[number];

const digest = (parts: Iterable<string>) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\n');
  return h.digest('hex').slice(0, 16);
};

async function main() {
  const args = process.argv.slice(2);
  const stageArg = args[args.indexOf('--stage') + 1];
  const stages: readonly Stage[] = args.includes('--stage') && stageArg !== 'all' ? [stageArg as Stage] : STAGES;
  const seg = (await import(dist('segmentation/dist/index.js'))) as typeof Segmentation;
  const ex = (await import(dist('extraction/dist/index.js'))) as typeof Extraction;
  const { readDocument } = (await import(dist('cli/dist/inputs.js'))) as typeof Inputs;
  for (const file of corpusFiles(path.join(ROOT, 'corpus'))) {
    const name = path.relative(ROOT, file);
    const read = await readDocument({ source: file, id: name }, {});
    if ('error' in read) throw new Error(`${name}: ${read.error.message}`);
    const doc = read.doc;
    const norm = seg.normalize(doc.text);
    const line = (stage: Stage, d: string, n: number) => console.log(`${stage}\t${name}\t${d}\t${n}`);
    if (stages.includes('normalize'))
      line(
        'normalize',
        digest([
          norm.text,
          Array.from(norm.starts).join(','),
          Array.from(norm.ends).join(','),
          JSON.stringify(norm.blocks),
        ]),
        norm.text.length,
      );
    for (const stage of ['segment', 'segment-pos'] as const) {
      if (!stages.includes(stage)) continue;
      const segments = seg.segment(doc, norm, { pos: stage === 'segment-pos' });
      line(stage, digest(segments.map((s) => JSON.stringify(s))), segments.length);
    }
    if (stages.includes('extract')) {
      const tokens = doc.lang.startsWith('zh')
        ? seg.segment(doc, norm, { pos: true }).filter((s) => s.kind === 'token')
        : undefined;
      const entities = ex.extract(doc, norm, tokens ? { tokens } : {});
      line('extract', digest(entities.map((e) => JSON.stringify(e))), entities.length);
      const noSeg = ex.extract(doc, norm, { kinds: ['resolution', 'symbol', 'date', 'acronym'] });
      line('extract-noseg' as Stage, digest(noSeg.map((e) => JSON.stringify(e))), noSeg.length);
    }
  }
}

await main();
