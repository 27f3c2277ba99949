import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { LangTagSchema } from '@untk/core';

/** `--lang TAG`: a BCP 47 tag that overrides language detection for every input. */
export function langOption() {
  return new Option(
    '-l, --lang <tag>',
    'language of the inputs (BCP 47: zh, en, fr, es, ru, ar…); detected when absent',
  ).argParser((value: string) => {
    const parsed = LangTagSchema.safeParse(value);
    if (!parsed.success) throw new InvalidArgumentError(`"${value}" is not a BCP 47 language tag such as zh or en.`);
    return parsed.data;
  });
}

/** An option taking a whole number of at least 1. */
export function positiveInt<const F extends string>(flags: F, description: string, fallback: number) {
  return new Option(flags, description)
    .argParser((value: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 1.`);
      return n;
    })
    .default(fallback);
}
