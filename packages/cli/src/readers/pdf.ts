import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { problem, type ReadResult } from './types.js';

const require = createRequire(import.meta.url);
// Plain folder paths inside pdfjs-dist: without the CMaps, old GB PDFs with unembedded fonts extract as empty text.
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
const CMAP_URL = path.join(PDFJS_DIR, 'cmaps') + path.sep;
const STANDARD_FONTS_URL = path.join(PDFJS_DIR, 'standard_fonts') + path.sep;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/** pdfjs-dist is large: load it on the first PDF only. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Whether the bytes end like a complete PDF: an `%%EOF` marker in the last kilobyte. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}

/**
 * A visual line of a page: its text, where it starts (x, PDF points from the left; y, its baseline, from the
 * bottom) and its font size.
 */
interface VisualLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

type TextItems = Awaited<
  ReturnType<Awaited<ReturnType<PdfJsModule.PDFDocumentProxy['getPage']>>['getTextContent']>
>['items'];

/** The page's lines as pdfjs reports them (an item with hasEOL ends one), each with its first item's position. */
function visualLines(items: TextItems): VisualLine[] {
  const lines: VisualLine[] = [];
  let text = '';
  let x = 0;
  let y = 0;
  let size = 0;
  let open = false;
  for (const item of items) {
    if (!('str' in item)) continue;
    if (!open && item.str.trim().length > 0) {
      // The line starts at its first item that shows something; the font size is the transform's scale.
      open = true;
      x = item.transform[4] as number;
      y = item.transform[5] as number;
      size = Math.hypot(item.transform[2] as number, item.transform[3] as number);
    }
    text += item.str;
    if (item.hasEOL) {
      lines.push({ text, x, y, size });
      text = '';
      open = false;
    }
  }
  if (text.length > 0) lines.push({ text, x, y, size });
  return lines;
}

// A gap between two lines this many times the page's usual line pitch (or more) sets a paragraph apart.
const PARAGRAPH_GAP = 1.3;

/**
 * A page's text, a line a line, with what pdfjs leaves out of its text but shows on the page:
 * - an indent: a line that starts right of the page's left margin (the x most lines start at) is indented by a
 *   space for every half em it is in (pdfjs gives no space for an indent, it moves the text), so that the
 *   normaliser sees first-line indents and centred headings as it sees them in text files;
 * - paragraph spacing: where the step down from one line's baseline to the next is PARAGRAPH_GAP times the
 *   page's usual step (the median) or more, an empty line, as a text file separates paragraphs. A page whose
 *   every line is set apart the same way has one step only, and gets none.
 */
function pageText(lines: readonly VisualLine[]): string {
  const shown = lines.filter((l) => l.text.trim().length > 0);
  const starts = new Map<number, number>();
  for (const l of shown) starts.set(Math.round(l.x), (starts.get(Math.round(l.x)) ?? 0) + 1);
  let margin = Infinity;
  let most = 0;
  for (const [x, n] of starts) if (n > most || (n === most && x < margin)) [margin, most] = [x, n];
  const steps: number[] = [];
  for (let i = 1; i < shown.length; i++) {
    const step = shown[i - 1]!.y - shown[i]!.y;
    if (step > 0) steps.push(step);
  }
  steps.sort((a, b) => a - b);
  const usual = steps.length > 0 ? steps[steps.length >> 1]! : 0;
  let text = '';
  let previous: VisualLine | undefined;
  for (const l of lines) {
    if (!l.text.trim()) {
      text += l.text + '\n';
      continue;
    }
    if (previous && usual > 0 && previous.y - l.y >= usual * PARAGRAPH_GAP && !text.endsWith('\n\n')) text += '\n';
    const halfEms = l.size > 0 ? Math.round((l.x - margin) / (l.size / 2)) : 0;
    text += (halfEms > 0 ? ' '.repeat(halfEms) : '') + l.text + '\n';
    previous = l;
  }
  return text;
}

/**
 * The text of a PDF, page by page: one line per visual line as pdfjs reports them, a form feed between
 * pages (the normaliser repairs the page layout: running heads, page numbers, broken lines).
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return problem('corrupt', 'is not a PDF (it does not start with %PDF-)');
  if (!hasEndMarker(bytes)) return problem('corrupt', 'the PDF is truncated (it has no %%EOF end marker)');
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(visualLines(content.items)));
      page.cleanup();
    }
    const text = pages.join('\f');
    if (text.trim().length === 0) {
      return problem('empty', `the PDF has no text layer (${pdf.numPages} pages of images only?); OCR it first`);
    }
    return { text, format: 'pdf' };
  } catch (err) {
    // pdfjs 5 does not export its exception classes; they are told apart by name.
    const name = (err as Error).name;
    if (name === 'PasswordException') return problem('encrypted', 'the PDF is encrypted with a password');
    if (name === 'InvalidPDFException') return problem('corrupt', `is not a readable PDF (${(err as Error).message})`);
    return problem('corrupt', `the PDF could not be read: ${(err as Error).message}`);
  } finally {
    await task.destroy();
  }
}
