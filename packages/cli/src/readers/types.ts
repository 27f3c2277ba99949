import type { InputError } from '@untk/core';

/** What went wrong with one input, before the file name is attached. */
export type ReadProblem = Omit<InputError, 'source'>;

/** The text a reader got out of a file's bytes, or what is wrong with them. */
export type ReadResult = { text: string; format: string } | { problem: ReadProblem };

export interface ReadOptions {
  /** decode `.txt`/`.html` with this WHATWG encoding label instead of detecting one */
  encoding?: string;
}

export function problem(code: ReadProblem['code'], message: string): { problem: ReadProblem } {
  return { problem: { code, message } };
}

/** Text that holds nothing but white space after extraction is not a document. */
export function nonEmpty(text: string, format: string, what: string): ReadResult {
  if (text.trim().length === 0) return problem('empty', what);
  return { text, format };
}
