import path from 'node:path';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf.js';
import { decodeText } from './text.js';
import { problem, type ReadOptions, type ReadResult } from './types.js';

export { decodeText, isKnownEncoding } from './text.js';
export { htmlToText } from './html.js';
export type { ReadOptions, ReadProblem, ReadResult } from './types.js';

/** File extensions read as documents when walking a folder: text, UN Parallel Corpus language files, PDF, Word, HTML. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.text',
  '.ar',
  '.en',
  '.es',
  '.fr',
  '.ru',
  '.zh',
  '.pdf',
  '.docx',
  '.doc',
  '.html',
  '.htm',
]);

type Format = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** What a file is, from its first bytes, else from its extension: content wins over a wrong name. */
function formatOf(name: string, bytes: Uint8Array): Format {
  const ext = path.extname(name).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc'; // OLE compound file
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'; // zip (Office Open XML)
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc') return 'doc';
  if (ext === '.html' || ext === '.htm') return 'html';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'text';
}

/** Turn a file's bytes into its text, by what the file is. */
export async function readBytes(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  if (bytes.length === 0) return problem('empty', 'the file is empty');
  switch (formatOf(name, bytes)) {
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'doc':
      return readDoc(bytes);
    case 'html':
      return readHtml(bytes, options.encoding);
    case 'text':
      return decodeText(bytes, options.encoding);
  }
}
