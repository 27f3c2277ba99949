import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { COOCCURRENCE_UNITS, ENTITY_KINDS, ReportSchema, type Entity, type InputError, type Report } from '@untk/core';
import {
  buildGlossary,
  formatReportMarkdown,
  MAX_PAIRS,
  networkToGexf,
  networkToGraphml,
  ReportBuilder,
  reportPage,
  type DocumentPartial,
} from '@untk/reports';
import { CJK_FONT, readHtmlAssets, writeCharts } from '../charts/index.js';
import { EXIT, type CliIo } from '../io.js';
import { writeFileAtomic } from '../output.js';
import { createProgress } from '../progress.js';
import { chunked, cooccurrenceCsvChunks, frequencyCsvChunks } from '../report-files.js';
import { jobsOption, shardOption } from '../parallel/options.js';
import { analyzeInOrder } from '../parallel/pool.js';
import { AtomicFile, writeChunksAtomic, writeWithBackpressure } from '../parallel/sink.js';
import { documentLine, errorLine, headerLine, type PartialReportOptions } from '../report-partial.js';
import { inputSettings, withInputOptions } from './input-options.js';
import { dbOption, storePartials, whereOption } from './from-store.js';
import { positiveInt } from './options.js';

/** A file the tool leaves in every folder it writes a report to, so that it knows the folder is its own. */
export const REPORT_MARKER = '.untk-report';

const FILES = [
  'entities.jsonl',
  'frequency.csv',
  'cooccurrence.csv',
  'network.gexf',
  'network.graphml',
  'report.json',
  'report.md',
  'report.html',
  'charts/',
];

export async function isOwnOrEmpty(dir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return true;
  }
  if (names.length === 0) return true;
  try {
    await access(path.join(dir, REPORT_MARKER));
    return true;
  } catch {
    return false;
  }
}

export function reportCommand(io: CliIo, setExit: (code: number) => void) {
  return withInputOptions(
    new Command('report')
      .description(
        'Analyse documents and write a report folder (entities.jsonl, frequency.csv, cooccurrence.csv, ' +
          'network.gexf, network.graphml, report.json, report.md, report.html and charts/*.svg|png); ' +
          'prints a short summary.',
      )
      .argument('[inputs...]', 'files or folders to read (folders recursively; "-" reads standard input)')
      .addOption(dbOption())
      .addOption(whereOption())
      .option('-o, --out <dir>', 'folder to write the report to')
      .option('--partial <file>', 'also (or, without --out, only) write the partial result, for untk merge --report')
      .option('--force', 'write into a folder that holds files this tool did not write')
      .addOption(
        new Option('--unit <unit>', 'co-occurrence unit the network is built from')
          .choices(COOCCURRENCE_UNITS)
          .default('paragraph' as const),
      )
      .addOption(positiveInt('--min-pair <n>', 'leave out pairs seen together in fewer units', 2))
      .addOption(positiveInt('--min-item <n>', 'leave out of pairs items seen in fewer units', 2))
      .option('--words', 'count co-occurrence of content words as well as entities')
      .addOption(
        positiveInt(
          '--max-pairs <n>',
          'stop (exit 2, nothing written) when one kind of unit passes this many distinct pairs: a bound on memory',
          MAX_PAIRS,
        ),
      )
      .addOption(
        new Option('--window <n>', 'also count co-occurrence within windows of N word tokens').argParser(
          (v: string) => {
            const n = Number(v);
            if (!Number.isInteger(n) || n < 2) throw new InvalidArgumentError(`"${v}" is not a whole number ≥ 2.`);
            return n;
          },
        ),
      )
      .addOption(jobsOption())
      .addOption(shardOption()),
  ).action(async (inputs, opts) => {
    if (inputs.length > 0 === (opts.db !== undefined)) {
      io.stderr.write('untk: report reads input files or a store (--db FILE), one of the two\n');
      setExit(EXIT.usage);
      return;
    }
    if (opts.out === undefined && opts.partial === undefined) {
      io.stderr.write('untk: report needs --out DIR (the report folder) or --partial FILE (or both)\n');
      setExit(EXIT.usage);
      return;
    }
    if (opts.unit === 'window' && opts.window === undefined) {
      io.stderr.write('untk: --unit window needs --window N (the window size in word tokens)\n');
      setExit(EXIT.usage);
      return;
    }
    if (opts.out !== undefined && !opts.force && !(await isOwnOrEmpty(opts.out))) {
      io.stderr.write(
        `untk: ${opts.out}: the folder holds files untk did not write; choose another folder or pass --force\n`,
      );
      setExit(EXIT.output);
      return;
    }
    const options: PartialReportOptions = {
      networkUnit: opts.unit,
      minPair: opts.minPair,
      minItem: opts.minItem,
      cooccurrenceWords: opts.words ?? false,
      ...(opts.window !== undefined ? { window: opts.window } : {}),
    };
    const builder = new ReportBuilder(options, { maxPairs: opts.maxPairs });
    let partial: AtomicFile | undefined;
    try {
      if (opts.partial !== undefined) partial = await AtomicFile.open(opts.partial);
    } catch (err) {
      io.stderr.write(`untk: cannot write ${opts.partial}: ${(err as Error).message}\n`);
      setExit(EXIT.output);
      return;
    }
    let errors: InputError[];
    try {
      if (partial) await writeWithBackpressure(partial.stream, headerLine(options));
      // Each document is reduced to its partial counts where it is analysed (a worker with --jobs > 1); they
      // come back in document id order, so every split gives the same report.
      const onDocument = async ({ entities, partial: counts }: { entities?: Entity[]; partial?: DocumentPartial }) => {
        if (!counts || !entities) throw new Error('the analysis sent back no partial counts or no entities');
        if (opts.out !== undefined) builder.addPartial(counts, entities);
        if (partial) await writeWithBackpressure(partial.stream, documentLine(counts, entities));
      };
      if (opts.db !== undefined) {
        const stored = await storePartials(io, opts.db, builder.partialOptions, opts.where, opts.shard);
        if (!stored) {
          await partial?.abort();
          setExit(EXIT.inputErrors);
          return;
        }
        for (const d of stored) await onDocument(d);
        errors = [];
      } else
        errors = await analyzeInOrder(
          inputs,
          io,
          {
            ...inputSettings(opts),
            segments: 'tokens',
            report: builder.partialOptions,
            ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
            ...(opts.shard ? { shard: opts.shard } : {}),
            progress: (total: number) => createProgress(io.stderr, total, 'untk report'),
          },
          onDocument,
        );
      if (partial) {
        for (const e of errors) await writeWithBackpressure(partial.stream, errorLine(e));
        await partial.commit();
      }
    } catch (err) {
      await partial?.abort();
      throw err;
    }
    if (opts.out === undefined) {
      setExit(errors.length > 0 ? EXIT.inputErrors : EXIT.ok);
      return;
    }
    setExit(await writeReportFolder(io, opts.out, builder, errors));
  });
}

