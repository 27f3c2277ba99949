import type { Document, Entity, EntityKind, InputError, Segment } from '@untk/core';
import { expandInputs, readDocument, type InputRef } from './inputs.js';
import type { CliIo } from './io.js';
import type { Progress } from './progress.js';
import { analyzeDocument, type SegmentsMode } from './pipeline.js';

export interface AnalyzedDocument {
  doc: Document;
  entities: Entity[];
  /** when asked for with `segments` */
  segments?: Segment[];
}

/** How inputs are found and read: the options every command that reads documents shares. */
export interface InputSettings {
  lang?: string;
  include?: readonly string[];
  exclude?: readonly string[];
  encoding?: string;
  /** stop at the first input that cannot be used */
  strict?: boolean;
  maxBytes?: number;
}

/** Thrown by `analyzeInputs` under `--strict` at the first bad input (already reported on stderr). */
export class StrictStop extends Error {
  constructor(readonly inputError: InputError) {
    super(`${inputError.source}: ${inputError.message}`);
    this.name = 'StrictStop';
  }
}

/**
 * The documents named by `names` (files, folders, `-`), and the inputs that cannot be used, each named on stderr
 * as it is met (under `strict`, the first one throws StrictStop). A name that holds no documents is such an input.
 * Every command that reads documents starts here, on one thread or on the worker pool.
 */
export async function openInputs(
  names: readonly string[],
  io: CliIo,
  options: InputSettings,
): Promise<{ refs: InputRef[]; errors: InputError[]; fail: (e: InputError) => void }> {
  const { refs, errors } = await expandInputs(names, {
    ...(options.include ? { include: options.include } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  const fail = (e: InputError) => {
    reportInputError(io, e);
    if (options.strict) throw new StrictStop(e);
  };
  for (const e of errors) fail(e);
  if (refs.length === 0 && errors.length === 0) {
    const e: InputError = {
      source: names.join(' '),
      code: 'not-found',
      message: 'holds no documents to read (.txt, .pdf, .docx, .doc, .html or UN language files; see --include)',
    };
    errors.push(e);
    fail(e);
  }
  return { refs, errors, fail };
}

/** The reading options of the input settings (what readDocument takes besides standard input). */
export function readingOptions(options: InputSettings): { lang?: string; encoding?: string; maxBytes?: number } {
  return {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  };
}

/**
 * Read every input and analyse it, one document at a time; a bad input is reported on stderr as it is met
 * and collected, and the run goes on (under `strict`, it throws StrictStop instead).
 */
export async function analyzeInputs(
  names: readonly string[],
  io: CliIo,
  options: InputSettings & {
    kinds?: readonly EntityKind[];
    segments?: SegmentsMode;
    progress?: (total: number) => Progress;
  },
  onDocument: (d: AnalyzedDocument) => void,
): Promise<InputError[]> {
  const { refs, errors, fail } = await openInputs(names, io, options);
  const progress = options.progress?.(refs.length);
  try {
    for (const ref of refs) {
      progress?.tick(ref.id);
      const read = await readDocument(ref, { ...readingOptions(options), stdin: io.stdin });
      if ('error' in read) {
        errors.push(read.error);
        fail(read.error);
        continue;
      }
      const { entities, segments } = analyzeDocument(read.doc, {
        ...(options.kinds ? { kinds: options.kinds } : {}),
        ...(options.segments ? { segments: options.segments } : {}),
      });
      onDocument(segments ? { doc: read.doc, entities, segments } : { doc: read.doc, entities });
    }
  } finally {
    // Cleared even when --strict stops the run.
    progress?.stop();
  }
  return errors;
}

export function reportInputError(io: CliIo, e: InputError): void {
  io.stderr.write(`untk: ${e.source}: ${e.message}\n`);
}
