import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Command } from '@commander-js/extra-typings';
import { ENTITY_KINDS, ReportSchema, type Entity } from '@untk/core';
import { buildReport, formatReportMarkdown, type ReportDocument } from '@untk/reports';
import { EXIT, type CliIo } from '../io.js';
import { formatEntities, writeFileAtomic } from '../output.js';
import { analyzeInputs } from '../run.js';
import {
  encodingOption,
  excludeOption,
  includeOption,
  inputSettings,
  maxSizeOption,
  strictOption,
} from './input-options.js';
import { langOption } from './options.js';

/** A file the tool leaves in every folder it writes a report to, so that it knows the folder is its own. */
export const REPORT_MARKER = '.untk-report';

async function isOwnOrEmpty(dir: string): Promise<boolean> {
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
      'Analyse documents and write a report folder (entities.jsonl, report.json, report.md); ' +
        'prints a short summary.',
    )
    .argument('<inputs...>', 'files or folders to read (folders recursively; "-" reads standard input)')
    .requiredOption('-o, --out <dir>', 'folder to write the report to')
    .option('--force', 'write into a folder that holds files this tool did not write')
    .addOption(langOption())
    .addOption(includeOption())
    .addOption(excludeOption())
    .addOption(encodingOption())
    .addOption(maxSizeOption())
    .addOption(strictOption())
    .action(async (inputs, opts) => {
      if (!opts.force && !(await isOwnOrEmpty(opts.out))) {
        io.stderr.write(
          `untk: ${opts.out}: the folder holds files untk did not write; choose another folder or pass --force\n`,
        );
        setExit(EXIT.output);
        return;
      }
      const documents: ReportDocument[] = [];
      const all: Entity[] = [];
      const errors = await analyzeInputs(inputs, io, inputSettings(opts), ({ doc, entities }) => {
        documents.push({ id: doc.id, source: doc.source, lang: doc.lang, characters: doc.text.length, entities });
        for (const e of entities) all.push(e);
      });
      const report = ReportSchema.parse(buildReport(documents, errors));
      try {
        await writeFileAtomic(path.join(opts.out, REPORT_MARKER), 'This folder was written by untk report.\n');
        await writeFileAtomic(path.join(opts.out, 'entities.jsonl'), formatEntities(all, 'jsonl'));
        await writeFileAtomic(path.join(opts.out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
        await writeFileAtomic(path.join(opts.out, 'report.md'), formatReportMarkdown(report));
      } catch (err) {
        io.stderr.write(`untk: cannot write the report to ${opts.out}: ${(err as Error).message}\n`);
        setExit(EXIT.output);
        return;
      }
      io.stdout.write(summary(report, opts.out));
      setExit(errors.length > 0 ? EXIT.inputErrors : EXIT.ok);
    });
}

function summary(report: ReturnType<typeof buildReport>, out: string): string {
  const c = report.corpus;
  const langs = Object.entries(c.languages)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  const lines = [
    `untk report: ${c.documents} documents (${langs}), ${c.characters.toLocaleString('en-US')} characters`,
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
  if (report.errors.length > 0) lines.push(`  ${report.errors.length} inputs could not be used (see above)`);
  lines.push(`Wrote entities.jsonl, report.json and report.md to ${out}/`);
  return lines.join('\n') + '\n';
}
