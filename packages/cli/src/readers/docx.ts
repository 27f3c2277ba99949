import mammoth from 'mammoth';
import { nonEmpty, problem, type ReadResult } from './types.js';

/** The text of a Word .docx file: paragraphs separated by a blank line (mammoth's raw text). */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return nonEmpty(value, 'docx', 'the Word document holds no text');
  } catch (err) {
    return problem('corrupt', `is not a readable .docx file (${firstLine(err)})`);
  }
}

export function firstLine(err: unknown): string {
  return String((err as Error).message ?? err).split('\n')[0] ?? '';
}
