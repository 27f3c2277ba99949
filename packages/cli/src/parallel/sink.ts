import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Entity } from '@untk/core';
import { formatEntities, type EntityFormat } from '../output.js';

/**
 * Entities written as they come, in any output format, to the same bytes `formatEntities` gives for the whole
 * list at once (each piece is cut from `formatEntities`, so the two cannot drift apart).
 */
export class EntityFormatter {
  private count = 0;
  constructor(readonly format: EntityFormat) {}

  /** Text for the next entities, in order. */
  chunk(entities: readonly Entity[]): string {
    return this.formatted(entities.length === 0 ? '' : formatEntities(entities, this.format), entities.length);
  }

  /**
   * The same for `count` entities already formatted on their own (`formatEntities(entities, format)`, as a worker
   * sends them): the CSV header is kept only before the first, JSON elements are cut out of their array.
   */
  formatted(text: string, count: number): string {
    if (count === 0) return '';
    switch (this.format) {
      case 'jsonl':
        this.count += count;
        return text;
      case 'csv': {
        const first = this.count === 0;
        this.count += count;
        return first ? text : text.slice(formatEntities([], 'csv').length);
      }
      case 'json': {
        // `[\n  {…},\n  {…}\n]\n`: keep the indented elements, open the array before the first.
        const inner = text.slice(2, -3);
        const out = (this.count === 0 ? '[\n' : ',\n') + inner;
        this.count += count;
        return out;
      }
    }
  }

  /** Text that closes the output (the whole output when there were no entities). */
  end(): string {
    if (this.count === 0) return formatEntities([], this.format);
    return this.format === 'json' ? '\n]\n' : '';
  }
}

/** Write to a stream, waiting for it to drain when its buffer is full (back-pressure reaches the reader). */
export function writeWithBackpressure(out: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (text.length === 0) return;
  if (out.write(text)) return;
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off('drain', onDrain);
      reject(err);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}

/**
 * A file written as a stream but put in place whole or not at all: the text goes to a temporary file beside it,
 * renamed over the target by `commit`; `abort` removes it.
 */
export class AtomicFile {
  private constructor(
    readonly file: string,
    private readonly tmp: string,
    readonly stream: Writable,
  ) {}

  static async open(file: string): Promise<AtomicFile> {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.untk-tmp`;
    const stream = createWriteStream(tmp);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return new AtomicFile(file, tmp, stream);
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
    await rename(this.tmp, this.file);
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
  }
}

/**
 * Write a file from pieces of bytes, whole or not at all (see AtomicFile): a large report file is written as it is
 * made instead of being joined into one string first. A piece is written before the next but one is asked for, so
 * pieces may reuse the memory of the piece two before them (see chunked in report-files.ts), while the next one is
 * being made as this one is written.
 */
export async function writeChunksAtomic(file: string, chunks: Iterable<Uint8Array>): Promise<void> {
  const out = await AtomicFile.open(file);
  // A failed write calls back with its error (below); the stream also emits it.
  out.stream.on('error', () => undefined);
  try {
    let previous: Promise<void> = Promise.resolve();
    for (const chunk of chunks) {
      const written = new Promise<void>((resolve, reject) =>
        out.stream.write(chunk, (err) => (err ? reject(err) : resolve())),
      );
      written.catch(() => undefined);
      await previous;
      previous = written;
    }
    await previous;
    await out.commit();
  } catch (err) {
    await out.abort();
    throw err;
  }
}
