import { compareStrings, type Entity, type InputError } from '@untk/core';
import { ReportBuilder, type DocumentPartial } from '@untk/reports';
import { EXIT, type CliIo } from '../io.js';
import { BadPartial, readPartial, type PartialRecord, type PartialReportOptions } from '../report-partial.js';
import { isOwnOrEmpty, writeReportFolder } from './report.js';

interface Head {
  input: number;
  doc: DocumentPartial;
  entities: Entity[];
  rest: AsyncGenerator<PartialRecord>;
}

/**
 * Merge the partial results of sharded report runs (`untk report --shard i/n --partial FILE`) into the report
 * folder one unsharded run writes, file for file. Documents are taken in id order across the partials (a k-way
 * merge: one document per partial is held besides the counts), so entities.jsonl comes out in the same order.
 * Inputs that could not be used are named once even when every shard met them. Returns the exit code.
 */
export async function mergeReportPartials(
  files: readonly string[],
  out: string,
  force: boolean,
  io: CliIo,
): Promise<number> {
  if (!force && !(await isOwnOrEmpty(out))) {
    io.stderr.write(`untk: ${out}: the folder holds files untk did not write; choose another folder or pass --force\n`);
    return EXIT.output;
  }
  let failed = false;
  const fail = (file: string, message: string) => {
    failed = true;
    io.stderr.write(`untk: ${file}: ${message}\n`);
  };
  const errors = new Map<string, InputError>();
  const heads: Head[] = [];
  let options: PartialReportOptions | undefined;
  let optionsFrom = '';
  // Next document record of an input; error records on the way are collected.
  const advance = async (input: number, rest: AsyncGenerator<PartialRecord>, previous?: string) => {
    const file = files[input] ?? '';
    try {
      for (;;) {
        const next = await rest.next();
        if (next.done) return;
        const r = next.value;
        if ('header' in r) {
          const o = JSON.stringify(r.header.options);
          if (options === undefined) {
            options = r.header.options;
            optionsFrom = file;
          } else if (o !== JSON.stringify(options)) {
            throw new BadPartial(`was made with other report options than ${optionsFrom} (${o})`);
          }
        } else if ('error' in r) {
          errors.set(`${r.error.source}\u0000${r.error.code}\u0000${r.error.message}`, r.error);
        } else {
          if (previous !== undefined && compareStrings(previous, r.doc.id) >= 0) {
            throw new BadPartial('is not in document order (is it the output of untk report --partial?)');
          }
          heads.push({ input, doc: r.doc, entities: r.entities, rest });
          return;
        }
      }
    } catch (err) {
      if (err instanceof BadPartial) fail(file, err.message + '; it was left out from there on');
      else if ((err as NodeJS.ErrnoException).code === 'ENOENT') fail(file, 'no such file');
      else fail(file, (err as Error).message);
    }
  };
  // Headers first (each file's first record), so the builder knows the options before any document.
  for (const [i, file] of files.entries()) await advance(i, readPartial(file));
  if (options === undefined) {
    io.stderr.write('untk: none of the files is a partial report to merge\n');
    return EXIT.inputErrors;
  }
  const builder = new ReportBuilder(options);
  let last: string | undefined;
  while (heads.length > 0) {
    let best = 0;
    for (let i = 1; i < heads.length; i++) {
      const c = compareStrings(heads[i]!.doc.id, heads[best]!.doc.id);
      if (c < 0 || (c === 0 && heads[i]!.input < heads[best]!.input)) best = i;
    }
    const [head] = heads.splice(best, 1) as [Head];
    if (head.doc.id === last) {
      fail(files[head.input] ?? '', `document ${head.doc.id} is in two partials; kept one (made with the same n?)`);
    } else {
      builder.addPartial(head.doc, head.entities);
      last = head.doc.id;
    }
    await advance(head.input, head.rest, head.doc.id);
  }
  const code = await writeReportFolder(io, out, builder, [...errors.values()]);
  return code === EXIT.ok && failed ? EXIT.inputErrors : code;
}
