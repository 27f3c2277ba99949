import path from 'node:path';
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { compareStrings, entityKey, type Entity } from '@untk/core';
import type { DocumentPartial } from '@untk/reports';

/** DuckDB's bindings, loaded when a store is opened: every other command starts ~90 ms sooner without them. */
const duckdb = () => import('@duckdb/node-api');

/**
 * The mention store: an embedded DuckDB database file with two tables, so that questions over a large corpus
 * are SQL over stored mentions instead of a new extraction.
 *
 * - `documents(id, source, lang, characters)`: one row per document indexed (source and characters are NULL
 *   for documents loaded from entity files, which do not carry them);
 * - `mentions(doc, seq, kind, key, text, start, "end", lang, <each kind's fields>, entity)`: one row per entity;
 *   `seq` is its place in its document in untk's order, `key` the identity it is counted under
 *   (`entityKey`), `entity` the entity exactly as `untk extract` writes it (JSON);
 * - `document_counts(id, partial)`: with `untk index --report-counts`, each document's report partial (JSON: its
 *   word and entity counts, token count, and the items of its sentences, paragraphs and word tokens), made with
 *   words and token items so that any `untk report`/`untk compare` options can be answered from it (see
 *   narrowPartial) without segmenting the text again.
 */
export const MENTION_COLUMNS = [
  ['doc', 'VARCHAR NOT NULL'],
  ['seq', 'INTEGER NOT NULL'],
  ['kind', 'VARCHAR NOT NULL'],
  ['key', 'VARCHAR NOT NULL'],
  ['text', 'VARCHAR NOT NULL'],
  ['start', 'INTEGER NOT NULL'],
  ['end', 'INTEGER NOT NULL'],
  ['lang', 'VARCHAR NOT NULL'],
  ['number', 'INTEGER'],
  ['year', 'INTEGER'],
  ['paragraph', 'INTEGER'],
  ['symbol', 'VARCHAR'],
  ['value', 'VARCHAR'],
  ['precision', 'VARCHAR'],
  ['modifier', 'VARCHAR'],
  ['name', 'VARCHAR'],
  ['long', 'VARCHAR'],
  ['short', 'VARCHAR'],
  ['confidence', 'DOUBLE'],
  ['entity', 'VARCHAR NOT NULL'],
] as const;

const DOCUMENT_COLUMNS = [
  ['id', 'VARCHAR NOT NULL'],
  ['source', 'VARCHAR'],
  ['lang', 'VARCHAR'],
  ['characters', 'BIGINT'],
] as const;

const COUNT_COLUMNS = [
  ['id', 'VARCHAR NOT NULL'],
  ['partial', 'VARCHAR NOT NULL'],
] as const;

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const columnsSql = (cols: ReadonlyArray<readonly [string, string]>) => cols.map(([n, t]) => `${q(n)} ${t}`).join(', ');
/** A string literal for the places DuckDB takes no parameter (COPY … TO 'file'). */
export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export interface StoredDocument {
  id: string;
  source: string | null;
  lang: string | null;
  characters: number | null;
}

/**
 * Load into a store: documents and their mentions go to staging tables first and replace, in one transaction,
 * whatever the store held for the same document ids, so indexing the same input twice changes nothing.
 */
export class StoreWriter {
  private docs!: DuckDBAppender;
  private mentions!: DuckDBAppender;
  private counts!: DuckDBAppender;
  private readonly seqOf = new Map<string, number>();
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(file: string): Promise<StoreWriter> {
    const instance = await (await duckdb()).DuckDBInstance.create(path.resolve(file));
    const connection = await instance.connect();
    const w = new StoreWriter(instance, connection);
    await connection.run(`CREATE TABLE IF NOT EXISTS documents (${columnsSql(DOCUMENT_COLUMNS)})`);
    await connection.run(`CREATE TABLE IF NOT EXISTS mentions (${columnsSql(MENTION_COLUMNS)})`);
    await connection.run(`CREATE OR REPLACE TABLE staging_documents AS SELECT * FROM documents LIMIT 0`);
    await connection.run(`CREATE OR REPLACE TABLE staging_mentions AS SELECT * FROM mentions LIMIT 0`);
    await connection.run(`CREATE TABLE IF NOT EXISTS document_counts (${columnsSql(COUNT_COLUMNS)})`);
    await connection.run(`CREATE OR REPLACE TABLE staging_counts AS SELECT * FROM document_counts LIMIT 0`);
    w.docs = await connection.createAppender('staging_documents');
    w.mentions = await connection.createAppender('staging_mentions');
    w.counts = await connection.createAppender('staging_counts');
    return w;
  }

