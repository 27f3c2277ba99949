import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every document file under a folder (not the corpus's README.md or the dev set's .ids), in a stable order. */
export function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...corpusFiles(full));
    else if (e.isFile() && !e.name.endsWith('.md') && !e.name.endsWith('.ids')) out.push(full);
  }
  return out;
}
