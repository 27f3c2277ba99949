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
 * A visual line of a page: its text, where it starts and ends (x of its left and right edges, PDF points from the
 * left; y, its baseline, from the bottom), its font size, and whether it is written right to left.
 */
interface VisualLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  rtl: boolean;
}

type TextItems = Awaited<
  ReturnType<Awaited<ReturnType<PdfJsModule.PDFDocumentProxy['getPage']>>['getTextContent']>
>['items'];
type TextItem = Extract<TextItems[number], { str: string }>;

// Where an item sits on the page (x of its left and right edges, y of its baseline) and its font size (the
// transform's scale).
const leftOf = (i: TextItem) => i.transform[4] as number;
const rightOf = (i: TextItem) => leftOf(i) + i.width;
const baselineOf = (i: TextItem) => i.transform[5] as number;
const sizeOf = (i: TextItem) => Math.hypot(i.transform[2] as number, i.transform[3] as number);

// Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms), and of left-to-right ones or
// digits: what makes a piece of a line strongly one or the other.
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const RTL_LETTERS = new RegExp(RTL_LETTER.source, 'g');
const LTR_STRONG = /[\p{L}\p{N}]/u;
// A piece that ends (starts) with a letter, not a digit, on the side where it meets the next (previous) one.
const LATIN_END = /\p{L}\P{L}*$/u;
const LATIN_START = /^\P{L}*\p{L}/u;
const LTR_LETTERS = /[A-Za-z\u00c0-\u024f\u0370-\u052f\u3040-\u9fff\p{N}]/gu;

/**
 * The text of a right-to-left line, in reading order. pdfjs puts each item's characters in logical order but
 * leaves the items in the order the PDF draws them, which for Arabic is often left to right, a word or a run at a
 * time: the items are read right to left (by their right edges), and a stretch of left-to-right items inside the
 * line (a number, a symbol, a Latin name split into pieces) is read left to right, as the bidirectional algorithm
 * lays them out.
 */
