import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { parseShard } from '../shard.js';
import { defaultJobs } from './pool.js';

/** `--jobs N`: worker threads (default: the cores this process may use; 1 runs on the main thread). */
export function jobsOption() {
  return new Option(
    '-j, --jobs <n>',
    `worker threads (default: available cores, here ${defaultJobs()}; 1 for inputs under 16 MB)`,
  ).argParser((value: string) => {
    if (!/^[1-9]\d{0,3}$/.test(value))
      throw new InvalidArgumentError(`"${value}" is not a number of jobs (1 or more).`);
    return Number(value);
  });
}

/** `--shard i/n`: only the documents whose id hashes to part i of n (0 ≤ i < n). */
export function shardOption() {
  return new Option(
    '--shard <i/n>',
    'only part i of n of the documents (0 <= i < n), chosen by a hash of the document id; merge with untk merge',
  ).argParser(parseShard);
}
