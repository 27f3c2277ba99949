import type { Document, Entity, EntityKind, InputError } from '@untk/core';
import { documentPartial, type DocumentPartial, type PartialOptions } from '@untk/reports';
import { readDocument, type InputRef } from '../inputs.js';
import { analyzeDocument, type SegmentsMode } from '../pipeline.js';

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
}

/** What comes back: the document without its text (it stays in the worker), and its entities in order. */
export type AnalyzeResult =
  | {
      doc: Omit<Document, 'text'> & { characters: number };
      entities: Entity[];
      tokens?: number;
      /** with `report`: the counts and co-occurrence units the report needs from this document */
      partial?: DocumentPartial;
    }
  | { error: InputError };

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
  });
  const meta = { id: doc.id, source: doc.source, lang: doc.lang, characters: doc.text.length };
  if (!segments) return { doc: meta, entities };
  if (task.report) {
    // The segments stay in the worker: only the counts the report needs come back.
    const partial = documentPartial({ ...meta, entities, segments }, task.report);
    return { doc: meta, entities, partial };
  }
  let tokens = 0;
  for (const s of segments) if (s.kind === 'token') tokens++;
  return { doc: meta, entities, tokens };
}
