import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Document as DocxDocument, Packer, Paragraph } from 'docx';
import { detectLanguage } from '@untk/segmentation';
import { decodeText, htmlToText, readBytes } from '../src/readers/index.js';
import { corpusText, SEED_PATH, seedText } from '../../../test/support/corpus.js';
import { HAVE_CJK_FONT, makePdf } from '../../../test/support/pdf.js';
import { runCli } from './helpers.js';
import { arabicParagraphs, FOOTNOTES, resolution1445Paragraphs } from '../../../scripts/make-libreoffice-fixtures.js';

const ZH = corpusText('unpc-devset/UNv1.0.devset.zh').split('\n').slice(0, 40).join('\n') + '\n';
// Traditional-script Chinese as Taiwan and Hong Kong write it (Big5 cannot encode the simplified forms).
const ZH_HANT =
  '安全理事會重申第1373(2001)號決議，強調各國必須防止和制止資助恐怖主義行為，' +
  '並呼籲所有會員國加強國際合作，依照國際法充分執行聯合國相關決議。\n' +
  '安理會歡迎秘書長的報告，並決定繼續積極處理此案。\n';

/**
 * What `untk extract FILE ARGS…` finds, each entity without the fields that depend on where the text sits: its
 * document, and unless `offsets`, its text and offsets (a PDF breaks its lines elsewhere than the text it was made
 * from).
 */
async function extracted(file: string, args: string[] = [], offsets = false): Promise<Array<{ kind: string }>> {
  const { code, stdout } = await runCli(['extract', file, ...args]);
  expect(code).toBe(0);
  return stdout
    .trim()
    .split('\n')
    .map((l) => {
      const e = JSON.parse(l) as { kind: string };
      return offsets ? { ...e, doc: '' } : { ...e, doc: '', text: '', start: 0, end: 0 };
    });
}

function text(r: Awaited<ReturnType<typeof readBytes>>): string {
  if ('problem' in r) throw new Error(`${r.problem.code}: ${r.problem.message}`);
  return r.text;
}

describe('text encodings: BOM, strict UTF-8, detector with a validity check, GB18030 fallback', () => {
  it.each([
    ['UTF-8', 'text/utf-8', Buffer.from(ZH, 'utf8')],
    ['UTF-8 with BOM', 'text/utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH, 'utf8')])],
    ['UTF-16 LE with BOM', 'text/utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ZH, 'utf16le')])],
    [
      'UTF-16 BE with BOM',
      'text/utf-16be',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ZH, 'utf16le').swap16()]),
    ],
  ])('decodes the dev set Chinese as %s', (_, format, bytes) => {
    const r = decodeText(bytes);
    expect(r).toEqual({ text: ZH, format });
  });

  it('detects GB18030 (GBK) text and decodes it whole', () => {
    const bytes = Buffer.from(new TextEncoderGb18030().encode(ZH));
    expect(decodeText(bytes)).toEqual({ text: ZH, format: 'text/gb18030' });
  });

  it('detects Big5 and recognises Traditional Chinese as Chinese', () => {
    const bytes = encodeWith('big5', ZH_HANT);
    const r = decodeText(bytes);
    expect(r).toEqual({ text: ZH_HANT, format: 'text/big5' });
    expect(detectLanguage(text(r))).toBe('zh');
  });

  it('extracts the resolution a Big5 file cites in Traditional script', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-big5-'));
    const file = path.join(dir, 'hant.txt');
    writeFileSync(file, encodeWith('big5', ZH_HANT));
    const { code, stdout } = await runCli(['extract', file, '--kinds', 'resolution']);
    expect(code).toBe(0);
    const found = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; number: number; year: number; lang: string });
    expect(found.map((e) => [e.text, e.number, e.year, e.lang])).toEqual([['第1373(2001)號決議', 1373, 2001, 'zh']]);
  });

  it('--encoding overrides detection, and GBK decodes as its superset GB18030', () => {
    const bytes = Buffer.from(new TextEncoderGb18030().encode(ZH));
    expect(decodeText(bytes, 'gbk')).toEqual({ text: ZH, format: 'text/gb18030' });
    expect(decodeText(Buffer.from(ZH, 'utf8'), 'big5')).toMatchObject({ problem: { code: 'encoding' } });
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['white space only', Buffer.from(' \n\t\n'), 'empty'],
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x00, 0x00, 0x99, 0xff, 0x00, 0x10]), 'binary'],
  ])('rejects %s', (_, bytes, code) => {
    expect(decodeText(bytes)).toMatchObject({ problem: { code } });
  });
});

