import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from '@commander-js/extra-typings';
import { parse as parseCsv } from 'csv-parse';
import { compareEntities, EntitySchema, type Entity } from '@untk/core';
import { EXIT, type CliIo } from '../io.js';
import { ENTITY_FORMATS, formatEntities, type EntityFormat } from '../output.js';
import { AtomicFile, EntityFormatter, writeWithBackpressure } from '../parallel/sink.js';
import { jsonLines } from '../jsonl.js';
import { mergeReportPartials } from './merge-report.js';

// Columns whose CSV cells are numbers in the entity.
const NUMERIC_COLUMNS = new Set(['start', 'end', 'number', 'year', 'paragraph', 'confidence']);

/** The format of an entity file, from its name: `.jsonl`/`.ndjson`, `.json` or `.csv`. */
export function formatOfFile(file: string): EntityFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  return undefined;
}

export class BadInput extends Error {}

/** Entities of one file, in file order; JSONL and CSV are read as streams, a JSON array whole. */
export async function* readEntities(file: string, format: EntityFormat): AsyncGenerator<Entity> {
  const check = (value: unknown, where: string): Entity => {
    const parsed = EntitySchema.safeParse(value);
    if (!parsed.success) throw new BadInput(`${where}: not an untk entity`);
    // Keep the object as read: its key order is what the output repeats.
    return value as Entity;
  };
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      if (err instanceof SyntaxError) throw new BadInput('is not valid JSON');
      throw err;
    }
    if (!Array.isArray(value)) throw new BadInput('is not a JSON array of entities');
    for (const [i, v] of value.entries()) yield check(v, `entity ${i + 1}`);
    return;
  }
  if (format === 'jsonl') {
    for await (const { line, value } of jsonLines(file, (m) => new BadInput(m))) yield check(value, `line ${line}`);
    return;
  }
  const expected = formatEntities([], 'csv')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(',');
  let header: string[] | undefined;
  let n = 0;
  for await (const row of createReadStream(file).pipe(parseCsv({ bom: true, relax_column_count: false }))) {
    const cells = row as string[];
    n++;
    if (!header) {
      header = cells;
      if (header.join(',') !== expected.join(',')) {
        throw new BadInput(`its columns are not those of untk extract --format csv (${expected.join(',')})`);
      }
      continue;
    }
    const entity: Record<string, unknown> = {};
    header.forEach((column, i) => {
      const cell = cells[i] ?? '';
      if (cell !== '') entity[column] = NUMERIC_COLUMNS.has(column) ? Number(cell) : cell;
    });
    yield check(entity, `row ${n}`);
  }
}

interface Head {
  input: number;
  entity: Entity;
  rest: AsyncGenerator<Entity>;
}

/**
 * Merge entity files written by `untk extract --shard i/n` (each in document order) into one file in the same
 * order, so the result is byte for byte what one unsharded run writes. A k-way merge by `compareEntities`: only
 * one entity per input is held (JSON arrays are read whole). Returns the exit code.
 */
export async function mergeEntityFiles(
  files: readonly string[],
  out: string | undefined,
  io: CliIo,
  formatOption?: EntityFormat,
): Promise<number> {
  const formats = new Set(files.map((f) => formatOption ?? formatOfFile(f)));
  if (formats.has(undefined) || formats.size !== 1) {
    io.stderr.write(
      'untk: merge needs files of one format, named .jsonl, .json or .csv (or say which with --format)\n',
    );
    return EXIT.usage;
  }
  const format = [...formats][0] as EntityFormat;
  let failed = false;
  const fail = (file: string, message: string) => {
    failed = true;
    io.stderr.write(`untk: ${file}: ${message}\n`);
  };
  const heads: Head[] = [];
  const advance = async (input: number, rest: AsyncGenerator<Entity>, previous?: Entity) => {
    try {
      const next = await rest.next();
      if (next.done) return;
      if (previous && compareEntities(previous, next.value) > 0) {
        throw new BadInput('is not in document order (is it the output of untk extract?)');
      }
      heads.push({ input, entity: next.value, rest });
    } catch (err) {
      const file = files[input] ?? '';
      if (err instanceof BadInput) fail(file, err.message + '; the rest of it was left out');
      else if ((err as NodeJS.ErrnoException).code === 'ENOENT') fail(file, 'no such file');
      else fail(file, (err as Error).message);
    }
  };
  for (const [i, file] of files.entries()) await advance(i, readEntities(file, format));

  let sink: AtomicFile | undefined;
  try {
    if (out) sink = await AtomicFile.open(out);
  } catch (err) {
    io.stderr.write(`untk: cannot write ${out}: ${(err as Error).message}\n`);
    return EXIT.output;
  }
  const stream = sink?.stream ?? io.stdout;
  const formatter = new EntityFormatter(format);
  // Which input a document came from: the same document in two inputs means the shards overlap.
  const owner = new Map<string, number>();
  const overlaps = new Set<string>();
  try {
    while (heads.length > 0) {
      let best = 0;
      for (let i = 1; i < heads.length; i++) {
        const a = heads[i]!;
        const b = heads[best]!;
        const c = compareEntities(a.entity, b.entity);
        if (c < 0 || (c === 0 && a.input < b.input)) best = i;
      }
      const [head] = heads.splice(best, 1) as [Head];
      const first = owner.get(head.entity.doc);
      if (first === undefined) owner.set(head.entity.doc, head.input);
      if (first === undefined || first === head.input) {
        await writeWithBackpressure(stream, formatter.chunk([head.entity]));
      } else if (!overlaps.has(`${head.entity.doc}\u0000${head.input}`)) {
        overlaps.add(`${head.entity.doc}\u0000${head.input}`);
        fail(
          files[head.input] ?? '',
          `document ${head.entity.doc} is also in ${files[first]}; kept only the first (were both made with the same n?)`,
        );
      }
      await advance(head.input, head.rest, head.entity);
    }
    await writeWithBackpressure(stream, formatter.end());
    await sink?.commit();
  } catch (err) {
    await sink?.abort();
    io.stderr.write(`untk: cannot write ${out ?? 'the output'}: ${(err as Error).message}\n`);
    return EXIT.output;
  }
  return failed ? EXIT.inputErrors : EXIT.ok;
}

export function mergeCommand(io: CliIo, setExit: (code: number) => void) {
  return new Command('merge')
    .description(
      'Merge entity files from sharded runs (untk extract --shard i/n) into the one file an unsharded run ' +
        'writes, byte for byte. Files are JSONL, JSON or CSV, all of one format.',
    )
    .argument('<files...>', 'entity files written by untk extract (.jsonl, .json or .csv)')
    .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output')
    .option('--report <dir>', 'the files are partial reports (untk report --partial): write the report folder')
    .option('--force', 'with --report, write into a folder that holds files this tool did not write')
    .addOption(
      new Option('-f, --format <format>', 'format of the files (default: from their names)').choices(ENTITY_FORMATS),
    )
    .action(async (files, opts) => {
      if (opts.report !== undefined) {
        setExit(await mergeReportPartials(files, opts.report, opts.force ?? false, io));
        return;
      }
      setExit(await mergeEntityFiles(files, opts.out, io, opts.format));
    });
}
