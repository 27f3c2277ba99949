import type { Document, Entity, EntityKind, InputError, Segment } from '@untk/core';
import { expandInputs, readDocument } from './inputs.js';
import type { CliIo } from './io.js';
import { analyzeDocument, type SegmentsMode } from './pipeline.js';

export interface AnalyzedDocument {
  doc: Document;
  entities: Entity[];
  /** when asked for with `segments` */
  segments?: Segment[];
}

/**
 * Read every input and analyse it, one document at a time; a bad input is reported on stderr as it is met
 * and collected, and the run goes on.
 */
export async function analyzeInputs(
  names: readonly string[],
  io: CliIo,
  options: { lang?: string; kinds?: readonly EntityKind[]; segments?: SegmentsMode },
  onDocument: (d: AnalyzedDocument) => void,
): Promise<InputError[]> {
  const { refs, errors } = await expandInputs(names);
  for (const e of errors) reportInputError(io, e);
  for (const ref of refs) {
    const read = await readDocument(ref, { ...(options.lang ? { lang: options.lang } : {}), stdin: io.stdin });
    if ('error' in read) {
      errors.push(read.error);
      reportInputError(io, read.error);
      continue;
    }
    const { entities, segments } = analyzeDocument(read.doc, {
      ...(options.kinds ? { kinds: options.kinds } : {}),
      ...(options.segments ? { segments: options.segments } : {}),
    });
    onDocument(segments ? { doc: read.doc, entities, segments } : { doc: read.doc, entities });
  }
  return errors;
}

export function reportInputError(io: CliIo, e: InputError): void {
  io.stderr.write(`untk: ${e.source}: ${e.message}\n`);
}
