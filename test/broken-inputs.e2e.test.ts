import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EntitySchema, ReportSchema } from '@untk/core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/untk.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/broken');
const IS_ROOT = process.getuid?.() === 0;
// As root the permission test runs the binary as `nobody`, which works only if nobody can read the checkout.
const NOBODY_CAN_RUN =
  !IS_ROOT || spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534 }).status === 0;

function untk(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the broken corpus in a temporary folder, plus a 100 MB single line made here (never committed). */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'untk-broken-'));
  cpSync(FIXTURES, path.join(dir, 'in'), { recursive: true });
  const fd = openSync(path.join(dir, 'in', 'huge-line.txt'), 'w');
  const chunk = Buffer.alloc(1 << 20, 'resolution 1373 (2001), ');
  for (let i = 0; i < 100; i++) writeSync(fd, chunk);
  closeSync(fd);
  return dir;
}

// What each bad file must say, one line each, in folder order.
const EXPECTED_ERRORS = [
  'untk: in/binary.txt: looks like a binary file (it holds NUL bytes), not text',
  'untk: in/empty.txt: the file is empty',
  'untk: in/encrypted.pdf: the PDF is encrypted with a password',
  'untk: in/garbage.txt: is not text in UTF-8 or in any encoding untk recognises (binary data? if it is text, name its encoding with --encoding)',
  'untk: in/huge-line.txt: is 100 MB, over the 32 MB limit per file (raise it with --max-size)',
  'untk: in/not-a-docx.docx: is not a .docx file (it is not a zip archive)',
  'untk: in/not-a-pdf.pdf: is not a PDF (it does not start with %PDF-)',
  'untk: in/truncated.pdf: the PDF is truncated (it has no %%EOF end marker)',
  'untk: in/whitespace.txt: the file holds only white space',
  'untk: in/missing.txt: no such file or folder',
];