describe('PDF (pdfjs-dist), made in the test with pdfkit', () => {
  const en =
    'The Security Council, recalling its resolutions 1267 (1999) and 1373 (2001), decides that all States shall prevent and suppress the financing of terrorist acts. ';
  const zh = '安全理事会回顾其第1267(1999)号决议和第1373(2001)号决议，决定所有国家应防止和制止资助恐怖主义行为。';

  it('gets English text back, a form feed between pages, the running head on every page', async () => {
    const pdf = await makePdf(
      [1, 2].map((n) => ({ head: 'S/RES/1445 (2002)', foot: `02-72318 (E)    ${n}`, body: en.repeat(2) })),
    );
    const got = text(await readBytes('x.pdf', pdf));
    expect(got.split('\f')).toHaveLength(2);
    expect(got.replace(/\s+/g, ' ')).toContain(en.repeat(2).trim());
    expect(got.match(/S\/RES\/1445 \(2002\)/g)).toHaveLength(2);
    expect(detectLanguage(got)).toBe('en');
  });

  it.skipIf(!HAVE_CJK_FONT)(
    'gets Chinese text back (needs Debian fonts-wqy-microhei; .ci/run installs it)',
    async () => {
      const pdf = await makePdf([{ head: 'S/RES/2322 (2016)', body: zh.repeat(3) }], { cjk: true });
      const got = text(await readBytes('x.pdf', pdf));
      expect(got.replace(/\n/g, '')).toContain(zh.repeat(3));
      expect(detectLanguage(got)).toBe('zh');
    },
  );

  // The fonts are embedded in the file: no system font is needed.
  it("a PDF LibreOffice made from the seed gives the seed's entities: the same kinds, values and names, in order", async () => {
    const LO = fileURLToPath(new URL('../../../test/fixtures/libreoffice/seed.pdf', import.meta.url));
    const pdf = text(await readBytes('seed.pdf', readFileSync(LO)));
    // A line that starts right of the page's margin is indented (a space a half em): here exactly the lines
    // the seed starts with spaces, and no other.
    const indented = (t: string) =>
      t
        .split(/[\n\f]/)
        .filter((l) => /^ +\S/.test(l))
        .map((l) => l.trim().slice(0, 12));
    expect(indented(pdf)).toEqual(indented(seedText()));
    expect(indented(pdf)).toHaveLength(37);
    // LibreOffice wrapped the lines anew and indents where the text file has a leading space: pdfjs gives no
    // space, the reader does (without it, `…的人的责任` + `委员会和反恐执行局…` ran together into an
    // organisation `责任委员会`).
    expect(pdf).toContain('\n 委员会和反恐执行局继续支持尼日利亚');
    const fromPdf = await extracted(LO);
    expect(fromPdf).toEqual(await extracted(SEED_PATH));
    expect(fromPdf.length).toBeGreaterThan(300);
  });

  it('a UN-style PDF (running head, job number and page in the footer, paragraphs 6 pt apart) gives its paragraphs', async () => {
    // LibreOffice laid the resolution out from a .docx (scripts/make-libreoffice-fixtures.ts): the reader marks the
    // paragraph spacing with an empty line and the normaliser sets the running heads and footers aside.
    const LO = fileURLToPath(
      new URL('../../../test/fixtures/libreoffice/S_RES_1445_2002_EN_laid_out.pdf', import.meta.url),
    );
    const body = resolution1445Paragraphs();
    expect(body).toHaveLength(47);
    const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();
    const paragraphs = async (file: string) => {
      const { code, stdout } = await runCli(['segment', file]);
      expect(code).toBe(0);
      return stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { kind: string; text: string })
        .filter((s) => s.kind === 'paragraph')
        .map((s) => collapse(s.text));
    };
    expect(await paragraphs(LO)).toEqual(body.map(collapse));
    // And the same entities as the text of those paragraphs (where the lines break aside).
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-laid-out-'));
    const plain = path.join(dir, 'body.txt');
    writeFileSync(plain, body.join('\n\n') + '\n');
    const fromPdf = await extracted(LO);
    expect(fromPdf).toEqual(await extracted(plain));
    expect(fromPdf.filter((e) => e.kind === 'resolution')).toHaveLength(8);
  });

  it('an Arabic PDF (right-to-left paragraphs, justified, Amiri) reads in logical order: the entities of its text', async () => {
    // pdfjs puts each item's characters in logical order but leaves the items in drawing order; the reader reads a
    // right-to-left line's items right to left and numbers and Latin runs in it left to right (UAX #9).
    const AR = fileURLToPath(new URL('../../../test/fixtures/libreoffice/unpc_devset_ar_200.pdf', import.meta.url));
    const pdf = text(await readBytes('ar.pdf', readFileSync(AR)));
    expect(pdf).toContain('وكان مقررا أن تقوم المنظمة "على مبدأ المساواة في السيادة بين جميع أعضائها"');
    expect(pdf).toContain('وإذ يضع في اعتباره المقررات الأخرى التي اعتمدها المؤتمر في 11 أيار/مايو 1995،');
    // A joining glyph the font maps to no character (pdfjs gives its code, `ã`) is left out of the word.
    expect(pdf).toContain('وضعها فريق الخبراء العامل في اجتماعه الثاني');
    expect(pdf).not.toMatch(/[\u00c0-\u00ff]/);
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-ar-pdf-'));
    const plain = path.join(dir, 'ar.txt');
    writeFileSync(plain, arabicParagraphs().join('\n\n') + '\n');
    const fromPdf = await extracted(AR, ['--lang', 'ar']);
    expect(fromPdf).toEqual(await extracted(plain, ['--lang', 'ar']));
    expect(fromPdf.filter((e) => e.kind === 'date').length).toBeGreaterThan(40);
  });

  it('says a password-protected PDF is encrypted', async () => {
    const pdf = await makePdf([{ body: en }], { userPassword: 'secret' });
    expect(await readBytes('x.pdf', pdf)).toEqual({
      problem: { code: 'encrypted', message: 'the PDF is encrypted with a password' },
    });
  });

  it('says a cut-off PDF is truncated, and a PDF without text has no text layer', async () => {
    const pdf = await makePdf([{ body: en.repeat(4) }]);
    expect(await readBytes('x.pdf', pdf.subarray(0, pdf.length >> 1))).toMatchObject({ problem: { code: 'corrupt' } });
    const blank = await makePdf([{ body: ' ' }]);
    expect(await readBytes('x.pdf', blank)).toMatchObject({ problem: { code: 'empty' } });
  });
});

