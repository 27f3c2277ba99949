import { Parser } from 'htmlparser2';
import { nonEmpty, problem, type ReadResult } from './types.js';

/**
 * The text of a Word .docx file: the body as mammoth's raw text (paragraphs separated by a blank line), then the
 * footnotes and endnotes, each paragraph followed by a blank line as well. mammoth's raw text leaves the notes
 * out, and in UN documents they hold many of the references (resolutions, document symbols).
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return problem('corrupt', 'is not a .docx file (it is not a zip archive)');
  // Loaded when a .docx is met: most runs read none, and loading it costs every process and worker ~50 ms.
  const { default: mammoth } = await import('mammoth');
  try {
    const buffer = Buffer.from(bytes);
    const { value } = await mammoth.extractRawText({ buffer });
    const notes = (await docxNotes(buffer)).map((p) => `${p}\n\n`).join('');
    return nonEmpty(value + notes, 'docx', 'the Word document holds no text');
  } catch (err) {
    return problem('corrupt', `is not a readable .docx file (${firstLine(err)})`);
  }
}

// The parts of a .docx that hold notes, in the order their text is added.
const NOTE_PARTS = ['word/footnotes.xml', 'word/endnotes.xml'];
// Notes Word keeps for its own layout (the line above the footnotes), which hold no text of the document.
const LAYOUT_NOTES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

/**
 * The paragraphs of a .docx's footnotes and endnotes, in their order (WordprocessingML: the text runs `w:t` of each
 * `w:p` of each `w:footnote` or `w:endnote`, a tab for `w:tab`, a line break for `w:br`). Empty paragraphs are left
 * out. jszip is the zip reader mammoth itself uses.
 */
export async function docxNotes(bytes: Buffer): Promise<string[]> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const paragraphs: string[] = [];
  for (const part of NOTE_PARTS) {
    const file = zip.file(part);
    if (!file) continue;
    const xml = await file.async('string');
    let inNote = false;
    let inText = false;
    let paragraph: string | undefined;
    const parser = new Parser(
      {
        onopentag(name, attrs) {
          if (name === 'w:footnote' || name === 'w:endnote') inNote = !LAYOUT_NOTES.has(attrs['w:type'] ?? '');
          else if (!inNote) return;
          else if (name === 'w:p') paragraph = '';
          else if (name === 'w:t') inText = true;
          else if (name === 'w:tab' && paragraph !== undefined) paragraph += '\t';
          else if (name === 'w:br' && paragraph !== undefined) paragraph += '\n';
        },
        ontext(text) {
          if (inNote && inText && paragraph !== undefined) paragraph += text;
        },
        onclosetag(name) {
          if (name === 'w:t') inText = false;
          else if (name === 'w:p' && paragraph !== undefined) {
            if (paragraph.trim()) paragraphs.push(paragraph.trim());
            paragraph = undefined;
          } else if (name === 'w:footnote' || name === 'w:endnote') inNote = false;
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    parser.write(xml);
    parser.end();
  }
  return paragraphs;
}

export function firstLine(err: unknown): string {
  const line = String((err as Error).message ?? err).split('\n')[0] ?? '';
  return line.length > 120 ? line.slice(0, 117) + '…' : line;
}
