import type { EntityKind } from '@untk/core';
import { EXIT, type CliIo } from '../io.js';
import type { EntityFormat } from '../output.js';
import type { Shard } from '../shard.js';
import { analyzeInOrder } from './pool.js';
import { AtomicFile, EntityFormatter, writeWithBackpressure } from './sink.js';

export interface ExtractRun {
  format: EntityFormat;
  out?: string;
  lang?: string;
  kinds?: readonly EntityKind[];
  jobs?: number;
  shard?: Shard;
}

/**
 * `untk extract`: entities of every input, in document id order, streamed to stdout or to a file that appears
 * whole or not at all. Returns the exit code.
 */
export async function runExtract(inputs: readonly string[], run: ExtractRun, io: CliIo): Promise<number> {
  let file: AtomicFile | undefined;
  if (run.out) {
    try {
      file = await AtomicFile.open(run.out);
    } catch (err) {
      io.stderr.write(`untk: cannot write ${run.out}: ${(err as Error).message}\n`);
      return EXIT.output;
    }
  }
  const out = file?.stream ?? io.stdout;
  const formatter = new EntityFormatter(run.format);
  try {
    const errors = await analyzeInOrder(
      inputs,
      io,
      {
        ...(run.lang ? { lang: run.lang } : {}),
        ...(run.kinds ? { kinds: run.kinds } : {}),
        ...(run.jobs ? { jobs: run.jobs } : {}),
        ...(run.shard ? { shard: run.shard } : {}),
      },
      (d) => writeWithBackpressure(out, formatter.chunk(d.entities)),
    );
    await writeWithBackpressure(out, formatter.end());
    if (file) await file.commit();
    return errors.length > 0 ? EXIT.inputErrors : EXIT.ok;
  } catch (err) {
    if (!file) throw err;
    await file.abort();
    io.stderr.write(`untk: cannot write ${run.out}: ${(err as Error).message}\n`);
    return EXIT.output;
  }
}
