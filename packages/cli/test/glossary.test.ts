import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, corpusPath } from '../../../test/support/corpus.js';
import { runCli } from './helpers.js';

describe('untk glossary', () => {
  it('writes the seed glossary as Markdown by default', async () => {
    const { code, stdout, stderr } = await runCli(['glossary', SEED_PATH]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('| zh | 国际刑事警察组织 | 国际刑警组织, 刑警组织 (0.8) | 10 | 1 | ');
  });

  it('writes JSON and CSV, to a file with --out', async () => {
    const json = await runCli(['glossary', SEED_PATH, '--format', 'json']);
    const g = JSON.parse(json.stdout) as { entries: Array<{ name: string }>; groups: unknown[] };
    expect(g.entries.map((e) => e.name)).toContain('欧亚反洗钱和打击资助恐怖主义行为工作组');
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'untk-')), 'g.csv');
    const csv = await runCli(['glossary', SEED_PATH, '--format', 'csv', '--out', out]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('');
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFgroup,lang,long,')).toBe(true);
  });

  it('links bodies across the six aligned dev-set files with --aligned', { timeout: 60_000 }, async () => {
    const { code, stdout } = await runCli(['glossary', corpusPath('unpc-devset'), '--aligned', '--format', 'json']);
    expect(code).toBe(0);
    const g = JSON.parse(stdout) as { groups: Array<{ id: string; members: string[] }> };
    const abyei = g.groups.find((x) => x.id === 'en:United Nations Interim Security Force for Abyei');
    expect(abyei?.members).toContain('fr:Force intérimaire de sécurité des Nations Unies pour Abyei');
    expect(abyei?.members).toContain('zh:联合国阿卜耶伊临时安全部队');
    // The Peacebuilding Fund's Chinese name is read on the line where the other five name it.
    const fund = g.groups.find((x) => x.id === 'en:Peacebuilding Fund');
    expect(fund?.members).toContain('zh:建设和平基金');
  });

  it('will not replace a file it did not write, unless --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-'));
    const notes = path.join(dir, 'notes.md');
    writeFileSync(notes, 'my notes\n');
    const refused = await runCli(['glossary', SEED_PATH, '--out', notes]);
    expect(refused.code).toBe(3);
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
    expect((await runCli(['glossary', SEED_PATH, '--out', notes, '--force'])).code).toBe(0);
    // Its own output it replaces without asking.
    expect((await runCli(['glossary', SEED_PATH, '--out', notes, '--format', 'json'])).code).toBe(0);
  });

  it('rejects an unknown format with exit code 2', async () => {
    const { code } = await runCli(['glossary', SEED_PATH, '--format', 'xml']);
    expect(code).toBe(2);
  });
});
