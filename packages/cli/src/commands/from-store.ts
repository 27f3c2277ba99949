import { narrowPartial, type DocumentPartial, type PartialOptions } from '@untk/reports';
import type { Entity } from '@untk/core';
import { Option } from '@commander-js/extra-typings';
import type { CliIo } from '../io.js';
import { inShard, type Shard } from '../shard.js';
import { readStoreDocuments } from '../store.js';

/** `--db FILE`: read a store made by `untk index --report-counts` instead of input files. */
export const dbOption = () =>
  new Option('--db <file>', 'read the documents from a store made by untk index --report-counts, not from files');

/** `--where SQL`: which documents of the store (a condition over documents: id, source, lang, characters). */
export const whereOption = () =>
  new Option('--where <sql>', "only the store's documents that meet this SQL condition (id, source, lang, characters)");

/**
 * The partial counts and entities of a store's documents (those meeting `where`, in the shard), narrowed to
 * `options`, in document id order, as the worker pool would give them for the files. Undefined, after saying
 * why on stderr, when the store cannot be read or some documents were indexed without --report-counts.
 */
export async function storePartials(
  io: CliIo,
  db: string,
  options: PartialOptions,
  where?: string,
  shard?: Shard,
): Promise<{ partial: DocumentPartial; entities: Entity[] }[] | undefined> {
  let docs;
  try {
    docs = await readStoreDocuments(db, where);
  } catch (err) {
    io.stderr.write(`untk: cannot read the store ${db}: ${(err as Error).message.split('\n')[0]}\n`);
    return undefined;
  }
  docs = docs.filter((d) => inShard(d.id, shard));
  const missing = docs.filter((d) => d.partial === null);
  if (missing.length > 0) {
    io.stderr.write(
      `untk: ${db}: ${missing.length} of ${docs.length} documents have no report counts (${missing[0]!.id}…); ` +
        'index them with untk index --report-counts\n',
    );
    return undefined;
  }
  return docs.map((d) => ({ partial: narrowPartial(d.partial!, options), entities: d.entities }));
}
