import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Document, InputError, LangTag } from '@untk/core';
import { isUnLang } from '@untk/core';
import { detectLanguage } from '@untk/segmentation';

/** One input to read: a file found on disk, or standard input. */
export interface InputRef {
  /** what the user named, or the file found under a folder they named */
  source: string;
  /** document id: path relative to the folder given, or the path as given */
  id: string;
}

// Extensions read as documents when walking a folder. The UN Parallel Corpus names files by language.
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.ar', '.en', '.es', '.fr', '.ru', '.zh']);

export class UsageError extends Error {}

/**
 * Expand what the user named into documents to read: files as given, folders recursively (document
 * extensions only, sorted), `-` for standard input. A name that does not exist becomes an error, not a stop.
 */
export async function expandInputs(names: readonly string[]): Promise<{ refs: InputRef[]; errors: InputError[] }> {
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
        refs.push({ source: file, id: toPosix(path.relative(name, file)) });
      }
    } else if (st.isFile()) {
      refs.push({ source: name, id: toPosix(path.normalize(name)) });
    } else {
      errors.push({ source: name, code: 'not-a-file', message: 'is neither a regular file nor a folder' });
    }
  }
  return { refs, errors };
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
    if (e.isDirectory()) files.push(...(await walk(full, errors)));
    else if (e.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) files.push(full);
  }
  return files;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function fsError(source: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { source, code: 'not-found', message: 'no such file or folder' };
  if (code === 'EACCES' || code === 'EPERM') return { source, code: 'permission', message: 'permission denied' };
  if (code === 'EISDIR') return { source, code: 'not-a-file', message: 'is a folder, not a file' };
  return { source, code: 'io', message: (err as Error).message };
}

/** The language a file name states (`UNv1.0.devset.zh`), if any. */
function langFromName(source: string): LangTag | undefined {
  const ext = path.extname(source).slice(1).toLowerCase();
  return isUnLang(ext) ? ext : undefined;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

/** Decode bytes as UTF-8 (a BOM is dropped); reject text that is not valid UTF-8 or looks binary. */
function decode(source: string, bytes: Buffer): { text: string } | { error: InputError } {
  if (bytes.length === 0) return { error: { source, code: 'empty', message: 'the file is empty' } };
  if (bytes.subarray(0, 8000).includes(0)) {
    return { error: { source, code: 'binary', message: 'looks like a binary file (it contains NUL bytes), not text' } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.trim().length === 0)
      return { error: { source, code: 'empty', message: 'the file holds only white space' } };
    return { text };
  } catch {
    return {
      error: { source, code: 'encoding', message: 'is not valid UTF-8 text (other encodings are not supported yet)' },
    };
  }
}

/** Read and decode one input into a Document, or say what is wrong with it. */
export async function readDocument(
  ref: InputRef,
  options: { lang?: string; stdin?: NodeJS.ReadableStream },
): Promise<{ doc: Document } | { error: InputError }> {
  let bytes: Buffer;
  try {
    bytes = ref.source === '-' ? await readAll(options.stdin ?? process.stdin) : await readFile(ref.source);
  } catch (err) {
    return { error: fsError(ref.source, err) };
  }
  const decoded = decode(ref.source, bytes);
  if ('error' in decoded) return decoded;
  const lang = options.lang ?? langFromName(ref.source) ?? detectLanguage(decoded.text);
  return { doc: { id: ref.id, source: ref.source, lang, text: decoded.text } };
}
