/**
 * Write the files under test/fixtures/libreoffice/: corpus texts saved by a real office suite as Word 97-2003
 * (.doc), Word 2007-365 (.docx) and PDF, for the readers' tests (packages/cli/test/readers.test.ts). It needs
 * LibreOffice and the Amiri Arabic font (Debian: `apt-get install --no-install-recommends libreoffice-writer-nogui
 * fonts-hosny-amiri`), which the tests do not: the files are committed. LibreOffice writes dates and ids into them, so a run gives new bytes with the same
 * text. See the folder's README for what each file is.
 *
 *   npx tsx scripts/make-libreoffice-fixtures.ts
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'test/fixtures/libreoffice');
const SEED = path.join(ROOT, 'corpus/seed/000_64ff64efe628bbb7.txt');
const RESOLUTION = path.join(ROOT, 'corpus/cr-unsc-resolutions-en/S_RES_1445_2002_EN_GOLD.txt');
const ARABIC = path.join(ROOT, 'corpus/unpc-devset/UNv1.0.devset.ar');

/** The Arabic PDF's paragraphs: the first lines of the dev set's Arabic text. */
export function arabicParagraphs(): string[] {
  return readFileSync(ARABIC, 'utf8').split('\n').slice(0, ARABIC_LINES);
}
const ARABIC_LINES = 200;

// The resolution's running head and job number, which the PDF prints in its header and footer instead.
const RUNNING_HEAD = 'S/RES/1445 (2002)';
const JOB_NUMBER = '02-72318 (E)';

/**
 * The paragraphs of resolution 1445 (2002) as the .docx made from it holds them: the corpus text's blank-line
 * separated paragraphs with their lines joined by a space, without the running heads and job numbers of its pages.
 */
export function resolution1445Paragraphs(): string[] {
  return readFileSync(RESOLUTION, 'utf8')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/\f/g, '').trim())
        .filter((l) => l !== RUNNING_HEAD && l !== JOB_NUMBER)
        .join(' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

/** The footnotes of the resolution's copy with notes: one after each of four preamble and operative paragraphs. */
export const FOOTNOTES: ReadonlyArray<{ after: number; text: string }> = [9, 19, 29, 39].map((after, k) => ({
  after,
  text: `See resolution ${1300 + k} (2000) and document S/2002/${100 + k}, annex, which the Council considered on ${k + 1} March 2002.`,
}));

/** Convert `file` with LibreOffice into `dir`, to the given target (`pdf`, `docx`, `doc:MS Word 97`). */
function soffice(file: string, target: string, dir: string, textInput: boolean): void {
  const args = ['--headless', ...(textInput ? ['--infilter=Text (encoded):UTF8,LF,,,'] : [])];
  const r = spawnSync('soffice', [...args, '--convert-to', target, '--outdir', dir, file], { encoding: 'utf8' });
  if (r.status !== 0 || r.error) throw new Error(`soffice could not convert ${file}: ${r.error?.message ?? r.stderr}`);
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'untk-lo-'));
  try {
    // The seed and the resolution as plain text, each line a paragraph.
    copyFileSync(SEED, path.join(work, 'seed.txt'));
    copyFileSync(RESOLUTION, path.join(work, 'S_RES_1445_2002_EN.txt'));
    for (const target of ['doc:MS Word 97', 'docx', 'pdf']) soffice(path.join(work, 'seed.txt'), target, work, true);
    soffice(path.join(work, 'S_RES_1445_2002_EN.txt'), 'doc:MS Word 97', work, true);

    // The resolution laid out as a UN document is: justified paragraphs 6 pt apart, numbered ones indented, the
    // symbol as the running head, the job number and page number in the footer.
    const doc = new Document({
      sections: [
        {
          headers: {
            default: new Header({
              children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(RUNNING_HEAD)] })],
            }),
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  children: [new TextRun(`${JOB_NUMBER}    `), new TextRun({ children: [PageNumber.CURRENT] })],
                }),
              ],
            }),
          },
          children: resolution1445Paragraphs().map(
            (p) =>
              new Paragraph({
                alignment: AlignmentType.JUSTIFIED,
                spacing: { after: 120 },
                ...(/^\d+\. /.test(p) ? { indent: { firstLine: 720 } } : {}),
                children: [new TextRun({ text: p, size: 24 })],
              }),
          ),
        },
      ],
    });
    writeFileSync(path.join(work, 'S_RES_1445_2002_EN_laid_out.docx'), await Packer.toBuffer(doc));
    soffice(path.join(work, 'S_RES_1445_2002_EN_laid_out.docx'), 'pdf', work, false);

    // The resolution with footnotes (their references only in the notes), as .docx and, saved by LibreOffice, .doc.
    const notes = Object.fromEntries(
      FOOTNOTES.map((f, k) => [k + 1, { children: [new Paragraph({ children: [new TextRun(f.text)] })] }]),
    );
    const withNotes = new Document({
      footnotes: notes,
      sections: [
        {
          children: resolution1445Paragraphs().map((p, i) => {
            const note = FOOTNOTES.findIndex((f) => f.after === i);
            return new Paragraph({
              children: [new TextRun(p), ...(note >= 0 ? [new FootnoteReferenceRun(note + 1)] : [])],
            });
          }),
        },
      ],
    });
    writeFileSync(path.join(work, 'S_RES_1445_2002_EN_footnotes.docx'), await Packer.toBuffer(withNotes));
    soffice(path.join(work, 'S_RES_1445_2002_EN_footnotes.docx'), 'doc:MS Word 97', work, false);

    // Arabic as Arabic documents are set: right-to-left paragraphs, justified, 6 pt apart, in an Arabic font.
    const arabic = new Document({
      sections: [
        {
          children: arabicParagraphs().map(
            (p) =>
              new Paragraph({
                bidirectional: true,
                alignment: AlignmentType.BOTH,
                spacing: { after: 120 },
                children: [new TextRun({ text: p, rightToLeft: true, size: 24, font: { name: 'Amiri' } })],
              }),
          ),
        },
      ],
    });
    writeFileSync(path.join(work, 'unpc_devset_ar_200.docx'), await Packer.toBuffer(arabic));
    soffice(path.join(work, 'unpc_devset_ar_200.docx'), 'pdf', work, false);

    for (const f of [
      'seed.doc',
      'seed.docx',
      'seed.pdf',
      'S_RES_1445_2002_EN.doc',
      'S_RES_1445_2002_EN_laid_out.pdf',
      'unpc_devset_ar_200.pdf',
      'S_RES_1445_2002_EN_footnotes.docx',
      'S_RES_1445_2002_EN_footnotes.doc',
    ]) {
      copyFileSync(path.join(work, f), path.join(OUT, f));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
