import { Command, Option } from '@commander-js/extra-typings';
import type { Entity } from '@untk/core';
import { buildGlossary, formatGlossary, GLOSSARY_FORMATS, projectedLang } from '@untk/reports';
import { EXIT, type CliIo } from '../io.js';
import { emitResult, fileHead } from '../output.js';
import { analyzeInputs } from '../run.js';
import { inputSettings, withInputOptions } from './input-options.js';

/** Whether a file is absent, empty, or a glossary untk wrote (Markdown, CSV or JSON), so that --out may replace it. */
async function isOwnGlossaryFile(file: string): Promise<boolean> {
  let head: string | undefined;
  try {
    head = await fileHead(file, 256);
  } catch {
    return false;
  }
  if (head === undefined) return true;
  return (
    head.length === 0 ||
    head.startsWith('# Glossary of bodies and acronyms\n') ||
    head.startsWith('group,lang,long,short_forms,') ||
    /^\{\s*"entries":/.test(head)
  );
}

/** Start offset of every line of a text: the alignment unit of parallel corpus files. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function glossaryCommand(io: CliIo, setExit: (code: number) => void) {
  return withInputOptions(
    new Command('glossary')
      .description(
        'Build a glossary of bodies and acronyms: one entry per body and language with its long and short forms, ' +
          'mentions and first occurrence. With --aligned, link the same body across parallel files.',
      )
      .argument('<inputs...>', 'files or folders to read (folders recursively; "-" reads standard input)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(GLOSSARY_FORMATS).default('md' as const))
      .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output')
      .option('--force', 'replace an --out file that untk did not write')
      .option('--aligned', 'the inputs are parallel files whose line i are translations of each other'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  untk glossary corpus/seed\n  untk glossary corpus/unpc-devset --aligned --format csv --out glossary.csv',
    )
    .action(async (inputs, opts) => {
      if (opts.out && !opts.force && !(await isOwnGlossaryFile(opts.out))) {
        io.stderr.write(
          `untk: ${opts.out}: the file exists and untk did not write it; choose another or pass --force\n`,
        );
        setExit(EXIT.output);
        return;
      }
      const entities: Entity[] = [];
      const starts: Record<string, number[]> = {};
      const texts: Record<string, { lang: string; text: string }> = {};
      const errors = await analyzeInputs(
        inputs,
        io,
        { ...inputSettings(opts), kinds: ['organization', 'acronym'] },
        ({ doc, entities: found }) => {
          for (const e of found) entities.push(e);
          if (opts.aligned) {
            starts[doc.id] = lineStarts(doc.text);
            // (Only Chinese and Arabic text is read again, for the names their grammars leave to the aligned lines.)
            if (projectedLang(doc.lang)) texts[doc.id] = { lang: doc.lang, text: doc.text };
          }
        },
      );
      const glossary = buildGlossary(entities, opts.aligned ? { aligned: { lineStarts: starts, texts } } : {});
      const text = formatGlossary(glossary, opts.format);
      if (!(await emitResult(io, opts.out, text))) {
        setExit(EXIT.output);
        return;
      }
      setExit(errors.length > 0 ? EXIT.inputErrors : EXIT.ok);
    });
}
