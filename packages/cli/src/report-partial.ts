import type { Entity, InputError } from '@untk/core';
import type { DocumentPartial, ReportOptions } from '@untk/reports';
import { jsonLines } from './jsonl.js';

/**
 * A report's partial result, as `untk report --partial FILE` writes it (JSONL): a header line naming the
 * report options, then one line per document in document id order (its partial counts and its entities), and
 * one line per input that could not be used. `untk merge --report DIR` adds up the partials of the shards of a
 * corpus into the report of the whole corpus.
 */
export const PARTIAL_FORMAT = 'untk-report-partial';
export const PARTIAL_VERSION = 1;

/** The report options a partial was made with; partials merge only when theirs are the same. */
export type PartialReportOptions = Required<Pick<ReportOptions, 'minPair' | 'minItem' | 'cooccurrenceWords'>> &
  Pick<ReportOptions, 'window'> & { networkUnit: NonNullable<ReportOptions['networkUnit']> };

export type PartialRecord =
  | { header: { format: string; version: number; options: PartialReportOptions } }
  | { doc: DocumentPartial; entities: Entity[] }
  | { error: InputError };

export function headerLine(options: PartialReportOptions): string {
  return JSON.stringify({ header: { format: PARTIAL_FORMAT, version: PARTIAL_VERSION, options } }) + '\n';
}

export function documentLine(doc: DocumentPartial, entities: readonly Entity[]): string {
  return JSON.stringify({ doc, entities }) + '\n';
}

export function errorLine(error: InputError): string {
  return JSON.stringify({ error }) + '\n';
}

export class BadPartial extends Error {}

/**
 * The records of a partial file after its header, read as a stream; the header's options come first.
 * Throws BadPartial at a line that is not a partial record, or when the file does not start with a header.
 */
export async function* readPartial(file: string): AsyncGenerator<PartialRecord> {
  let empty = true;
  for await (const { line: n, value } of jsonLines(file, (m) => new BadPartial(m))) {
    empty = false;
    const record = value as Record<string, unknown>;
    if (n === 1) {
      const h = record.header as { format?: unknown; version?: unknown } | undefined;
      if (h?.format !== PARTIAL_FORMAT) throw new BadPartial('is not a partial report (untk report --partial)');
      if (h.version !== PARTIAL_VERSION) throw new BadPartial(`is a partial report of version ${String(h.version)}`);
    } else if (
      !(record.doc && typeof record.doc === 'object' && Array.isArray(record.entities)) &&
      !(record.error && typeof record.error === 'object')
    ) {
      throw new BadPartial(`line ${n}: not a document or error record of a partial report`);
    }
    yield value as PartialRecord;
  }
  if (empty) throw new BadPartial('is empty (not a partial report)');
}
