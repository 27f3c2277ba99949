import { Command, Option } from '@commander-js/extra-typings';
import type { Entity } from '@untk/core';
import { buildGlossary, formatGlossary, GLOSSARY_FORMATS } from '@untk/reports';
import { EXIT, type CliIo } from '../io.js';
import { writeFileAtomic } from '../output.js';
import { analyzeInputs } from '../run.js';
import { langOption } from './options.js';

/** Start offset of every line of a text: the alignment unit of parallel corpus files. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function glossaryCommand(io: CliIo, setExit: (code: number) => void) {
  return new Command('glossary')
    .description(
      'Build a glossary of bodies and acronyms: one entry per body and language with its long and short forms, ' +
        'mentions and first occurrence. With --aligned, link the same body across parallel files.',
    )
    .argument('<inputs...>', 'files or folders to read (folders recursively; "-" reads standard input)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(GLOSSARY_FORMATS).default('md' as const))
    .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output')
    .option('--aligned', 'the inputs are parallel files whose line i are translations of each other')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  untk glossary corpus/seed\n  untk glossary corpus/unpc-devset --aligned --format csv --out glossary.csv',
    )
    .action(async (inputs, opts) => {
      const entities: Entity[] = [];
      const starts: Record<string, number[]> = {};
      const errors = await analyzeInputs(
        inputs,
        io,
        { ...(opts.lang ? { lang: opts.lang } : {}), kinds: ['organization', 'acronym'] },
        ({ doc, entities: found }) => {
          entities.push(...found);
          if (opts.aligned) starts[doc.id] = lineStarts(doc.text);
        },
      );
      const glossary = buildGlossary(entities, opts.aligned ? { aligned: { lineStarts: starts } } : {});
      const text = formatGlossary(glossary, opts.format);
      if (opts.out) {
        try {
          await writeFileAtomic(opts.out, text);
        } catch (err) {
          io.stderr.write(`untk: cannot write ${opts.out}: ${(err as Error).message}\n`);
          setExit(EXIT.output);
          return;
        }
      } else {
        io.stdout.write(text);
      }
      setExit(errors.length > 0 ? EXIT.inputErrors : EXIT.ok);
    });
}