  addDocument(d: StoredDocument): void {
    this.docs.appendVarchar(d.id);
    for (const v of [d.source, d.lang]) {
      if (v === null) this.docs.appendNull();
      else this.docs.appendVarchar(v);
    }
    if (d.characters === null) this.docs.appendNull();
    else this.docs.appendBigInt(BigInt(d.characters));
    this.docs.endRow();
  }

  /** A document's report partial (made with words and token items, see document_counts). */
  addCounts(partial: DocumentPartial): void {
    this.counts.appendVarchar(partial.id);
    this.counts.appendVarchar(JSON.stringify(partial));
    this.counts.endRow();
  }

  /** Mentions of one document in untk's order (successive calls for the same document continue its `seq`). */
  addMentions(entities: readonly Entity[]): void {
    for (const e of entities) {
      const seq = this.seqOf.get(e.doc) ?? 0;
      this.seqOf.set(e.doc, seq + 1);
      const fields = e as Record<string, unknown>;
      const a = this.mentions;
      for (const [column, type] of MENTION_COLUMNS) {
        const v =
          column === 'seq'
            ? seq
            : column === 'key'
              ? entityKey(e)
              : column === 'entity'
                ? JSON.stringify(e)
                : fields[column];
        if (v === undefined || v === null) a.appendNull();
        else if (type.startsWith('INTEGER')) a.appendInteger(v as number);
        else if (type.startsWith('DOUBLE')) a.appendDouble(v as number);
        else a.appendVarchar(String(v));
      }
      a.endRow();
    }
  }

  /** Mentions from a Parquet file this tool wrote (`untk index --parquet`), and their documents. */
  async addParquet(file: string): Promise<void> {
    this.mentions.flushSync();
    this.docs.flushSync();
    await this.connection.run(`INSERT INTO staging_mentions BY NAME SELECT * FROM read_parquet(${sqlString(file)})`);
    await this.connection.run(
      `INSERT INTO staging_documents BY NAME SELECT doc AS id, min(lang) AS lang FROM read_parquet(${sqlString(file)})
       WHERE doc NOT IN (SELECT id FROM staging_documents) GROUP BY doc`,
    );
  }

  /** Documents seen only through their mentions (entity files): a row with what the mentions say. */
  documentsFromMentions(): Promise<unknown> {
    this.mentions.flushSync();
    this.docs.flushSync();
    return this.connection.run(
      `INSERT INTO staging_documents BY NAME SELECT doc AS id, min(lang) AS lang FROM staging_mentions
       WHERE doc NOT IN (SELECT id FROM staging_documents) GROUP BY doc`,
    );
  }

  /** Replace the stored rows of every staged document, then drop the staging tables. */
  async commit(): Promise<{ documents: number; mentions: number }> {
    this.mentions.closeSync();
    this.docs.closeSync();
    this.counts.closeSync();
    const c = this.connection;
    const count = async (sql: string) => Number((await c.runAndReadAll(sql)).getRowsJS()[0]![0]);
    const staged = {
      documents: await count('SELECT count(*) FROM staging_documents'),
      mentions: await count('SELECT count(*) FROM staging_mentions'),
    };
    await c.run('BEGIN TRANSACTION');
    await c.run('DELETE FROM mentions WHERE doc IN (SELECT id FROM staging_documents)');
    await c.run('DELETE FROM documents WHERE id IN (SELECT id FROM staging_documents)');
    // Counts made before are stale once a document is indexed again, with or without new ones.
    await c.run('DELETE FROM document_counts WHERE id IN (SELECT id FROM staging_documents)');
    await c.run('INSERT INTO document_counts SELECT * FROM staging_counts');
    await c.run('DROP TABLE staging_counts');
    await c.run('INSERT INTO documents SELECT * FROM staging_documents');
    await c.run('INSERT INTO mentions SELECT * FROM staging_mentions');
    await c.run('DROP TABLE staging_documents');
    await c.run('DROP TABLE staging_mentions');
    await c.run('COMMIT');
    await c.run('CHECKPOINT');
    return staged;
  }

