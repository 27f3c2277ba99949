import { createRequire } from 'node:module';
import { firstLine } from './docx.js';
import { nonEmpty, problem, type ReadResult } from './types.js';

// word-extractor 1.0.4 ships no types: the part of its API untk uses, loaded through require.
interface WordExtractorClass {
  new (): { extract(source: Buffer): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }> };
}
// Loaded when a .doc is met (most runs read none).
let WordExtractor: WordExtractorClass | undefined;

/** The body text of a legacy Word .doc file (word-extractor reads the OLE compound file). */
export async function readDoc(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf)
    return problem('corrupt', 'is not a .doc file (it is not an OLE compound file)');
  WordExtractor ??= createRequire(import.meta.url)('word-extractor') as WordExtractorClass;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    // The document's own characters: by default word-extractor turns curly quotes, en and em dashes and wide
    // spaces into ASCII (`“黑色通告”` would come out with straight quotes, `——` as `--`).
    return nonEmpty(doc.getBody({ filterUnicode: false }), 'doc', 'the Word document holds no text');
  } catch (err) {
    return problem('corrupt', `is not a readable .doc file (${firstLine(err)})`);
  }
}
