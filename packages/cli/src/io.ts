/** Where the CLI talks: the process's streams, or test doubles. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** some inputs could not be used; the others were processed and the output written */
  inputErrors: 1,
  /** the command line is wrong: unknown option, missing argument, bad value */
  usage: 2,
  /** the output could not be written */
  output: 3,
} as const;
