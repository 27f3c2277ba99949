import { Command, Option } from '@commander-js/extra-typings';
import { ENTITY_KINDS, type Entity } from '@untk/core';
import { EXIT, type CliIo } from '../io.js';
import { ENTITY_FORMATS, formatEntities, isOwnOutputFile, writeFileAtomic } from '../output.js';
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

export function extractCommand(io: CliIo, setExit: (code: number) => void) {
  return new Command('extract')
    .description(
      'Find resolution references, document symbols and other entities, with offsets into the original ' +
        'text. Writes one entity per line (JSONL) to standard output unless --out names a file.',
    )
    .argument('<inputs...>', 'files or folders to read (folders recursively; "-" reads standard input)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(ENTITY_FORMATS).default('jsonl' as const))
    .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output')
    .option('--force', 'replace an --out file that untk did not write')
    .addOption(langOption())
    .addOption(includeOption())
    .addOption(excludeOption())
    .addOption(encodingOption())
    .addOption(maxSizeOption())
    .addOption(strictOption())
    .addOption(new Option('-k, --kinds <kinds...>', 'only these entity kinds').choices(ENTITY_KINDS))
    .addHelpText(
      'after',
      '\nExamples:\n  untk extract corpus/seed --format jsonl\n  untk extract report.txt --format csv --out entities.csv',
    )
    .action(async (inputs, opts) => {
      if (opts.out && !opts.force && !(await isOwnOutputFile(opts.out))) {
        io.stderr.write(
          `untk: ${opts.out}: the file exists and untk did not write it; choose another or pass --force\n`,
        );
        setExit(EXIT.output);
        return;
      }
      const entities: Entity[] = [];
      const errors = await analyzeInputs(
        inputs,
        io,
        { ...inputSettings(opts), ...(opts.kinds ? { kinds: opts.kinds } : {}) },
        (d) => {
          // not push(...d.entities): a huge document's entities overflow the call stack as arguments
          for (const e of d.entities) entities.push(e);
        },
      );
      const text = formatEntities(entities, opts.format);
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
