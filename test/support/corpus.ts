import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Every bundled text as [name, text]: the seed, each language of the dev set, and the CR-UNSC resolutions joined
 * into one text (blank lines between them).
 */
export function bundledTexts(): Array<[string, string]> {
  const resolutions = readdirSync(corpusPath('cr-unsc-resolutions-en'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => corpusText(`cr-unsc-resolutions-en/${f}`))
    .join('\n\n');
  return [
    ['seed', seedText()],
    ...['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((l): [string, string] => [
      l,
      corpusText(`unpc-devset/UNv1.0.devset.${l}`),
    ]),
    ['cr-unsc-resolutions-en', resolutions],
  ];
}