/**
 * Write the report folder from the counts a builder holds, and print the summary; returns the exit code.
 * `untk report` and `untk merge --report` both end here, so a merged report is the same files.
 */
export async function writeReportFolder(
  io: CliIo,
  out: string,
  builder: ReportBuilder,
  errors: readonly InputError[],
): Promise<number> {
  const result = builder.build(errors);
  const report = ReportSchema.parse(result.report);
  let charts: Promise<{ files: string[]; warning?: string }> | undefined;
  try {
    await writeFileAtomic(path.join(out, REPORT_MARKER), 'This folder was written by untk report.\n');
    const html = reportPage(
      { report, network: result.network, glossary: buildGlossary(builder.entityList), entities: builder.entityList },
      await readHtmlAssets(true),
    );
    // The charts first: their PNGs render off the main thread (libuv's pool, mostly loading fonts) while it writes
    // the large files below, one at a time so that file writes keep threads of the pool. Awaited at the end.
    charts = writeCharts(out, html.charts, CJK_FONT, 1);
    charts.catch(() => undefined);
    // The large files are written in pieces as they are made (formatEntities' JSON Lines, one entity a line).
    await writeChunksAtomic(
      path.join(out, 'entities.jsonl'),
      chunked('', builder.entityList, (e) => JSON.stringify(e) + '\n'),
    );
    await writeChunksAtomic(path.join(out, 'frequency.csv'), frequencyCsvChunks(result.frequencyTable));
    await writeChunksAtomic(path.join(out, 'cooccurrence.csv'), cooccurrenceCsvChunks(result.pairs));
    await writeFileAtomic(path.join(out, 'network.gexf'), networkToGexf(result.network));
    await writeFileAtomic(path.join(out, 'network.graphml'), networkToGraphml(result.network));
    await writeFileAtomic(path.join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    await writeFileAtomic(path.join(out, 'report.md'), formatReportMarkdown(report));
    await writeFileAtomic(path.join(out, 'report.html'), html.html);
    const drawn = await charts;
    if (drawn.warning) io.stderr.write(drawn.warning);
  } catch (err) {
    // Nothing of this run may write into the folder once it has reported the failure.
    await charts?.catch(() => undefined);
    io.stderr.write(`untk: cannot write the report to ${out}: ${(err as Error).message}\n`);
    return EXIT.output;
  }
  io.stdout.write(summary(report, out));
  return errors.length > 0 ? EXIT.inputErrors : EXIT.ok;
}

function summary(report: Report, out: string): string {
  const c = report.corpus;
  const langs = Object.entries(c.languages)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  const lines = [
    `untk report: ${c.documents} documents (${langs}), ${c.characters.toLocaleString('en-US')} characters, ` +
      `${c.tokens.toLocaleString('en-US')} word tokens`,
  ];
  for (const kind of ENTITY_KINDS) {
    const rows = report.frequency.filter((r) => r.kind === kind);
    if (rows.length === 0) continue;
    const mentions = rows.reduce((n, r) => n + r.count, 0);
    const top = rows
      .slice(0, 3)
      .map((r) => `${r.key} ×${r.count}`)
      .join(', ');
    lines.push(`  ${kind}: ${mentions} mentions of ${rows.length} distinct; most frequent: ${top}`);
  }
  for (const co of report.cooccurrence) {
    const p = co.top[0];
    if (p)
      lines.push(
        `  strongest ${co.unit} pair: ${p.a.key} — ${p.b.key} (together ${p.observed}, G² ${p.g2.toFixed(1)})`,
      );
  }
  if (report.errors.length > 0) lines.push(`  ${report.errors.length} inputs could not be used (see above)`);
  lines.push(`Wrote ${FILES.join(', ')} to ${out}/`);
  return lines.join('\n') + '\n';
}
