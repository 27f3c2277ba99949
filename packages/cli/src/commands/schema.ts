import path from 'node:path';
import { Argument, Command } from '@commander-js/extra-typings';
import { outputJsonSchemas } from '@untk/core';
import { EXIT, type CliIo } from '../io.js';
import { writeFileAtomic } from '../output.js';

const NAMES = ['entity', 'document', 'segment', 'report'] as const;

export function schemaCommand(io: CliIo, setExit: (code: number) => void) {
  return new Command('schema')
    .description('Print the JSON Schema (draft 2020-12) of an output, or write them all to a folder.')
    .addArgument(new Argument('[name]', 'which output').choices(NAMES).default('entity' as const))
    .option('-o, --out <dir>', 'write every schema to this folder instead')
    .action(async (name, opts) => {
      const schemas = outputJsonSchemas();
      if (opts.out) {
        try {
          for (const [file, schema] of Object.entries(schemas)) {
            await writeFileAtomic(path.join(opts.out, file), JSON.stringify(schema, null, 2) + '\n');
          }
        } catch (err) {
          io.stderr.write(`untk: cannot write schemas to ${opts.out}: ${(err as Error).message}\n`);
          setExit(EXIT.output);
          return;
        }
      } else {
        io.stdout.write(JSON.stringify(schemas[`${name}.schema.json`], null, 2) + '\n');
      }
      setExit(EXIT.ok);
    });
}
