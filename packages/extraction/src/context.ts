import { toOriginal, type Document, type Entity, type NormalizedText, type Segment } from '@untk/core';

/** Fields an extractor gives for one entity, beside the ones every entity has. */
export type EntityFields<E extends Entity = Entity> = E extends Entity
  ? Omit<E, 'doc' | 'text' | 'start' | 'end' | 'lang'>
  : never;

/** What an extractor reads: the document, its normalised text, and a way to make entities with original offsets. */
export interface ExtractContext {
  readonly doc: Document;
  readonly norm: NormalizedText;
  /** Word tokens with part-of-speech tags and original offsets, when the caller has them (jieba's `nt` marks a body). */
  readonly tokens?: readonly Segment[];
  /** Make an entity from a span of the normalised text; offsets and text come from the original. */
  entity<E extends Entity>(start: number, end: number, fields: EntityFields<E>): E;
}

export function createContext(doc: Document, norm: NormalizedText, tokens?: readonly Segment[]): ExtractContext {
  return {
    doc,
    norm,
    ...(tokens ? { tokens } : {}),
    entity<E extends Entity>(start: number, end: number, fields: EntityFields<E>): E {
      const span = toOriginal(norm, start, end);
      const { kind, ...own } = fields as { kind: Entity['kind'] };
      // Key order is the JSONL contract's: doc, kind, text, start, end, lang, then the kind's own fields.
      return {
        doc: doc.id,
        kind,
        text: doc.text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        lang: doc.lang,
        ...own,
      } as unknown as E;
    },
  };
}

/** An extractor finds one kind of entity in a document. */
export type Extractor = (ctx: ExtractContext) => Entity[];
