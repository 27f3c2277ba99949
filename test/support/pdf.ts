import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/** A CJK font from Debian's fonts-wqy-microhei (.ci/run installs it); PDFs of Chinese text need one. */
export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const HAVE_CJK_FONT = existsSync(CJK_FONT);

export interface PdfPage {
  /** running head printed at the top of the page */
  head?: string;
  /** footer printed at the bottom (job number, page number) */
  foot?: string;
  body: string;
}

/** Make a PDF in memory with pdfkit: each page's body wrapped to the page width, with head and foot. */
export async function makePdf(
  pages: readonly PdfPage[],
  options: { cjk?: boolean; userPassword?: string } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 72,
    autoFirstPage: false,
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: 'owner' } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (options.cjk) doc.registerFont('cjk', CJK_FONT, 'WenQuanYiMicroHei');
  const font = options.cjk ? 'cjk' : 'Helvetica';
  for (const p of pages) {
    doc.addPage();
    doc.font(font).fontSize(11);
    if (p.head) doc.text(p.head, 72, 40, { lineBreak: false });
    doc.text(p.body, 72, 90, { width: 450, align: 'left' });
    if (p.foot) doc.text(p.foot, 72, 780, { lineBreak: false });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
