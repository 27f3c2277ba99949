import { PassThrough } from 'node:stream';
import type { EntityKind } from '@untk/core';
import { EXIT, type CliIo } from '../io.js';
import { isOwnOutputFile, type EntityFormat } from '../output.js';
import { StrictStop, type InputSettings } from '../run.js';
import type { Shard } from '../shard.js';
import { analyzeInOrder } from './pool.js';
import { AtomicFile, EntityFormatter, writeWithBackpressure } from './sink.js';

export interface ExtractRun extends InputSettings {
  format: EntityFormat;
  out?: string;
  /** replace an --out file that does not look like untk's own output */
  force?: boolean;
  kinds?: readonly EntityKind[];
  /** false: Chinese organisations and short forms without jieba's POS tags */
  pos?: boolean;
  jobs?: number;
  shard?: Shard;
}

/**
 * `untk extract`: entities of every input, in document id order, streamed to stdout or to a file that appears
 * whole or not at all. Under `strict` nothing is written unless every input is used, so output to stdout is held
 * until the end. Returns the exit code (a StrictStop is thrown on, for main to report).
 */
export async function runExtract(inputs: readonly string[], run: ExtractRun, io: CliIo): Promise<number> {
  if (run.out && !run.force && !(await isOwnOutputFile(run.out))) {
    io.stderr.write(`untk: ${run.out}: the file exists and untk did not write it; choose another or pass --force\n`);
    return EXIT.output;
  }
  let file: AtomicFile | undefined;
  if (run.out) {
    try {
      file = await AtomicFile.open(run.out);
    } catch (err) {
      io.stderr.write(`untk: cannot write ${run.out}: ${(err as Error).message}\n`);
      return EXIT.output;
    }
  }
  let held = '';
  const out = file?.stream ?? (run.strict ? new PassThrough().on('data', (c: Buffer) => (held += c)) : io.stdout);
  const formatter = new EntityFormatter(run.format);
  try {
    // Each document's entities are formatted where they were found (a worker with --jobs > 1): only text comes back.
    const errors = await analyzeInOrder(inputs, io, { ...run, reply: { format: run.format } }, (d) => {
      if (d.formatted === undefined) throw new Error(`the analysis of ${d.doc.id} sent back no formatted entities`);
      return writeWithBackpressure(out, formatter.formatted(d.formatted, d.entityCount));
    });
    await writeWithBackpressure(out, formatter.end());
    if (file) await file.commit();
    else if (run.strict) io.stdout.write(held);
    return errors.length > 0 ? EXIT.inputErrors : EXIT.ok;
  } catch (err) {
    if (!file) throw err;
    await file.abort();
    if (err instanceof StrictStop) throw err;
    io.stderr.write(`untk: cannot write ${run.out}: ${(err as Error).message}\n`);
    return EXIT.output;
  }
}
