import { Command, CommanderError } from '@commander-js/extra-typings';
import { TooManyPairs } from '@untk/reports';
import { compareCommand } from './commands/compare.js';
import { extractCommand } from './commands/extract.js';
import { glossaryCommand } from './commands/glossary.js';
import { indexCommand } from './commands/index.js';
import { mergeCommand } from './commands/merge.js';
import { streamCommand } from './commands/stream.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { segmentCommand } from './commands/segment.js';
import { EXIT, processIo, type CliIo } from './io.js';
import { StrictStop } from './run.js';

export const VERSION = '0.1.0';

/** Run the CLI with `argv` (as process.argv: node, script, args…) and return the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('untk')
    .description(
      'Multilingual text analysis for United Nations documents: resolution references, document symbols, ' +
        'dates, organisations and acronyms in Arabic, Chinese, English, French, Russian and Spanish text, ' +
        'with offsets into the original text.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  for (const make of [
    extractCommand,
    reportCommand,
    compareCommand,
    glossaryCommand,
    segmentCommand,
    schemaCommand,
    mergeCommand,
    streamCommand,
    indexCommand,
  ]) {
    program.addCommand(
      make(io, setExit)
        .showHelpAfterError('(run with --help for usage)')
        .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
        .exitOverride(),
    );
  }
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version end here with code 0; parse errors were already printed.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof TooManyPairs) {
      io.stderr.write(`untk: ${err.message}; nothing was written\n`);
      return EXIT.usage;
    }
    if (err instanceof StrictStop) {
      io.stderr.write('untk: stopped at the first input that could not be used (--strict); nothing was written\n');
      return EXIT.inputErrors;
    }
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
      // The reader of standard output went away (`| head`): nothing is wrong with the run, it just ends.
      return EXIT.ok;
    }
    io.stderr.write(`untk: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.output;
  }
  return exitCode;
}
