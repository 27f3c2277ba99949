import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Document, InputError, LangTag } from '@untk/core';
import { isUnLang } from '@untk/core';
import { detectLanguage } from '@untk/segmentation';
import { DOCUMENT_EXTENSIONS, readBytes } from './readers/index.js';

/** One input to read: a file found on disk, or standard input. */
export interface InputRef {
  /** what the user named, or the file found under a folder they named */
  source: string;
  /** document id: path relative to the folder given, or the path as given */
  id: string;
}

export class UsageError extends Error {}

export interface ExpandOptions {
  /** globs a file under a folder must match (relative to that folder; a pattern without `/` matches the name) */
  include?: readonly string[];
  /** globs that leave out a file under a folder */
  exclude?: readonly string[];
}

/**
 * Expand what the user named into documents to read: files as given, folders recursively (document
 * extensions, or what `include` matches, less what `exclude` matches; sorted), `-` for standard input.
 * A name that does not exist becomes an error, not a stop.
 */
export async function expandInputs(
  names: readonly string[],
  options: ExpandOptions = {},
): Promise<{ refs: InputRef[]; errors: InputError[] }> {
  const include = options.include?.length ? globMatcher(options.include) : undefined;
  const exclude = options.exclude?.length ? globMatcher(options.exclude) : undefined;
  const keep = (rel: string) =>
    (include ? include(rel) : DOCUMENT_EXTENSIONS.has(path.extname(rel).toLowerCase())) && !exclude?.(rel);
  const refs: InputRef[] = [];
  const errors: InputError[] = [];
  for (const name of names) {
    if (name === '-') {
      refs.push({ source: '-', id: 'stdin' });
      continue;
    }
    let st;
    try {
      st = await stat(name);
    } catch (err) {
      errors.push(fsError(name, err));
      continue;
    }
    if (st.isDirectory()) {
      for (const file of await walk(name, errors)) {
        const rel = toPosix(path.relative(name, file));
        if (keep(rel)) refs.push({ source: file, id: rel });
      }
    } else if (st.isFile()) {
      refs.push({ source: name, id: toPosix(path.normalize(name)) });
    } else {
      errors.push({ source: name, code: 'not-a-file', message: 'is neither a regular file nor a folder' });
    }
  }
  return { refs, errors };
}

/**
 * A test for relative POSIX paths: a pattern with a `/` matches the whole path (`drafts/**`), one without
 * matches the file name at any depth (`*.pdf`).
 */
function globMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const tests = patterns.map((p) => {
    const match = picomatch(p, { dot: false });
    return p.includes('/') ? match : (rel: string) => match(path.posix.basename(rel));
  });
  return (rel) => tests.some((t) => t(rel));
}

async function walk(dir: string, errors: InputError[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(fsError(dir, err));
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) for (const f of await walk(full, errors)) files.push(f);
    else if (e.isFile()) files.push(full);
  }
  return files;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function fsError(source: string, err: unknown, afterListing = false): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return afterListing
      ? { source, code: 'not-found', message: 'vanished during the run (it no longer exists)' }
      : { source, code: 'not-found', message: 'no such file or folder' };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { source, code: 'permission', message: 'permission denied (cannot read it)' };
  }
  if (code === 'EISDIR') return { source, code: 'not-a-file', message: 'is a folder, not a file' };
  return { source, code: 'io', message: `could not be read (${(err as Error).message})` };
}

