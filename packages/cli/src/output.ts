import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Entity } from '@untk/core';
import type { CliIo } from './io.js';

export const ENTITY_FORMATS = ['jsonl', 'json', 'csv'] as const;
export type EntityFormat = (typeof ENTITY_FORMATS)[number];

// Columns of the CSV form of entities: the common fields, then every kind's own.
const CSV_COLUMNS = [
  'doc',
  'kind',
  'text',
  'start',
  'end',
  'lang',
  'number',
  'year',
  'paragraph',
  'symbol',
  'value',
  'precision',
  'modifier',
  'name',
  'long',
  'short',
  'confidence',
] as const;

/** Entities as JSON Lines (one per line), a JSON array, or CSV with a BOM so spreadsheets read Chinese. */
export function formatEntities(entities: readonly Entity[], format: EntityFormat): string {
  switch (format) {
    case 'jsonl':
      return entities.map((e) => JSON.stringify(e) + '\n').join('');
    case 'json':
      return JSON.stringify(entities, null, 2) + '\n';
    case 'csv':
      return stringify(
        entities.map((e) => CSV_COLUMNS.map((c) => (e as Record<string, unknown>)[c] ?? '')),
        { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'unix' },
      );
  }
}

/**
 * Write a file whole or not at all: write a temporary file beside it, then rename it into place, so an
 * interrupted run never leaves a half-written result.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.untk-tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * The first `bytes` bytes of a file as UTF-8 text, without a byte-order mark; undefined when there is no such file.
 * What an `--out` file holds is judged from its head, without reading a large file whole.
 */
export async function fileHead(file: string, bytes = 65536): Promise<string | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const buf = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buf, 0, bytes, 0);
      return buf
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    } finally {
      await handle.close();
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Whether `file` may be replaced without `--force`: it does not exist, is empty, or holds what `untk extract`
 * writes (JSON Lines of entities, a JSON array of them, or the CSV with untk's header).
 */
export async function isOwnOutputFile(file: string): Promise<boolean> {
  let head: string | undefined;
  try {
    head = await fileHead(file);
  } catch {
    return false;
  }
  if (head === undefined || head.length === 0) return true;
  if (head.startsWith(CSV_COLUMNS.join(',') + '\n')) return true;
  const trimmed = head.trimStart();
  if (/^\[\s*\]?\s*$/.test(trimmed) || /^\[\s*\{\s*"doc":/.test(trimmed)) return true;
  const firstLine = trimmed.split('\n', 1)[0] ?? '';
  try {
    const e = JSON.parse(firstLine) as Record<string, unknown>;
    return typeof e.doc === 'string' && typeof e.kind === 'string' && typeof e.start === 'number';
  } catch {
    return false;
  }
}

/**
 * Write a command's whole result to the `--out` file (whole or not at all) or, without one, to standard output.
 * False when the file could not be written; the reason is on standard error.
 */
export async function emitResult(io: CliIo, out: string | undefined, text: string): Promise<boolean> {
  if (out === undefined) {
    io.stdout.write(text);
    return true;
  }
  try {
    await writeFileAtomic(out, text);
    return true;
  } catch (err) {
    io.stderr.write(`untk: cannot write ${out}: ${(err as Error).message}\n`);
    return false;
  }
}
