import { nonEmpty, problem, type ReadResult } from './types.js';

/** The text of a Word .docx file: paragraphs separated by a blank line (mammoth's raw text). */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return problem('corrupt', 'is not a .docx file (it is not a zip archive)');
  // Loaded when a .docx is met: most runs read none, and loading it costs every process and worker ~50 ms.
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return nonEmpty(value, 'docx', 'the Word document holds no text');
  } catch (err) {
    return problem('corrupt', `is not a readable .docx file (${firstLine(err)})`);
  }
}

export function firstLine(err: unknown): string {
  const line = String((err as Error).message ?? err).split('\n')[0] ?? '';
  return line.length > 120 ? line.slice(0, 117) + '…' : line;
}
