import { readDevset, lineKeys } from './alignment.js';
const d = readDevset();
const [, , ...specs] = process.argv;
for (const s of specs) {
  const [n, l] = s.split(':') as [string, 'en'];
  const line = d[l][Number(n) - 1] ?? '';
  console.log(n, l, JSON.stringify([...lineKeys(line, l).date]), line.slice(0, 400));
}
