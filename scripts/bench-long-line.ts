/**
 * Time and memory of normalise + extract on one long line, at a few sizes, to check both grow linearly.
 *
 *   npx tsx scripts/bench-long-line.ts [MB …]   (default 2 4 8)
 */
import { performance } from 'node:perf_hooks';
import { extract } from '../packages/extraction/src/index.js';
import { normalize } from '../packages/segmentation/src/index.js';

const sizes = process.argv.slice(2).map(Number);
const unit = 'resolution 1373 (2001), ';
for (const mb of sizes.length > 0 ? sizes : [2, 4, 8]) {
  const text = unit.repeat(Math.floor((mb * 1024 * 1024) / unit.length));
  const before = process.memoryUsage();
  const t0 = performance.now();
  const norm = normalize(text);
  const t1 = performance.now();
  const entities = extract({ id: 'bench', source: 'bench', lang: 'en', text }, norm);
  const t2 = performance.now();
  const after = process.memoryUsage();
  const grown = (after.rss - before.rss + after.arrayBuffers - before.arrayBuffers) / 1024 / 1024;
  console.log(
    `${mb} MB: normalize ${(t1 - t0).toFixed(0)} ms, extract ${(t2 - t1).toFixed(0)} ms ` +
      `(${entities.length} entities), ${((mb / (t2 - t0)) * 1000).toFixed(1)} MB/s, ~${grown.toFixed(0)} MB more memory`,
  );
}