  /** Write every stored mention, in untk's order, as a Parquet file. */
  async exportParquet(file: string): Promise<void> {
    await this.connection.run(
      `COPY (SELECT * FROM mentions ORDER BY doc, seq) TO ${sqlString(path.resolve(file))} (FORMAT parquet)`,
    );
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/**
 * Everything a store holds, in untk's order (documents by id in code-unit order, mentions in each document by
 * `seq`): what `untk report` and `untk compare` read from `--db FILE` instead of analysing files again.
 */
export async function readStore(file: string): Promise<{ documents: StoredDocument[]; entities: Entity[] }> {
  const instance = await (await duckdb()).DuckDBInstance.create(path.resolve(file), { access_mode: 'READ_ONLY' });
  const c = await instance.connect();
  try {
    const documents = (await c.runAndReadAll('SELECT id, source, lang, characters FROM documents'))
      .getRowObjectsJS()
      .map((r) => ({
        id: r.id as string,
        source: (r.source ?? null) as string | null,
        lang: (r.lang ?? null) as string | null,
        characters: r.characters === null || r.characters === undefined ? null : Number(r.characters),
      }))
      .sort((a, b) => compareStrings(a.id, b.id));
    const rows = (await c.runAndReadAll('SELECT doc, entity FROM mentions ORDER BY doc, seq')).getRowsJS();
    const byDoc = new Map<string, Entity[]>();
    for (const [doc, entity] of rows) {
      const list = byDoc.get(doc as string) ?? [];
      list.push(JSON.parse(entity as string) as Entity);
      byDoc.set(doc as string, list);
    }
    // DuckDB orders strings by UTF-8 bytes; untk by UTF-16 code units: order the documents here.
    const entities = [...byDoc.keys()].sort(compareStrings).flatMap((d) => byDoc.get(d)!);
    return { documents, entities };
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

/** One document of a store as a report reads it: its stored partial counts (null without them) and entities. */
export interface StoredReportDocument {
  id: string;
  partial: DocumentPartial | null;
  entities: Entity[];
}

/**
 * The documents of a store, by id in untk's order, each with its stored report partial and its mentions:
 * what `untk report --db` and `untk compare --db` read. `where` is an SQL condition over the documents table
 * (columns id, source, lang, characters), such as `lang = 'fr'` or `id LIKE 'cr-unsc%'`. The store is opened
 * read-only; everything selected is read into memory.
 */
export async function readStoreDocuments(file: string, where?: string): Promise<StoredReportDocument[]> {
  const instance = await (await duckdb()).DuckDBInstance.create(path.resolve(file), { access_mode: 'READ_ONLY' });
  const c = await instance.connect();
  try {
    const hasCounts =
      (
        await c.runAndReadAll("SELECT count(*) FROM information_schema.tables WHERE table_name = 'document_counts'")
      ).getRowsJS()[0]![0] !== 0n;
    const selected = `SELECT id FROM documents${where ? ` WHERE (${where})` : ''}`;
    const rows = (
      await c.runAndReadAll(
        hasCounts
          ? `SELECT d.id, c.partial FROM (${selected}) d LEFT JOIN document_counts c ON c.id = d.id`
          : `SELECT id, NULL AS partial FROM (${selected})`,
      )
    ).getRowsJS();
    const docs = new Map<string, StoredReportDocument>();
    for (const [id, partial] of rows) {
      docs.set(id as string, {
        id: id as string,
        partial: partial === null ? null : (JSON.parse(partial as string) as DocumentPartial),
        entities: [],
      });
    }
    const mentions = (
      await c.runAndReadAll(`SELECT doc, entity FROM mentions WHERE doc IN (${selected}) ORDER BY doc, seq`)
    ).getRowsJS();
    for (const [doc, entity] of mentions)
      docs.get(doc as string)?.entities.push(JSON.parse(entity as string) as Entity);
    // DuckDB orders strings by UTF-8 bytes; untk by UTF-16 code units: order the documents here.
    return [...docs.values()].sort((a, b) => compareStrings(a.id, b.id));
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}