/** The language a file name states (`UNv1.0.devset.zh`), if any. */
function langFromName(source: string): LangTag | undefined {
  const ext = path.extname(source).slice(1).toLowerCase();
  return isUnLang(ext) ? ext : undefined;
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    size += b.length;
    if (size > maxBytes) return undefined;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Files larger than this are refused unless `--max-size` says otherwise: UN documents are a few MB at most. */
// Analysis takes about 40 bytes of memory per character (offset maps, entities), so 32 MB of text needs ~1.3 GB.
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface ReadDocumentOptions {
  lang?: string;
  stdin?: NodeJS.ReadableStream;
  /** decode text with this encoding instead of detecting one */
  encoding?: string;
  /** refuse inputs larger than this many bytes */
  maxBytes?: number;
}

function tooLarge(source: string, maxBytes: number, size?: number): InputError {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return {
    source,
    code: 'too-large',
    message: `${size === undefined ? 'is' : `is ${mb(size)},`} over the ${mb(maxBytes)} limit per file (raise it with --max-size)`,
  };
}

// Opened without blocking: a FIFO opened for reading would wait for a writer (O_NONBLOCK does nothing to a
// regular file; Windows has no such flag, nor FIFOs among files).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A regular file's bytes, or what is wrong with it, checked on the open file before it is read (so that a huge
 * file is never loaded). Synchronous calls: on a corpus of small files each asynchronous call costs a round trip
 * through libuv's thread pool, 0.1-0.3 ms, more than reading the file; these take microseconds. One open, then
 * fstat and read on the descriptor: a stat by name first would look the path up a second time, which costs
 * about as much as reading a small file.
 */
function readRegularFile(source: string, maxBytes: number): { bytes: Buffer } | { error: InputError } {
  let fd: number;
  try {
    fd = openSync(source, OPEN_FLAGS);
  } catch (err) {
    // A socket cannot be opened at all.
    if ((err as NodeJS.ErrnoException).code === 'ENXIO') return { error: notAFile(source) };
    return { error: fsError(source, err, true) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: notAFile(source) };
    if (st.size > maxBytes) return { error: tooLarge(source, maxBytes, st.size) };
    const bytes = readOpenFile(fd, st.size, maxBytes);
    return bytes ? { bytes } : { error: tooLarge(source, maxBytes) };
  } catch (err) {
    return { error: fsError(source, err, true) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of an open regular file whose fstat gave `size`, read into a buffer of that size: readFileSync(fd)
 * would fstat the file again first, a system call of about 1.5 µs per file, which is a measurable share of a
 * corpus of small files. A file that changed size since is read as far as it goes (as readFileSync does). A file
 * that says it is empty may not be (the kernel's /proc and /sys files report 0): it is read in chunks to its end,
 * and undefined when that is over maxBytes.
 */
function readOpenFile(fd: number, size: number, maxBytes: number): Buffer | undefined {
  if (size > 0) {
    const buf = Buffer.allocUnsafe(size);
    let n = 0;
    for (let r: number; n < size && (r = readSync(fd, buf, n, size - n, null)) > 0;) n += r;
    return n === size ? buf : buf.subarray(0, n);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const r = readSync(fd, chunk, 0, chunk.length, null);
    if (r === 0) return Buffer.concat(chunks, total);
    total += r;
    if (total > maxBytes) return undefined;
    chunks.push(r === chunk.length ? chunk : chunk.subarray(0, r));
  }
}

function notAFile(source: string): InputError {
  return { source, code: 'not-a-file', message: 'is not a regular file' };
}

/** Read and decode one input (text, PDF, Word, HTML) into a Document, or say what is wrong with it. */
export async function readDocument(
  ref: InputRef,
  options: ReadDocumentOptions,
): Promise<{ doc: Document } | { error: InputError }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    if (ref.source === '-') {
      const all = await readAll(options.stdin ?? process.stdin, maxBytes);
      if (!all) return { error: tooLarge(ref.source, maxBytes) };
      bytes = all;
    } else {
      const read = readRegularFile(ref.source, maxBytes);
      if ('error' in read) return read;
      bytes = read.bytes;
    }
  } catch (err) {
    return { error: fsError(ref.source, err, true) };
  }
  const read = await readBytes(ref.source, bytes, options.encoding ? { encoding: options.encoding } : {});
  if ('problem' in read) return { error: { source: ref.source, ...read.problem } };
  const lang = options.lang ?? langFromName(ref.source) ?? detectLanguage(read.text);
  return { doc: { id: ref.id, source: ref.source, lang, text: read.text } };
}
