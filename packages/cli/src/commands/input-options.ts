import { InvalidArgumentError, Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { DEFAULT_MAX_BYTES } from '../inputs.js';
import { isKnownEncoding } from '../readers/index.js';
import type { InputSettings } from '../run.js';
import { langOption } from './options.js';

/** `--include GLOB…`: under folders, read only files that match (relative path, or name for a pattern without `/`). */
export const includeOption = () =>
  new Option('--include <globs...>', 'under folders, read only files matching these globs (e.g. "*.pdf")');

/** `--exclude GLOB…`: under folders, leave out files that match. */
export const excludeOption = () =>
  new Option('--exclude <globs...>', 'under folders, leave out files matching these globs (e.g. "drafts/**")');

/** `--encoding LABEL`: decode text inputs with this encoding instead of detecting it. */
export const encodingOption = () =>
  new Option(
    '--encoding <label>',
    'encoding of text inputs (utf-8, utf-16le, gb18030, gbk, big5…); detected when absent',
  ).argParser((value: string) => {
    if (!isKnownEncoding(value)) throw new InvalidArgumentError(`"${value}" is not an encoding untk knows.`);
    return value;
  });

/** `--strict`: stop at the first input that cannot be used, writing nothing. */
export const strictOption = () =>
  new Option('--strict', 'stop at the first input that cannot be used, and write nothing');

/** `--max-size MB`: refuse larger inputs. */
export const maxSizeOption = () =>
  new Option(
    '--max-size <MB>',
    `refuse input files larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024} MB)`,
  ).argParser((value: string) => {
    const mb = Number(value);
    if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError(`"${value}" is not a positive number of MB.`);
    return mb;
  });

/**
 * Add the options every command that reads documents shares: --lang, --include, --exclude, --encoding,
 * --max-size and --strict (read back with `inputSettings`).
 */
export function withInputOptions<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  command: Command<A, O, G>,
): Command<A, O & InputOptionValues, G> {
  // The chain's inferred type is too deep for declaration output; InputOptionValues states what it adds.
  return command
    .addOption(langOption())
    .addOption(includeOption())
    .addOption(excludeOption())
    .addOption(encodingOption())
    .addOption(maxSizeOption())
    .addOption(strictOption()) as unknown as Command<A, O & InputOptionValues, G>;
}

/** The parsed values of the shared input options (a type, not an interface: commander's OptionValues needs an index signature). */
export type InputOptionValues = {
  lang?: string;
  include?: string[];
  exclude?: string[];
  encoding?: string;
  strict?: true;
  maxSize?: number;
};

/** The input settings of a command's parsed options. */
export function inputSettings(opts: InputOptionValues): InputSettings {
  return {
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.include ? { include: opts.include } : {}),
    ...(opts.exclude ? { exclude: opts.exclude } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.strict ? { strict: true } : {}),
    ...(opts.maxSize ? { maxBytes: Math.round(opts.maxSize * 1024 * 1024) } : {}),
  };
}
