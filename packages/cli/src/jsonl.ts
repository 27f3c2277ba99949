import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * The non-empty lines of a JSON Lines file, parsed, with their line numbers (from 1), read as a stream. A line that
 * is not JSON throws `bad('line N: not valid JSON')`, an error of the caller's kind.
 */
export async function* jsonLines(
  file: string,
  bad: (message: string) => Error,
): AsyncGenerator<{ line: number; value: unknown }> {
  let n = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    n++;
    if (text.length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw bad(`line ${n}: not valid JSON`);
    }
    yield { line: n, value };
  }
}
