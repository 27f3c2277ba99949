import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusPath } from './support/corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/untk.js');

/** One JSON document per line: every sentence of the UNPC dev set, then every CR-UNSC resolution whole. */
function corpusAsJsonl(): string {
  const lines: string[] = [];
  for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) {
    const file = `UNv1.0.devset.${lang}`;
    readFileSync(corpusPath(`unpc-devset/${file}`), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (text.trim()) lines.push(JSON.stringify({ id: `${file}:${i + 1}`, text, lang }));
      });
  }
  const dir = corpusPath('cr-unsc-resolutions-en');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    lines.push(JSON.stringify({ id: name, text: readFileSync(path.join(dir, name), 'utf8') }));
  }
  return lines.join('\n') + '\n';
}

function run(command: string, args: string[], input: string) {
  const r = spawnSync(command, args, { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('untk stream under GNU parallel', () => {
  const input = corpusAsJsonl();

  it('gives, split over processes by GNU parallel, exactly what one process gives', () => {
    expect(input.split('\n').length).toBeGreaterThan(24_000);
    const single = run(process.execPath, [BIN, 'stream'], input);
    expect(single.stderr).toBe('');
    expect(single.code).toBe(0);
    expect(single.stdout.split('\n').length).toBeGreaterThan(3000);
    const split = run(
      'parallel',
      ['--will-cite', '--pipe', '--block', '16M', '-N', '5000', '--keep-order', process.execPath, BIN, 'stream'],
      input,
    );
    expect(split.stderr).toBe('');
    expect(split.code).toBe(0);
    expect(split.stdout).toBe(single.stdout);
  });

  it('passes a bad line through as one error record and the job exits 1', () => {
    const lines = input.split('\n').slice(0, 3000);
    lines.splice(2500, 0, '{"id": "broken", "text": ');
    const split = run(
      'parallel',
      [
        '--will-cite',
        '--pipe',
        '--block',
        '16M',
        '-N',
        '1000',
        '--keep-order',
        process.execPath,
        BIN,
        'stream',
        '--kinds',
        'symbol',
      ],
      lines.join('\n') + '\n',
    );
    expect(split.code).toBe(1);
    const errors = split.stdout.split('\n').filter((l) => l.startsWith('{"error"'));
    expect(errors).toHaveLength(1);
    // Line numbers count within the block GNU parallel gave the process: 2501 is line 501 of the third block.
    expect(JSON.parse(errors[0]!)).toMatchObject({ line: 501, error: { code: 'corrupt' } });
  });
});
