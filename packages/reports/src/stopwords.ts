import { readFileSync } from 'node:fs';
import { UN_LANGS, unLangOf, type UnLang } from '@untk/core';
import { z } from 'zod';

// One word per line: no white space inside, lower case as the counting folds it.
const StopWordListSchema = z
  .array(z.string().regex(/^\S+$/u, 'a stop word is one word without spaces'))
  .refine((words) => new Set(words).size === words.length, { message: 'the list holds a word twice' })
  .refine((words) => words.every((w) => w === w.toLowerCase()), { message: 'stop words are written in lower case' });

function load(lang: UnLang): ReadonlySet<string> {
  // dist/ and src/ sit side by side with data/, so the same relative path works for both.
  const file = new URL(`../data/stopwords/${lang}.tsv`, import.meta.url);
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const parsed = StopWordListSchema.safeParse(lines);
  if (!parsed.success) throw new Error(`stop words for ${lang}: ${z.prettifyError(parsed.error)}`);
  return new Set(parsed.data);
}

const cache = new Map<UnLang, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** The stop words of a language (`packages/reports/data/stopwords/<lang>.tsv`); none for other languages. */
export function stopWords(lang: string): ReadonlySet<string> {
  const un = unLangOf(lang);
  if (!un) return EMPTY;
  let set = cache.get(un);
  if (!set) {
    set = load(un);
    cache.set(un, set);
  }
  return set;
}

/** Every language that has a stop-word list. */
export const STOP_WORD_LANGS: readonly UnLang[] = UN_LANGS;
