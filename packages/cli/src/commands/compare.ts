import path from 'node:path';
import { Command, Option } from '@commander-js/extra-typings';
import { ITEM_KINDS, type InputError } from '@untk/core';
import {
  compareDocuments,
  comparisonPage,
  formatComparisonMarkdown,
  partialCounts,
  type DocumentCounts,
  type ItemKind,
} from '@untk/reports';
import { stringify } from 'csv-stringify/sync';
import { readHtmlAssets, writeCharts } from '../charts/index.js';
import { EXIT, type CliIo } from '../io.js';
import { writeFileAtomic } from '../output.js';
import { createProgress } from '../progress.js';
import { jobsOption } from '../parallel/options.js';
import { analyzeInOrder } from '../parallel/pool.js';
import type { InputSettings } from '../run.js';
import { inputSettings, withInputOptions } from './input-options.js';
import { dbOption, storePartials, whereOption } from './from-store.js';
import { positiveInt } from './options.js';
import { isOwnOrEmpty, REPORT_MARKER } from './report.js';

const ITEM_CHOICES = ['all', 'entities', 'words'] as const;
const COMPARE_FORMATS = ['md', 'csv', 'json'] as const;

async function readSide(
  names: readonly string[],
  io: CliIo,
  settings: InputSettings & { jobs?: number },
  label: string,
): Promise<{ docs: DocumentCounts[]; errors: InputError[] }> {
  const docs: DocumentCounts[] = [];
  const progress = (total: number) => createProgress(io.stderr, total, `untk compare ${label}`);
  // Each document is reduced to its counts where it is analysed (a worker with --jobs > 1).
  const errors = await analyzeInOrder(
    names,
    io,
    // Only the counts are read: the entities stay in the worker.
    { ...settings, segments: 'tokens', report: { words: false, noUnits: true }, reply: 'none', progress },
    ({ partial }) => {
      if (!partial) throw new Error('the analysis sent back no counts');
      docs.push(partialCounts(partial));
    },
  );
  return { docs, errors };
}

/**
 * Both sides' document counts: side A from the input files or the --db store (--where), side B from the --vs
 * files or a store (--vs-db, or the --db store with --vs-where). Null after a usage message; undefined when a
 * store could not be read (said on stderr).
 */
async function readSides(
  inputs: readonly string[],
  opts: { vs?: string[]; db?: string; where?: string; vsDb?: string; vsWhere?: string },
  io: CliIo,
  settings: InputSettings & { jobs?: number },
): Promise<[Side, Side] | null | undefined> {
  const vsStore = opts.vsDb ?? (opts.vsWhere !== undefined ? opts.db : undefined);
  if (inputs.length > 0 === (opts.db !== undefined) || (opts.vs !== undefined) === (vsStore !== undefined)) {
    io.stderr.write(
      'untk: compare reads side A from input files or --db, and side B from --vs files or a store ' +
        '(--vs-db, or --db with --vs-where), one of the two for each\n',
    );
    return null;
  }
  const fromStore = async (db: string, where?: string): Promise<Side | undefined> => {
    const stored = await storePartials(io, db, { words: false, noUnits: true }, where);
    return stored && { docs: stored.map((d) => partialCounts(d.partial)), errors: [] };
  };
  const a = opts.db !== undefined ? await fromStore(opts.db, opts.where) : await readSide(inputs, io, settings, 'A');
  if (!a) return undefined;
  const b =
    vsStore !== undefined ? await fromStore(vsStore, opts.vsWhere) : await readSide(opts.vs ?? [], io, settings, 'B');
  if (!b) return undefined;
  return [a, b];
}

type Side = { docs: DocumentCounts[]; errors: InputError[] };

/** Entity kinds whose identity is the same in every language: `2322 (2016)`, `S/2017/97`, `2017-12`. */
const LANGUAGE_INDEPENDENT = ['resolution', 'symbol', 'date'] as const;

function languagesOf(docs: readonly DocumentCounts[]): string {
  return [...new Set(docs.map((d) => d.lang.split('-')[0] ?? d.lang))].sort().join(',');
}

function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e6) / 1e6;
}

/** How a side is named on the page: its one input, or how many inputs from the first to the last (base names). */
function sideLabel(inputs: readonly string[]): string {
  const show = (p: string) =>
    path.isAbsolute(p) && path.relative('.', p).length < p.length ? path.relative('.', p) : p;
  if (inputs.length === 1) return show(inputs[0] ?? '');
  const first = path.basename(inputs[0] ?? '');
  const last = path.basename(inputs[inputs.length - 1] ?? '');
  return `${inputs.length} inputs in ${show(path.dirname(inputs[0] ?? '.'))}: ${first} … ${last}`;
}

