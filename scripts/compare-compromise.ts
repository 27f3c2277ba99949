/**
 * Compares compromise 14.17.0's `.organizations()` (with the English gazetteer as its lexicon) with untk's English
 * organisation finder on the first N lines of the dev set: speed, agreement, compromise's truncations and its
 * finds that untk lacks. Dev-time only; it is why compromise is not in the extraction path (see README).
 *
 *   npx tsx scripts/compare-compromise.ts [lines=1000]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createContext } from '../packages/extraction/src/context.js';
import { findOrganizations } from '../packages/extraction/src/organization/index.js';
import { gazetteerFor } from '../packages/extraction/src/organization/gazetteer.js';
import { normalize } from '../packages/segmentation/src/normalize.js';

const n = Number(process.argv[2] ?? 1000);
const file = fileURLToPath(new URL('../corpus/unpc-devset/UNv1.0.devset.en', import.meta.url));
const text = readFileSync(file, 'utf8').split('\n').slice(0, n).join('\n');

const lexicon: Record<string, string> = {};
for (const row of gazetteerFor('en')?.rows ?? []) lexicon[row.form.toLowerCase()] = 'Organization';

let t = performance.now();
const theirs = (
  nlp(text, lexicon).organizations().json({ offset: true }) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>
).map((o) => ({ start: o.offset.start, end: o.offset.start + o.offset.length, text: o.text }));
const theirMs = performance.now() - t;
t = performance.now();
const doc = { id: 'devset.en', source: 'devset.en', lang: 'en', text };
const ours = findOrganizations(createContext(doc, normalize(text)));
const ourMs = performance.now() - t;

const same = theirs.filter((c) => ours.some((o) => o.start === c.start && o.end === c.end)).length;
const truncated = theirs.filter((c) =>
  ours.some((o) => o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start),
);
const onlyTheirs = theirs.filter((c) => !ours.some((o) => o.start < c.end && c.start < o.end));
console.log(`${text.length} characters, ${n} lines`);
console.log(`compromise: ${theirs.length} organisations in ${theirMs.toFixed(0)} ms`);
console.log(`untk:       ${ours.length} organisations in ${ourMs.toFixed(0)} ms`);
console.log(
  `same span: ${same}; compromise span inside a longer untk name: ${truncated.length}; compromise only: ${onlyTheirs.length}`,
);
console.log(
  'truncated, e.g.:',
  truncated.slice(0, 8).map((c) => c.text),
);
console.log(
  'compromise only, e.g.:',
  onlyTheirs.slice(0, 15).map((c) => c.text),
);
