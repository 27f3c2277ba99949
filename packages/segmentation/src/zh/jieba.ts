import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as NodeJieba from 'nodejieba';
import { dataPath } from '../data.js';
import { DictionaryError, parseDictionary, toJiebaFormat, type DictEntry } from './dictionary.js';

/**
 * The one owner of nodejieba's native state. nodejieba holds one dictionary per process; it is loaded
 * once, lazily (the first time Chinese words are needed), from paths inside the package.
 */

/** The UN domain user dictionary bundled with the package (editable TSV with provenance in its header). */
export const UN_DICTIONARY_FILE = 'zh-un-dict.tsv';

type Jieba = typeof NodeJieba;

let jieba: Jieba | undefined;
let stale = false;
const userDictionaries: Array<{ file: string; entries: DictEntry[] }> = [];

/**
 * Add a user dictionary file (`word [freq] [tag]` a line, `#` comments allowed) to the words jieba keeps
 * whole. Read and checked now; a bad file throws a DictionaryError. If jieba is already loaded it is
 * reloaded (with the bundled and all user dictionaries) the next time words are needed.
 * Returns the number of words read.
 */
export function addUserDictionary(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DictionaryError(`${file}: cannot read the user dictionary: ${(err as Error).message}`);
  }
  const entries = parseDictionary(text, file);
  userDictionaries.push({ file, entries });
  if (jieba) stale = true;
  return entries.length;
}

/** The bundled UN dictionary's entries, validated. */
export function unDictionary(): DictEntry[] {
  return parseDictionary(readFileSync(dataPath(UN_DICTIONARY_FILE), 'utf8'), UN_DICTIONARY_FILE);
}

/** Whether nodejieba has been loaded in this process (work that needs no words must not load it). */
export function isJiebaLoaded(): boolean {
  return jieba !== undefined;
}

function load(): Jieba {
  const require = createRequire(import.meta.url);
  const nj = jieba ?? (require('nodejieba') as Jieba);
  const entries = [...unDictionary(), ...userDictionaries.flatMap((d) => d.entries)];
  // cppjieba reads every line of a user dictionary as a word (no comments) and aborts the process on a
  // missing file, so our checked entries go through a private temporary file in its format, read by
  // load() and removed at once. `|` separates dictionaries: jieba's bundled one is kept.
  const dir = mkdtempSync(path.join(tmpdir(), 'untk-jieba-'));
  try {
    const file = path.join(dir, 'user.dict.utf8');
    writeFileSync(file, toJiebaFormat(entries));
    const defaults = nj as unknown as { DEFAULT_USER_DICT: string };
    nj.load({ userDict: `${defaults.DEFAULT_USER_DICT}|${file}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  jieba = nj;
  stale = false;
  return nj;
}

function instance(): Jieba {
  return jieba && !stale ? jieba : load();
}

/** Load the dictionaries now (otherwise the first call that needs words does). */
export function loadJieba(): void {
  instance();
}

/** jieba's words of `text`, HMM on (new words and ASCII runs stay whole). Call per sentence or paragraph. */
export function cutWords(text: string): string[] {
  return instance().cut(text, true);
}

/** jieba's words of `text` with their part-of-speech tags (jieba's tagset; `nt` for organisations). */
export function tagWords(text: string): Array<{ word: string; tag: string }> {
  return instance().tag(text);
}