function rtlLineText(items: readonly TextItem[]): string {
  // Empty items (pdfjs marks some line ends with one, placed anywhere) have no place in the line.
  const order = items.filter((i) => i.str.length > 0).sort((a, b) => rightOf(b) - rightOf(a));
  const ltr = (i: TextItem) => LTR_STRONG.test(i.str) && !RTL_LETTER.test(i.str);
  // What is read in turn: a right-to-left or neutral item, or a stretch of left-to-right ones.
  const units: TextItem[][] = [];
  for (let k = 0; k < order.length;) {
    if (!ltr(order[k]!)) {
      units.push([order[k]!]);
      k++;
      continue;
    }
    // The stretch from this left-to-right item to the last one that joins it before a right-to-left item, the
    // neutral items between them (spaces, punctuation) included, is turned back to left-to-right order. Pieces
    // join as the bidirectional algorithm (UAX #9) joins them in Arabic text: words of a Latin name across any
    // neutral, a number only across one common separator (`S/2015/683`, `10:15`, `22.2`). After Arabic letters
    // digits are Arabic numbers, which a hyphen or a dash does not join (W2, W4): `2016-2017` shows as
    // `2017-2016` and is read right to left, as are `1990 (2011)` and `18-22`.
    let end = k;
    for (let j = k + 1; j < order.length && !RTL_LETTER.test(order[j]!.str); j++) {
      if (!ltr(order[j]!)) continue;
      const between = order
        .slice(end + 1, j)
        .map((i) => i.str)
        .join('');
      const words = LATIN_END.test(order[end]!.str) && LATIN_START.test(order[j]!.str);
      if (!words && !/^[.,/:]?$/.test(between)) break;
      end = j;
    }
    units.push(order.slice(k, end + 1).reverse());
    k = end + 1;
  }
  // pdfjs gives the space between two items only sometimes: a gap of a fifth of an em or more between two things
  // read in turn, on the page, is one (`في 11 أيار/مايو 1995`).
  let text = '';
  let box: [number, number] | undefined;
  const space = (gap: number, item: TextItem) => {
    if (gap >= sizeOf(item) / 5 && text.length > 0 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
  };
  for (const unit of units) {
    const from = Math.min(...unit.map(leftOf));
    const to = Math.max(...unit.map(rightOf));
    if (box) space(Math.max(box[0] - to, from - box[1]), unit[0]!);
    unit.forEach((item, n) => {
      if (n > 0) space(leftOf(item) - rightOf(unit[n - 1]!), item);
      // An item of neutrals only (`.)` closing `(2014).`) is in the order it is drawn, left to right.
      text +=
        unit.length === 1 && !LTR_STRONG.test(item.str) && !RTL_LETTER.test(item.str)
          ? [...item.str].reverse().join('')
          : item.str;
    });
    box = [from, to];
  }
  // A glyph the font maps to no character comes out as its code, a Latin-1 letter, glued inside an Arabic word
  // (`الخãبراء`: a joining stroke between `خ` and `ب` in the dev set's PDF). No Arabic word holds one: it goes.
  return text.replace(UNMAPPED_IN_ARABIC, '');
}

// A Latin-1 letter between two Arabic letters (see rtlLineText).
const UNMAPPED_IN_ARABIC = /(?<=[\u0621-\u064a])[\u00c0-\u00ff](?=[\u0621-\u064a])/g;

/** The page's lines as pdfjs reports them (an item with hasEOL ends one), with their edges. */
function visualLines(items: TextItems): VisualLine[] {
  const lines: VisualLine[] = [];
  let line: TextItem[] = [];
  // The baseline of the line's first item that shows something.
  let baseline: number | undefined;
  const close = () => {
    const text = line.map((i) => i.str).join('');
    const shown = line.filter((i) => i.str.trim().length > 0);
    const first = shown[0];
    if (!first) {
      if (line.length > 0) lines.push({ text, x: 0, right: 0, y: 0, size: 0, rtl: false });
      line = [];
      return;
    }
    const rtl = (text.match(RTL_LETTERS)?.length ?? 0) > (text.match(LTR_LETTERS)?.length ?? 0);
    lines.push({
      // A left-to-right line keeps pdfjs's order (the order it is drawn in).
      text: rtl ? rtlLineText(line) : text,
      x: Math.min(...shown.map(leftOf)),
      right: Math.max(...shown.map(rightOf)),
      // The baseline and font size of the line's first item that shows something.
      y: baselineOf(first),
      size: sizeOf(first),
      rtl,
    });
    line = [];
    baseline = undefined;
  };
  for (const item of items) {
    if (!('str' in item)) continue;
    // pdfjs ends a line with an item's hasEOL, but not always where the text moves to the next line (right-to-left
    // text especially): an item that shows something half an em or more off the line's baseline starts a new one.
    if (item.str.trim().length > 0) {
      const y = baselineOf(item);
      if (baseline !== undefined && Math.abs(y - baseline) >= sizeOf(item) / 2) close();
      baseline ??= y;
    }
    line.push(item);
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

/** The x most of `lines` have at `edge` (the lowest of equally common ones), or 0 when there are none. */
function usualEdge(lines: readonly VisualLine[], edge: (l: VisualLine) => number): number {
  const count = new Map<number, number>();
  for (const l of lines) {
    const x = Math.round(edge(l));
    count.set(x, (count.get(x) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [x, n] of count) if (n > most || (n === most && x < best)) [best, most] = [x, n];
  return best;
}

/**
 * The page's usual step down from a line to the next, in ems of the lower line's font (so that footnotes in a
 * smaller font step as the text does): the smallest step, to a twentieth of an em, that makes up a quarter of the
 * page's steps or more (the step between lines of one paragraph, on a page of short paragraphs too; a few lines
 * set closer, a table or a title, do not count); the median when none does. 0 for a page of one line.
 */
function usualStep(lines: readonly VisualLine[]): number {
  const count = new Map<number, number>();
  const all: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const size = lines[i]!.size;
    const step = lines[i - 1]!.y - lines[i]!.y;
    if (step <= 0 || size <= 0) continue;
    const r = Math.round((step / size) * 20) / 20;
    all.push(r);
    count.set(r, (count.get(r) ?? 0) + 1);
  }
  const common = [...count].filter(([, n]) => n * 4 >= all.length && n >= 2).map(([r]) => r);
  if (common.length > 0) return Math.min(...common);
  all.sort((a, b) => a - b);
  return all.length > 0 ? all[all.length >> 1]! : 0;
}

// A step between two lines this many times the page's usual step (or more) sets a paragraph apart.
const PARAGRAPH_GAP = 1.2;

/**
 * A page's text, a line a line, with what pdfjs leaves out of its text but shows on the page:
 * - an indent: a line that starts right of the page's left margin (the x most lines start at; for a right-to-left
 *   line, left of the right margin) is indented by a space for every half em it is in (pdfjs gives no space for an
 *   indent, it moves the text), so that the normaliser sees first-line indents and centred headings as it sees
 *   them in text files;
 * - paragraph spacing: where the step down from one line's baseline to the next is PARAGRAPH_GAP times the
 *   page's usual step (see usualStep) or more, an empty line, as a text file separates paragraphs. A page whose
 *   every line is set apart the same way has one step only, and gets none.
 */
function pageText(lines: readonly VisualLine[]): string {
  const shown = lines.filter((l) => l.text.trim().length > 0);
  // Left-to-right lines are indented from the left margin, right-to-left ones from the right margin.
  const left = usualEdge(
    shown.filter((l) => !l.rtl),
    (l) => l.x,
  );
  const right = usualEdge(
    shown.filter((l) => l.rtl),
    (l) => l.right,
  );
  const usual = usualStep(shown);
  let text = '';
  let previous: VisualLine | undefined;
  for (const l of lines) {
    if (!l.text.trim()) {
      text += l.text + '\n';
      continue;
    }
    const step = previous && l.size > 0 ? (previous.y - l.y) / l.size : 0;
    if (usual > 0 && step >= usual * PARAGRAPH_GAP && !text.endsWith('\n\n')) text += '\n';
    const indent = l.rtl ? right - l.right : l.x - left;
    const halfEms = l.size > 0 ? Math.round(indent / (l.size / 2)) : 0;
    text += (halfEms > 0 ? ' '.repeat(halfEms) : '') + l.text + '\n';
    previous = l;
  }
  return text;
}

/**
 * The text of a PDF, page by page: one line per visual line, with the indents and paragraph spacing the page shows
 * (see pageText), right-to-left lines in reading order, a form feed between pages (the normaliser repairs the page
 * layout: running heads, page numbers, broken lines).
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
