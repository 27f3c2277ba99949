import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { COOCCURRENCE_UNITS, ENTITY_KINDS, ReportSchema, type Entity, type Report } from '@untk/core';
import {
  buildGlossary,
  formatReportMarkdown,
  networkToGexf,
  networkToGraphml,
  ReportBuilder,
  reportPage,
} from '@untk/reports';
import { readHtmlAssets, writeCharts } from '../charts/index.js';
import { EXIT, type CliIo } from '../io.js';
import { formatEntities, writeFileAtomic } from '../output.js';
import { createProgress } from '../progress.js';
import { cooccurrenceCsv, frequencyCsv } from '../report-files.js';
import { analyzeInputs } from '../run.js';
import {
  encodingOption,
  excludeOption,
  includeOption,
  inputSettings,
  maxSizeOption,
  strictOption,
} from './input-options.js';
import { langOption, positiveInt } from './options.js';

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
  return new Command('report')
    .description(
      'Analyse documents and write a report folder (entities.jsonl, frequency.csv, cooccurrence.csv, ' +
        'network.gexf, network.graphml, report.json, report.md, report.html and charts/*.svg|png); prints a short summary.',
    )
    .argument('<inputs...>', 'files or folders to read (folders recursively; "-" reads standard input)')
    .requiredOption('-o, --out <dir>', 'folder to write the report to')
    .option('--force', 'write into a folder that holds files this tool did not write')
    .addOption(langOption())
    .addOption(
      new Option('--unit <unit>', 'co-occurrence unit the network is built from')
        .choices(COOCCURRENCE_UNITS)
        .default('paragraph' as const),
    )
    .addOption(positiveInt('--min-pair <n>', 'leave out pairs seen together in fewer units', 2))
    .addOption(positiveInt('--min-item <n>', 'leave out of pairs items seen in fewer units', 2))
    .option('--words', 'count co-occurrence of content words as well as entities')
    .addOption(
      new Option('--window <n>', 'also count co-occurrence within windows of N word tokens').argParser((v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 2) throw new InvalidArgumentError(`"${v}" is not a whole number ≥ 2.`);
        return n;
      }),
    )
    .addOption(includeOption())
    .addOption(excludeOption())
    .addOption(encodingOption())
    .addOption(maxSizeOption())
    .addOption(strictOption())
    .action(async (inputs, opts) => {
      if (opts.unit === 'window' && opts.window === undefined) {
        io.stderr.write('untk: --unit window needs --window N (the window size in word tokens)\n');
        setExit(EXIT.usage);
        return;
      }
      if (!opts.force && !(await isOwnOrEmpty(opts.out))) {
        io.stderr.write(
          `untk: ${opts.out}: the folder holds files untk did not write; choose another folder or pass --force\n`,
        );
        setExit(EXIT.output);
        return;
      }
      const builder = new ReportBuilder({
        networkUnit: opts.unit,
        minPair: opts.minPair,
        minItem: opts.minItem,
        cooccurrenceWords: opts.words ?? false,
        ...(opts.window !== undefined ? { window: opts.window } : {}),
      });
      const all: Entity[] = [];
      const settings = {
        ...inputSettings(opts),
        segments: 'tokens' as const,
        progress: (total: number) => createProgress(io.stderr, total, 'untk report'),
      };
      const errors = await analyzeInputs(inputs, io, settings, ({ doc, entities, segments }) => {
        builder.add({
          id: doc.id,
          source: doc.source,
          lang: doc.lang,
          characters: doc.text.length,
          entities,
          segments: segments ?? [],
        });
        for (const e of entities) all.push(e);
      });
      const result = builder.build(errors);
      const report = ReportSchema.parse(result.report);
      try {
        await writeFileAtomic(path.join(opts.out, REPORT_MARKER), 'This folder was written by untk report.\n');
        await writeFileAtomic(path.join(opts.out, 'entities.jsonl'), formatEntities(all, 'jsonl'));
        await writeFileAtomic(path.join(opts.out, 'frequency.csv'), frequencyCsv(result.frequencyTable));
        await writeFileAtomic(path.join(opts.out, 'cooccurrence.csv'), cooccurrenceCsv(result.pairs));
        await writeFileAtomic(path.join(opts.out, 'network.gexf'), networkToGexf(result.network));
        await writeFileAtomic(path.join(opts.out, 'network.graphml'), networkToGraphml(result.network));
        await writeFileAtomic(path.join(opts.out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
        await writeFileAtomic(path.join(opts.out, 'report.md'), formatReportMarkdown(report));
        const html = reportPage(
          { report, network: result.network, glossary: buildGlossary(all), entities: all },
          await readHtmlAssets(true),
        );
        await writeFileAtomic(path.join(opts.out, 'report.html'), html.html);
        const charts = await writeCharts(opts.out, html.charts);
        if (charts.warning) io.stderr.write(charts.warning);
      } catch (err) {
        io.stderr.write(`untk: cannot write the report to ${opts.out}: ${(err as Error).message}\n`);
        setExit(EXIT.output);
        return;
      }
      io.stdout.write(summary(report, opts.out));
      setExit(errors.length > 0 ? EXIT.inputErrors : EXIT.ok);
    });
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
