import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of a file in the package's data/ folder. Built from this module's URL, never from the
 * working directory: src/ and dist/ are both one level under the package root.
 */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.url));
}

export function readData(name: string): string {
  return readFileSync(dataPath(name), 'utf8');
}
