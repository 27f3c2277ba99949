import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Entity } from '@untk/core';

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
