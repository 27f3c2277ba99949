import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, readDocument } from '../src/inputs.js';

describe('finding and reading inputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'untk-inputs-'));
  mkdirSync(path.join(dir, 'sub/deeper'), { recursive: true });
  for (const f of [
    'a.txt',
    'b.pdf',
    'c.docx',
    'd.doc',
    'e.html',
    'f.htm',
    'g.zh',
    'notes.md',
    'sub/deeper/h.txt',
    '.hidden.txt',
  ])
    writeFileSync(path.join(dir, f), 'resolution 1373 (2001)\n');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders recursively, keeping document extensions, sorted, hidden files aside', async () => {
    const { refs, errors } = await expandInputs([dir]);
    expect(errors).toEqual([]);
    expect(refs.map((r) => r.id)).toEqual([
      'a.txt',
      'b.pdf',
      'c.docx',
      'd.doc',
      'e.html',
      'f.htm',
      'g.zh',
      'sub/deeper/h.txt',
    ]);
  });

  it.each([
    [['*.md'], [], ['notes.md']],
    [['sub/**'], [], ['sub/deeper/h.txt']],
    [[], ['*.txt', '*.htm*'], ['b.pdf', 'c.docx', 'd.doc', 'g.zh']],
  ])('--include %j --exclude %j', async (include, exclude, ids) => {
    const { refs } = await expandInputs([dir], { include, exclude });
    expect(refs.map((r) => r.id)).toEqual(ids);
  });

  it('says a file vanished when it is gone between listing and reading', async () => {
    const file = path.join(dir, 'vanishing.txt');
    writeFileSync(file, 'resolution 1373 (2001)\n');
    const { refs } = await expandInputs([file]);
    rmSync(file);
    const [ref] = refs;
    expect(await readDocument(ref!, {})).toEqual({
      error: { source: file, code: 'not-found', message: 'vanished during the run (it no longer exists)' },
    });
  });

  it('refuses a file over the size limit without reading it, and reads standard input up to it', async () => {
    const { Readable } = await import('node:stream');
    const big = path.join(dir, 'a.txt');
    expect(await readDocument({ source: big, id: 'a.txt' }, { maxBytes: 8 })).toMatchObject({
      error: { code: 'too-large' },
    });
    const stdin = Readable.from([Buffer.alloc(32, 'a')]);
    expect(await readDocument({ source: '-', id: 'stdin' }, { maxBytes: 8, stdin })).toMatchObject({
      error: { source: '-', code: 'too-large' },
    });
  });

  it('refuses a folder or a FIFO that takes the place of a listed file, without waiting for a writer', async () => {
    const swapped = path.join(dir, 'swapped.txt');
    mkdirSync(swapped);
    expect(await readDocument({ source: swapped, id: 'swapped.txt' }, {})).toEqual({
      error: { source: swapped, code: 'not-a-file', message: 'is not a regular file' },
    });
    rmSync(swapped, { recursive: true });
    // Opening a FIFO for reading blocks until someone writes to it: this would hang, not fail, if it were opened so.
    execFileSync('mkfifo', [swapped]);
    expect(await readDocument({ source: swapped, id: 'swapped.txt' }, {})).toEqual({
      error: { source: swapped, code: 'not-a-file', message: 'is not a regular file' },
    });
    rmSync(swapped);
  });

  it('reads a file whole, as its bytes decode', async () => {
    const seed = fileURLToPath(new URL('../../../corpus/seed', import.meta.url));
    const { refs } = await expandInputs([seed]);
    const txt = refs.find((r) => r.id.endsWith('.txt'))!;
    const read = await readDocument(txt, {});
    const { readFileSync } = await import('node:fs');
    expect(read).toMatchObject({ doc: { lang: 'zh', text: readFileSync(txt.source, 'utf8') } });
  });

  it('reads every bundled resolution as its bytes decode (one stat, one read into a buffer of that size)', async () => {
    const folder = fileURLToPath(new URL('../../../corpus/cr-unsc-resolutions-en', import.meta.url));
    const { refs } = await expandInputs([folder]);
    expect(refs.length).toBeGreaterThan(900);
    const { readFileSync } = await import('node:fs');
    for (const ref of refs) {
      const read = await readDocument(ref, {});
      if (!('doc' in read) || read.doc.text !== readFileSync(ref.source, 'utf8')) throw new Error(`${ref.id} differs`);
    }
  });

  // The kernel's files say they are empty: the reader must read to the end anyway, and stop at the size limit.
  it.skipIf(process.platform !== 'linux')('reads a file that reports size 0 to its end, within the limit', async () => {
    const { readFileSync } = await import('node:fs');
    const version = readFileSync('/proc/version', 'utf8');
    expect(version.length).toBeGreaterThan(10);
    expect(await readDocument({ source: '/proc/version', id: 'version' }, {})).toMatchObject({
      doc: { text: version },
    });
    expect(await readDocument({ source: '/proc/self/maps', id: 'maps' }, { maxBytes: 100 })).toMatchObject({
      error: { source: '/proc/self/maps', code: 'too-large' },
    });
  });

  it('takes the language from --lang, else the file name, else the text', async () => {
    const zh = path.join(dir, 'g.zh');
    expect(await readDocument({ source: zh, id: 'g.zh' }, {})).toMatchObject({ doc: { lang: 'zh' } });
    expect(await readDocument({ source: zh, id: 'g.zh' }, { lang: 'fr' })).toMatchObject({ doc: { lang: 'fr' } });
    const en = path.join(dir, 'a.txt');
    expect(await readDocument({ source: en, id: 'a.txt' }, {})).toMatchObject({ doc: { lang: 'und' } });
  });
});