describe('Word and HTML', () => {
  it('reads a .docx made in the test, paragraphs in order, Chinese and English', async () => {
    const doc = new DocxDocument({
      sections: [{ children: [new Paragraph('第 2322(2016)号决议'), new Paragraph('resolution 1373 (2001)')] }],
    });
    const bytes = await Packer.toBuffer(doc);
    expect(text(await readBytes('x.docx', bytes))).toBe('第 2322(2016)号决议\n\nresolution 1373 (2001)\n\n');
  });

  // Word 97-2003 files saved by LibreOffice from corpus texts (test/fixtures/libreoffice/README.md).
  const WORD = fileURLToPath(new URL('../../../test/fixtures/libreoffice', import.meta.url));

  it('reads a real .doc of the seed to exactly the seed text: curly quotes, dashes and all', async () => {
    const seed = seedText();
    // The seed quotes with “ ” (word-extractor's default filter would make them ASCII quotes).
    expect(seed).toContain('“黑色通告”');
    expect(text(await readBytes('seed.doc', readFileSync(path.join(WORD, 'seed.doc'))))).toBe(seed);
  });

  it('reads a .docx LibreOffice saved from the seed: each line a paragraph, a blank line after each', async () => {
    const lines = seedText().split('\n').slice(0, -1);
    const docx = text(await readBytes('seed.docx', readFileSync(path.join(WORD, 'seed.docx'))));
    expect(docx).toBe(lines.map((l) => `${l}\n\n`).join(''));
  });

  it('reads a real English .doc: the text but for its page breaks, which come out as paragraph ends', async () => {
    const txt = corpusText('cr-unsc-resolutions-en/S_RES_1445_2002_EN_GOLD.txt');
    expect(txt).toContain('\f');
    const doc = text(await readBytes('r.doc', readFileSync(path.join(WORD, 'S_RES_1445_2002_EN.doc'))));
    expect(doc).toBe(txt.replaceAll('\f', '\n'));
  });

  it.each(['docx', 'doc'])(
    'reads the footnotes of a .%s after its body, and extraction finds the references they alone hold',
    async (ext) => {
      const file = path.join(WORD, `S_RES_1445_2002_EN_footnotes.${ext}`);
      const got = text(await readBytes(file, readFileSync(file)));
      const body = resolution1445Paragraphs();
      // The body first, whole, then each note on its own.
      const last = got.lastIndexOf(body.at(-1)!);
      expect(got.indexOf(body[0]!)).toBe(0);
      for (const note of FOOTNOTES) {
        expect(got.indexOf(note.text)).toBeGreaterThan(last);
        expect(got).toMatch(new RegExp(`(^|\\n)${note.text.replace(/[.()]/g, '\\$&')}\\n`));
      }
      const found = (await extracted(file, ['--kinds', 'resolution', 'symbol'])) as Array<{
        number?: number;
        symbol?: string;
      }>;
      for (let k = 0; k < FOOTNOTES.length; k++) {
        expect(found.some((e) => e.symbol === `S/2002/${100 + k}`)).toBe(true);
        expect(found.some((e) => e.number === 1300 + k)).toBe(true);
      }
    },
  );

  it('extracts from a .doc what it extracts from the same text, offsets included', async () => {
    const fromDoc = await extracted(path.join(WORD, 'seed.doc'), ['--no-pos'], true);
    expect(fromDoc).toEqual(await extracted(SEED_PATH, ['--no-pos'], true));
    expect(fromDoc.filter((e) => e.kind === 'resolution').length).toBeGreaterThan(10);
  });

  it.each([
    ['.docx', 'x.docx', 'not a zip file'],
    ['.doc', 'x.doc', 'not an OLE file'],
  ])('says a %s that is not one is unreadable', async (_, name, body) => {
    expect(await readBytes(name, Buffer.from(body))).toMatchObject({ problem: { code: 'corrupt' } });
  });

  it('keeps the text of a UN page, not its markup, scripts, styles or navigation', () => {
    const html =
      '<!DOCTYPE html><html><head><title>S/RES/2322</title><style>p{color:red}</style></head><body>' +
      '<nav><a href="/">Home</a> | <a href="/sc">Security Council</a></nav>' +
      '<script>var resolution = "1267 (1999)";</script>' +
      '<h1>Resolution 2322 (2016)</h1><p>The Security Council,\n   recalling its resolution 1373&nbsp;(2001) &amp; S/2017/97,</p>' +
      '<ul><li>first</li><li>second</li></ul></body></html>';
    expect(htmlToText(html)).toBe(
      'Resolution 2322 (2016)\n\nThe Security Council, recalling its resolution 1373\u00a0(2001) & S/2017/97,\n\nfirst\n\nsecond\n',
    );
  });

  it('sets a footnote mark (<sup>) apart from the year or bracket it follows, so both are still found', async () => {
    const html =
      '<p>The Council adopted resolution 2254 (2015)<sup>3</sup> on 18 December 2015<sup><a href="#fn4">4</a></sup>.</p>' +
      '<p>In 2016<sup>5</sup>, it met again; x<sup>2</sup> stays as written.</p>';
    expect(htmlToText(html)).toBe(
      'The Council adopted resolution 2254 (2015) 3 on 18 December 2015 4.\n\nIn 2016 5, it met again; x 2 stays as written.\n',
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'untk-sup-'));
    const file = path.join(dir, 'page.html');
    writeFileSync(file, `<!DOCTYPE html><html><body>${html}</body></html>`);
    const found = (await extracted(file, ['--kinds', 'resolution', 'date'])) as Array<{
      value?: string;
      number?: number;
    }>;
    expect(found.map((e) => e.value ?? e.number)).toEqual([2254, '2015-12-18', '2016']);
  });
});

/** GB18030 bytes of a string: Node has no encoder for it, so use the decoder's inverse over the BMP. */
class TextEncoderGb18030 {
  private static table: Map<string, Buffer> | undefined;
  encode(s: string): Buffer {
    const table = (TextEncoderGb18030.table ??= buildTable('gb18030'));
    return Buffer.concat([...s].map((ch) => table.get(ch) ?? Buffer.from(ch, 'latin1')));
  }
}

function encodeWith(label: string, s: string): Buffer {
  const table = buildTable(label);
  return Buffer.concat(
    [...s].map((ch) => {
      const b = table.get(ch);
      if (!b) throw new Error(`${label} cannot encode ${ch}`);
      return b;
    }),
  );
}

/** Map each character to its bytes in a double-byte encoding, by decoding every lead/trail byte pair. */
function buildTable(label: string): Map<string, Buffer> {
  const dec = new TextDecoder(label, { fatal: true });
  const table = new Map<string, Buffer>();
  for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), Buffer.from([b]));
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const bytes = Buffer.from([lead, trail]);
      try {
        const ch = dec.decode(bytes);
        if ([...ch].length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, bytes);
      } catch {
        // not a character in this encoding
      }
    }
  }
  return table;
}
