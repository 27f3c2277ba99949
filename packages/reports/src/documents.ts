import {
  compareStrings,
  ENTITY_KINDS,
  entityKey,
  type ITEM_KINDS,
  type Entity,
  type EntityKind,
  type Segment,
} from '@untk/core';
import { stopWords } from './stopwords.js';

/** What is counted: an entity kind, or `word` for word tokens (stop words left out). */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The id an item is counted under: its kind and canonical key (`resolution\t2322 (2016)`, `word\tterrorism`). */
export function itemId(kind: ItemKind, key: string): string {
  return `${kind}\t${key}`;
}

export function parseItemId(id: string): { kind: ItemKind; key: string } {
  const tab = id.indexOf('\t');
  return { kind: id.slice(0, tab) as ItemKind, key: id.slice(tab + 1) };
}

/** A document as the reports see it: metadata, the entities found in it and its segments (original offsets). */
export interface ReportDocument {
  id: string;
  source: string;
  lang: string;
  characters: number;
  entities: readonly Entity[];
  /** paragraphs, sentences and tokens; without tokens, relative frequencies and dispersion are not computed */
  segments?: readonly Segment[];
}

/** One document reduced to counts: what frequency, dispersion, keyness and similarity need. */
export interface DocumentCounts {
  id: string;
  source: string;
  lang: string;
  characters: number;
  /** dirname of the id (`cr-unsc-resolutions-en`), `.` for a document at the top of its input */
  folder: string;
  /** see documentYear() */
  year: number | null;
  /** word tokens (segments of kind token holding a letter or a digit), stop words included */
  tokens: number;
  entityCounts: Record<EntityKind, number>;
  /** item id → occurrences (entities under their canonical key, words folded, stop words left out) */
  items: Map<string, number>;
}

// A year between 1945 and 2099 standing alone between separators in a file name (`S_RES_0242_1967_EN_GOLD.txt`).
const YEAR_IN_NAME = /(?:^|[^0-9A-Za-z])(19[4-9][0-9]|20[0-9]{2})(?=[^0-9A-Za-z]|$)/;

/**
 * The year a document belongs to: a year standing alone in its file name (`S_RES_0242_1967_EN_GOLD.txt` → 1967);
 * otherwise the year of its first date entity in text order; otherwise null (no year group).
 */
export function documentYear(id: string, entities: readonly Entity[]): number | null {
  const base = id.slice(id.lastIndexOf('/') + 1);
  const m = YEAR_IN_NAME.exec(base);
  if (m?.[1]) return Number(m[1]);
  let first: { start: number; year: number } | undefined;
  for (const e of entities) {
    if (e.kind !== 'date') continue;
    const y = /^\d{4}/.exec(e.value);
    if (y && (!first || e.start < first.start)) first = { start: e.start, year: Number(y[0]) };
  }
  return first?.year ?? null;
}

/** The folder of a document id: everything before the last `/`, or `.`. */
export function documentFolder(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash < 0 ? '.' : id.slice(0, slash);
}

// A token that counts as a word token: it holds a letter or a digit (punctuation and spaces do not count).
const WORD_TOKEN = /[\p{L}\p{N}]/u;
// A token that can be a frequency item: it holds a letter (numbers are left to the entity extractors).
const LEXICAL = /\p{L}/u;
// A single Latin letter (`s` of a split `S/RES`, list labels `a`, `b`): not a word worth counting.
const LONE_LATIN_LETTER = /^\p{Script=Latin}$/u;

/** The key a word is counted under: NFKC, lower case. */
export function wordKey(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Is this token a word that frequency counts (has a letter, is not a stop word of the language)? */
export function isContentWord(key: string, stops: ReadonlySet<string>): boolean {
  return LEXICAL.test(key) && !LONE_LATIN_LETTER.test(key) && !stops.has(key);
}

export function isWordToken(s: Segment): boolean {
  return s.kind === 'token' && WORD_TOKEN.test(s.text);
}

/** What a token's text is to the counts: not a word token, a word token that is not a content word, or the id of its content word. */
export type TokenClass = typeof NOT_A_WORD | typeof NOT_CONTENT | string;
export const NOT_A_WORD = 0;
export const NOT_CONTENT = 1;

/**
 * Classifies token texts as isWordToken, wordKey and isContentWord do, for one document and its stop words,
 * remembering each text's answer: a document repeats its words, and NFKC, lower-casing and the tests took a
 * worker more time than anything else a report asks of it.
 */
export function tokenClassifier(stops: ReadonlySet<string>): (text: string) => TokenClass {
  const seen = new Map<string, TokenClass>();
  return (text) => {
    let c = seen.get(text);
    if (c === undefined) {
      if (!WORD_TOKEN.test(text)) c = NOT_A_WORD;
      else {
        const key = wordKey(text);
        c = isContentWord(key, stops) ? itemId('word', key) : NOT_CONTENT;
      }
      seen.set(text, c);
    }
    return c;
  };
}

/**
 * Entities that count: when two entities cover the same span (a `S/RES/2322 (2016)` symbol is also resolution
 * 2322 (2016)), the one of the earlier kind in ENTITY_KINDS stands for both, so the pair is not counted as a
 * co-occurrence of a thing with itself. Frequency counts every entity; co-occurrence uses this.
 */
export function distinctSpans(entities: readonly Entity[]): Entity[] {
  const best = new Map<string, Entity>();
  for (const e of entities) {
    // An acronym entity records a mapping (`伊黎伊斯兰国(达伊沙)`); the organisation entities inside it are
    // the mentions. Counting both would pair a body with its own name.
    if (e.kind === 'acronym') continue;
    const k = `${e.start}:${e.end}`;
    const seen = best.get(k);
    if (!seen || ENTITY_KINDS.indexOf(e.kind) < ENTITY_KINDS.indexOf(seen.kind)) best.set(k, e);
  }
  return [...best.values()];
}

/** Reduce a document to counts. */
export function countDocument(doc: ReportDocument): DocumentCounts {
  const entityCounts = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  const items = new Map<string, number>();
  const add = (id: string) => items.set(id, (items.get(id) ?? 0) + 1);
  for (const e of doc.entities) {
    entityCounts[e.kind]++;
    add(itemId(e.kind, entityKey(e)));
  }
  const classify = tokenClassifier(stopWords(doc.lang));
  let tokens = 0;
  for (const s of doc.segments ?? []) {
    if (s.kind !== 'token') continue;
    const c = classify(s.text);
    if (c === NOT_A_WORD) continue;
    tokens++;
    if (c !== NOT_CONTENT) add(c);
  }
  return {
    id: doc.id,
    source: doc.source,
    lang: doc.lang,
    characters: doc.characters,
    folder: documentFolder(doc.id),
    year: documentYear(doc.id, doc.entities),
    tokens,
    entityCounts,
    items,
  };
}

/** Sort order of every table: count descending, then kind, then key (code-unit order). */
export function compareCounted(
  a: { count: number; kind: string; key: string },
  b: { count: number; kind: string; key: string },
): number {
  return b.count - a.count || compareStrings(a.kind, b.kind) || compareStrings(a.key, b.key);
}
