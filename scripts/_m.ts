import { UN_LANGS } from '@untk/core';
import { checkAlignment } from './alignment.js';
const k = checkAlignment().find((x) => x.kind === (process.argv[2] ?? 'date'))!;
for (const d of k.disagreements) {
  const counts = new Map<string, number>();
  for (const l of UN_LANGS) counts.set(JSON.stringify(d.keys[l]), (counts.get(JSON.stringify(d.keys[l])) ?? 0) + 1);
  const major = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const odd = UN_LANGS.filter((l) => JSON.stringify(d.keys[l]) !== major);
  console.log(`${d.line} maj=${major} ` + odd.map((l) => `${l}=${JSON.stringify(d.keys[l])}`).join(' '));
}
