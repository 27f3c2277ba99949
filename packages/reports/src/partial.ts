import type { EntityKind } from '@untk/core';
import { TEXT_UNITS, tokenItems, unitItems } from './cooccurrence.js';
import { countDocument, type DocumentCounts, type ReportDocument } from './documents.js';

/** What a document's partial result must hold: the options that change what is counted per document. */
export interface PartialOptions {
  /** count content words in co-occurrence as well as entities */
  words: boolean;
  /** the token-window size, when windows are counted */
  window?: number;
  /** leave out the co-occurrence units (keyness needs only the counts) */
  noUnits?: boolean;
}

/**
 * One document reduced to what a report needs from it, as plain data (arrays, no Maps) so that a worker thread
 * can send it back and a sharded run can write it as one JSON line: the document's counts, and the items of each
 * of its co-occurrence units. Adding the partials of a corpus to a ReportBuilder, in any split over workers or
 * shards, gives the report of the whole corpus (counts add; the builder sorts what it outputs). Entities travel
 * beside it, not in it.
 */
export interface DocumentPartial {
  id: string;
  source: string;
  lang: string;
  characters: number;
  folder: string;
  year: number | null;
  tokens: number;
  entityCounts: Record<EntityKind, number>;
  /** item id → occurrences, in the order first met */
  items: [string, number][];
  /** items of each sentence, paragraph and the document (absent with noUnits) */
  units?: { sentence: string[][]; paragraph: string[][]; document: string[][] };
  /** items standing at each word token, for token windows (absent unless a window is asked for) */
  tokenItems?: string[][];
}

/** Reduce a document (entities and segments) to its partial result; runs in a worker. */
export function documentPartial(doc: ReportDocument, options: PartialOptions): DocumentPartial {
  const c = countDocument(doc);
  const partial: DocumentPartial = {
    id: c.id,
    source: c.source,
    lang: c.lang,
    characters: c.characters,
    folder: c.folder,
    year: c.year,
    tokens: c.tokens,
    entityCounts: c.entityCounts,
    items: [...c.items],
  };
  if (options.noUnits) return partial;
  const unitOptions = { words: options.words, lang: doc.lang };
  const segments = doc.segments ?? [];
  const [sentence, paragraph, document] = TEXT_UNITS.map((u) => unitItems(doc.entities, segments, u, unitOptions));
  partial.units = { sentence: sentence ?? [], paragraph: paragraph ?? [], document: document ?? [] };
  if (options.window !== undefined) partial.tokenItems = tokenItems(doc.entities, segments, unitOptions);
  return partial;
}

/** The counts of a partial, as the frequency and keyness functions take them. */
export function partialCounts(p: DocumentPartial): DocumentCounts {
  return {
    id: p.id,
    source: p.source,
    lang: p.lang,
    characters: p.characters,
    folder: p.folder,
    year: p.year,
    tokens: p.tokens,
    entityCounts: p.entityCounts,
    items: new Map(p.items),
  };
}

const WORD_ITEM = 'word\t';

/**
 * A partial made with words and token items (the most a partial holds, as `untk index --report-counts` stores
 * it) narrowed to what a report with `options` would have made: without words, the word items leave the units
 * (entities stay, each unit still counts); without a window, the token items go. The result is what
 * documentPartial gives for the same document with `options`, up to the order of items within a unit, which no
 * count depends on.
 */
export function narrowPartial(p: DocumentPartial, options: PartialOptions): DocumentPartial {
  const keep = (items: string[]) => (options.words ? items : items.filter((i) => !i.startsWith(WORD_ITEM)));
  const { units, tokenItems: at, ...counts } = p;
  const out: DocumentPartial = { ...counts };
  if (!options.noUnits && units) {
    out.units = {
      sentence: units.sentence.map(keep),
      paragraph: units.paragraph.map(keep),
      document: units.document.map(keep),
    };
  }
  if (!options.noUnits && options.window !== undefined && at) out.tokenItems = at.map(keep);
  return out;
}
