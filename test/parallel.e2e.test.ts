import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderDigests } from './support/folder.js';
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

describe('sharded runs as a batch scheduler or GNU parallel starts them', () => {
  // A small part of the corpus: the first 49 Security Council resolutions, which the shards split between them.
  const inputs = [corpusPath('cr-unsc-resolutions-en'), '--include', 'S_RES_00[0-4]*'];

  function tmpDir(): string {
    return mkdtempSync(path.join(tmpdir(), 'untk-shards-'));
  }

  it('GNU parallel: report shards written as partials, merged into the unsharded report folder', () => {
    const dir = tmpDir();
    try {
      const whole = run(process.execPath, [BIN, 'report', ...inputs, '--jobs', '1', '-o', path.join(dir, 'whole')], '');
      expect(whole.code).toBe(0);
      // The README's recipe: one process per shard, then untk merge --report.
      const shards = run(
        'parallel',
        [
          '--will-cite',
          process.execPath,
          BIN,
          'report',
          ...inputs,
          '--jobs',
          '1',
          '--shard',
          '{}/3',
          '--partial',
          path.join(dir, 'part{}.jsonl'),
          ':::',
          '0',
          '1',
          '2',
        ],
        '',
      );
      expect(shards.stderr).toBe('');
      expect(shards.code).toBe(0);
      const parts = ['0', '1', '2'].map((i) => path.join(dir, `part${i}.jsonl`));
      const merged = run(process.execPath, [BIN, 'merge', '--report', path.join(dir, 'merged'), ...parts], '');
      expect(merged.code).toBe(0);
      expect(folderDigests(path.join(dir, 'merged'))).toEqual(folderDigests(path.join(dir, 'whole')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a Slurm array, simulated: each task runs the README line with its SLURM_ARRAY_TASK_ID, then merge', () => {
    const dir = tmpDir();
    try {
      const whole = run(process.execPath, [BIN, 'extract', ...inputs, '--jobs', '1'], '');
      expect(whole.code).toBe(0);
      for (const task of ['0', '1', '2', '3']) {
        const r = spawnSync(
          'bash',
          [
            '-c',
            'node "$BIN" extract "$DATA" --include "S_RES_00[0-4]*" --shard "$SLURM_ARRAY_TASK_ID/4" ' +
              '--jobs "$SLURM_CPUS_PER_TASK" --out "$PARTS/part-$SLURM_ARRAY_TASK_ID.jsonl"',
          ],
          {
            cwd: ROOT,
            encoding: 'utf8',
            env: {
              ...process.env,
              BIN,
              DATA: corpusPath('cr-unsc-resolutions-en'),
              PARTS: dir,
              SLURM_ARRAY_TASK_ID: task,
              SLURM_CPUS_PER_TASK: '1',
            },
          },
        );
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
      }
      const parts = readdirSync(dir).map((f) => path.join(dir, f));
      expect(parts).toHaveLength(4);
      const merged = run(process.execPath, [BIN, 'merge', ...parts], '');
      expect(merged.code).toBe(0);
      expect(merged.stdout.split('\n').length).toBeGreaterThan(300);
      expect(merged.stdout).toBe(whole.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
