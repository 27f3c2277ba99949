import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { entityKey, type Entity } from '@untk/core';
import { corpusPath } from '../../../test/support/corpus.js';
import { formatEntities } from '../src/output.js';
import { readStore } from '../src/store.js';
import { runCli } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'untk-store-'));
const inputs = [corpusPath('seed'), corpusPath('unpc-devset'), corpusPath('cr-unsc-resolutions-en')];

async function sql(db: string, query: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const c = await instance.connect();
  try {
    return (await c.runAndReadAll(query)).getRowObjectsJS();
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

/** kind + key → mentions, as SQL over the store gives it and as counting extract's output gives it. */
const countsFromSql = async (db: string) =>
  Object.fromEntries(
    (await sql(db, 'SELECT kind, key, count(*) AS n FROM mentions GROUP BY kind, key')).map((r) => [
      `${r.kind as string} ${r.key as string}`,
      Number(r.n),
    ]),
  );
function countsOf(jsonl: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of jsonl.trimEnd().split('\n')) {
    const e = JSON.parse(line) as Entity;
    const k = `${e.kind} ${entityKey(e)}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

describe('untk index: the DuckDB mention store', { timeout: 60_000 }, () => {
  const db = path.join(dir, 'corpus.duckdb');
  const parquet = path.join(dir, 'mentions.parquet');

  it('stores the corpus so that SQL counts by kind and key are those of untk extract', async () => {
    const extracted = await runCli(['extract', ...inputs, '--jobs', '1']);
    const r = await runCli(['index', ...inputs, '--db', db, '--parquet', parquet, '--jobs', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^untk index: 909 documents, \d+ mentions stored in /);
    const expected = countsOf(extracted.stdout);
    expect(Object.keys(expected).length).toBeGreaterThan(1000);
    expect(await countsFromSql(db)).toEqual(expected);
    // The most cited resolution of the bundled corpus, by SQL.
    const [top] = await sql(
      db,
      "SELECT key FROM mentions WHERE kind = 'resolution' GROUP BY key ORDER BY count(*) DESC, key LIMIT 1",
    );
    expect(top).toEqual({ key: '186 (1964)' });
    const docs = await sql(db, 'SELECT lang, count(*) AS n FROM documents GROUP BY lang ORDER BY lang');
    expect(docs.map((d) => [d.lang, Number(d.n)])).toEqual([
      ['ar', 1],
      ['en', 903],
      ['es', 1],
      ['fr', 1],
      ['ru', 1],
      ['zh', 2],
    ]);
    // What the store gives back is, byte for byte, what extract wrote.
    const stored = await readStore(db);
    expect(formatEntities(stored.entities, 'jsonl')).toBe(extracted.stdout);
    expect(stored.documents).toHaveLength(909);
  });

  it('replaces a document indexed again instead of counting it twice', async () => {
    const before = await countsFromSql(db);
    expect((await runCli(['index', corpusPath('unpc-devset'), '--db', db, '--jobs', '2'])).code).toBe(0);
    expect(await countsFromSql(db)).toEqual(before);
  });

  it('loads the Parquet file and sharded JSONL outputs into the same store', async () => {
    const fromParquet = path.join(dir, 'parquet.duckdb');
    expect((await runCli(['index', parquet, '--db', fromParquet])).code).toBe(0);
    expect(await countsFromSql(fromParquet)).toEqual(await countsFromSql(db));
    const parts: string[] = [];
    for (const i of [0, 1]) {
      const part = path.join(dir, `part${i}.jsonl`);
      expect((await runCli(['extract', ...inputs, '--shard', `${i}/2`, '--jobs', '1', '--out', part])).code).toBe(0);
      parts.push(part);
    }
    const fromParts = path.join(dir, 'parts.duckdb');
    expect((await runCli(['index', ...parts, '--db', fromParts])).code).toBe(0);
    expect(await countsFromSql(fromParts)).toEqual(await countsFromSql(db));
  });

  it('names a bad entity file and stores the rest (exit 1)', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, 'not json\n');
    const r = await runCli(['index', bad, corpusPath('seed'), '--db', path.join(dir, 'bad.duckdb')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`untk: ${bad}: line 1: not valid JSON\n`);
    expect(r.stdout).toMatch(/: 1 documents, \d+ mentions stored/);
  });
});
