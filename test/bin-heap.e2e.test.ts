import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingNodeFlags, NODE_FLAGS } from '../packages/cli/src/heap.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/untk.js');

describe('the heap flags the bin starts Node with', () => {
  it.each([
    [[], '', NODE_FLAGS],
    [['--max-semi-space-size=64', '--heap-growing-percent=20'], '', []],
    [['--max-semi-space-size=16', '--heap-growing-percent=50'], '', []],
    [['--max-semi-space-size=64'], '', [NODE_FLAGS[1]]],
    [['--heap-growing-percent=20'], '', [NODE_FLAGS[0]]],
    [[], '--max-semi-space-size=32 --trace-warnings --heap-growing-percent=10', []],
    [['--heap_growing_percent=10'], '--max_semi_space_size=32', []],
    [['--conditions=@untk/source'], '--trace-warnings', NODE_FLAGS],
  ])('execArgv %j and NODE_OPTIONS %j lack %j', (execArgv, nodeOptions, missing) => {
    expect(missingNodeFlags(execArgv, nodeOptions)).toEqual(missing);
  });

  it('runs the work in a second Node with the flags, and a SIGTERM to the bin stops both', async () => {
    const run = spawn(process.execPath, [BIN, 'extract', path.join(ROOT, 'corpus'), '--jobs', '1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // Wait for the second process, and read its command line: once it has one (between fork and exec, ps shows a
    // new process as `[node]`, which a loaded machine once caught).
    let child: { pid: number; args: string } | undefined;
    for (let i = 0; i < 100 && !child; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const line = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(run.pid)], { encoding: 'utf8' }).trim();
        const m = /^(\d+)\s+(.*)$/.exec(line);
        if (m && m[2]!.includes(BIN)) child = { pid: Number(m[1]), args: m[2]! };
      } catch {
        // no child yet
      }
    }
    expect(child?.args).toContain(`${NODE_FLAGS.join(' ')} ${BIN} extract`);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => run.on('exit', (_code, signal) => resolve(signal)));
    run.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    // The second Node is gone: no process with its pid runs its command line. (Under the whole suite's load this
    // once caught the bin killed before its signal listeners were in: they now go in before the second Node starts.)
    let args = '';
    try {
      args = execFileSync('ps', ['-o', 'args=', '-p', String(child!.pid)], { encoding: 'utf8' }).trim();
    } catch {
      // no such process
    }
    expect(args).not.toBe(child!.args);
  });
});
