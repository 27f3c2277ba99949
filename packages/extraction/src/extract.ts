import {
  compareEntities,
  type Document,
  type Entity,
  type EntityKind,
  type NormalizedText,
  type Segment,
} from '@untk/core';
import { createContext, type Extractor } from './context.js';
import { findAcronyms } from './acronym/index.js';
import { findDates } from './date/index.js';
import { findOrganizations } from './organization/index.js';
import { findResolutions } from './resolution/index.js';
import { findSymbols } from './symbol/index.js';

/** The pipeline, in order: each extractor reads the normalised text and returns entities with original offsets. */
export const EXTRACTORS: ReadonlyArray<{ name: string; kinds: readonly EntityKind[]; run: Extractor }> = [
  { name: 'resolution', kinds: ['resolution'], run: findResolutions },
  { name: 'symbol', kinds: ['symbol', 'resolution'], run: findSymbols },
  { name: 'date', kinds: ['date'], run: findDates },
  { name: 'organization', kinds: ['organization'], run: findOrganizations },
  { name: 'acronym', kinds: ['acronym'], run: findAcronyms },
];

export interface ExtractOptions {
  /** Only these kinds; all when omitted. */
  kinds?: readonly EntityKind[];
  /** POS-tagged word tokens of the document (original offsets), used by the organisation finder when given. */
  tokens?: readonly Segment[];
}

/**
 * Extract entities from a document whose text has been normalised (see @untk/segmentation's `normalize`).
 * Returns them in document order, without duplicates (the same kind, span and identity found twice).
 */
export function extract(doc: Document, norm: NormalizedText, options: ExtractOptions = {}): Entity[] {
  const ctx = createContext(doc, norm, options.tokens);
  const wanted = options.kinds ? new Set(options.kinds) : undefined;
  const all: Entity[] = [];
  for (const x of EXTRACTORS) {
    if (wanted && !x.kinds.some((k) => wanted.has(k))) continue;
    for (const e of x.run(ctx)) if (!wanted || wanted.has(e.kind)) all.push(e);
  }
  all.sort(compareEntities);
  return dedupe(all);
}

function dedupe(sorted: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && compareEntities(prev, e) === 0) continue;
    out.push(e);
  }
  return out;
}
