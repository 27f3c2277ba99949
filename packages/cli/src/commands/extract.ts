import { Command, Option } from '@commander-js/extra-typings';
import { ENTITY_KINDS } from '@untk/core';
import type { CliIo } from '../io.js';
import { ENTITY_FORMATS } from '../output.js';
import { runExtract } from '../parallel/extract.js';
import { jobsOption, shardOption } from '../parallel/options.js';
import { inputSettings, withInputOptions } from './input-options.js';

export function extractCommand(io: CliIo, setExit: (code: number) => void) {
  return withInputOptions(
    new Command('extract')
      .description(
        'Find resolution references, document symbols and other entities, with offsets into the original ' +
          'text. Writes one entity per line (JSONL) to standard output unless --out names a file.',
      )
      .argument('<inputs...>', 'files or folders to read (folders recursively; "-" reads standard input)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(ENTITY_FORMATS).default('jsonl' as const))
      .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output')
      .option('--force', 'replace an --out file that untk did not write'),
  )
    .addOption(new Option('-k, --kinds <kinds...>', 'only these entity kinds').choices(ENTITY_KINDS))
    .option(
      '--no-pos',
      "find Chinese organisations and short forms without jieba's part-of-speech tags: nothing is segmented and " +
        'jieba never loads (much faster on Chinese); Chinese bodies only the `nt` tag confirms or bounds are missed',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  untk extract corpus/seed --format jsonl\n  untk extract report.txt --format csv --out entities.csv\n' +
        '  untk extract corpus --shard 0/3 --out part0.jsonl   (then untk merge part*.jsonl --out all.jsonl)',
    )
    .addOption(jobsOption())
    .addOption(shardOption())
    .action(async (inputs, opts) => {
      setExit(
        await runExtract(
          inputs,
          {
            ...inputSettings(opts),
            format: opts.format,
            ...(opts.out ? { out: opts.out } : {}),
            ...(opts.force ? { force: true } : {}),
            ...(opts.kinds ? { kinds: opts.kinds } : {}),
            ...(opts.pos === false ? { pos: false } : {}),
            ...(opts.jobs ? { jobs: opts.jobs } : {}),
            ...(opts.shard ? { shard: opts.shard } : {}),
          },
          io,
        ),
      );
    });
}
