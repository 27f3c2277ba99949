import { entityKey, type Document, type Entity, type EntityKind, type InputError } from '@untk/core';
import { documentPartial, itemId, type DocumentPartial, type PartialOptions } from '@untk/reports';
import { readDocument, type InputRef } from '../inputs.js';
import { formatEntities, type EntityFormat } from '../output.js';
import { analyzeDocument, type SegmentsMode } from '../pipeline.js';

/**
 * What a document's entities come back as. Objects cost the most to send from a worker (each one is copied, and
 * rebuilt on the main thread, where its garbage is collected): a consumer that only writes them out or counts
 * them asks for that work to be done where the document was analysed.
 * - `entities` (the default): the entity objects
 * - a format: the document's entities as that output format gives them for this document alone (formatEntities)
 * - `counts`: sparse counts of the document's entity mentions, by the reports' item id (`itemId(kind, entityKey)`),
 *   in first-met order
 * - `none`: nothing (the report partial or token count is all the consumer reads)
 */
export type EntityReply = 'entities' | 'counts' | 'none' | { format: EntityFormat };

/** One document's work, as sent to a worker: a file to read, or a document already read (standard input). */
export interface AnalyzeTask {
  ref: InputRef;
  /** set when the main thread read the text itself (standard input is not readable from a worker) */
  doc?: Document;
  lang?: string;
  encoding?: string;
  maxBytes?: number;
  kinds?: readonly EntityKind[];
  /** segment the document too (loads nodejieba for Chinese); only the number of tokens comes back */
  segments?: SegmentsMode;
  /** reduce the document to its report partial result (needs segments) and send that back */
  report?: PartialOptions;
  /** false: Chinese organisations and short forms without jieba's POS tags (see analyzeDocument) */
  pos?: boolean;
  /** how the entities come back (default: the objects) */
  reply?: EntityReply;
}

/** The document without its text (it stays where it was read). */
export type DocumentMeta = Omit<Document, 'text'> & { characters: number };

/** What comes back: the document's metadata and what `reply` asked for (its entities in order, by default). */
export type AnalyzeResult =
  | {
      doc: DocumentMeta;
      /** the entity objects, in document order (reply `entities`) */
      entities?: Entity[];
      /** the entities in the asked format (reply `{ format }`) */
      formatted?: string;
      /** entity mentions by item id, with their numbers (reply `counts`) */
      counts?: EntityCounts;
      /** how many entities the document has, whatever the reply */
      entityCount: number;
      tokens?: number;
      /** with `report`: the counts and co-occurrence units the report needs from this document */
      partial?: DocumentPartial;
    }
  | { error: InputError };

/**
 * Sparse counts: `n[i]` mentions under `keys[i]`. Two flat arrays, not an array of pairs: a worker sends them with
 * two copies fewer per key.
 */
export interface EntityCounts {
  keys: string[];
  n: number[];
}

function entityCounts(entities: readonly Entity[]): EntityCounts {
  const at = new Map<string, number>();
  const counts: EntityCounts = { keys: [], n: [] };
  for (const e of entities) {
    const k = itemId(e.kind, entityKey(e));
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, counts.keys.length);
      counts.keys.push(k);
      counts.n.push(1);
    } else counts.n[i]!++;
  }
  return counts;
}

/** Read (unless given) and analyse one document; an unusable input is a result, never a throw. */
export async function runTask(task: AnalyzeTask): Promise<AnalyzeResult> {
  let doc = task.doc;
  if (!doc) {
    const read = await readDocument(task.ref, {
      ...(task.lang ? { lang: task.lang } : {}),
      ...(task.encoding ? { encoding: task.encoding } : {}),
      ...(task.maxBytes ? { maxBytes: task.maxBytes } : {}),
    });
    if ('error' in read) return read;
    doc = read.doc;
  }
  const { entities, segments } = analyzeDocument(doc, {
    ...(task.kinds ? { kinds: task.kinds } : {}),
    ...(task.segments ? { segments: task.segments } : {}),
    ...(task.pos === false ? { pos: false } : {}),
  });
  const meta = { id: doc.id, source: doc.source, lang: doc.lang, characters: doc.text.length };
  const reply = task.reply ?? 'entities';
  const result: Extract<AnalyzeResult, { doc: unknown }> = { doc: meta, entityCount: entities.length };
  if (reply === 'entities') result.entities = entities;
  else if (reply === 'counts') result.counts = entityCounts(entities);
  else if (reply !== 'none') result.formatted = formatEntities(entities, reply.format);
  if (!segments) return result;
  if (task.report) {
    // The segments stay in the worker: only the counts the report needs come back.
    result.partial = documentPartial({ ...meta, entities, segments }, task.report);
    return result;
  }
  let tokens = 0;
  for (const s of segments) if (s.kind === 'token') tokens++;
  result.tokens = tokens;
  return result;
}
