import { createRequire } from 'node:module';
import { firstLine } from './docx.js';
import { nonEmpty, problem, type ReadResult } from './types.js';

// word-extractor 1.0.4 ships no types: the part of its API untk uses, loaded through require.
type Part = (options?: { filterUnicode?: boolean }) => string;
interface WordDocument {
  getBody: Part;
  getFootnotes: Part;
  getEndnotes: Part;
}
interface WordExtractorClass {
  new (): { extract(source: Buffer): Promise<WordDocument> };
}
// Loaded when a .doc is met (most runs read none).
let WordExtractor: WordExtractorClass | undefined;

/** The text of a legacy Word .doc file, body then notes (word-extractor reads the OLE compound file). */
export async function readDoc(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf)
    return problem('corrupt', 'is not a .doc file (it is not an OLE compound file)');
  WordExtractor ??= createRequire(import.meta.url)('word-extractor') as WordExtractorClass;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    // The document's own characters: by default word-extractor turns curly quotes, en and em dashes and wide
    // spaces into ASCII (`“黑色通告”` would come out with straight quotes, `——` as `--`).
    const own = { filterUnicode: false };
    const body = doc.getBody(own);
    // Then the footnotes and endnotes (a paragraph a line), after a blank line: in UN documents they hold many of
    // the references.
    const notes = doc.getFootnotes(own) + doc.getEndnotes(own);
    const text = notes.trim() ? `${body}${body.endsWith('\n') ? '' : '\n'}\n${notes}` : body;
    return nonEmpty(text, 'doc', 'the Word document holds no text');
  } catch (err) {
    return problem('corrupt', `is not a readable .doc file (${firstLine(err)})`);
  }
}
