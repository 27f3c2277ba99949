import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as NodeJieba from 'nodejieba';
import { dataPath } from '../data.js';
import { DictionaryError, parseDictionary, toJiebaFormat, type DictEntry } from './dictionary.js';
import { TagTable } from './tags.js';

/**
 * The one owner of nodejieba's native state. nodejieba holds one dictionary per process; it is loaded
 * once, lazily (the first time Chinese words are needed), from paths inside the package.
 */

/** The UN domain user dictionary bundled with the package (editable TSV with provenance in its header). */
export const UN_DICTIONARY_FILE = 'zh-un-dict.tsv';

type Jieba = typeof NodeJieba;

let jieba: Jieba | undefined;
let stale = false;
/** The user-dictionary text jieba was last loaded with (after nodejieba's own user dictionary). */
let loadedUserDict = '';
/** word → tag of the dictionaries jieba was last loaded with; built on the first tag look-up. */
let tagTable: TagTable | undefined;
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
    loadedUserDict = toJiebaFormat(entries);
    writeFileSync(file, loadedUserDict);
    nj.load({ userDict: `${defaultPaths(nj).DEFAULT_USER_DICT}|${file}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  tagTable = undefined;
  hotTags = new Map();
  jieba = nj;
  stale = false;
  return nj;
}

function instance(): Jieba {
  return jieba && !stale ? jieba : load();
}

/**
 * Load the dictionaries now (otherwise the first call that needs words does). With `pos`, also the
 * word → tag map that part-of-speech tags read (otherwise the first tagged sentence builds it: about
 * 0.1 s; about 6 MB of heap and 9 MB of typed arrays).
 */
export function loadJieba(options: { pos?: boolean } = {}): void {
  instance();
  if (options.pos === true) tags();
}

/** jieba's words of `text`, HMM on (new words and ASCII runs stay whole). Call per sentence or paragraph. */
export function cutWords(text: string): string[] {
  return instance().cut(text, true);
}

/**
 * jieba's part-of-speech tag of one of its words, as nodejieba's `tag()` gives it, without `tag()`.
 *
 * cppjieba's `Tag` (MixSegment → PosTagger::Tag) cuts with the same HMM-on segmenter as `cut(s, true)` and
 * then looks each word up (PosTagger::LookupTag): the tag of the word's dictionary entry, or, when the word
 * has no entry or an entry without a tag, a rule on its characters (specialTag). `tag()` returns objects
 * through N-API and runs at about half the speed of `cut()`; `cut()` and a table look-up give the same tags
 * (test/pos.test.ts compares them with `tag()` on the seed, the zh dev set and the user-dictionary words).
 */
export function tagOf(word: string): string {
  // The words seen lately first, from a smaller map that stays in the processor's cache: a look-up in the
  // 350,000-word table costs cache misses (about 150 ns a word against 90 ns on the zh dev set).
  // Cleared when full, so its memory is bounded.
  let tag = hotTags.get(word);
  if (tag !== undefined) return tag;
  tag = tags().get(word);
  if (tag === undefined || tag === '') tag = specialTag(word);
  if (hotTags.size >= HOT_TAGS) hotTags.clear();
  hotTags.set(word, tag);
  return tag;
}

const HOT_TAGS = 65536;
let hotTags = new Map<string, string>();

/**
 * PosTagger::SpecialRule for a word without a dictionary tag: count the ASCII code points (stopping once
 * they reach half the word's length in code points, rounded down); none → `x`, all digits → `m`, else
 * `eng`. So a one-character word is always `x` (half of 1 is 0: nothing is counted).
 */
function specialTag(word: string): string {
  let size = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) size++;
  }
  const half = Math.floor(size / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < half; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      ascii++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

function defaultPaths(nj: Jieba): { DEFAULT_DICT: string; DEFAULT_USER_DICT: string } {
  return nj as unknown as { DEFAULT_DICT: string; DEFAULT_USER_DICT: string };
}

/**
 * The word → tag table of the dictionaries jieba has loaded: its main dictionary, its bundled user
 * dictionary, then ours (the UN dictionary and the user's files), read as cppjieba's DictTrie reads them
 * (see TagTable). About 350,000 words: built once, on the first look-up (only POS tagging needs it).
 */
function tags(): TagTable {
  const nj = instance();
  if (tagTable) return tagTable;
  const table = new TagTable();
  const paths = defaultPaths(nj);
  table.addText(readFileSync(paths.DEFAULT_DICT, 'utf8'), true);
  table.addText(readFileSync(paths.DEFAULT_USER_DICT, 'utf8'), false);
  table.addText(loadedUserDict, false);
  tagTable = table;
  return table;
}
