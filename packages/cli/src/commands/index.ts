import path from 'node:path';
import { Command, Option } from '@commander-js/extra-typings';
import { ENTITY_KINDS } from '@untk/core';
import { EXIT, type CliIo } from '../io.js';
import { jobsOption, shardOption } from '../parallel/options.js';
import { analyzeInOrder, entitiesOf } from '../parallel/pool.js';
import { StrictStop } from '../run.js';
import { StoreWriter } from '../store.js';
import { BadInput, readEntities } from './merge.js';
import { inputSettings, withInputOptions } from './input-options.js';

/** Entity files that `untk index` loads as they are, instead of analysing them as documents. */
const ENTITY_FILE = /\.(jsonl|ndjson|parquet)$/i;

export function indexCommand(io: CliIo, setExit: (code: number) => void) {
  return withInputOptions(
    new Command('index')
      .description(
        'Store mentions in an embedded DuckDB database (tables documents and mentions) for SQL over a large ' +
          'corpus. Inputs are documents (analysed as by untk extract) or entity files written by untk extract, ' +
          'merge or stream (.jsonl) or by --parquet (.parquet). Indexing a document again replaces its rows.',
      )
      .argument('<inputs...>', 'files or folders of documents, or .jsonl/.parquet entity files')
      .requiredOption('--db <file>', 'the DuckDB database file (created when missing)')
      .option('--parquet <file>', 'also write every stored mention to this Parquet file'),
  )
    .addOption(new Option('-k, --kinds <kinds...>', 'only these entity kinds').choices(ENTITY_KINDS))
    .addOption(jobsOption())
    .addOption(shardOption())
    .option(
      '--report-counts',
      'also segment each document and store its report counts, so that untk report/compare --db need no text',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  untk index corpus --db untk.duckdb\n' +
        '  untk index part0.jsonl part1.jsonl part2.jsonl --db untk.duckdb --parquet mentions.parquet\n' +
        '  duckdb untk.duckdb "SELECT kind, key, count(*) FROM mentions GROUP BY ALL ORDER BY 3 DESC LIMIT 10"',
    )
    .action(async (inputs, opts) => {
      let store: StoreWriter;
      try {
        store = await StoreWriter.open(opts.db);
      } catch (err) {
        io.stderr.write(`untk: cannot open the database ${opts.db}: ${(err as Error).message}\n`);
        setExit(EXIT.output);
        return;
      }
      let failed = false;
      try {
        const documents = inputs.filter((i) => !ENTITY_FILE.test(i));
        for (const file of inputs.filter((i) => ENTITY_FILE.test(i))) {
          try {
            if (path.extname(file).toLowerCase() === '.parquet') await store.addParquet(file);
            else for await (const e of readEntities(file, 'jsonl')) store.addMentions([e]);
          } catch (err) {
            failed = true;
            const message = err instanceof BadInput ? err.message : (err as Error).message.split('\n')[0];
            io.stderr.write(`untk: ${file}: ${message}\n`);
          }
        }
        if (documents.length > 0) {
          const errors = await analyzeInOrder(
            documents,
            io,
            {
              ...inputSettings(opts),
              ...(opts.kinds ? { kinds: opts.kinds } : {}),
              ...(opts.jobs ? { jobs: opts.jobs } : {}),
              ...(opts.shard ? { shard: opts.shard } : {}),
              // The most a partial holds (words, token items): any report's options narrow it (narrowPartial).
              ...(opts.reportCounts ? { segments: 'tokens' as const, report: { words: true, window: 1 } } : {}),
            },
            (d) => {
              const { doc, partial } = d;
              store.addDocument({ id: doc.id, source: doc.source, lang: doc.lang, characters: doc.characters });
              store.addMentions(entitiesOf(d));
              if (partial) store.addCounts(partial);
            },
          );
          if (errors.length > 0) failed = true;
        }
        await store.documentsFromMentions();
        const added = await store.commit();
        if (opts.parquet) await store.exportParquet(opts.parquet);
        io.stdout.write(
          `untk index: ${added.documents} documents, ${added.mentions} mentions stored in ${opts.db}` +
            (opts.parquet ? ` (all mentions also in ${opts.parquet})` : '') +
            '\n',
        );
      } catch (err) {
        if (err instanceof StrictStop) throw err;
        io.stderr.write(`untk: cannot write the database ${opts.db}: ${(err as Error).message}\n`);
        setExit(EXIT.output);
        return;
      } finally {
        store.close();
      }
      setExit(failed ? EXIT.inputErrors : EXIT.ok);
    });
}