export function compareCommand(io: CliIo, setExit: (code: number) => void) {
  return withInputOptions(
    new Command('compare')
      .description(
        'Keyness: what characterises documents A against documents B (signed log-likelihood G² with Bonferroni ' +
          'correction as the filter, Log Ratio as the effect size, dispersion on both sides), and how similar they are.',
      )
      .argument('[inputs...]', 'files or folders of side A')
      .option('--vs <inputs...>', 'files or folders of side B')
      .addOption(dbOption())
      .addOption(whereOption())
      .option('--vs-db <file>', 'read side B from this store (default: the --db store, with --vs-where)')
      .option('--vs-where <sql>', "side B: the store's documents that meet this SQL condition")
      .addOption(
        new Option('--items <what>', 'compare entities, words or both').choices(ITEM_CHOICES).default('all' as const),
      )
      .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('md' as const))
      .addOption(
        new Option('--alpha <p>', 'family-wise significance level (divided by the number of items tested)')
          .argParser((v: string) => {
            const n = Number(v);
            if (!(n > 0 && n < 1)) throw new Error(`"${v}" is not a probability between 0 and 1.`);
            return n;
          })
          .default(0.05),
      )
      .addOption(positiveInt('--min <n>', 'test only items seen at least this often in A and B together', 5))
      .addOption(positiveInt('--top <n>', 'rows per side in the Markdown table', 30))
      .option(
        '-o, --out <dir>',
        'write the table (keyness.md|csv|json), report.html with the keyness chart and charts/keyness.svg|png here',
      )
      .option('--force', 'write into a folder that holds files this tool did not write'),
  )
    .addOption(jobsOption())
    .action(async (inputs, opts) => {
      if (opts.out && !opts.force && !(await isOwnOrEmpty(opts.out))) {
        io.stderr.write(
          `untk: ${opts.out}: the folder holds files untk did not write; choose another folder or pass --force\n`,
        );
        setExit(EXIT.output);
        return;
      }
      const settings = { ...inputSettings(opts), ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}) };
      const sides = await readSides(inputs, opts, io, settings);
      if (!sides) {
        setExit(sides === null ? EXIT.usage : EXIT.inputErrors);
        return;
      }
      const [a, b] = sides;
      const errors = [...a.errors, ...b.errors];
      for (const [side, docs] of [
        ['A', a.docs],
        ['B', b.docs],
      ] as const) {
        if (docs.reduce((n, d) => n + d.tokens, 0) === 0) {
          io.stderr.write(`untk: side ${side} has no document with words to compare\n`);
          setExit(EXIT.inputErrors);
          return;
        }
      }
      let kinds: readonly ItemKind[] =
        opts.items === 'all' ? ITEM_KINDS : opts.items === 'words' ? ['word'] : ITEM_KINDS.filter((k) => k !== 'word');
      const langsA = languagesOf(a.docs);
      const langsB = languagesOf(b.docs);
      if (opts.items !== 'words' && langsA !== langsB) {
        // Words and organisation names are spelled per language; resolutions, symbols and dates are not.
        kinds = kinds.filter((k) => (LANGUAGE_INDEPENDENT as readonly string[]).includes(k));
        io.stderr.write(
          `untk: the sides are in different languages (${langsA} / ${langsB}): comparing the identities that do ` +
            `not depend on language (${LANGUAGE_INDEPENDENT.join(', ')})\n`,
        );
      }
      const cmp = compareDocuments(a.docs, b.docs, { alpha: opts.alpha, minCount: opts.min, kinds });
      let table: string;
      if (opts.format === 'md') {
        table = formatComparisonMarkdown(cmp, { top: opts.top }) + '\n';
      } else if (opts.format === 'json') {
        const rows = cmp.rows.map((r) => ({
          ...r,
          g2: round(r.g2),
          logRatio: round(r.logRatio),
          a: { ...r.a, perMillion: round(r.a.perMillion), dispersion: round(r.a.dispersion) },
          b: { ...r.b, perMillion: round(r.b.perMillion), dispersion: round(r.b.dispersion) },
        }));
        const similarDocuments = cmp.similarDocuments.map((d) => ({ ...d, cosine: round(d.cosine) }));
        table = JSON.stringify({ ...cmp, cosine: round(cmp.cosine), rows, similarDocuments }, null, 2) + '\n';
      } else {
        table = stringify(
          cmp.rows.map((r) => [
            r.kind,
            r.key,
            round(r.logRatio),
            round(r.g2),
            r.p,
            r.a.count,
            round(r.a.perMillion),
            r.a.documents,
            round(r.a.dispersion) ?? '',
            r.b.count,
            round(r.b.perMillion),
            r.b.documents,
            round(r.b.dispersion) ?? '',
          ]),
          {
            header: true,
            columns: [
              'kind',
              'key',
              'log_ratio',
              'g2',
              'p',
              'a_count',
              'a_per_million',
              'a_documents',
              'a_dp',
              'b_count',
              'b_per_million',
              'b_documents',
              'b_dp',
            ],
            bom: true,
            record_delimiter: 'unix',
          },
        );
      }
      if (!opts.out) {
        io.stdout.write(table);
        setExit(errors.length > 0 ? EXIT.inputErrors : EXIT.ok);
        return;
      }
      try {
        const storeLabel = (db: string | undefined, where: string | undefined) =>
          `${db ?? 'store'}${where !== undefined ? ` where ${where}` : ''}`;
        const labels = {
          a: inputs.length > 0 ? sideLabel(inputs) : storeLabel(opts.db, opts.where),
          b: opts.vs !== undefined ? sideLabel(opts.vs) : storeLabel(opts.vsDb ?? opts.db, opts.vsWhere),
        };
        const html = comparisonPage({ comparison: cmp, labels }, await readHtmlAssets(false));
        await writeFileAtomic(path.join(opts.out, REPORT_MARKER), 'This folder was written by untk compare.\n');
        await writeFileAtomic(path.join(opts.out, `keyness.${opts.format}`), table);
        await writeFileAtomic(path.join(opts.out, 'report.html'), html.html);
        const charts = await writeCharts(opts.out, html.charts);
        if (charts.warning) io.stderr.write(charts.warning);
        io.stdout.write(
          `untk compare: ${cmp.rows.length} of ${cmp.tested} items significant; wrote keyness.${opts.format}, ` +
            `report.html, ${charts.files.join(', ')} to ${opts.out}/\n`,
        );
      } catch (err) {
        io.stderr.write(`untk: cannot write the comparison to ${opts.out}: ${(err as Error).message}\n`);
        setExit(EXIT.output);
        return;
      }
      setExit(errors.length > 0 ? EXIT.inputErrors : EXIT.ok);
    });
}