describe('the CLI over a corpus of broken files', () => {
  const dir = workspace();

  it('names every bad file once, processes every good file whole, and exits 1', () => {
    // The kinds this test lists by hand; organisations and acronyms have their own tests.
    const { code, stdout, stderr } = untk(['extract', 'in', 'in/missing.txt', '--kinds', 'resolution', 'symbol'], dir);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    // The missing path is found while expanding inputs, before any file is read.
    expect(lines).toEqual([EXPECTED_ERRORS[9], ...EXPECTED_ERRORS.slice(0, 9)]);
    const entities = stdout
      .trimEnd()
      .split('\n')
      .map((l) => EntitySchema.parse(JSON.parse(l)));
    const byDoc = new Map<string, string[]>();
    for (const e of entities) byDoc.set(e.doc, [...(byDoc.get(e.doc) ?? []), `${e.kind}:${e.text}`]);
    const en = ['resolution:resolution 1373 (2001)', 'symbol:S/2017/97'];
    const zh = ['resolution:第 2322(2016)号决议第 22 段', 'symbol:S/2015/683'];
    expect(Object.fromEntries(byDoc)).toEqual({
      'good-en.txt': en,
      'good-page.html': en,
      'good-zh-utf16le.txt': zh,
      'good.docx': en,
      'good.pdf': ['resolution:S/RES/1373 (2001)', 'symbol:S/RES/1373 (2001)', ...en],
      'legacy/good-zh-gb18030.txt': [...zh, ...zh, ...zh],
      // Traditional script: 第1373(2001)號決議, once in each of the file's two copies of the text.
      'legacy/good-zh-hant-big5.txt': ['resolution:第1373(2001)號決議', 'resolution:第1373(2001)號決議'],
    });
  });

  it('reports every good document, Big5 Traditional Chinese included, and lists the errors', () => {
    const { code, stderr } = untk(['report', 'in', '--out', 'out'], dir);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual(EXPECTED_ERRORS.slice(0, 9));
    const report = ReportSchema.parse(JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8')));
    expect(report.documents.map((d) => `${d.id} ${d.lang}`)).toEqual([
      'good-en.txt en',
      'good-page.html en',
      'good-zh-utf16le.txt zh',
      'good.docx en',
      'good.pdf en',
      'legacy/good-zh-gb18030.txt zh',
      'legacy/good-zh-hant-big5.txt zh',
    ]);
    expect(report.errors.map((e) => e.code)).toEqual([
      'binary',
      'empty',
      'encrypted',
      'encoding',
      'too-large',
      'corrupt',
      'corrupt',
      'corrupt',
      'empty',
    ]);
  });

  it('--strict stops at the first bad file and writes nothing', () => {
    const { code, stdout, stderr } = untk(['extract', 'in', '--strict', '--out', 'strict.jsonl'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${EXPECTED_ERRORS[0]}\nuntk: stopped at the first input that could not be used (--strict); nothing was written\n`,
    );
    expect(() => readFileSync(path.join(dir, 'strict.jsonl'))).toThrow(/ENOENT/);
  });

  it('--include and --exclude choose files under a folder; --encoding names a wrong encoding as such', () => {
    const only = untk(['extract', 'in', '--include', '*.txt', '--exclude', 'legacy/**', 'huge-*'], dir);
    expect(only.stderr.trimEnd().split('\n')).toEqual([
      EXPECTED_ERRORS[0],
      EXPECTED_ERRORS[1],
      EXPECTED_ERRORS[3],
      EXPECTED_ERRORS[8],
    ]);
    expect(
      new Set(
        only.stdout
          .trimEnd()
          .split('\n')
          .map((l) => (JSON.parse(l) as { doc: string }).doc),
      ),
    ).toEqual(new Set(['good-en.txt', 'good-zh-utf16le.txt']));
    const wrong = untk(['extract', 'in/legacy/good-zh-gb18030.txt', '--encoding', 'utf-8'], dir);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      'untk: in/legacy/good-zh-gb18030.txt: is not valid utf-8 text (as --encoding says it is)\n',
    );
    expect(untk(['extract', 'in', '--encoding', 'klingon'], dir).code).toBe(2);
  });

  it('never overwrites a file untk did not write without --force, and replaces its own output', () => {
    const notes = path.join(dir, 'notes.txt');
    writeFileSync(notes, 'my own notes\n');
    const refused = untk(['extract', 'in/good-en.txt', '--out', 'notes.txt'], dir);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toBe(
      'untk: notes.txt: the file exists and untk did not write it; choose another or pass --force\n',
    );
    expect(readFileSync(notes, 'utf8')).toBe('my own notes\n');
    for (const format of ['jsonl', 'json', 'csv']) {
      const out = `own.${format}`;
      expect(untk(['extract', 'in/good-en.txt', '--format', format, '--out', out], dir).code).toBe(0);
      const again = untk(['extract', 'in/good-zh-utf16le.txt', '--format', format, '--out', out], dir);
      expect(again.code).toBe(0);
      expect(readFileSync(path.join(dir, out), 'utf8')).toContain('S/2015/683');
    }
    expect(untk(['extract', 'in/good-en.txt', '--out', 'notes.txt', '--force'], dir).code).toBe(0);
    expect(readFileSync(notes, 'utf8')).toContain('"symbol":"S/2017/97"');
  });

  // Root reads any file whatever its mode, so as root the binary runs as `nobody` (uid 65534) for this test.
  it.skipIf(!NOBODY_CAN_RUN)(
    'names a file it may not read, and reads the rest (skipped as root if nobody cannot read the checkout)',
    () => {
      const locked = path.join(dir, 'in', 'good-en.txt');
      chmodSync(dir, 0o755);
      chmodSync(locked, 0o000);
      try {
        const r = spawnSync(process.execPath, [BIN, 'extract', 'in/good-en.txt', 'in/good-zh-utf16le.txt'], {
          cwd: dir,
          encoding: 'utf8',
          ...(IS_ROOT ? { uid: 65534, gid: 65534 } : {}),
        });
        expect(r.stderr).toBe('untk: in/good-en.txt: permission denied (cannot read it)\n');
        expect(r.status).toBe(1);
        expect(r.stdout).toContain('"symbol":"S/2015/683"');
      } finally {
        chmodSync(locked, 0o644);
      }
    },
  );

  it('reads a 4 MB single line whole: every one of its 174,762 mentions comes out', () => {
    const unit = 'resolution 1373 (2001), ';
    const size = 4 * 1024 * 1024;
    writeFileSync(path.join(dir, 'long-line.txt'), unit.repeat(Math.floor(size / unit.length)));
    const { code, stdout, stderr } = untk(['extract', 'long-line.txt', '--kinds', 'resolution'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(Math.floor(size / unit.length));
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ number: 1373, year: 2001, end: size - (size % unit.length) - 2 });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));
});
