import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file in the bundled corpus. */
export function corpusPath(relative: string): string {
  return fileURLToPath(new URL(`../../corpus/${relative}`, import.meta.url));
}

export const SEED_PATH = corpusPath('seed/000_64ff64efe628bbb7.txt');

/** The seed report exactly as it came. */
export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

export function corpusText(relative: string): string {
  return readFileSync(corpusPath(relative), 'utf8');
}
